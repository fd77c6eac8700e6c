// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// SyncJob, part two: the way of one item — download, verify, publish or upload — and the limit on
// transfers under way. (syncjob.cpp has the job's start, checks and end.)
#include "core/sync/syncjob.h"
#include "core/util/qtext.h"

#include "core/sync/syncdownload.h"
#include "core/sync/syncpublisher.h"
#include "core/sync/syncquetz.h"
#include "core/sync/syncworker.h"

#include <QFile>
#include <QTimer>

using core::util::ErrorCode;

namespace core::sync {

namespace {

constexpr int s_retryDelayMs = 500;

using core::util::qs;

} // namespace

struct SyncJob::VerifyResult
{
    std::optional<util::Error> error;
    FileChecksums checksums;
};

void SyncJob::pump()
{
    if (!m_transferring)
        return;  // still sorting out the checks: complete() must not end the job early
    // The limit is on network transfers: a file being verified or waiting to be published holds no slot.
    while (!isStopping() && m_transfers < m_options.parallel && !m_queue.empty()) {
        const int index = m_queue.front();
        m_queue.pop_front();
        m_active[index] = Active{};
        startDownload(index);
    }
    if (!isStopping() && m_active.empty() && m_queue.empty())
        transfersDone();
}

void SyncJob::startDownload(int index)
{
    ++m_transfers;
    launchDownload(index);
}

void SyncJob::launchDownload(int index)
{
    const SyncItem &item = m_options.items[index];
    auto *download = new SyncDownload(m_network, QUrl(item.url), itemPath(index), item.size, this);
    m_active[index].download = download;
    connect(download, &SyncDownload::progressed, this, [this, index](qint64 bytes) {
        m_active[index].bytes = bytes;
        updateProgress();
    });
    connect(download, &SyncDownload::finished, this, [this, index, download](bool ok) { onDownloaded(index, download, ok); });
    download->start();
}

void SyncJob::onDownloaded(int index, SyncDownload *download, bool ok)
{
    download->deleteLater();
    m_downloadedBytes += download->bytesReceived();
    --m_transfers;
    if (isStopping())
        return;
    // Bytes that were already on disk before this transfer: a wrong checksum may be theirs.
    const bool resumed = download->bytesInFile() > download->bytesReceived();
    if (ok) {
        verify(index, resumed);
        return pump();  // the next download starts while this file is verified
    }
    const util::Error error = *download->error();
    const SyncItem &item = m_options.items[index];
    if (error.code == ErrorCode::LimitExceeded)
        return complete(index, SyncItemStatus::Rejected, qs(error.detail));
    if (error.code != ErrorCode::InvalidArgument && m_attempts[index] < m_options.retries) {
        ++m_attempts[index];
        ++m_transfers;  // the slot stays reserved for the retry
        appendLog(QStringLiteral("%1: %2; trying again").arg(item.displayName(), qs(error.message())));
        QTimer::singleShot(s_retryDelayMs, this, [this, index] {
            if (!isStopping())
                launchDownload(index);
        });
        return;
    }
    complete(index, SyncItemStatus::Failed, qs(error.message()));
}

void SyncJob::verify(int index, bool resumed)
{
    const SyncItem &item = m_options.items[index];
    const bool local = m_target.kind == SyncTargetKind::LocalChannel;
    const QString destination = local ? m_workRoot + QLatin1Char('/') + item.subdir + QLatin1Char('/') + item.fn : QString();
    detail::runInWorker(
        this, m_verifyPool,
        [part = itemPath(index), item, destination] {
            VerifyResult result;
            if (auto placed = verifyAndPlace(part, item, destination); placed)
                result.checksums = std::move(*placed);
            else
                result.error = placed.error();
            return result;
        },
        [this, index, resumed](const VerifyResult &result) { onVerified(index, resumed, result); });
}

void SyncJob::onVerified(int index, bool resumed, const VerifyResult &result)
{
    if (isStopping())
        return;
    const SyncItem &item = m_options.items[index];
    if (result.error && result.error->code == ErrorCode::ChecksumMismatch && resumed
        && m_attempts[index] <= m_options.retries) {
        // The partial may have come from another build of the file: fetch it whole once more.
        ++m_attempts[index];
        appendLog(QStringLiteral("%1: %2 after resuming; downloading the whole file again").arg(item.displayName(), qs(result.error->detail)));
        return startDownload(index);
    }
    if (result.error) {
        const bool untrusted = result.error->code == ErrorCode::ChecksumMismatch || result.error->code == ErrorCode::InvalidRecord;
        return complete(index, untrusted ? SyncItemStatus::Rejected : SyncItemStatus::Failed, qs(result.error->detail));
    }
    if (m_target.kind == SyncTargetKind::Quetz)
        return upload(index, QString::fromLatin1(result.checksums.sha256));
    m_publisher->addFile(index, PlacedFile{item.subdir, item.fn, result.checksums});
    complete(index, SyncItemStatus::Published, formatByteSize(item.size));
}

void SyncJob::upload(int index, const QString &sha256)
{
    const SyncItem &item = m_options.items[index];
    ++m_transfers;
    auto *upload = new QuetzUpload(m_network, m_target, m_apiKey, itemPath(index), item.fn, sha256, this);
    m_active[index].upload = upload;
    connect(upload, &QuetzUpload::finished, this, [this, index, upload] { onUploaded(index, upload); });
    upload->start();
}

void SyncJob::onUploaded(int index, QuetzUpload *upload)
{
    upload->deleteLater();
    --m_transfers;
    if (isStopping())
        return;
    switch (upload->outcome()) {
    case QuetzUpload::Outcome::Uploaded:
        QFile::remove(itemPath(index));
        return complete(index, SyncItemStatus::Published, formatByteSize(m_options.items[index].size));
    case QuetzUpload::Outcome::AlreadyPresent:
        QFile::remove(itemPath(index));
        return complete(index, SyncItemStatus::Skipped, QStringLiteral("the channel already has it"));
    default:
        // The verified file stays staged: the next sync uploads it without downloading it again.
        return complete(index, SyncItemStatus::Failed, qs(upload->error()->message()));
    }
}

void SyncJob::complete(int index, SyncItemStatus status, const QString &reason)
{
    m_active.erase(index);
    m_outcomes[index] = {status, reason};
    m_doneBytes += std::max<qint64>(m_options.items[index].size, 0);
    ++m_done;
    const QString counter = QStringLiteral("[%1/%2]").arg(m_done).arg(m_options.items.size());
    appendLog(QStringLiteral("%1 %2 %3: %4").arg(counter, syncItemStatusName(status), m_options.items[index].displayName(), reason));
    Q_EMIT itemFinished(index);
    updateProgress();
    pump();
}

void SyncJob::transfersDone()
{
    if (m_transfersDone)
        return;
    m_transfersDone = true;
    if (m_publisher)
        m_publisher->finish();  // allPublished() ends the job
    else
        end(jobs::JobState::Succeeded);
}

void SyncJob::updateProgress()
{
    qint64 value = m_doneBytes;
    for (const auto &[index, active] : m_active)
        value += active.bytes;
    setProgress({std::min(value, m_totalBytes), m_totalBytes});
}

QString SyncJob::itemPath(int index) const
{
    return partialPath(m_workRoot, m_options.items[index]);
}

} // namespace core::sync
