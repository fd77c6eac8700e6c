// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/jobs/jobrecord.h"
#include "core/util/result.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <map>
#include <memory>
#include <vector>

class QFile;

namespace core::jobs {

class Job;
class JobQueue;

/**
 * Keeps every job on disk so the history survives a restart. Each job gets a folder
 * `<root>/<id>/` with `job.json` (the JobRecord, rewritten atomically on every state change) and
 * `log.txt` (append-only, one line per log line, written in batches every flushInterval()).
 * A job that was queued or running when the app ended is read back as Interrupted.
 *
 * The root defaults to `$XDG_DATA_HOME/deploydeck/jobs` (`~/.local/share/deploydeck/jobs`); tests
 * pass their own. Lives on the thread of the jobs it tracks.
 */
class JobHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobHistory)
public:
    /** What load() found: the records (oldest first) and the folders it could not read. */
    struct Loaded
    {
        std::vector<JobRecord> jobs;
        std::vector<util::Error> problems;
    };

    explicit JobHistory(const QString &root = defaultRoot(), QObject *parent = nullptr);
    ~JobHistory() override;

    /** `$XDG_DATA_HOME/deploydeck/jobs`, or the platform's application data folder + `/jobs`. */
    static QString defaultRoot();

    const QString &root() const { return m_root; }
    QString jobFolder(const QString &id) const;

    int flushInterval() const { return m_flushTimer.interval(); }
    void setFlushInterval(int milliseconds) { m_flushTimer.setInterval(milliseconds); }

    /** Records @p job from now on (its log so far included). */
    void track(Job *job);
    /** Tracks every job added to @p queue. */
    void attach(JobQueue *queue);

    /** Writes buffered log lines now. */
    void flush();

    /** Every job in the history; unreadable folders are reported, not fatal. */
    [[nodiscard]] Loaded load() const;

    /** A job's log; UnsafePath for an id that is not a plain folder name. */
    [[nodiscard]] util::Result<QStringList> readLog(const QString &id) const;

    /** Deletes a finished job's folder. */
    [[nodiscard]] util::Result<void> remove(const QString &id);

Q_SIGNALS:
    /** Writing the history failed (disk full, permissions); the job itself goes on. */
    void writeFailed(const core::util::Error &error);

private:
    struct Tracked;

    void writeRecord(const Job *job);
    void appendLines(const QString &id, const QStringList &lines);
    static bool isSafeId(const QString &id);

    QString m_root;
    QTimer m_flushTimer;
    std::map<QString, std::unique_ptr<Tracked>> m_tracked;
};

} // namespace core::jobs
