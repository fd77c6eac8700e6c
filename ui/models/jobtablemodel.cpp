// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/jobtablemodel.h"

#include "core/jobs/job.h"
#include "core/jobs/jobqueue.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <limits>

namespace ui {

using core::jobs::Job;
using core::jobs::JobRecord;
using core::jobs::JobState;

JobTableModel::JobTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_durationTimer.setInterval(1000);
    connect(&m_durationTimer, &QTimer::timeout, this, &JobTableModel::tickDurations);
}

JobTableModel::~JobTableModel() = default;

void JobTableModel::setHistory(const std::vector<JobRecord> &records)
{
    beginResetModel();
    std::vector<Row> rows;
    QSet<QString> live;
    for (const Row &row : m_rows)
        if (row.job)
            live.insert(row.record.id);
    for (const JobRecord &record : records)
        if (!live.contains(record.id))
            rows.push_back(Row{record, {}});
    for (Row &row : m_rows)
        if (row.job)
            rows.push_back(std::move(row));
    m_rows = std::move(rows);
    rebuildIndex();
    endResetModel();
    updateTimer();
}

void JobTableModel::setQueue(core::jobs::JobQueue *queue)
{
    for (Job *job : queue->jobs())
        addJob(job);
    connect(queue, &core::jobs::JobQueue::jobAdded, this, &JobTableModel::addJob);
}

void JobTableModel::addJob(Job *job)
{
    const QString id = job->id();
    if (const int existing = rowOf(id); existing >= 0) {
        if (m_rows[existing].job == job)
            return;
        m_rows[existing].job = job;  // a history row of this id: it becomes live
    } else {
        const int row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows.push_back(Row{job->record(), job});
        m_rowOfId.insert(id, row);
        endInsertRows();
    }
    connect(job, &Job::stateChanged, this, [this, id] { refreshRow(id); });
    connect(job, &Job::progressChanged, this, [this, id] { refreshRow(id); });
    connect(job, &Job::summaryChanged, this, [this, id] { refreshRow(id); });
    refreshRow(id);
}

Job *JobTableModel::job(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[row].job.data() : nullptr;
}

int JobTableModel::rowOf(const QString &id) const
{
    return m_rowOfId.value(id, -1);
}

void JobTableModel::rebuildIndex()
{
    m_rowOfId.clear();
    for (int row = 0; row < int(m_rows.size()); ++row)
        m_rowOfId.insert(m_rows[row].record.id, row);
}

void JobTableModel::refreshRow(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0 || !m_rows[row].job)
        return;
    m_rows[row].record = m_rows[row].job->record();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    updateTimer();
}

void JobTableModel::updateTimer()
{
    const bool anyRunning = std::any_of(m_rows.begin(), m_rows.end(),
                                        [](const Row &r) { return r.record.state == JobState::Running; });
    if (anyRunning && !m_durationTimer.isActive())
        m_durationTimer.start();
    else if (!anyRunning)
        m_durationTimer.stop();
}

void JobTableModel::tickDurations()
{
    for (int row = 0; row < int(m_rows.size()); ++row)
        if (m_rows[row].record.state == JobState::Running)
            Q_EMIT dataChanged(index(row, DurationColumn), index(row, DurationColumn), {Qt::DisplayRole, DurationRole, SortRole});
}

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 JobTableModel::duration(const JobRecord &record) const
{
    if (!record.startedAt.isValid())
        return -1;
    // A job that never reported its end (interrupted) has no duration to show.
    if (!record.finishedAt.isValid())
        return record.state == JobState::Running ? record.startedAt.msecsTo(QDateTime::currentDateTimeUtc()) : -1;
    return record.startedAt.msecsTo(record.finishedAt);
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobRecord &r = m_rows[index.row()].record;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(r, index.column());
    case Qt::ToolTipRole:
        return index.column() == TitleColumn ? QVariant(r.title) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= ProgressColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case IdRole:
        return r.id;
    case KindRole:
        return r.kind;
    case StateRole:
        return int(r.state);
    case ProgressValueRole:
        return r.progress.value;
    case ProgressMaximumRole:
        return r.progress.maximum;
    case ProgressFailedRole:
        return r.progress.failed;
    case StartedRole:
        return r.startedAt;
    case FinishedRole:
        return r.finishedAt;
    case DurationRole:
        return duration(r);
    case IsLiveRole:
        return !m_rows[index.row()].job.isNull();
    case RecordRole:
        return QVariant::fromValue(r);
    case SortRole:
        return sortData(r, index.column());
    default:
        return {};
    }
}

QVariant JobTableModel::displayData(const JobRecord &r, int column) const
{
    switch (column) {
    case KindColumn:
        return kindText(r.kind);
    case TitleColumn:
        return r.title;
    case StateColumn:
        if (r.state == JobState::Running && r.progress.failed > 0)
            return tr("Running, %n failed", nullptr, int(r.progress.failed));
        return stateText(r.state);
    case ProgressColumn:
        if (r.progress.isDeterminate())
            return QStringLiteral("%1%").arg(100 * r.progress.value / r.progress.maximum);
        return r.state == JobState::Running ? tr("working") : QString();
    case StartedColumn:
        return r.startedAt.isValid() ? QLocale().toString(r.startedAt.toLocalTime(), QLocale::ShortFormat) : QString();
    case DurationColumn:
        return durationText(duration(r));
    default:
        return {};
    }
}

QVariant JobTableModel::sortData(const JobRecord &r, int column) const
{
    switch (column) {
    case StateColumn:
        return int(r.state);
    case ProgressColumn:
        return r.progress.isDeterminate() ? double(r.progress.value) / double(r.progress.maximum) : -1.0;
    case StartedColumn:
        // Queued jobs (not started yet) sort as the newest.
        return r.startedAt.isValid() ? r.startedAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    case DurationColumn:
        return duration(r);
    default:
        return displayData(r, column);
    }
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Title");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    default:
        return {};
    }
}

QString JobTableModel::kindText(const QString &kind)
{
    if (kind == QLatin1String("ansible-run"))
        return tr("Ansible run");
    if (kind == QLatin1String("sync"))
        return tr("Channel sync");
    if (kind == QLatin1String("refresh"))
        return tr("Repodata refresh");
    return kind;
}

QString JobTableModel::stateText(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return tr("Queued");
    case JobState::Running:
        return tr("Running");
    case JobState::Succeeded:
        return tr("Succeeded");
    case JobState::Failed:
        return tr("Failed");
    case JobState::Cancelled:
        return tr("Cancelled");
    case JobState::Interrupted:
        return tr("Interrupted");
    }
    return QString();
}

QString JobTableModel::durationText(qint64 milliseconds)
{
    if (milliseconds < 0)
        return QString();
    const qint64 seconds = milliseconds / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    const QString mmss = QStringLiteral("%1:%2").arg(seconds / 60 % 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return seconds < 3600 ? mmss : QStringLiteral("%1:%2").arg(seconds / 3600).arg(mmss.rightJustified(5, QLatin1Char('0')));
}

} // namespace ui
