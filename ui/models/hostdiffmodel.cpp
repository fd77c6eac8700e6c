// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/hostdiffmodel.h"
#include "core/util/qtext.h"

#include "ui/models/statuscolors.h"

#include <QGuiApplication>

#include <algorithm>

namespace ui {

namespace {

using core::util::qs;

QString pinText(const core::inventory::Pin *pin)
{
    if (!pin)
        return {};
    if (pin->encrypted)
        return HostDiffModel::tr("encrypted");
    return pin->value.empty() ? HostDiffModel::tr("(any)") : qs(pin->value);
}

/** The variable a pin comes from: the scope up to its environment name ("conda_envs/silx" -> "conda_envs"). */
std::string variableOf(const core::inventory::PinKey &key)
{
    return key.scope.substr(0, key.scope.find('/'));
}

} // namespace

HostDiffModel::HostDiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

HostDiffModel::~HostDiffModel() = default;

void HostDiffModel::setHosts(std::shared_ptr<const core::inventory::Inventory> inventory,
    core::inventory::HostPins left, core::inventory::HostPins right, const QString &root)
{
    beginResetModel();
    m_inventory = std::move(inventory);
    m_left = std::move(left);
    m_right = std::move(right);
    // diffPins() points into the two hosts' pins: compute it once they are in place.
    m_rows = core::inventory::diffPins(m_left, m_right);
    m_root = root;
    endResetModel();
}

void HostDiffModel::setInstalled(std::shared_ptr<const InstalledIndex> installed)
{
    beginResetModel();
    m_installed = std::move(installed);
    endResetModel();
}

const InstalledCell *HostDiffModel::installedCell(const core::inventory::PinDifference &row, bool left) const
{
    if (!m_installed || !(left ? row.left : row.right))
        return nullptr;
    const auto it = m_installed->find({left ? m_left.host : m_right.host, row.key});
    return it == m_installed->end() ? nullptr : &it->second;
}

void HostDiffModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_left = {};
    m_right = {};
    m_inventory.reset();
    endResetModel();
}

int HostDiffModel::differenceCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const auto &d) { return d.differs; }));
}

int HostDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HostDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HostDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const core::inventory::PinDifference &row = m_rows[size_t(index.row())];
    const int column = index.column();
    const bool value = column == LeftColumn || column == RightColumn;
    const core::inventory::Pin *pin = column == LeftColumn ? row.left : column == RightColumn ? row.right : nullptr;
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (column) {
        case KindColumn:
            return QString::fromLatin1(core::inventory::pinKindName(row.key.kind));
        case ScopeColumn:
            return qs(row.key.scope);
        case PackageColumn:
            return qs(row.key.package);
        default:
            // What the host has beside the pin, where it is not what the pin asks for.
            if (const InstalledCell *installed = value && role == Qt::DisplayRole ? installedCell(row, column == LeftColumn) : nullptr;
                installed && installed->drifts())
                return installed->installed.isEmpty() ? tr("%1 (not installed)").arg(pinText(pin))
                                                      : tr("%1 (installed %2)").arg(pinText(pin), installed->installed);
            return pinText(pin);
        }
    case InstalledRole:
    case InstalledDriftRole: {
        const InstalledCell *installed = value ? installedCell(row, column == LeftColumn) : nullptr;
        if (role == InstalledRole)
            return installed ? installed->installed : QString();
        return installed && installed->drifts();
    }
    case DiffersRole:
        return row.differs;
    case SourceRole:
        return pin ? where(pin->source) : QString();
    case Qt::ToolTipRole:
        return value ? valueToolTip(row, column == LeftColumn) : QVariant();
    case Qt::BackgroundRole:
        return background(row, column);
    }
    return {};
}

QVariant HostDiffModel::background(const core::inventory::PinDifference &row, int column) const
{
    const QPalette palette = QGuiApplication::palette();
    if (column == LeftColumn || column == RightColumn)
        if (const InstalledCell *installed = installedCell(row, column == LeftColumn); installed && installed->drifts())
            return statuscolors::tinted(palette, QColor(218, 54, 51), 0.3); // the host has not what it pins
    if (!row.differs)
        return {};
    const core::inventory::Pin *pin = column == LeftColumn ? row.left : column == RightColumn ? row.right : nullptr;
    if (!pin) // the key columns, and the side that lacks the pin
        return statuscolors::filler(palette);
    // As in a diff: what only the left host has is "removed", the right host's value "added".
    return column == LeftColumn ? statuscolors::removed(palette) : statuscolors::added(palette);
}

QString HostDiffModel::where(const core::inventory::Source &source) const
{
    QString text = qs(source.toString());
    if (!m_root.isEmpty() && text.startsWith(m_root + QLatin1Char('/')))
        text = text.mid(m_root.size() + 1);
    return text;
}

QString HostDiffModel::valueToolTip(const core::inventory::PinDifference &row, bool left) const
{
    const core::inventory::HostPins &pins = left ? m_left : m_right;
    const core::inventory::Pin *pin = left ? row.left : row.right;
    if (!pin)
        return tr("%1 does not pin %2").arg(qs(pins.host), qs(row.key.package));
    QString tip = tr("%1: %2\nWritten at %3").arg(qs(pins.host), pinText(pin), where(pin->source));
    if (const InstalledCell *installed = installedCell(row, left))
        tip += tr("\nInstalled: %1 — %2 (gathered %3)")
                   .arg(installed->installed.isEmpty() ? tr("nothing") : installed->installed,
                       HostDriftModel::statusText(installed->status), installed->gathered);
    const core::inventory::Host *host = m_inventory ? m_inventory->host(pins.host) : nullptr;
    if (!host)
        return tip;
    const std::string variable = variableOf(row.key);
    const auto history = core::inventory::variableHistory(*m_inventory, *host, variable);
    if (history.empty())
        return tip;
    tip += tr("\n\n%1, lowest precedence first:").arg(qs(variable));
    for (size_t i = 0; i < history.size(); ++i) {
        const core::inventory::Variable &v = history[i];
        tip += QLatin1String("\n  ") + tr("%1 (%2)").arg(where(v.source), qs(v.owner));
        if (i + 1 == history.size())
            tip += tr(" ← effective");
    }
    return tip;
}

QVariant HostDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case ScopeColumn:
        return tr("Scope");
    case PackageColumn:
        return tr("Package");
    case LeftColumn:
        return m_left.host.empty() ? tr("Left") : qs(m_left.host);
    case RightColumn:
        return m_right.host.empty() ? tr("Right") : qs(m_right.host);
    }
    return {};
}

} // namespace ui
