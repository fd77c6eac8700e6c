// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/sync/syncjob.h"

#include "core/channel/quetzclient.h"
#include "core/jobs/jobfactory.h"
#include "core/sync/syncpublisher.h"
#include "core/sync/syncquetz.h"
#include "core/sync/syncworker.h"
#include "core/util/qtext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLockFile>
#include <QNetworkAccessManager>
#include <QSet>
#include <QStandardPaths>
#include <QThreadPool>

using core::util::ErrorCode;
using core::util::makeError;
using core::util::Result;

namespace core::sync {

namespace {

using core::util::qs;

/** Where downloads for a Quetz target wait: one folder per target under the user's cache. */
QString defaultStagingFolder(const SyncTarget &target)
{
    const QByteArray key = QCryptographicHash::hash(target.exclusiveKey().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/deploydeck/sync-staging/")
           + QString::fromLatin1(key);
}

/** The subdirs the items name (safe names only), plus noarch, which every channel has. */
QStringList itemSubdirs(const std::vector<SyncItem> &items)
{
    QSet<QString> subdirs{QStringLiteral("noarch")};
    for (const SyncItem &item : items) {
        if (checkItemName(item))
            subdirs.insert(item.subdir);
    }
    QStringList list = subdirs.values();
    list.sort();
    return list;
}

} // namespace

struct SyncJob::CheckResult
{
    std::optional<util::Error> error;
    std::vector<SyncCheck> checks;
};

QString SyncJob::kindName()
{
    return QStringLiteral("sync");
}

SyncJob::SyncJob(SyncOptions options, QObject *parent)
    : jobs::Job(kindName(), titleFor(options), options.toParameters(), parent)
    , m_options(std::move(options))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
    , m_outcomes(m_options.items.size())
{
    // Its own threads: verification must not wait behind a long index run in the global pool.
    m_verifyPool = new QThreadPool(this);
    m_verifyPool->setMaxThreadCount(2);
    if (auto target = parseSyncTarget(m_options.target))
        setExclusiveKey(target->exclusiveKey());
}

SyncJob::~SyncJob()
{
    // Work already on a worker thread finishes there on its own (it holds copies of what it needs).
    m_cancel->store(true);
}

QString SyncJob::titleFor(const SyncOptions &options)
{
    auto target = parseSyncTarget(options.target);
    const QString where = target ? target->display : options.target;
    return QStringLiteral("sync %1 packages to %2").arg(options.items.size()).arg(where);
}

void SyncJob::registerKind(jobs::JobFactory &factory)
{
    factory.registerKind(kindName(), [](const QVariantMap &parameters) -> Result<std::unique_ptr<jobs::Job>> {
        auto options = SyncOptions::fromParameters(parameters);
        if (!options)
            return options.error();
        return std::unique_ptr<jobs::Job>(std::make_unique<SyncJob>(std::move(*options)));
    });
}

void SyncJob::doStart()
{
    if (auto prepared = prepare(); !prepared)
        return failWith(prepared.error());
    qsizetype records = 0;
    for (const SyncItem &item : m_options.items) {
        records += item.recordOnly;
        if (!item.recordOnly) // a record to replace downloads nothing
            m_totalBytes += std::max<qint64>(item.size, 0);
    }
    // The parameters hold the source with any token masked.
    const QString source = parameters().value(QStringLiteral("source")).toString();
    const QString what = records == 0
        ? QStringLiteral("%1 package files (%2)").arg(m_options.items.size()).arg(formatByteSize(m_totalBytes))
        : QStringLiteral("%1 package files (%2) and %3 records")
              .arg(m_options.items.size() - records)
              .arg(formatByteSize(m_totalBytes))
              .arg(records);
    appendLog(QStringLiteral("sync %1 from %2 to %3")
                  .arg(what, source.isEmpty() ? QStringLiteral("the plan") : source, m_target.display));
    if (m_target.kind == SyncTargetKind::Quetz)
        readQuetzTarget();
    else
        checkItems(nullptr);
}

Result<void> SyncJob::prepare()
{
    if (auto valid = m_options.validate(); !valid)
        return valid;
    m_target = parseSyncTarget(m_options.target).value();
    m_workRoot = m_target.localPath;
    if (m_target.kind == SyncTargetKind::Quetz) {
        channel::QuetzApiKeySource source{m_options.apiKeyEnvironment.toStdString(), m_options.apiKeyFile.toStdString()};
        auto key = channel::readQuetzApiKey(source);
        if (!key)
            return key.error();
        m_apiKey = std::move(*key);
        m_workRoot = m_options.stagingDir.isEmpty() ? defaultStagingFolder(m_target) : m_options.stagingDir;
    }
    m_network = new QNetworkAccessManager(this);
    if (m_options.mode == SyncMode::DryRun)
        return {};  // writes nothing, so takes no lock
    // Two processes (the app and `deploydeck sync`) must not write one channel at once; the queue
    // only keeps this process's jobs apart. A lock left by a killed process is stale and taken over.
    const QString folder = partialFolder(m_workRoot);
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::FileWriteFailed, "cannot create the download folder", folder.toStdString());
    m_lock = std::make_unique<QLockFile>(folder + QStringLiteral("/sync.lock"));
    if (!m_lock->tryLock(0))
        return makeError(ErrorCode::FileWriteFailed, "another sync is writing to this channel", m_target.display.toStdString());
    return {};
}

void SyncJob::readQuetzTarget()
{
    m_reader = new QuetzTargetReader(m_network, m_target, m_apiKey, this);
    connect(m_reader, &QuetzTargetReader::finished, this, [this] {
        if (m_reader->missingChannel())
            return failWith(*m_reader->missingChannel());
        for (const util::Error &problem : m_reader->problems())
            appendLog(QStringLiteral("warning: cannot read what the channel holds: ") + qs(problem.message()));
        checkItems(std::make_shared<const TargetChecksums>(m_reader->checksums()));
    });
    m_reader->read(itemSubdirs(m_options.items));
}

void SyncJob::checkItems(const std::shared_ptr<const TargetChecksums> &remote)
{
    const bool local = m_target.kind == SyncTargetKind::LocalChannel;
    const bool write = m_options.mode == SyncMode::Copy;
    detail::runInWorker(
        this, m_verifyPool,
        [items = m_options.items, root = m_workRoot, local, write, remote, cancel = m_cancel] {
            CheckResult result;
            if (local && write) {
                if (auto prepared = prepareLocalChannel(root, itemSubdirs(items)); !prepared) {
                    result.error = prepared.error();
                    return result;
                }
            }
            result.checks = checkSyncItems(items, local ? root : QString(), root, remote.get(), cancel.get());
            return result;
        },
        [this](const CheckResult &result) { onChecked(result); });
}

void SyncJob::onChecked(const CheckResult &result)
{
    if (isStopping())
        return;
    if (result.error)
        return failWith(*result.error);
    std::deque<int> queue;
    std::vector<int> recordUpdates;
    for (std::size_t i = 0; i < result.checks.size(); ++i) {
        const SyncCheck &check = result.checks[i];
        const SyncItem &item = m_options.items[i];
        const int index = int(i);
        if (check.refused)
            complete(index, SyncItemStatus::Rejected, qs(check.refused->detail));
        else if (check.present && item.recordOnly && m_target.kind == SyncTargetKind::Quetz)
            complete(
                index, SyncItemStatus::Skipped, QStringLiteral("Quetz keeps the record it reads from the archive"));
        else if (check.present && item.recordOnly)
            recordUpdates.push_back(index);
        else if (check.present)
            complete(index, SyncItemStatus::Skipped, QStringLiteral("already present"));
        else
            queue.push_back(index); // a record update whose file is gone or damaged: downloaded again
        if (check.partialBytes > 0)
            appendLog(QStringLiteral("%1: continuing a partial download (%2 already here)")
                          .arg(m_options.items[i].displayName(), formatByteSize(check.partialBytes)));
    }
    if (m_options.mode == SyncMode::DryRun) {
        for (int index : queue)
            appendLog(QStringLiteral("would download %1 (%2)")
                          .arg(m_options.items[index].displayName(), formatByteSize(m_options.items[index].size)));
        for (int index : recordUpdates)
            appendLog(QStringLiteral("would replace the record of %1 by the source's")
                          .arg(m_options.items[index].displayName()));
        return end(jobs::JobState::Succeeded);
    }
    startPublisher();
    for (int index : recordUpdates) {
        const SyncItem &item = m_options.items[index];
        m_publisher->addFile(index, PlacedFile { item.subdir, item.fn, {}, item.record });
        complete(index, SyncItemStatus::Updated, QStringLiteral("its record replaced by the source's"));
    }
    updateProgress();
    startTransfers(std::move(queue));
}

void SyncJob::startTransfers(std::deque<int> queue)
{
    m_transfers = new SyncTransfers(
        { &m_options, m_target, m_apiKey, m_workRoot, m_network, m_verifyPool, m_publisher, m_cancel }, this);
    connect(m_transfers, &SyncTransfers::itemDone, this, &SyncJob::complete);
    connect(m_transfers, &SyncTransfers::progressed, this, &SyncJob::updateProgress);
    connect(m_transfers, &SyncTransfers::logLine, this, &SyncJob::appendLog);
    connect(m_transfers, &SyncTransfers::allDone, this, &SyncJob::transfersDone);
    m_transfers->start(std::move(queue));
}

void SyncJob::complete(int index, SyncItemStatus status, const QString &reason)
{
    m_outcomes[index] = { status, reason };
    ++m_done;
    const QString counter = QStringLiteral("[%1/%2]").arg(m_done).arg(m_options.items.size());
    appendLog(QStringLiteral("%1 %2 %3: %4")
                  .arg(counter, syncItemStatusName(status), m_options.items[index].displayName(), reason));
    Q_EMIT itemFinished(index);
    updateProgress();
}

void SyncJob::transfersDone()
{
    if (m_transfersDone || isStopping())
        return;
    m_transfersDone = true;
    if (m_publisher)
        m_publisher->finish(); // allPublished() ends the job
    else
        end(jobs::JobState::Succeeded);
}

void SyncJob::updateProgress()
{
    // Files processed, whatever became of them (published, skipped, updated, rejected, failed):
    // the bar reaches its end when every file has been dealt with, and shows failures at once.
    qint64 failed = 0;
    for (const SyncItemOutcome &o : m_outcomes)
        failed += o.status == SyncItemStatus::Failed || o.status == SyncItemStatus::Rejected;
    setProgress({ qint64(m_done), qint64(m_options.items.size()), failed });
}

void SyncJob::startPublisher()
{
    if (m_target.kind != SyncTargetKind::LocalChannel)
        return;
    m_publisher = new SyncPublisher(m_workRoot, m_options.publishBatch, m_options.publishIntervalMs, m_cancel, this);
    for (const QString &subdir : itemSubdirs(m_options.items))
        m_publisher->addSubdir(subdir);
    connect(m_publisher, &SyncPublisher::batchPublished, this,
            [this](int files, const QStringList &subdirs, const std::vector<SyncPublisher::Refusal> &refused) {
                if (files > 0)
                    appendLog(QStringLiteral("published %1 files or records: %2 indexed")
                                  .arg(files)
                                  .arg(subdirs.join(QStringLiteral(", "))));
                for (const SyncPublisher::Refusal &r : refused) {
                    m_outcomes[r.item] = {SyncItemStatus::Rejected, qs(r.error.detail)};
                    appendLog(QStringLiteral("rejected %1: the indexer cannot read it: %2")
                                  .arg(m_options.items[r.item].displayName(), qs(r.error.detail)));
                }
            });
    connect(m_publisher, &SyncPublisher::publishFailed, this, &SyncJob::failWith);
    connect(m_publisher, &SyncPublisher::allPublished, this, [this] { end(jobs::JobState::Succeeded); });
}

QVariantMap SyncJob::resultSummary() const
{
    int counts[6] = {};
    QStringList rejected, failed;
    for (std::size_t i = 0; i < m_outcomes.size(); ++i) {
        const SyncItemOutcome &o = m_outcomes[i];
        ++counts[int(o.status)];
        const QString line = m_options.items[i].displayName() + QStringLiteral(": ") + o.reason;
        if (o.status == SyncItemStatus::Rejected)
            rejected.append(line);
        else if (o.status == SyncItemStatus::Failed)
            failed.append(line);
    }
    return { { QStringLiteral("uploaded"), counts[int(SyncItemStatus::Published)] },
        { QStringLiteral("skipped"), counts[int(SyncItemStatus::Skipped)] },
        { QStringLiteral("updated"), counts[int(SyncItemStatus::Updated)] },
        { QStringLiteral("rejected"), counts[int(SyncItemStatus::Rejected)] },
        { QStringLiteral("failed"), counts[int(SyncItemStatus::Failed)] },
        { QStringLiteral("pending"), counts[int(SyncItemStatus::Pending)] },
        { QStringLiteral("total"), qint64(m_outcomes.size()) },
        { QStringLiteral("bytes"), m_transfers ? m_transfers->downloadedBytes() : 0 },
        { QStringLiteral("totalBytes"), m_totalBytes }, { QStringLiteral("target"), m_target.display },
        { QStringLiteral("dryRun"), m_options.mode == SyncMode::DryRun }, { QStringLiteral("rejectedFiles"), rejected },
        { QStringLiteral("failedFiles"), failed }, { QStringLiteral("text"), summarySentence(counts) } };
}

QString SyncJob::summarySentence(const int (&counts)[6]) const
{
    const auto count = [&counts](SyncItemStatus s) { return counts[int(s)]; };
    QStringList parts;
    const auto add = [&parts](int n, const QString &what) {
        if (n > 0)
            parts << QStringLiteral("%1 %2").arg(n).arg(what);
    };
    add(count(SyncItemStatus::Published),
        m_target.kind == SyncTargetKind::Quetz ? QStringLiteral("uploaded") : QStringLiteral("copied"));
    add(count(SyncItemStatus::Skipped), QStringLiteral("already there"));
    add(count(SyncItemStatus::Updated), QStringLiteral("with their record updated"));
    add(count(SyncItemStatus::Rejected), QStringLiteral("rejected"));
    add(count(SyncItemStatus::Failed), QStringLiteral("failed"));
    add(count(SyncItemStatus::Pending), QStringLiteral("not tried"));
    const qint64 downloaded = m_transfers ? m_transfers->downloadedBytes() : 0;
    if (m_options.mode == SyncMode::DryRun)
        return QStringLiteral("Dry run of %1 files into %2: nothing copied.")
            .arg(m_outcomes.size())
            .arg(m_target.display);
    return QStringLiteral("%1 of %2 files into %3: %4; %5 downloaded.")
        .arg(m_done)
        .arg(m_outcomes.size())
        .arg(m_target.display, parts.isEmpty() ? QStringLiteral("nothing to do") : parts.join(QStringLiteral(", ")),
            formatByteSize(downloaded));
}

void SyncJob::end(jobs::JobState state)
{
    QVariantMap summary = resultSummary();
    if (state == jobs::JobState::Succeeded && (summary.value(QStringLiteral("rejected")).toInt() > 0
                                         || summary.value(QStringLiteral("failed")).toInt() > 0))
        state = jobs::JobState::Failed;
    appendLog(QStringLiteral("%1 uploaded, %2 skipped (already present), %3 rejected, %4 failed, %6 records updated; "
                             "%5 downloaded")
                  .arg(summary.value(QStringLiteral("uploaded")).toInt())
                  .arg(summary.value(QStringLiteral("skipped")).toInt())
                  .arg(summary.value(QStringLiteral("rejected")).toInt())
                  .arg(summary.value(QStringLiteral("failed")).toInt())
                  .arg(formatByteSize(m_transfers ? m_transfers->downloadedBytes() : 0))
                  .arg(summary.value(QStringLiteral("updated")).toInt()));
    m_lock.reset();
    finish(state, summary);
}

void SyncJob::failWith(const util::Error &error)
{
    if (isFinished())
        return;
    appendLog(QStringLiteral("error: ") + qs(error.message()));
    m_cancel->store(true);  // stops the workers' loops; the target stays as the last publish left it
    if (m_transfers)
        m_transfers->abort();
    if (m_publisher)
        m_publisher->stop();
    QVariantMap summary = resultSummary();
    summary.insert(QStringLiteral("error"), qs(error.message()));
    m_lock.reset();
    finish(jobs::JobState::Failed, summary);
}

void SyncJob::doCancel()
{
    m_cancel->store(true);
    if (m_reader)
        m_reader->abort();
    if (m_transfers)
        m_transfers->abort();
    int done = 0, failed = 0;
    for (const SyncItemOutcome &o : m_outcomes) {
        done += o.status == SyncItemStatus::Published || o.status == SyncItemStatus::Skipped
            || o.status == SyncItemStatus::Updated;
        failed += o.status == SyncItemStatus::Failed || o.status == SyncItemStatus::Rejected;
    }
    appendLog(QStringLiteral("cancelled: of %1 files, %2 done, %3 failed or rejected, %4 not tried; a partial "
                             "download with bytes in it stays for the next sync")
                  .arg(m_options.items.size())
                  .arg(done)
                  .arg(failed)
                  .arg(int(m_options.items.size()) - done - failed));
    const auto cancelled = [this] {
        m_lock.reset();
        finish(jobs::JobState::Cancelled, resultSummary());
    };
    if (m_publisher && m_publisher->isRunning()) {
        // Wait for the publish under way (told to stop): the job ends once the index is settled.
        connect(m_publisher, &SyncPublisher::idle, this, cancelled);
        m_publisher->stop();
    } else {
        if (m_publisher)
            m_publisher->stop();
        cancelled();
    }
}

} // namespace core::sync
