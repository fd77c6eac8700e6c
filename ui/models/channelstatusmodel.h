// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/channel/repodatafetcher.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace ui {

/** What the Channels page shows about one channel of the workspace. */
struct ChannelStatus
{
    /** In order of severity: a channel with subdirs in several states shows the worst. */
    enum class State { Pending, Loading, Loaded, Cached, Offline, Error };

    QString name;
    QString url;               ///< with any token masked
    State state = State::Pending;
    qint64 ageSeconds = -1;    ///< how old the data is; -1 when unknown
    qint64 records = -1;       ///< records loaded (or in the repodata); -1 when unknown
    QStringList subdirs;       ///< the subdirs that have data
    QString message;           ///< why it failed, or a warning; names the URL

    bool operator==(const ChannelStatus &) const = default;
};

/**
 * Folds the fetch results of one channel's subdirs into its status: updated or local data is
 * "loaded", a copy the server confirmed (or within max-age) "cached", offline mode "offline", and a
 * failure "error" with the error text (which names the URL), keeping the age and records of a
 * previous copy. A missing subdir of a local channel counts as empty, as conda treats it.
 */
ChannelStatus statusFromFetch(const QString &name, const QString &url,
                              const std::vector<core::channel::SubdirResult> &results);

/** The workspace's channels with their status, age, record count and subdirs. GUI thread only. */
class ChannelStatusModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelStatusModel)
public:
    enum Column { NameColumn, StatusColumn, AgeColumn, RecordsColumn, SubdirsColumn, MessageColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,  ///< raw values (age in seconds, records as a number)
        StateRole,                ///< ChannelStatus::State as int
        UrlRole,
    };

    explicit ChannelStatusModel(QObject *parent = nullptr);
    ~ChannelStatusModel() override;

    void setChannels(std::vector<ChannelStatus> channels);
    /** Replaces row @p row (an existing one). */
    void setChannel(int row, ChannelStatus status);
    const std::vector<ChannelStatus> &channels() const { return m_channels; }

    /** "loaded", "cached", ... translated. */
    static QString stateText(ChannelStatus::State state);
    /** "just now", "5 min", "3 h", "2 days"; empty for -1. */
    static QString ageText(qint64 seconds);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const ChannelStatus &channel, int column) const;

    std::vector<ChannelStatus> m_channels;
};

} // namespace ui
