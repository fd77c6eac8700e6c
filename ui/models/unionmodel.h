// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/sync/syncplan.h"

#include <QAbstractTableModel>
#include <QList>

#include <cstdint>
#include <vector>

namespace ui {

/**
 * The union of the solutions of a spec list's lines: one row per package file (over every
 * platform), with the lines that pull it in and whether the sync target lacks it.
 */
class UnionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnionModel)
public:
    enum Column { NameColumn, VersionColumn, BuildColumn, SubdirColumn, SizeColumn, LinesColumn, TargetColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,  ///< raw values: sizes as numbers, names in lower case
        NameRole,                 ///< the package name
        LinesRole,                ///< QList<int>: the lines whose solution holds this file
        MissingRole,              ///< bool: the sync target lacks it
    };

    explicit UnionModel(QObject *parent = nullptr);
    ~UnionModel() override;

    /** Shows the union of every platform of @p plan (a noarch file once, its lines merged). */
    void setPlan(const core::sync::SyncPlan &plan);
    void clear();

    const std::vector<core::solve::PlanPackage> &packages() const { return m_packages; }
    /** The lines (sorted, once each) that pull in some file of package @p name. */
    QList<int> linesNeeding(const QString &name) const;
    /** How many rows the target lacks. */
    int missingCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(std::size_t row, int column) const;
    QVariant sortData(std::size_t row, int column) const;

    std::vector<core::solve::PlanPackage> m_packages;  ///< by name, then version and file
    std::vector<bool> m_missing;                       ///< per row
};

/** "3, 5, 12": line numbers for a cell. */
QString lineNumbersText(const std::vector<int> &lines);

} // namespace ui
