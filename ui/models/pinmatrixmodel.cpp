// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/pinmatrixmodel.h"
#include "core/util/qtext.h"

#include "ui/models/statuscolors.h"

#include <QFont>
#include <QGuiApplication>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace ui {

namespace {

using core::util::qs;

// Drift is a warning, not an error: amber. Proposed values: violet, as nothing in the files says so.
const QColor s_driftHue(210, 153, 34);
const QColor s_editHue(137, 87, 229);
const QColor s_installedDriftHue(218, 54, 51); // the host has not what it pins

QString pinText(const core::inventory::Pin *pin)
{
    if (!pin)
        return {};
    if (pin->encrypted)
        return PinMatrixModel::tr("encrypted");
    return pin->value.empty() ? PinMatrixModel::tr("(any)") : qs(pin->value);
}

} // namespace

PinMatrixModel::PinMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

PinMatrixModel::~PinMatrixModel() = default;

void PinMatrixModel::setMatrix(core::inventory::PinMatrix matrix)
{
    beginResetModel();
    m_matrix = std::move(matrix);
    m_edits.clear();
    m_groups.clear();
    for (const std::string &g : m_matrix.referenceGroups)
        if (std::find(m_groups.begin(), m_groups.end(), g) == m_groups.end())
            m_groups.push_back(g);
    m_rowDiffers.assign(m_matrix.rows.size(), false);
    for (size_t r = 0; r < m_matrix.rows.size(); ++r)
        m_rowDiffers[r] = !m_matrix.definedValuesAgree(r); // "not defined here" is no difference
    indexInstalled();
    endResetModel();
}

void PinMatrixModel::setInstalled(std::shared_ptr<const InstalledIndex> installed)
{
    beginResetModel();
    m_installed = std::move(installed);
    indexInstalled();
    endResetModel();
}

void PinMatrixModel::indexInstalled()
{
    m_rowInstalledDrift.assign(m_matrix.rows.size(), false);
    if (!m_installed)
        return;
    // Walk the installed entries, not every cell: thousands of hosts by hundreds of pins is too many
    // lookups for the GUI thread, and most entries do not drift.
    std::unordered_map<std::string, size_t> columnOf;
    for (size_t c = 0; c < m_matrix.columns.size(); ++c)
        columnOf.emplace(m_matrix.columns[c].host, c);
    std::map<core::inventory::PinKey, size_t> rowOf;
    for (size_t r = 0; r < m_matrix.rows.size(); ++r)
        rowOf.emplace(m_matrix.rows[r], r);
    for (const auto &[where, cell] : *m_installed) {
        if (!cell.drifts())
            continue;
        const auto column = columnOf.find(where.first);
        const auto row = rowOf.find(where.second);
        if (column != columnOf.end() && row != rowOf.end() && m_matrix.pin(row->second, column->second))
            m_rowInstalledDrift[row->second] = true;
    }
}

const InstalledCell *PinMatrixModel::installedCell(int row, int column) const
{
    const size_t c = size_t(column - KeyColumnCount);
    if (!m_installed || !m_matrix.pin(size_t(row), c))
        return nullptr;
    const auto it = m_installed->find({m_matrix.columns[c].host, m_matrix.rows[size_t(row)]});
    return it == m_installed->end() ? nullptr : &it->second;
}

void PinMatrixModel::setColumnMode(ColumnMode mode)
{
    if (mode == m_mode)
        return;
    beginResetModel();
    m_mode = mode;
    endResetModel();
}

QString PinMatrixModel::hostAt(int column) const
{
    const int c = column - KeyColumnCount;
    if (m_mode != ColumnMode::Hosts || c < 0 || size_t(c) >= m_matrix.columns.size())
        return {};
    return qs(m_matrix.columns[size_t(c)].host);
}

int PinMatrixModel::columnOf(const QString &host) const
{
    if (m_mode != ColumnMode::Hosts)
        return -1;
    const std::string name = host.toStdString();
    for (size_t c = 0; c < m_matrix.columns.size(); ++c)
        if (m_matrix.columns[c].host == name)
            return int(c) + KeyColumnCount;
    return -1;
}

int PinMatrixModel::rowOf(const core::inventory::PinKey &key) const
{
    const auto it = std::lower_bound(m_matrix.rows.begin(), m_matrix.rows.end(), key);
    return it != m_matrix.rows.end() && *it == key ? int(it - m_matrix.rows.begin()) : -1;
}

int PinMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.rows.size());
}

int PinMatrixModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    const size_t values = m_mode == ColumnMode::Hosts ? m_matrix.columns.size() : m_groups.size();
    return KeyColumnCount + int(values);
}

QVariant PinMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const core::inventory::PinKey &key = m_matrix.rows[size_t(row)];
    switch (role) {
    case RowDiffersRole:
        return bool(m_rowDiffers[size_t(row)]);
    case RowInstalledDriftRole:
        return bool(m_rowInstalledDrift[size_t(row)]);
    case PackageRole:
        return qs(key.package);
    case KindRole:
        return QString::fromLatin1(core::inventory::pinKindName(key.kind));
    case ScopeRole:
        return qs(key.scope);
    default:
        break;
    }
    if (index.column() < KeyColumnCount)
        return keyData(row, index.column(), role);
    return m_mode == ColumnMode::Hosts ? hostCell(row, index.column(), role) : groupCell(row, index.column(), role);
}

QVariant PinMatrixModel::keyData(int row, int column, int role) const
{
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    const core::inventory::PinKey &key = m_matrix.rows[size_t(row)];
    switch (column) {
    case KindColumn:
        return QString::fromLatin1(core::inventory::pinKindName(key.kind));
    case ScopeColumn:
        return qs(key.scope);
    case PackageColumn:
        return qs(key.package);
    }
    return {};
}

QString PinMatrixModel::cellText(int row, int column) const
{
    if (const auto it = m_edits.find({ row, column }); it != m_edits.end())
        return it->second;
    return pinText(m_matrix.pin(size_t(row), size_t(column - KeyColumnCount)));
}

QVariant PinMatrixModel::hostCell(int row, int column, int role) const
{
    const size_t c = size_t(column - KeyColumnCount);
    const core::inventory::Pin *pin = m_matrix.pin(size_t(row), c);
    const bool edited = m_edits.count({ row, column }) > 0;
    const InstalledCell *installed = installedCell(row, column);
    switch (role) {
    case Qt::DisplayRole:
        // What the host has beside the pin, where it is not what the pin asks for.
        if (installed && installed->drifts() && !edited)
            return installed->installed.isEmpty() ? tr("%1 (not installed)").arg(cellText(row, column))
                                                  : tr("%1 (installed %2)").arg(cellText(row, column), installed->installed);
        return cellText(row, column);
    case Qt::EditRole:
    case SortRole:
        return cellText(row, column);
    case InstalledRole:
        return installed ? installed->installed : QString();
    case InstalledDriftRole:
        return installed && installed->drifts();
    case DiffersRole:
        return bool(m_matrix.cells[size_t(row)][c].differsFromGroup);
    case EditedRole:
        return edited;
    case SourceRole:
        return pin ? qs(pin->source.toString()) : QString();
    case Qt::ToolTipRole:
        return hostToolTip(row, column);
    case Qt::FontRole:
        if (edited) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (edited)
            return statuscolors::tinted(QGuiApplication::palette(), s_editHue, 0.3);
        if (installed && installed->drifts())
            return statuscolors::tinted(QGuiApplication::palette(), s_installedDriftHue, 0.3);
        if (m_matrix.cells[size_t(row)][c].differsFromGroup)
            return statuscolors::tinted(QGuiApplication::palette(), s_driftHue, 0.35);
        return {};
    }
    return {};
}

QString PinMatrixModel::hostToolTip(int row, int column) const
{
    const size_t c = size_t(column - KeyColumnCount);
    const core::inventory::Pin *pin = m_matrix.pin(size_t(row), c);
    const std::string &group = m_matrix.referenceGroups[c];
    QString tip = pin
        ? tr("%1: %2\nWritten at %3").arg(qs(m_matrix.columns[c].host), pinText(pin), qs(pin->source.toString()))
        : tr("%1 does not pin this").arg(qs(m_matrix.columns[c].host));
    if (const auto *majority = m_matrix.majority(size_t(row), group)) {
        if (majority->tie)
            tip += tr("\nGroup %1 has no majority").arg(qs(group));
        else
            tip += tr("\nGroup %1: %2 (%3 of %4 hosts)")
                       .arg(qs(group), majority->present ? qs(majority->value) : tr("not pinned"))
                       .arg(majority->count)
                       .arg(majority->total);
    }
    if (const InstalledCell *installed = installedCell(row, column))
        tip += tr("\nInstalled: %1 — %2 (gathered %3)")
                   .arg(installed->installed.isEmpty() ? tr("nothing") : installed->installed,
                       HostDriftModel::statusText(installed->status), installed->gathered);
    if (const auto it = m_edits.find({ row, column }); it != m_edits.end())
        tip += tr("\nProposed: %1 (not saved)").arg(it->second);
    return tip;
}

bool PinMatrixModel::groupDrifts(int row, const std::string &group) const
{
    for (size_t c = 0; c < m_matrix.columns.size(); ++c)
        if (m_matrix.referenceGroups[c] == group && m_matrix.cells[size_t(row)][c].differsFromGroup)
            return true;
    return false;
}

QVariant PinMatrixModel::groupCell(int row, int column, int role) const
{
    const std::string &group = m_groups[size_t(column - KeyColumnCount)];
    const core::inventory::GroupMajority *majority = m_matrix.majority(size_t(row), group);
    if (!majority)
        return {};
    const QString text = majority->tie ? tr("(no majority)")
        : majority->present            ? (majority->value.empty() ? tr("(any)") : qs(majority->value))
                                       : QString();
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return text;
    case DiffersRole:
        return groupDrifts(row, group);
    case Qt::BackgroundRole:
        return groupDrifts(row, group) ? QVariant(statuscolors::tinted(QGuiApplication::palette(), s_driftHue, 0.35))
                                       : QVariant();
    case Qt::ToolTipRole: {
        QStringList others;
        for (size_t c = 0; c < m_matrix.columns.size(); ++c)
            if (m_matrix.referenceGroups[c] == group && m_matrix.cells[size_t(row)][c].differsFromGroup)
                others << tr("%1: %2").arg(qs(m_matrix.columns[c].host), cellText(row, int(c) + KeyColumnCount));
        QString tip = tr("%1 of %2 hosts of %3").arg(majority->count).arg(majority->total).arg(qs(group));
        return others.isEmpty() ? tip : tip + tr("\nDiffering: %1").arg(others.join(QStringLiteral(", ")));
    }
    }
    return {};
}

QVariant PinMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < KeyColumnCount) {
        if (role != Qt::DisplayRole)
            return {};
        return section == KindColumn ? tr("Kind") : section == ScopeColumn ? tr("Scope") : tr("Package");
    }
    const size_t c = size_t(section - KeyColumnCount);
    if (m_mode == ColumnMode::Groups)
        return role == Qt::DisplayRole ? QVariant(qs(m_groups[c])) : QVariant();
    if (role == Qt::DisplayRole)
        return qs(m_matrix.columns[c].host);
    if (role == Qt::ToolTipRole)
        return tr("Compared with the majority of group %1").arg(qs(m_matrix.referenceGroups[c]));
    return {};
}

Qt::ItemFlags PinMatrixModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || index.column() < KeyColumnCount || m_mode != ColumnMode::Hosts)
        return f;
    // Lists (channels, wrappers) and encrypted values are not single pins one can propose a value for.
    const auto kind = m_matrix.rows[size_t(index.row())].kind;
    const auto *pin = m_matrix.pin(size_t(index.row()), size_t(index.column() - KeyColumnCount));
    const bool single = kind == core::inventory::PinKind::Conda || kind == core::inventory::PinKind::Rpm
        || kind == core::inventory::PinKind::Pip;
    return single && !(pin && pin->encrypted) ? f | Qt::ItemIsEditable : f;
}

bool PinMatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString text = value.toString().trimmed();
    if (text == cellText(index.row(), index.column()))
        return false;
    // Proposing the value the files hold again withdraws the proposal.
    const auto *pin = m_matrix.pin(size_t(index.row()), size_t(index.column() - KeyColumnCount));
    if (pin && text == qs(pin->value))
        m_edits.erase({ index.row(), index.column() });
    else
        m_edits[{ index.row(), index.column() }] = text;
    Q_EMIT dataChanged(index, index);
    Q_EMIT pinEdited(rowKey(index.row()), hostAt(index.column()), text);
    return true;
}

} // namespace ui
