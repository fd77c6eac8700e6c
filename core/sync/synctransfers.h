// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/sync/syncfiles.h"
#include "core/sync/syncoptions.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <vector>

class QNetworkAccessManager;
class QThreadPool;

namespace core::sync {

class QuetzUpload;
class SyncDownload;
class SyncPublisher;

/** What became of one item of a sync. */
enum class SyncItemStatus {
    Pending, ///< not done (yet): the job was cancelled or is still running
    Published, ///< downloaded, verified and now in the target (local index or Quetz upload)
    Skipped, ///< the target already had it with a matching checksum: not downloaded again
    Rejected, ///< refused: unsafe name, checksum mismatch, unreadable package; kept out of the target
    Failed, ///< could not be fetched or uploaded (network, disk); a later sync tries again
    Updated, ///< the target had the file; its record was replaced by the source's (nothing downloaded)
};

/** "pending", "published", "skipped", "rejected", "failed", "updated". */
QString syncItemStatusName(SyncItemStatus status);

/**
 * The way of each item a sync must copy: download (resuming a partial file, retrying a failed
 * transfer options.retries times), verify on a worker thread, then hand the file to the local
 * channel's publisher or upload it to a Quetz channel. At most options.parallel network transfers
 * are under way at once; a file being verified or waiting to be published holds no slot.
 *
 * Each item ends in exactly one itemDone(); allDone() follows once the queue is empty and nothing
 * is under way. The shared cancel flag stops everything: handlers that run after it is set do
 * nothing (abort() sets no flag of its own). GUI thread only; SyncJob owns it.
 */
class SyncTransfers final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncTransfers)
public:
    /** What the transfers need of the job; the pointers outlive this object. */
    struct Setup
    {
        const SyncOptions *options = nullptr;
        SyncTarget target;
        std::string apiKey; ///< for a Quetz target
        QString workRoot; ///< the local channel folder, or the Quetz staging folder
        QNetworkAccessManager *network = nullptr;
        QThreadPool *verifyPool = nullptr;
        SyncPublisher *publisher = nullptr; ///< a local target's; null for Quetz
        std::shared_ptr<std::atomic_bool> cancel;
    };

    explicit SyncTransfers(Setup setup, QObject *parent = nullptr);
    ~SyncTransfers() override;

    /** Starts on @p queue (indexes into options.items); allDone() at once when it is empty. */
    void start(std::deque<int> queue);
    /** Aborts every transfer under way and forgets the queue; set the cancel flag first. */
    void abort();

    /** Bytes of the items under way now (in their partial files). */
    qint64 bytesInFlight() const;
    /** Bytes received over the network so far. */
    qint64 downloadedBytes() const { return m_downloadedBytes; }

Q_SIGNALS:
    void itemDone(int index, core::sync::SyncItemStatus status, const QString &reason);
    /** bytesInFlight() changed. */
    void progressed();
    /** A line for the job's log (a retry, a resumed file fetched whole again). */
    void logLine(const QString &text);
    void allDone();

private:
    struct Active
    {
        QPointer<SyncDownload> download;
        QPointer<QuetzUpload> upload;
        qint64 bytes = 0; ///< in the partial file now
        QStringList patched; ///< a Quetz target: the fields of the source's record its archive lacks
    };
    struct VerifyResult;

    bool isStopping() const { return m_setup.cancel->load(); }
    void pump();
    void startDownload(int index);
    void launchDownload(int index);
    void onDownloaded(int index, SyncDownload *download, bool ok);
    void verify(int index, bool resumed);
    void onVerified(int index, bool resumed, const VerifyResult &result);
    void upload(int index, const QString &sha256);
    void onUploaded(int index, QuetzUpload *upload);
    void done(int index, SyncItemStatus status, const QString &reason);
    QString itemPath(int index) const;
    const SyncItem &item(int index) const { return m_setup.options->items[std::size_t(index)]; }

    Setup m_setup;
    std::vector<int> m_attempts;
    std::deque<int> m_queue;
    std::map<int, Active> m_active;
    int m_transfers = 0; ///< downloads and uploads under way, retries waiting included
    qint64 m_downloadedBytes = 0;
    bool m_started = false;
    bool m_allDone = false;
};

} // namespace core::sync
