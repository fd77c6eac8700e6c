// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/checks/pincheck.h"

#include <QAbstractTableModel>

#include <vector>

namespace ui {

/**
 * The pin check: each distinct pin (conda pins against the workspace's channels, RPM pins against
 * its RPM repositories), its status, the newest version matching it, the newest version there is,
 * and the hosts that have it. Failing rows are tinted from the palette.
 */
class PinCheckModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PinCheckModel)
public:
    enum Column {
        StatusColumn,
        KindColumn,
        ScopeColumn,
        PackageColumn,
        SpecColumn,
        NewestMatchingColumn,
        NewestColumn,
        HostsColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole,
        StatusRole, ///< int: core::checks::PinCheckStatus
        FailedRole, ///< bool: isPinCheckFailure(status)
        HostsRole, ///< QStringList: the hosts with this pin
    };

    explicit PinCheckModel(QObject *parent = nullptr);
    ~PinCheckModel() override;

    void setChecks(std::vector<core::checks::PinCheck> checks);
    const std::vector<core::checks::PinCheck> &checks() const { return m_checks; }
    int failureCount() const;

    /** Translated status ("available", "no matching version", ...). */
    static QString statusText(core::checks::PinCheckStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const core::checks::PinCheck &check, int column) const;
    QString toolTip(const core::checks::PinCheck &check) const;

    std::vector<core::checks::PinCheck> m_checks;
};

} // namespace ui
