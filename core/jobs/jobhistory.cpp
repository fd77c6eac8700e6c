// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/jobs/jobhistory.h"

#include "core/jobs/job.h"
#include "core/jobs/jobqueue.h"
#include "core/util/atomicfile.h"
#include "core/util/logging.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>

#include <algorithm>

namespace core::jobs {

namespace {
const QString s_recordFile = QStringLiteral("job.json");
const QString s_logFile = QStringLiteral("log.txt");
} // namespace

/** Per tracked job: the open log file and the lines not yet written. */
struct JobHistory::Tracked
{
    const Job *job = nullptr;  ///< null once the job is destroyed
    std::unique_ptr<QFile> log;
    QByteArray pending;
    bool recordDirty = false;  ///< progress or summary changed since the record was written
    bool finished = false;
};

JobHistory::JobHistory(const QString &root, QObject *parent)
    : QObject(parent)
    , m_root(root)
{
    // Batching keeps a job that prints thousands of lines a second from doing a write per line,
    // while a crash loses at most this much of the log.
    m_flushTimer.setInterval(200);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &JobHistory::flush);
}

JobHistory::~JobHistory()
{
    flush();
}

QString JobHistory::defaultRoot()
{
    // XDG_DATA_HOME wins so that the history sits where the issue and the user expect it, even on
    // platforms whose QStandardPaths knows another place.
    const QString xdg = qEnvironmentVariable("XDG_DATA_HOME");
    if (!xdg.isEmpty() && QDir::isAbsolutePath(xdg))
        return xdg + QStringLiteral("/deploydeck/jobs");
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/deploydeck/jobs");
}

QString JobHistory::jobFolder(const QString &id) const
{
    return m_root + QLatin1Char('/') + id;
}

bool JobHistory::isSafeId(const QString &id)
{
    // Ids become folder names: letters, digits and dashes only (what QUuid produces).
    return !id.isEmpty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](QChar c) {
        return (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('-');
    });
}

void JobHistory::track(Job *job)
{
    const QString id = job->id();
    if (!isSafeId(id) || m_tracked.count(id))
        return;
    m_tracked.emplace(id, std::make_unique<Tracked>()).first->second->job = job;
    writeRecord(job);
    appendLines(id, job->logLines());

    connect(job, &Job::logLineAdded, this, [this, id](const QString &line) { appendLines(id, {line}); });
    // Progress can change many times a second: its record is rewritten with the next batch.
    const auto markDirty = [this, id] {
        if (const auto it = m_tracked.find(id); it != m_tracked.end()) {
            it->second->recordDirty = true;
            if (!m_flushTimer.isActive())
                m_flushTimer.start();
        }
    };
    connect(job, &Job::progressChanged, this, markDirty);
    connect(job, &Job::summaryChanged, this, markDirty);
    connect(job, &Job::stateChanged, this, [this, job, id](JobState state) {
        const auto it = m_tracked.find(id);
        if (it == m_tracked.end())
            return;  // removed from the history
        if (isFinalState(state)) {
            flush();
            it->second->log.reset();  // closes the file: nothing more will be written
            it->second->finished = true;
        }
        it->second->recordDirty = false;
        writeRecord(job);
    });
    connect(job, &QObject::destroyed, this, [this, id] {
        if (const auto it = m_tracked.find(id); it != m_tracked.end())
            it->second->job = nullptr;  // only the QObject part is left: do not read it
        flush();
        m_tracked.erase(id);
    });
}

void JobHistory::attach(JobQueue *queue)
{
    for (Job *job : queue->jobs())
        track(job);
    connect(queue, &JobQueue::jobAdded, this, &JobHistory::track);
}

void JobHistory::appendLines(const QString &id, const QStringList &lines)
{
    const auto it = m_tracked.find(id);
    if (it == m_tracked.end())
        return;
    QByteArray &pending = it->second->pending;
    for (const QString &line : lines) {
        pending += line.toUtf8();
        pending += '\n';
    }
    if (!pending.isEmpty() && !m_flushTimer.isActive())
        m_flushTimer.start();
}

void JobHistory::flush()
{
    m_flushTimer.stop();
    for (auto &[id, tracked] : m_tracked) {
        if (tracked->recordDirty && tracked->job)
            writeRecord(tracked->job);
        tracked->recordDirty = false;
        if (tracked->pending.isEmpty())
            continue;
        if (!tracked->log) {
            tracked->log = std::make_unique<QFile>(jobFolder(id) + QLatin1Char('/') + s_logFile);
            if (!QDir().mkpath(jobFolder(id)) || !tracked->log->open(QIODevice::WriteOnly | QIODevice::Append)) {
                Q_EMIT writeFailed(util::makeError(util::ErrorCode::FileWriteFailed, tracked->log->errorString().toStdString(),
                                                   tracked->log->fileName().toStdString()));
                tracked->log.reset();
                tracked->pending.clear();
                continue;
            }
        }
        // Append-only: a crash can cut the last line short but never damages what is written.
        if (tracked->log->write(tracked->pending) != tracked->pending.size() || !tracked->log->flush())
            Q_EMIT writeFailed(util::makeError(util::ErrorCode::FileWriteFailed, tracked->log->errorString().toStdString(),
                                               tracked->log->fileName().toStdString()));
        tracked->pending.clear();
    }
}

void JobHistory::writeRecord(const Job *job)
{
    const QByteArray json = QJsonDocument(jobRecordToJson(job->record())).toJson(QJsonDocument::Indented);
    const util::Result<void> written =
        util::writeFileAtomically(jobFolder(job->id()) + QLatin1Char('/') + s_recordFile, json);
    if (!written) {
        qCWarning(lcJobs) << "cannot write job history:" << written.error().message().c_str();
        Q_EMIT writeFailed(written.error());
    }
}

JobHistory::Loaded JobHistory::load() const
{
    Loaded loaded;
    const QStringList folders = QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &folder : folders) {
        const QString path = jobFolder(folder) + QLatin1Char('/') + s_recordFile;
        const util::Result<QByteArray> data = util::readFile(path);
        if (!data) {
            loaded.problems.push_back(data.error());
            continue;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(*data, &parseError);
        if (!document.isObject()) {
            loaded.problems.push_back(util::makeError(util::ErrorCode::ParseError, parseError.errorString().toStdString(),
                                                      path.toStdString() + ":@" + std::to_string(parseError.offset)));
            continue;
        }
        util::Result<JobRecord> record = jobRecordFromJson(document.object(), path);
        if (record && record->id != folder)
            record = util::makeError(util::ErrorCode::InvalidValue, "id does not match its folder", path.toStdString());
        if (!record) {
            loaded.problems.push_back(record.error());
            continue;
        }
        // Still queued or running on disk means the app ended before the job did.
        if (!isFinalState(record->state))
            record->state = JobState::Interrupted;
        loaded.jobs.push_back(std::move(record).value());
    }
    std::stable_sort(loaded.jobs.begin(), loaded.jobs.end(),
                     [](const JobRecord &a, const JobRecord &b) { return a.createdAt < b.createdAt; });
    return loaded;
}

util::Result<QStringList> JobHistory::readLog(const QString &id) const
{
    if (!isSafeId(id))
        return util::makeError(util::ErrorCode::UnsafePath, "not a job id", id.toStdString());
    if (!QDir(jobFolder(id)).exists())
        return util::makeError(util::ErrorCode::FileNotFound, "no such job", jobFolder(id).toStdString());
    const QString path = jobFolder(id) + QLatin1Char('/') + s_logFile;
    if (!QFile::exists(path))
        return QStringList();  // the job never printed anything
    const util::Result<QByteArray> data = util::readFile(path);
    if (!data)
        return data.error();
    QStringList lines = QString::fromUtf8(*data).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();  // the newline that ends the last line
    return lines;
}

util::Result<void> JobHistory::remove(const QString &id)
{
    if (!isSafeId(id))
        return util::makeError(util::ErrorCode::UnsafePath, "not a job id", id.toStdString());
    if (const auto it = m_tracked.find(id); it != m_tracked.end()) {
        if (!it->second->finished)
            return util::makeError(util::ErrorCode::InvalidArgument, "the job has not finished", id.toStdString());
        m_tracked.erase(it);
    }
    if (!QDir(jobFolder(id)).removeRecursively())
        return util::makeError(util::ErrorCode::FileWriteFailed, "cannot remove", jobFolder(id).toStdString());
    return {};
}

} // namespace core::jobs
