// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/ansiblereviewmodel.h"

#include "ui/models/statuscolors.h"

#include <QFont>
#include <QGuiApplication>

#include <algorithm>
#include <array>

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
    // A majority needs three hosts at least: with two, neither is "the odd one". Skipped hosts do
    // not count: a `when:` that leaves some hosts out is the playbook's design, not a surprise.
    m_majority.assign(m_review.tasks.size(), -1);
    for (size_t row = 0; row < m_review.tasks.size(); ++row) {
        std::array<int, 5> counts {};
        int ran = 0;
        for (size_t host = 0; host < hosts; ++host)
            if (const int at = m_cells[row * hosts + host];
                at >= 0 && m_review.results[size_t(at)].status != TaskStatus::Skipped) {
                ++counts[size_t(m_review.results[size_t(at)].status)];
                ++ran;
            }
        const auto most = std::max_element(counts.begin(), counts.end());
        if (ran >= 3 && *most * 2 > ran && *most < ran)
            m_majority[row] = int(most - counts.begin());
    }
}

bool AnsibleReviewModel::isOutlier(int row, int column) const
{
    if (row < 0 || size_t(row) >= m_majority.size() || m_majority[size_t(row)] < 0)
        return false;
    const HostTaskResult *r = result(index(row, column));
    return r && r->status != TaskStatus::Skipped && int(r->status) != m_majority[size_t(row)];
}

int AnsibleReviewModel::outlierCount(int row) const
{
    int count = 0;
    for (int column = 0; column < m_hostCount; ++column)
        count += isOutlier(row, column) ? 1 : 0;
    return count;
}

bool AnsibleReviewModel::rowHasStatus(int row, TaskStatus status) const
{
    for (int column = 0; column < m_hostCount; ++column)
        if (const HostTaskResult *r = result(index(row, column)); r && r->status == status)
            return true;
    return false;
}

QString AnsibleReviewModel::outlierText(int row) const
{
    QStringList odd;
    for (int column = 0; column < m_hostCount; ++column)
        if (isOutlier(row, column))
            odd << tr("%1 (%2)").arg(m_review.hosts.at(column), statusText(result(index(row, column))->status));
    if (odd.isEmpty())
        return QString();
    return tr("Differs on %n host(s), %1 on the others: %2", nullptr, int(odd.size()))
        .arg(statusText(TaskStatus(m_majority[size_t(row)])), odd.join(QStringLiteral(", ")));
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
    return cellData(index, role);
}

QVariant AnsibleReviewModel::taskHeader(int row, int role) const
{
    const AnsibleTask &task = m_review.tasks[size_t(row)];
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = task.name.isEmpty() ? task.action : task.name;
        const QString text = task.handler ? tr("handler: %1").arg(name) : name;
        return m_majority.size() > size_t(row) && outlierCount(row) > 0 ? QStringLiteral("≠ ") + text : text;
    }
    case Qt::ToolTipRole: {
        // The whole name first: the header elides it.
        QStringList lines { task.name.isEmpty() ? task.action : task.name };
        if (const QString odd = outlierText(row); !odd.isEmpty())
            lines << odd;
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

QVariant AnsibleReviewModel::cellData(const QModelIndex &index, int role) const
{
    const HostTaskResult *r = result(index);
    switch (role) {
    case Qt::DisplayRole: {
        if (!r)
            return QString();
        // A symbol, so that many hosts fit side by side; the tooltip says it in words.
        QString text = statusSymbol(r->status);
        if (r->ignored)
            text = QLatin1Char('(') + text + QLatin1Char(')');
        if (!r->diffs.empty())
            text += QString::number(r->diffs.size());
        return isOutlier(index.row(), index.column()) ? QStringLiteral("≠") + text : text;
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::FontRole:
        if (isOutlier(index.row(), index.column())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        return r ? QVariant(statuscolors::taskStatus(m_palette, r->status)) : QVariant();
    case Qt::ToolTipRole:
        return r ? QVariant(cellToolTip(*r, index.row())) : QVariant();
    case StatusRole:
    case SortRole:
        return r ? int(r->status) : -1;
    case HostRole:
        return m_review.hosts.at(index.column());
    case TaskIdRole:
        return m_review.tasks[size_t(index.row())].id;
    case DiffCountRole:
        return r ? int(r->diffs.size()) : 0;
    case IgnoredRole:
        return r && r->ignored;
    case OutlierRole:
        return isOutlier(index.row(), index.column());
    default:
        return {};
    }
}

QString AnsibleReviewModel::cellToolTip(const HostTaskResult &r, int row) const
{
    QString status = statusText(r.status);
    if (r.ignored)
        status = tr("%1 (ignored)").arg(status);
    QStringList lines { tr("%1 on %2").arg(m_review.task(r.taskId) ? m_review.task(r.taskId)->name : r.taskId, r.host),
        r.diffs.empty() ? status : tr("%1, %n file diff(s)", nullptr, int(r.diffs.size())).arg(status) };
    if (isOutlier(row, int(m_columnOfHost.value(r.host))))
        lines << outlierText(row);
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
        return section >= 0 && section < m_taskCount ? taskHeader(section, role) : QVariant();
    if (section < 0 || section >= m_hostCount)
        return {};
    return role == Qt::DisplayRole || role == HostRole || role == Qt::ToolTipRole ? QVariant(m_review.hosts.at(section))
                                                                                  : QVariant();
}

QString AnsibleReviewModel::statusSymbol(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Ok:
        return QStringLiteral("✓");
    case TaskStatus::Changed:
        return QStringLiteral("Δ");
    case TaskStatus::Failed:
        return QStringLiteral("✗");
    case TaskStatus::Skipped:
        return QStringLiteral("–");
    case TaskStatus::Unreachable:
        return QStringLiteral("⊘");
    }
    return QString();
}

QString AnsibleReviewModel::legend()
{
    QStringList parts;
    for (TaskStatus status :
        { TaskStatus::Ok, TaskStatus::Changed, TaskStatus::Failed, TaskStatus::Skipped, TaskStatus::Unreachable })
        parts << statusSymbol(status) + QLatin1Char(' ') + statusText(status);
    parts << tr("Δ2: changed, 2 diffs") << tr("≠: differs from most hosts");
    return parts.join(QStringLiteral("   "));
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
