// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/jobs/job.h"
#include "core/sync/syncfiles.h"
#include "core/sync/syncoptions.h"
#include "core/sync/synctransfers.h"

#include <atomic>
#include <deque>
#include <memory>
#include <vector>

class QLockFile;
class QNetworkAccessManager;
class QThreadPool;

namespace core::jobs {
class JobFactory;
}

namespace core::sync {

class QuetzTargetReader;
class SyncPublisher;

struct SyncItemOutcome
{
    SyncItemStatus status = SyncItemStatus::Pending;
    QString reason;  ///< why it was skipped, rejected or failed; the size when published
};

/**
 * Copies the package files of a sync plan from their source channel into a target channel: a
 * local channel folder or a Quetz channel. Kind "sync"; one sync per target at a time
 * (exclusiveKey() is the target).
 *
 * 1. Checks every item first (worker thread): unsafe names are refused, files the target already
 *    holds with a matching checksum are skipped, partial downloads are noted. A new local target
 *    gets an empty index per subdir, so it is a valid channel from the start.
 * 2. Downloads up to options().parallel files at once into `<target>/.deploydeck-partial/`
 *    (a Quetz target: the staging folder), resuming partial files with Range requests, retrying
 *    a failed transfer options().retries times. Progress is in bytes.
 * 3. Verifies each file's sha256 (or md5) on a worker thread. A mismatch rejects the item and
 *    deletes the file.
 * 4. Publishes: a local target gets the file renamed into `<target>/<subdir>/` and its index
 *    regenerated in batches (SyncPublisher); a Quetz target gets it uploaded.
 *
 * A dry run (SyncMode::DryRun) does step 1 only, logs what it would download and writes nothing.
 *
 * Ends Succeeded when nothing was rejected or failed, Failed otherwise (the summary says which),
 * Cancelled on cancel() — downloads are aborted at once and the target stays valid. The summary
 * holds the counts (uploaded, skipped, rejected, failed, pending, total), bytes (downloaded in this
 * run), totalBytes, target, and rejectedFiles / failedFiles ("subdir/fn: reason").
 * The Quetz API key is read when the job starts and never logged or stored.
 */
class SyncJob final : public jobs::Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncJob)
public:
    /** "sync". */
    static QString kindName();

    explicit SyncJob(SyncOptions options, QObject *parent = nullptr);
    ~SyncJob() override;

    const SyncOptions &options() const { return m_options; }
    /** One per item of options().items, in the same order. */
    const std::vector<SyncItemOutcome> &outcomes() const { return m_outcomes; }

    /** "sync 12 packages to /srv/channels/maxiv-local". */
    static QString titleFor(const SyncOptions &options);
    /** Lets @p factory re-create syncs from their parameters (re-run from the history). */
    static void registerKind(jobs::JobFactory &factory);

Q_SIGNALS:
    /** outcomes()[index] has its final status. */
    void itemFinished(int index);

protected:
    void doStart() override;
    void doCancel() override;

private:
    struct CheckResult;

    [[nodiscard]] util::Result<void> prepare();
    void readQuetzTarget();
    void checkItems(const std::shared_ptr<const TargetChecksums> &remote);
    void onChecked(const CheckResult &result);
    void startPublisher();
    void startTransfers(std::deque<int> queue);
    void complete(int index, SyncItemStatus status, const QString &reason);
    void transfersDone();
    void updateProgress();
    QVariantMap resultSummary() const;
    /** The summary as one sentence ("12 of 12 files into …: 10 copied, 2 already there; 3.1 MB downloaded."). */
    QString summarySentence(const int (&counts)[6]) const;
    void end(jobs::JobState state);
    void failWith(const util::Error &error);
    bool isStopping() const { return m_cancel->load() || isFinished(); }

    SyncOptions m_options;
    SyncTarget m_target;
    std::string m_apiKey;
    QString m_workRoot;  ///< the local channel folder, or the Quetz staging folder
    std::unique_ptr<QLockFile> m_lock;
    QNetworkAccessManager *m_network = nullptr;
    QuetzTargetReader *m_reader = nullptr;
    SyncPublisher *m_publisher = nullptr;
    SyncTransfers *m_transfers = nullptr; ///< once the checks are done (not in a dry run)
    QThreadPool *m_verifyPool = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::vector<SyncItemOutcome> m_outcomes;
    int m_done = 0;
    qint64 m_totalBytes = 0;
    bool m_transfersDone = false;
};

} // namespace core::sync
