// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/pincheckmodel.h"
#include "core/util/qtext.h"

#include "ui/models/statuscolors.h"

#include <QGuiApplication>

#include <algorithm>

namespace ui {

using core::checks::PinCheckStatus;

namespace {

using core::util::qs;

QStringList hostList(const core::checks::PinCheck &check)
{
    QStringList hosts;
    for (const auto &h : check.hosts)
        hosts << qs(h);
    return hosts;
}

const QColor s_red(218, 54, 51);
const QColor s_amber(210, 153, 34);

} // namespace

PinCheckModel::PinCheckModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

PinCheckModel::~PinCheckModel() = default;

void PinCheckModel::setChecks(std::vector<core::checks::PinCheck> checks)
{
    beginResetModel();
    m_checks = std::move(checks);
    endResetModel();
}

int PinCheckModel::failureCount() const
{
    return int(std::count_if(
        m_checks.begin(), m_checks.end(), [](const auto &c) { return core::checks::isPinCheckFailure(c.status); }));
}

QString PinCheckModel::statusText(PinCheckStatus status)
{
    switch (status) {
    case PinCheckStatus::Available:
        return tr("available");
    case PinCheckStatus::NoMatch:
        return tr("no matching version");
    case PinCheckStatus::Missing:
        return tr("does not exist");
    case PinCheckStatus::Invalid:
        return tr("invalid");
    case PinCheckStatus::Unchecked:
        return tr("not checked");
    }
    return {};
}

int PinCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

int PinCheckModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PinCheckModel::display(const core::checks::PinCheck &check, int column) const
{
    switch (column) {
    case StatusColumn:
        return statusText(check.status);
    case KindColumn:
        return QString::fromLatin1(core::inventory::pinKindName(check.key.kind));
    case ScopeColumn:
        return qs(check.key.scope);
    case PackageColumn:
        return qs(check.key.package);
    case SpecColumn:
        return qs(check.spec);
    case NewestMatchingColumn:
        return qs(check.newestMatching);
    case NewestColumn:
        return qs(check.newestAvailable);
    case HostsColumn:
        return hostList(check).join(QStringLiteral(", "));
    }
    return {};
}

QString PinCheckModel::toolTip(const core::checks::PinCheck &check) const
{
    QString tip
        = tr("%1: %2\nWritten at %3").arg(qs(check.spec), statusText(check.status), qs(check.source.toString()));
    if (!check.error.empty())
        tip += QLatin1Char('\n') + qs(check.error);
    if (check.matchingBuilds > 0)
        tip += tr("\n%n matching build(s)", nullptr, int(check.matchingBuilds));
    return tip;
}

QVariant PinCheckModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const core::checks::PinCheck &check = m_checks[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(check, index.column());
    case SortRole:
        return index.column() == HostsColumn ? QVariant(int(check.hosts.size())) : display(check, index.column());
    case StatusRole:
        return int(check.status);
    case FailedRole:
        return core::checks::isPinCheckFailure(check.status);
    case HostsRole:
        return hostList(check);
    case Qt::ToolTipRole:
        return toolTip(check);
    case Qt::BackgroundRole:
        if (check.status == PinCheckStatus::Missing || check.status == PinCheckStatus::Invalid)
            return statuscolors::tinted(QGuiApplication::palette(), s_red, 0.3);
        if (check.status == PinCheckStatus::NoMatch)
            return statuscolors::tinted(QGuiApplication::palette(), s_amber, 0.35);
        return {};
    }
    return {};
}

QVariant PinCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case KindColumn:
        return tr("Kind");
    case ScopeColumn:
        return tr("Scope");
    case PackageColumn:
        return tr("Package");
    case SpecColumn:
        return tr("Pin");
    case NewestMatchingColumn:
        return tr("Newest matching");
    case NewestColumn:
        return tr("Newest available");
    case HostsColumn:
        return tr("Hosts");
    }
    return {};
}

} // namespace ui
