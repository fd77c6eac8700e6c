// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/jobs/job.h"

#include "core/util/logging.h"

#include <QUuid>

namespace core::jobs {

Job::Job(const QString &kind, const QString &title, const QVariantMap &parameters, QObject *parent)
    : QObject(parent)
{
    m_record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_record.kind = kind;
    m_record.title = title;
    m_record.parameters = parameters;
    m_record.createdAt = QDateTime::currentDateTimeUtc();
}

Job::~Job() = default;

void Job::start()
{
    if (m_record.state != JobState::Queued)
        return;
    m_record.startedAt = QDateTime::currentDateTimeUtc();
    setState(JobState::Running);
    qCDebug(lcJobs) << "started" << m_record.kind << m_record.id;
    doStart();
}

void Job::cancel(const QString &reason)
{
    if (!isFinished() && m_cancelReason.isEmpty())
        m_cancelReason = reason;
    if (m_record.state == JobState::Queued) {
        finish(JobState::Cancelled, {});
        return;
    }
    if (m_record.state != JobState::Running || m_cancelRequested)
        return;
    m_cancelRequested = true;
    doCancel();
}

void Job::appendLog(const QString &text)
{
    // Keep the one-entry-per-line invariant the log views and the history file rely on.
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        m_log.append(line);
        Q_EMIT logLineAdded(line);
    }
}

void Job::setProgress(JobProgress progress)
{
    if (progress == m_record.progress)
        return;
    m_record.progress = progress;
    Q_EMIT progressChanged(progress);
}

void Job::setSummary(const QVariantMap &summary)
{
    m_record.summary = summary;
    Q_EMIT summaryChanged(summary);
}

void Job::finish(JobState state, const QVariantMap &summary)
{
    Q_ASSERT(isFinalState(state));
    if (isFinished())
        return;
    m_record.finishedAt = QDateTime::currentDateTimeUtc();
    m_record.summary = summary;
    if (state == JobState::Cancelled && !m_cancelReason.isEmpty())
        m_record.summary.insert(QStringLiteral("cancelledBy"), m_cancelReason);
    Q_EMIT summaryChanged(m_record.summary);
    setState(state);
    qCDebug(lcJobs) << "finished" << m_record.kind << m_record.id << jobStateName(state);
    Q_EMIT finished(state);
}

void Job::setState(JobState state)
{
    m_record.state = state;
    Q_EMIT stateChanged(state);
}

} // namespace core::jobs
