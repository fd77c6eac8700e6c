// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/jobs/jobqueue.h"

#include <QTimer>

#include <algorithm>

namespace core::jobs {

JobQueue::JobQueue(QObject *parent)
    : QObject(parent)
{
}

JobQueue::~JobQueue()
{
    // Jobs are children and die with the queue; a running ProcessJob kills its process group then.
    for (Job *job : std::as_const(m_jobs))
        disconnect(job, nullptr, this, nullptr);
}

void JobQueue::setConcurrency(int concurrency)
{
    m_concurrency = std::max(1, concurrency);
    scheduleSoon();
}

void JobQueue::setKindLimit(const QString &kind, int limit)
{
    if (limit > 0)
        m_kindLimits.insert(kind, limit);
    else
        m_kindLimits.remove(kind);
    scheduleSoon();
}

Job *JobQueue::enqueue(std::unique_ptr<Job> owned)
{
    Job *job = owned.release();
    job->setParent(this);
    m_jobs.append(job);
    connect(job, &Job::stateChanged, this, [this, job](JobState state) {
        if (state == JobState::Running)
            Q_EMIT jobStarted(job);
    });
    connect(job, &Job::finished, this, [this, job] {
        Q_EMIT jobFinished(job);
        scheduleSoon();
    });
    Q_EMIT jobAdded(job);
    scheduleSoon();
    return job;
}

Job *JobQueue::job(const QString &id) const
{
    const auto it = std::find_if(m_jobs.begin(), m_jobs.end(), [&](const Job *j) { return j->id() == id; });
    return it == m_jobs.end() ? nullptr : *it;
}

int JobQueue::runningCount() const
{
    return int(std::count_if(m_jobs.begin(), m_jobs.end(), [](const Job *j) { return j->state() == JobState::Running; }));
}

void JobQueue::cancelAll(const QString &reason)
{
    // Queued ones first, so that a running job ending does not start one of them.
    for (Job *job : std::as_const(m_jobs))
        if (job->state() == JobState::Queued)
            job->cancel(reason);
    for (Job *job : std::as_const(m_jobs))
        job->cancel(reason);
}

int JobQueue::unfinishedCount() const
{
    return int(std::count_if(m_jobs.begin(), m_jobs.end(), [](const Job *job) { return !job->isFinished(); }));
}

void JobQueue::removeFinished()
{
    const auto finished = [](const Job *j) { return j->isFinished(); };
    for (Job *job : std::as_const(m_jobs))
        if (finished(job))
            job->deleteLater();
    m_jobs.removeIf(finished);
}

void JobQueue::scheduleSoon()
{
    // Deferred so that a job finishing inside start() (a program that cannot be started) does not
    // re-enter the scheduling loop.
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        startWaitingJobs();
    });
}

void JobQueue::startWaitingJobs()
{
    const QList<Job *> snapshot = m_jobs;
    for (Job *job : snapshot) {
        if (runningCount() >= m_concurrency)
            return;
        if (job->state() == JobState::Queued && mayStart(job))
            job->start();
    }
}

bool JobQueue::mayStart(const Job *job) const
{
    const int limit = kindLimit(job->kind());
    int sameKind = 0;
    for (const Job *other : m_jobs) {
        if (other->state() != JobState::Running)
            continue;
        if (other->kind() == job->kind())
            ++sameKind;
        if (!job->exclusiveKey().isEmpty() && other->exclusiveKey() == job->exclusiveKey())
            return false;
    }
    return limit == 0 || sameKind < limit;
}

} // namespace core::jobs
