// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/channel/browseindex.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

namespace ui {

/** "2024-03-09" for a record timestamp (milliseconds since the epoch, UTC); empty for 0 (unknown). */
QString recordDate(std::uint64_t timestampMs);

/**
 * The package names of the loaded channels, one row each (name, latest version, number of builds,
 * licence, last update, subdirs), in the order of BrowseIndex::packages(): sorted by name.
 * Shares the immutable index with the filter proxy and the page; GUI thread only.
 */
class PackageListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackageListModel)
public:
    enum Column { NameColumn, VersionColumn, BuildsColumn, LicenseColumn, UpdatedColumn, SubdirsColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,  ///< raw values; for names the row (rows are in name order), for versions conda's rank
        NameRole,                 ///< the package name
        IndexRole,                ///< position in BrowseIndex::packages()
    };

    explicit PackageListModel(QObject *parent = nullptr);
    ~PackageListModel() override;

    /** Shows the packages of @p index (may be null: no rows). */
    void setIndex(std::shared_ptr<const core::channel::BrowseIndex> index);
    const std::shared_ptr<const core::channel::BrowseIndex> &browseIndex() const { return m_index; }

    /** The row of package @p name, or -1. */
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QString channelList(const core::channel::PackageSummary &package);
    QVariant displayData(const core::channel::PackageSummary &package, int column) const;
    QVariant sortData(const core::channel::PackageSummary &package, int row, int column) const;

    std::shared_ptr<const core::channel::BrowseIndex> m_index;
    QStringList m_names;              ///< converted once: filtering reads them on every keystroke
    /** Per row: the rank of its latest version among all rows, computed on the first sort by version. */
    mutable std::vector<int> m_versionRank;
};

} // namespace ui
