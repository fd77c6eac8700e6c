// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/spec/packagerecord.h"

#include <QAbstractItemModel>

#include <vector>

namespace ui {

/**
 * The versions of one package name (top level, newest first) and under each its builds: build
 * string, build number, subdir, channel, size and date. Holds a copy of the records; GUI thread only.
 */
class BuildTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildTreeModel)
public:
    enum Column { VersionColumn, BuildNumberColumn, SubdirColumn, ChannelColumn, SizeColumn, DateColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,  ///< raw values (sizes and dates as numbers)
        IsVersionRole,            ///< true on version rows
        FileNameRole,             ///< the build's file name (empty on version rows)
    };

    explicit BuildTreeModel(QObject *parent = nullptr);
    ~BuildTreeModel() override;

    /**
     * Shows @p records, all of one name and already ordered newest first (as BrowseIndex::builds()
     * gives them); consecutive records with the same version text form one version row.
     */
    void setBuilds(std::vector<core::spec::PackageRecord> records);
    void clear() { setBuilds({}); }

    /** The record of a build row; for a version row its newest build; null for an invalid index. */
    const core::spec::PackageRecord *record(const QModelIndex &index) const;
    /** The build row of the record with file name @p fileName (and @p channel when not empty); invalid if none. */
    QModelIndex indexOfBuild(const QString &fileName, const QString &channel = {}) const;
    int versionCount() const { return int(m_versions.size()); }
    int buildCount() const { return int(m_records.size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /** A version row: its records are m_records[first, first + count). */
    struct VersionGroup
    {
        std::size_t first = 0;
        std::size_t count = 0;
    };

    QVariant versionData(const VersionGroup &group, int column, int role) const;
    QVariant buildData(const core::spec::PackageRecord &record, int column, int role) const;

    std::vector<core::spec::PackageRecord> m_records;
    std::vector<VersionGroup> m_versions;
};

} // namespace ui
