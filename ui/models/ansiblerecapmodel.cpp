// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/ansiblerecapmodel.h"

#include "ui/models/statuscolors.h"

#include <QGuiApplication>

namespace ui {

using core::jobs::HostStats;
using core::jobs::TaskStatus;

AnsibleRecapModel::AnsibleRecapModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_palette(QGuiApplication::palette())
{
}

AnsibleRecapModel::~AnsibleRecapModel() = default;

void AnsibleRecapModel::setReview(const core::jobs::AnsibleReview &review)
{
    // A live run calls this many times before the recap exists; only a new recap resets.
    if (review.recap == m_recap)
        return;
    beginResetModel();
    m_recap = review.recap;
    m_rows.clear();
    for (auto it = m_recap.cbegin(); it != m_recap.cend(); ++it)
        m_rows.push_back(Row{it.key(), it.value()});
    endResetModel();
}

void AnsibleRecapModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::BackgroundRole});
}

int AnsibleRecapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnsibleRecapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int AnsibleRecapModel::count(const HostStats &stats, int column)
{
    switch (column) {
    case OkColumn:
        return stats.ok;
    case ChangedColumn:
        return stats.changed;
    case UnreachableColumn:
        return stats.unreachable;
    case FailedColumn:
        return stats.failed;
    case SkippedColumn:
        return stats.skipped;
    case RescuedColumn:
        return stats.rescued;
    case IgnoredColumn:
        return stats.ignored;
    default:
        return -1;
    }
}

QVariant AnsibleRecapModel::background(const Row &row, int column) const
{
    const HostStats &s = row.stats;
    if (column == HostColumn) {
        // The host is coloured by the worst that happened to it.
        const TaskStatus worst = s.unreachable > 0 ? TaskStatus::Unreachable
                                 : s.failed > 0    ? TaskStatus::Failed
                                 : s.changed > 0   ? TaskStatus::Changed
                                                   : TaskStatus::Ok;
        return statuscolors::taskStatus(m_palette, worst);
    }
    if (count(s, column) <= 0)
        return {};
    switch (column) {
    case ChangedColumn:
        return statuscolors::taskStatus(m_palette, TaskStatus::Changed);
    case UnreachableColumn:
        return statuscolors::taskStatus(m_palette, TaskStatus::Unreachable);
    case FailedColumn:
        return statuscolors::taskStatus(m_palette, TaskStatus::Failed);
    default:
        return {};
    }
}

QVariant AnsibleRecapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return column == HostColumn ? QVariant(row.host) : QVariant(count(row.stats, column));
    case Qt::TextAlignmentRole:
        return column == HostColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::BackgroundRole:
        return background(row, column);
    case CountRole:
        return count(row.stats, column);
    case HostRole:
        return row.host;
    case SortRole:
        return column == HostColumn ? QVariant(row.host) : QVariant(count(row.stats, column));
    default:
        return {};
    }
}

QVariant AnsibleRecapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HostColumn:
        return tr("Host");
    case OkColumn:
        return tr("ok");
    case ChangedColumn:
        return tr("changed");
    case UnreachableColumn:
        return tr("unreachable");
    case FailedColumn:
        return tr("failed");
    case SkippedColumn:
        return tr("skipped");
    case RescuedColumn:
        return tr("rescued");
    case IgnoredColumn:
        return tr("ignored");
    default:
        return {};
    }
}

} // namespace ui
