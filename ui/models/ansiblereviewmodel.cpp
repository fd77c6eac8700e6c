// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/ansiblereviewmodel.h"

#include "ui/models/statuscolors.h"

#include <QGuiApplication>

#include <algorithm>

namespace ui {

using core::jobs::AnsibleReview;
using core::jobs::AnsibleTask;
using core::jobs::HostTaskResult;
using core::jobs::TaskStatus;

namespace {

template<typename List>
bool startsWith(const List &list, const List &prefix)
{
    return list.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), list.begin());
}

} // namespace

AnsibleReviewModel::AnsibleReviewModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_palette(QGuiApplication::palette())
{
}

AnsibleReviewModel::~AnsibleReviewModel() = default;

void AnsibleReviewModel::setReview(const AnsibleReview &review)
{
    // A live run only ever adds tasks and hosts at the end; anything else is another run.
    if (!startsWith(review.tasks, m_review.tasks) || !startsWith(review.hosts, m_review.hosts)) {
        beginResetModel();
        m_review = review;
        reindex();
        m_taskCount = int(m_review.tasks.size());
        m_hostCount = int(m_review.hosts.size());
        endResetModel();
        return;
    }
    const int oldTasks = m_taskCount;
    const int oldHosts = m_hostCount;
    m_review = review;
    reindex();
    if (int(m_review.hosts.size()) > oldHosts) {
        beginInsertColumns({}, oldHosts, int(m_review.hosts.size()) - 1);
        m_hostCount = int(m_review.hosts.size());
        endInsertColumns();
    }
    if (int(m_review.tasks.size()) > oldTasks) {
        beginInsertRows({}, oldTasks, int(m_review.tasks.size()) - 1);
        m_taskCount = int(m_review.tasks.size());
        endInsertRows();
    }
    // Results of rows that were already shown may have arrived since.
    if (oldTasks > 0 && m_hostCount > 0)
        Q_EMIT dataChanged(index(0, 0), index(oldTasks - 1, m_hostCount - 1));
}

void AnsibleReviewModel::reindex()
{
    m_rowOfTask.clear();
    m_columnOfHost.clear();
    for (int row = 0; row < int(m_review.tasks.size()); ++row)
        m_rowOfTask.insert(m_review.tasks[size_t(row)].id, row);
    for (int host = 0; host < int(m_review.hosts.size()); ++host)
        m_columnOfHost.insert(m_review.hosts.at(host), host);
    const size_t hosts = size_t(m_review.hosts.size());
    m_cells.assign(m_review.tasks.size() * hosts, -1);
    // Later results win: a task that ran twice on a host (a retried handler) shows its last run.
    for (int i = 0; i < int(m_review.results.size()); ++i) {
        const HostTaskResult &r = m_review.results[size_t(i)];
        const auto row = m_rowOfTask.constFind(r.taskId);
        const auto host = m_columnOfHost.constFind(r.host);
        if (row != m_rowOfTask.cend() && host != m_columnOfHost.cend())
            m_cells[size_t(*row) * hosts + size_t(*host)] = i;
    }
}

void AnsibleReviewModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (m_taskCount > 0 && m_hostCount > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_taskCount - 1, m_hostCount - 1), {Qt::BackgroundRole});
}

const HostTaskResult *AnsibleReviewModel::result(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const size_t cell = size_t(index.row()) * size_t(m_review.hosts.size()) + size_t(index.column());
    const int at = cell < m_cells.size() ? m_cells[cell] : -1;
    return at >= 0 ? &m_review.results[size_t(at)] : nullptr;
}

QModelIndex AnsibleReviewModel::indexOf(const QString &host, const QString &taskId) const
{
    const int row = m_rowOfTask.value(taskId, -1);
    const int column = m_columnOfHost.value(host, -1);
    return row >= 0 && column >= 0 && row < m_taskCount && column < m_hostCount ? index(row, column) : QModelIndex();
}

QModelIndex AnsibleReviewModel::firstDiff() const
{
    for (int row = 0; row < m_taskCount; ++row)
        for (int column = 0; column < m_hostCount; ++column)
            if (const HostTaskResult *r = result(index(row, column)); r && !r->diffs.empty())
                return index(row, column);
    return {};
}

int AnsibleReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_taskCount;
}

int AnsibleReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_hostCount;
}

QVariant AnsibleReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cellData(result(index), m_review.hosts.at(index.column()), m_review.tasks[size_t(index.row())].id, role);
}

QVariant AnsibleReviewModel::taskHeader(const AnsibleTask &task, int role) const
{
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = task.name.isEmpty() ? task.action : task.name;
        return task.handler ? tr("handler: %1").arg(name) : name;
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const core::jobs::AnsiblePlay &play : m_review.plays)
            if (play.id == task.playId)
                lines << tr("Play: %1").arg(play.name);
        lines << tr("Module: %1").arg(task.action) << tr("Where: %1").arg(task.path);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case TaskIdRole:
        return task.id;
    default:
        return {};
    }
}

QVariant AnsibleReviewModel::cellData(const HostTaskResult *r, const QString &host, const QString &taskId, int role) const
{
    switch (role) {
    case Qt::DisplayRole: {
        if (!r)
            return QString();
        QString text = statusText(r->status);
        if (r->ignored)
            text = tr("%1 (ignored)").arg(text);
        if (!r->diffs.empty())
            text = tr("%1, %n diff(s)", nullptr, int(r->diffs.size())).arg(text);
        return text;
    }
    case Qt::BackgroundRole:
        return r ? QVariant(statuscolors::taskStatus(m_palette, r->status)) : QVariant();
    case Qt::ToolTipRole:
        return r ? QVariant(cellToolTip(*r)) : QVariant();
    case StatusRole:
    case SortRole:
        return r ? int(r->status) : -1;
    case HostRole:
        return host;
    case TaskIdRole:
        return taskId;
    case DiffCountRole:
        return r ? int(r->diffs.size()) : 0;
    case IgnoredRole:
        return r && r->ignored;
    default:
        return {};
    }
}

QString AnsibleReviewModel::cellToolTip(const HostTaskResult &r)
{
    QStringList lines{statusText(r.status)};
    if (!r.message.isEmpty())
        lines << r.message;
    if (r.returnCode)
        lines << tr("Exit code %1").arg(*r.returnCode);
    for (const core::jobs::ItemResult &item : r.items)
        lines << tr("%1: %2").arg(item.label, statusText(item.status));
    return lines.join(QLatin1Char('\n'));
}

QVariant AnsibleReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_taskCount ? taskHeader(m_review.tasks[size_t(section)], role) : QVariant();
    if (section < 0 || section >= m_hostCount)
        return {};
    return role == Qt::DisplayRole || role == HostRole ? QVariant(m_review.hosts.at(section)) : QVariant();
}

QString AnsibleReviewModel::statusText(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Ok:
        return tr("ok");
    case TaskStatus::Changed:
        return tr("changed");
    case TaskStatus::Failed:
        return tr("failed");
    case TaskStatus::Skipped:
        return tr("skipped");
    case TaskStatus::Unreachable:
        return tr("unreachable");
    }
    return QString();
}

} // namespace ui
