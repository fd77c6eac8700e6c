// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/jobs/ansiblereview.h"

#include <QAbstractTableModel>
#include <QPalette>

#include <vector>

namespace ui {

/**
 * The PLAY RECAP of an Ansible run as a table: one row per host (sorted by name, as Ansible
 * prints it) with its ok / changed / unreachable / failed / skipped / rescued / ignored counts.
 * Cells that matter (failures, unreachable hosts, changes) are coloured from the palette. Empty
 * until the run has ended.
 */
class AnsibleRecapModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnsibleRecapModel)
public:
    enum Column {
        HostColumn,
        OkColumn,
        ChangedColumn,
        UnreachableColumn,
        FailedColumn,
        SkippedColumn,
        RescuedColumn,
        IgnoredColumn,
        ColumnCount
    };

    enum Role {
        CountRole = Qt::UserRole,  ///< int; -1 in the host column
        HostRole,                  ///< QString
        SortRole,
    };

    explicit AnsibleRecapModel(QObject *parent = nullptr);
    ~AnsibleRecapModel() override;

    /** Takes the recap of @p review (resets only when it differs from the one shown). */
    void setReview(const core::jobs::AnsibleReview &review);
    void setPalette(const QPalette &palette);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString host;
        core::jobs::HostStats stats;
    };

    static int count(const core::jobs::HostStats &stats, int column);
    QVariant background(const Row &row, int column) const;

    QMap<QString, core::jobs::HostStats> m_recap;
    std::vector<Row> m_rows;
    QPalette m_palette;
};

} // namespace ui
