// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/sync/syncfiles.h"
#include "core/util/result.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <memory>
#include <vector>

namespace core::sync {

/**
 * Publishes the files a sync placed in a local channel in batches: after every batchSize files,
 * when the first unpublished file has waited intervalMs, and once at the end, it regenerates the
 * repodata.json (+ .zst) of the subdirs concerned on a worker thread (publishLocalChannel()). One
 * publish runs at a time; files placed meanwhile wait for the next. A kill loses at most the
 * index entries of the files placed since the last publish (the files themselves stay, and the
 * next sync finds and publishes them).
 */
class SyncPublisher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPublisher)
public:
    /** A placed file the indexer would not list (a package that cannot be read); it has been deleted. */
    struct Refusal
    {
        int item = -1;
        util::Error error;
    };

    SyncPublisher(const QString &root, int batchSize, int intervalMs, std::shared_ptr<std::atomic_bool> cancel,
                  QObject *parent = nullptr);
    ~SyncPublisher() override;

    /** Includes @p subdir in the final publish (the subdir of a file that was already present, say). */
    void addSubdir(const QString &subdir);
    /** A verified file of item @p item, placed in the channel; publishes when the batch is full. */
    void addFile(int item, const PlacedFile &file);
    /** Publishes what is left and every subdir seen; allPublished() follows. */
    void finish();
    /** Drops what has not been published; idle() follows once no publish runs any more. */
    void stop();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /** A batch is in the index: @p files new files, in @p subdirs, @p refused left out. */
    void batchPublished(int files, const QStringList &subdirs, const std::vector<core::sync::SyncPublisher::Refusal> &refused);
    void publishFailed(const core::util::Error &error);
    void allPublished();
    void idle();

private:
    struct Placed
    {
        int item;
        PlacedFile file;
    };
    struct Outcome;

    void publishNow();
    void onPublished(std::vector<Placed> batch, bool final, const Outcome &outcome);

    QString m_root;
    int m_batchSize;
    QTimer m_timer;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::vector<Placed> m_pending;
    QSet<QString> m_subdirs;
    bool m_running = false;
    bool m_finishing = false;
    bool m_stopped = false;
};

} // namespace core::sync
