// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/sync/syncplan.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace ui {

/**
 * What a sync would upload, as a tree: one row per platform (its total size and count), under it
 * the package files the target lacks (file, subdir, size, the lines that need it). Lines that did
 * not solve are excluded from the plan; the totals name them.
 */
class SyncPlanModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPlanModel)
public:
    enum Column { FileColumn, SubdirColumn, SizeColumn, LinesColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,  ///< raw values: sizes as numbers
        SizeRole,                 ///< qulonglong bytes (a platform row: its download size)
        PlatformRole,             ///< the platform of the row (or of its parent)
        IsPlatformRole,           ///< true for the platform rows
    };

    explicit SyncPlanModel(QObject *parent = nullptr);
    ~SyncPlanModel() override;

    /**
     * Shows @p plan. The model keeps what it shows: per platform the missing files, the totals and
     * each line's number and status (not the lines' solutions, which can be large).
     */
    void setPlan(const core::sync::SyncPlan &plan);
    void clear();

    /**
     * "8 new packages to upload for linux-64, 112.0 MB", followed by the lines left out of that
     * platform's plan ("line 14 is excluded: unsolvable") when there are any.
     */
    QString totalText(int platformRow) const;
    /** Every platform's totalText(), then a grand total when there are several platforms. */
    QStringList totals() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant platformData(const core::solve::PlatformPlan &plan, int column, int role) const;
    QVariant packageData(const core::solve::PlatformPlan &plan, const core::solve::PlanPackage &package, int column,
                         int role) const;
    QString excludedText(const core::solve::PlatformPlan &plan) const;

    core::sync::SyncPlan m_plan;
};

} // namespace ui
