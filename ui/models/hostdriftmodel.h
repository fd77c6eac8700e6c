// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/checks/drift.h"

#include <QAbstractTableModel>
#include <QString>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace ui {

/** What one host has installed for one pin: the pin matrix's and two-host view's "installed" part. */
struct InstalledCell
{
    QString installed; ///< version-release or "version build"; empty when not installed
    core::checks::DriftStatus status = core::checks::DriftStatus::Unknown;
    QString gathered; ///< when the facts were read
    /** Missing or Mismatch: the host does not have what the pin asks for. */
    bool drifts() const
    {
        return status == core::checks::DriftStatus::Missing || status == core::checks::DriftStatus::Mismatch;
    }
};

/** (host, pin key) -> what the host has, for every RPM pin and conda spec of @p drift. */
using InstalledIndex = std::map<std::pair<std::string, core::inventory::PinKey>, InstalledCell>;
InstalledIndex installedIndex(const std::vector<core::checks::HostDrift> &drift);

/**
 * What the hosts have installed against their pins: one row per RPM pin and per conda spec of
 * every host (core::checks::HostDrift), with the installed version and the status, drifting rows
 * tinted. setOnlyDrift() keeps the rows that are not as pinned.
 */
class HostDriftModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostDriftModel)
public:
    enum Column {
        HostColumn,
        KindColumn,
        WhereColumn,
        PackageColumn,
        PinColumn,
        InstalledColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        StatusRole = Qt::UserRole, ///< int: core::checks::DriftStatus
        HostRole, ///< QString: the row's host
        EnvironmentRole, ///< QString: a conda row's environment on the host ("" for RPM rows)
    };

    explicit HostDriftModel(QObject *parent = nullptr);
    ~HostDriftModel() override;

    void setDrift(std::vector<core::checks::HostDrift> drift);
    const std::vector<core::checks::HostDrift> &drift() const { return m_drift; }
    /** Only rows that drift (status not ok), and hosts that could not be read. */
    void setOnlyDrift(bool only);
    bool onlyDrift() const { return m_onlyDrift; }

    /** Translated status ("as pinned", "missing", "other version", "unknown"). */
    static QString statusText(core::checks::DriftStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        std::size_t host = 0;
        bool rpm = true;
        std::size_t entry = 0;
    };
    void rebuild();
    core::checks::DriftStatus status(const Row &row) const;

    std::vector<core::checks::HostDrift> m_drift;
    std::vector<Row> m_rows;
    bool m_onlyDrift = false;
};

} // namespace ui
