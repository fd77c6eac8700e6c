// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/jobs/jobrecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <vector>

namespace core::jobs {
class Job;
class JobQueue;
} // namespace core::jobs

namespace ui {

/**
 * The job table: past jobs from the history and the live jobs of a queue, one row each, oldest
 * first (sort through a proxy on SortRole). Live rows follow their job's state and progress; the
 * duration of running jobs ticks once a second. A live job that is deleted keeps its row with
 * the last state it had. Only displays: it never starts or cancels anything.
 */
class JobTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobTableModel)
public:
    enum Column {
        KindColumn,
        TitleColumn,
        StateColumn,
        ProgressColumn,
        StartedColumn,
        DurationColumn,
        ColumnCount
    };

    enum Role {
        IdRole = Qt::UserRole, ///< QString
        KindRole, ///< QString, e.g. "ansible-run"
        StateRole, ///< int (core::jobs::JobState)
        ProgressValueRole, ///< qint64
        ProgressMaximumRole, ///< qint64; 0 = indeterminate
        ProgressFailedRole, ///< qint64: parts failed so far (a running job that is failing)
        StartedRole, ///< QDateTime (invalid while queued)
        FinishedRole, ///< QDateTime
        DurationRole, ///< qint64 milliseconds, -1 before the start
        IsLiveRole, ///< bool: a job of this session (it can be cancelled)
        RecordRole, ///< core::jobs::JobRecord
        SortRole, ///< a value that sorts the column naturally
    };

    explicit JobTableModel(QObject *parent = nullptr);
    ~JobTableModel() override;

    /** Replaces the past jobs; rows of live jobs stay (a live job wins over its history entry). */
    void setHistory(const std::vector<core::jobs::JobRecord> &records);
    /** Shows the jobs of @p queue and those it gets later. */
    void setQueue(core::jobs::JobQueue *queue);
    /** Adds one live job (ignored when it is already shown). */
    void addJob(core::jobs::Job *job);

    /** The live job of @p row, or nullptr for a past job. */
    core::jobs::Job *job(int row) const;
    /** The row of job @p id, or -1. */
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Display names; the view's delegates and the page use them too. */
    static QString kindText(const QString &kind);
    static QString stateText(core::jobs::JobState state);
    static QString durationText(qint64 milliseconds);

private:
    struct Row
    {
        core::jobs::JobRecord record;
        QPointer<core::jobs::Job> job;
    };

    void refreshRow(const QString &id);
    void tickDurations();
    void updateTimer();
    qint64 duration(const core::jobs::JobRecord &record) const;
    QVariant displayData(const core::jobs::JobRecord &record, int column) const;
    QVariant sortData(const core::jobs::JobRecord &record, int column) const;
    void rebuildIndex();

    std::vector<Row> m_rows;
    QHash<QString, int> m_rowOfId;
    QTimer m_durationTimer;
};

} // namespace ui
