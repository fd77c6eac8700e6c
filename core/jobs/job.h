// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/jobs/jobrecord.h"

#include <QObject>
#include <QStringList>

namespace core::jobs {

/**
 * A long-running piece of work the operator can watch and cancel: a repodata refresh, a channel
 * sync, an Ansible run. Subclasses implement doStart() and doCancel() and report through the
 * protected appendLog(), setProgress(), setSummary() and finish().
 *
 * Lives on the GUI thread (or the command line's main thread); a subclass that works elsewhere
 * reports back through queued signals. Every line of the log stays in memory and is emitted as
 * logLineAdded(); JobHistory writes both to disk.
 */
class Job : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Job)
public:
    ~Job() override;

    const QString &id() const { return m_record.id; }
    const QString &kind() const { return m_record.kind; }
    const QString &title() const { return m_record.title; }
    const QVariantMap &parameters() const { return m_record.parameters; }
    JobState state() const { return m_record.state; }
    JobProgress progress() const { return m_record.progress; }
    QDateTime createdAt() const { return m_record.createdAt; }
    QDateTime startedAt() const { return m_record.startedAt; }
    QDateTime finishedAt() const { return m_record.finishedAt; }
    const QVariantMap &summary() const { return m_record.summary; }
    bool isFinished() const { return isFinalState(m_record.state); }

    /** Everything logged so far, one entry per line, without line endings. */
    const QStringList &logLines() const { return m_log; }

    /** The job as plain data (without the log). */
    const JobRecord &record() const { return m_record; }

    /**
     * Jobs with the same non-empty key never run at the same time (one sync per target channel).
     * Set before the job is queued.
     */
    QString exclusiveKey() const { return m_exclusiveKey; }
    void setExclusiveKey(const QString &key) { m_exclusiveKey = key; }

    /** Starts a queued job (JobQueue calls this). Does nothing in any other state. */
    void start();

    /**
     * Asks the job to stop. A queued job is cancelled at once; a running one stops promptly and
     * ends as Cancelled, keeping its log up to that point. Finished jobs ignore it.
     */
    void cancel(const QString &reason = {});
    /** Why the job was cancelled ("quit"), as the summary's "cancelledBy" records it; empty when not said. */
    QString cancelReason() const { return m_cancelReason; }

    /** Whether cancel() has been called while the job was running. */
    bool isCancelRequested() const { return m_cancelRequested; }

Q_SIGNALS:
    void stateChanged(core::jobs::JobState state);
    void progressChanged(core::jobs::JobProgress progress);
    void logLineAdded(const QString &line);
    void summaryChanged(const QVariantMap &summary);
    /** Emitted once, after stateChanged() to the final state. */
    void finished(core::jobs::JobState state);

protected:
    Job(const QString &kind, const QString &title, const QVariantMap &parameters, QObject *parent = nullptr);

    /** Begins the work; state is already Running. Must eventually call finish(). */
    virtual void doStart() = 0;
    /** Stops running work promptly and eventually calls finish(JobState::Cancelled, ...). */
    virtual void doCancel() = 0;

    /** Adds to the log; text with line breaks becomes several lines. */
    void appendLog(const QString &text);
    void setProgress(JobProgress progress);
    void setSummary(const QVariantMap &summary);
    /** Ends the job in @p state (a final state) with @p summary. Later calls are ignored. */
    void finish(JobState state, const QVariantMap &summary);

private:
    void setState(JobState state);

    JobRecord m_record;
    QStringList m_log;
    QString m_exclusiveKey;
    bool m_cancelRequested = false;
    QString m_cancelReason;
};

} // namespace core::jobs
