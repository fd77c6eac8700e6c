// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/hostdriftmodel.h"

#include "core/util/qtext.h"
#include "ui/models/statuscolors.h"

#include <QGuiApplication>

namespace ui {

using core::checks::DriftStatus;
using core::util::qs;

namespace {

const QColor s_red(218, 54, 51);
const QColor s_amber(210, 153, 34);

} // namespace

InstalledIndex installedIndex(const std::vector<core::checks::HostDrift> &drift)
{
    InstalledIndex index;
    for (const core::checks::HostDrift &d : drift) {
        for (const core::checks::RpmDrift &e : d.rpm)
            index[{ d.host, { core::inventory::PinKind::Rpm, e.scope, e.name } }]
                = { qs(e.installed), e.status, qs(d.gathered) };
        for (const core::checks::CondaDrift &e : d.conda)
            index[{ d.host, { core::inventory::PinKind::Conda, e.scope, e.name } }]
                = { qs(e.installed), e.status, qs(d.gathered) };
    }
    return index;
}

HostDriftModel::HostDriftModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

HostDriftModel::~HostDriftModel() = default;

void HostDriftModel::setDrift(std::vector<core::checks::HostDrift> drift)
{
    beginResetModel();
    m_drift = std::move(drift);
    rebuild();
    endResetModel();
}

void HostDriftModel::setOnlyDrift(bool only)
{
    if (only == m_onlyDrift)
        return;
    beginResetModel();
    m_onlyDrift = only;
    rebuild();
    endResetModel();
}

void HostDriftModel::rebuild()
{
    m_rows.clear();
    for (std::size_t h = 0; h < m_drift.size(); ++h) {
        const auto &d = m_drift[h];
        // A host not reached or not read at the last gathering drifts as a whole: its rows, from
        // older facts, may all read as pinned, and stay in view.
        const bool everyRow = !m_onlyDrift || d.notRead();
        for (std::size_t i = 0; i < d.rpm.size(); ++i)
            if (everyRow || d.rpm[i].status != DriftStatus::Ok)
                m_rows.push_back({ h, true, i });
        for (std::size_t i = 0; i < d.conda.size(); ++i)
            if (everyRow || d.conda[i].status != DriftStatus::Ok)
                m_rows.push_back({ h, false, i });
    }
}

DriftStatus HostDriftModel::status(const Row &row) const
{
    const auto &d = m_drift[row.host];
    return row.rpm ? d.rpm[row.entry].status : d.conda[row.entry].status;
}

QString HostDriftModel::statusText(DriftStatus status)
{
    switch (status) {
    case DriftStatus::Ok:
        return tr("as pinned");
    case DriftStatus::Missing:
        return tr("missing");
    case DriftStatus::Mismatch:
        return tr("other version");
    case DriftStatus::Unknown:
        break;
    }
    return tr("unknown");
}

int HostDriftModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HostDriftModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HostDriftModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const core::checks::HostDrift &host = m_drift[row.host];
    const DriftStatus st = status(row);
    switch (role) {
    case StatusRole:
        return int(st);
    case HostRole:
        return qs(host.host);
    case EnvironmentRole:
        return row.rpm ? QString() : qs(host.conda[row.entry].env);
    case Qt::BackgroundRole:
        if (st == DriftStatus::Missing || st == DriftStatus::Mismatch)
            return statuscolors::tinted(QGuiApplication::palette(), st == DriftStatus::Missing ? s_red : s_amber, 0.3);
        return {};
    case Qt::ToolTipRole:
        if (host.notRead())
            return tr("Not read at the last gathering: %1").arg(qs(host.error));
        if (row.rpm && !host.rpmError.empty())
            return tr("RPMs not read: %1").arg(qs(host.rpmError));
        if (!row.rpm && !host.conda[row.entry].note.empty())
            return qs(host.conda[row.entry].note);
        return tr("Gathered %1").arg(qs(host.gathered));
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    // The columns of an RPM row and of a conda row, in one shape.
    QString kind, where, package, pin, installed;
    if (row.rpm) {
        const core::checks::RpmDrift &e = host.rpm[row.entry];
        kind = tr("RPM");
        where = qs(e.scope);
        package = qs(e.name);
        pin = e.wanted.empty() || e.wanted == e.pin ? qs(e.pin) : tr("%1 (%2)").arg(qs(e.pin), qs(e.wanted));
        installed = qs(e.installed);
    } else {
        const core::checks::CondaDrift &e = host.conda[row.entry];
        kind = tr("conda");
        where = qs(e.env);
        package = qs(e.name);
        pin = qs(e.spec);
        installed = qs(e.installed);
    }
    switch (index.column()) {
    case HostColumn:
        return qs(host.host);
    case KindColumn:
        return kind;
    case WhereColumn:
        return where;
    case PackageColumn:
        return package;
    case PinColumn:
        return pin;
    case InstalledColumn:
        return installed.isEmpty() ? tr("—") : installed;
    case StatusColumn:
        return statusText(st);
    default:
        return {};
    }
}

QVariant HostDriftModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HostColumn:
        return tr("Host");
    case KindColumn:
        return tr("Kind");
    case WhereColumn:
        return tr("Variable or environment");
    case PackageColumn:
        return tr("Package");
    case PinColumn:
        return tr("Pin");
    case InstalledColumn:
        return tr("Installed");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace ui
