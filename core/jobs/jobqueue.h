// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/jobs/job.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <memory>

namespace core::jobs {

/**
 * Runs queued jobs, at most concurrency() at a time (default 2), at most kindLimit(kind) of one
 * kind, and never two with the same Job::exclusiveKey(). Jobs start in the order they were
 * queued, except that a job held back by a limit does not hold back the jobs behind it.
 *
 * Owns its jobs; they stay listed (finished ones too) until the queue is destroyed or
 * removeFinished() is called. Starting is deferred to the event loop, so a job may be configured
 * and connected to right after enqueue(). Lives on one thread.
 */
class JobQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobQueue)
public:
    explicit JobQueue(QObject *parent = nullptr);
    ~JobQueue() override;

    int concurrency() const { return m_concurrency; }
    /** At least 1. A raised limit starts waiting jobs. */
    void setConcurrency(int concurrency);

    /** How many jobs of @p kind may run at once; 0 means only the overall limit applies. */
    int kindLimit(const QString &kind) const { return m_kindLimits.value(kind, 0); }
    void setKindLimit(const QString &kind, int limit);

    /** Takes @p job (which must be Queued) and returns it. */
    Job *enqueue(std::unique_ptr<Job> job);

    /** Every job, in the order queued. */
    const QList<Job *> &jobs() const { return m_jobs; }
    Job *job(const QString &id) const;
    int runningCount() const;

    /** Cancels every job that has not finished, for @p reason (Job::cancel()). */
    void cancelAll(const QString &reason = {});
    /** How many jobs have not finished (queued or running). */
    int unfinishedCount() const;
    /** Deletes finished jobs (after the views have let go of them). */
    void removeFinished();

Q_SIGNALS:
    void jobAdded(core::jobs::Job *job);
    void jobStarted(core::jobs::Job *job);
    void jobFinished(core::jobs::Job *job);

private:
    void scheduleSoon();
    void startWaitingJobs();
    bool mayStart(const Job *job) const;

    QList<Job *> m_jobs;
    QHash<QString, int> m_kindLimits;
    int m_concurrency = 2;
    bool m_scheduled = false;
};

} // namespace core::jobs
