// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/inventory/pinmatrix.h"
#include "ui/models/hostdriftmodel.h"

#include <QAbstractTableModel>

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace ui {

/**
 * The pin matrix: rows are pinned packages, the first columns say what the row is (kind, scope,
 * package), the others are hosts — or, in group mode, the groups the hosts are compared with,
 * each showing its majority. Cells that differ from their group's majority are highlighted with a
 * palette-derived colour.
 *
 * Conda, pip and RPM cells of host columns are editable: an edit is not written anywhere, it is
 * kept as a proposed value (shown in italics) and announced with pinEdited() so that the page can
 * show its impact. setMatrix() drops the proposals.
 */
class PinMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PinMatrixModel)
public:
    enum Column { KindColumn, ScopeColumn, PackageColumn, KeyColumnCount };
    enum Role {
        SortRole = Qt::UserRole,
        DiffersRole, ///< bool: the cell is not its group's majority (group mode: some host of the group drifts)
        RowDiffersRole, ///< bool, any column: the columns do not all agree on this row
        PackageRole, ///< QString, any column: the row's package name
        KindRole, ///< QString, any column: "rpm", "conda", ...
        ScopeRole, ///< QString, any column: the row's scope
        EditedRole, ///< bool: the cell holds a proposed value (see pinEdited)
        SourceRole, ///< QString: file:line:column of the cell's pin ("" when none)
        InstalledRole, ///< QString, host cells: what the host has installed ("" when unknown or none)
        InstalledDriftRole, ///< bool, host cells: the host has not what the pin asks for (gathered facts)
        RowInstalledDriftRole, ///< bool, any column: some host of the row has not what it pins
    };
    enum class ColumnMode { Hosts, Groups };

    explicit PinMatrixModel(QObject *parent = nullptr);
    ~PinMatrixModel() override;

    void setMatrix(core::inventory::PinMatrix matrix);
    const core::inventory::PinMatrix &matrix() const { return m_matrix; }
    void setColumnMode(ColumnMode mode);
    /** What the hosts have installed (the Installed tab's comparison): shown beside the pins, drift tinted. */
    void setInstalled(std::shared_ptr<const InstalledIndex> installed);
    ColumnMode columnMode() const { return m_mode; }

    /** The key of @p row. */
    const core::inventory::PinKey &rowKey(int row) const { return m_matrix.rows[size_t(row)]; }
    /** The host of a value column in host mode ("" otherwise). */
    QString hostAt(int column) const;
    /** The value column of @p host in host mode, or -1. */
    int columnOf(const QString &host) const;
    /** The row of @p key, or -1. */
    int rowOf(const core::inventory::PinKey &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /** The user proposed @p value for @p host's pin @p key (nothing is written). */
    void pinEdited(const core::inventory::PinKey &key, const QString &host, const QString &value);

private:
    QVariant keyData(int row, int column, int role) const;
    QVariant hostCell(int row, int column, int role) const;
    QVariant groupCell(int row, int column, int role) const;
    QString cellText(int row, int column) const;
    QString hostToolTip(int row, int column) const;
    bool groupDrifts(int row, const std::string &group) const;

    core::inventory::PinMatrix m_matrix;
    ColumnMode m_mode = ColumnMode::Hosts;
    std::vector<std::string> m_groups; ///< the distinct reference groups, in column order
    std::vector<bool> m_rowDiffers; ///< per row: !isUniform, computed once
    std::map<std::pair<int, int>, QString> m_edits; ///< (row, column) -> proposed value
    std::shared_ptr<const InstalledIndex> m_installed;
    std::vector<bool> m_rowInstalledDrift; ///< per row: some host drifts from its pin
    /** What the host of value column @p column has for @p row's pin, or nullptr. */
    const InstalledCell *installedCell(int row, int column) const;
    void indexInstalled();
};

} // namespace ui
