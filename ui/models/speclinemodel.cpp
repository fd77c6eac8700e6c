// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/speclinemodel.h"

#include "ui/models/statuscolors.h"

#include <QGuiApplication>

#include <algorithm>

namespace ui {

namespace {

/** The tint of a status cell; Solving stays plain (it changes too often to colour). */
QVariant statusBackground(SpecLineStatus status)
{
    const QPalette palette = QGuiApplication::palette();
    switch (status) {
    case SpecLineStatus::Solved: return statuscolors::tinted(palette, QColor(46, 160, 67), 0.18);
    case SpecLineStatus::Unsolvable:
    case SpecLineStatus::Error: return statuscolors::tinted(palette, QColor(218, 54, 51), 0.35);
    case SpecLineStatus::Invalid: return statuscolors::tinted(palette, QColor(210, 153, 34), 0.35);
    case SpecLineStatus::Solving: break;
    }
    return {};
}

} // namespace

SpecLineModel::SpecLineModel(QObject *parent) : QAbstractTableModel(parent) {}

SpecLineModel::~SpecLineModel() = default;

void SpecLineModel::setLines(std::vector<SpecLineEntry> lines)
{
    const bool sameRows = lines.size() == m_lines.size() &&
                          std::equal(lines.begin(), lines.end(), m_lines.begin(),
                                     [](const auto &a, const auto &b) { return a.lineNumber == b.lineNumber; });
    if (!sameRows) {
        beginResetModel();
        m_lines = std::move(lines);
        endResetModel();
        return;
    }
    for (const auto &entry : lines)
        updateLine(entry);
}

void SpecLineModel::updateLine(const SpecLineEntry &entry)
{
    const int row = rowOf(entry.lineNumber);
    if (row < 0 || m_lines[std::size_t(row)] == entry)
        return;
    m_lines[std::size_t(row)] = entry;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SpecLineModel::clear()
{
    setLines({});
}

int SpecLineModel::rowOf(int lineNumber) const
{
    // Rows are in line order: a binary search keeps per-result updates cheap on long lists.
    const auto it = std::lower_bound(m_lines.begin(), m_lines.end(), lineNumber,
                                     [](const SpecLineEntry &e, int n) { return e.lineNumber < n; });
    return it != m_lines.end() && it->lineNumber == lineNumber ? int(it - m_lines.begin()) : -1;
}

int SpecLineModel::count(SpecLineStatus status) const
{
    return int(std::count_if(m_lines.begin(), m_lines.end(), [status](const auto &e) { return e.status == status; }));
}

QString SpecLineModel::statusText(SpecLineStatus status)
{
    switch (status) {
    case SpecLineStatus::Solving: return tr("solving…");
    case SpecLineStatus::Solved: return tr("solved");
    case SpecLineStatus::Unsolvable: return tr("unsolvable");
    case SpecLineStatus::Invalid: return tr("invalid");
    case SpecLineStatus::Error: return tr("error");
    }
    return {};
}

int SpecLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int SpecLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpecLineModel::displayData(const SpecLineEntry &entry, int column) const
{
    switch (column) {
    case LineColumn: return entry.lineNumber;
    case SpecsColumn: return entry.specs;
    case StatusColumn:
        // The platform matters only when a line fails on one platform and not on another.
        return entry.platform.isEmpty() ? statusText(entry.status)
                                        : tr("%1 (%2)").arg(statusText(entry.status), entry.platform);
    case PackagesColumn: return entry.packageCount >= 0 ? QVariant(entry.packageCount) : QVariant();
    }
    return {};
}

QVariant SpecLineModel::sortData(const SpecLineEntry &entry, int column) const
{
    switch (column) {
    case LineColumn: return entry.lineNumber;
    case SpecsColumn: return entry.specs;
    case StatusColumn: return int(entry.status);
    case PackagesColumn: return entry.packageCount;
    }
    return {};
}

QString SpecLineModel::toolTip(const SpecLineEntry &entry) const
{
    if (entry.detail.isEmpty())
        return entry.specs;
    return entry.specs + QLatin1Char('\n') + entry.detail;
}

QVariant SpecLineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SpecLineEntry &entry = m_lines[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return displayData(entry, index.column());
    case Qt::ToolTipRole: return toolTip(entry);
    case Qt::BackgroundRole: return index.column() == StatusColumn ? statusBackground(entry.status) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == LineColumn || index.column() == PackagesColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case SortRole: return sortData(entry, index.column());
    case StatusRole: return int(entry.status);
    case LineNumberRole: return entry.lineNumber;
    }
    return {};
}

QVariant SpecLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn: return tr("Line");
    case SpecsColumn: return tr("Specs");
    case StatusColumn: return tr("Status");
    case PackagesColumn: return tr("Packages");
    }
    return {};
}

} // namespace ui
