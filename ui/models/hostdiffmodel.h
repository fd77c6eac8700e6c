// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/inventory/pinmatrix.h"
#include "ui/models/hostdriftmodel.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace ui {

/**
 * Two hosts side by side: every pin either has (RPM pins, and each conda environment's
 * dependencies, pip requirements, channels and wrappers), differing rows coloured from the
 * palette. Hovering a value shows where it is written and every definition of its variable that
 * reaches the host, lowest precedence first (variableHistory()).
 */
class HostDiffModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostDiffModel)
public:
    enum Column { KindColumn, ScopeColumn, PackageColumn, LeftColumn, RightColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,
        DiffersRole, ///< bool: the two hosts differ on this row
        SourceRole, ///< QString, value columns: file:line:column of the pin ("" when the host has none)
        InstalledRole, ///< QString, value columns: what the host has installed for the pin ("" unknown or none)
        InstalledDriftRole, ///< bool, value columns: the host has not what the pin asks for
    };

    explicit HostDiffModel(QObject *parent = nullptr);
    ~HostDiffModel() override;

    /**
     * Compares @p left and @p right, hosts of @p inventory (kept for the variable histories).
     * File names in tooltips are shown relative to @p root when they are under it.
     */
    void setHosts(std::shared_ptr<const core::inventory::Inventory> inventory, core::inventory::HostPins left,
        core::inventory::HostPins right, const QString &root = {});
    void clear();
    /** What the hosts have installed (the Installed tab's comparison), shown beside their pins. */
    void setInstalled(std::shared_ptr<const InstalledIndex> installed);

    QString leftHost() const { return QString::fromStdString(m_left.host); }
    QString rightHost() const { return QString::fromStdString(m_right.host); }
    int differenceCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString valueToolTip(const core::inventory::PinDifference &row, bool left) const;
    QVariant background(const core::inventory::PinDifference &row, int column) const;
    QString where(const core::inventory::Source &source) const;
    const InstalledCell *installedCell(const core::inventory::PinDifference &row, bool left) const;

    std::shared_ptr<const core::inventory::Inventory> m_inventory;
    std::shared_ptr<const InstalledIndex> m_installed;
    core::inventory::HostPins m_left;
    core::inventory::HostPins m_right;
    std::vector<core::inventory::PinDifference> m_rows; ///< points into m_left and m_right
    QString m_root;
};

} // namespace ui
