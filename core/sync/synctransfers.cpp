// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/sync/synctransfers.h"

#include "core/sync/syncdownload.h"
#include "core/sync/syncpublisher.h"
#include "core/sync/syncquetz.h"
#include "core/sync/syncworker.h"
#include "core/util/qtext.h"

#include <QFile>
#include <QFileInfo>
#include <QTimer>

using core::util::ErrorCode;
using core::util::qs;

namespace core::sync {

namespace {

constexpr int s_retryDelayMs = 500;

} // namespace

QString syncItemStatusName(SyncItemStatus status)
{
    switch (status) {
    case SyncItemStatus::Pending:
        return QStringLiteral("pending");
    case SyncItemStatus::Published:
        return QStringLiteral("published");
    case SyncItemStatus::Skipped:
        return QStringLiteral("skipped");
    case SyncItemStatus::Rejected:
        return QStringLiteral("rejected");
    case SyncItemStatus::Failed:
        return QStringLiteral("failed");
    case SyncItemStatus::Updated:
        return QStringLiteral("updated");
    }
    return {};
}

struct SyncTransfers::VerifyResult
{
    std::optional<util::Error> error;
    FileChecksums checksums;
    QStringList patched;
};

SyncTransfers::SyncTransfers(Setup setup, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_attempts(m_setup.options->items.size(), 0)
{
}

SyncTransfers::~SyncTransfers() = default;

void SyncTransfers::start(std::deque<int> queue)
{
    m_queue = std::move(queue);
    m_started = true;
    pump();
}

void SyncTransfers::abort()
{
    m_queue.clear();
    // Aborting emits finished() at once; the handlers see the cancel flag and leave m_active alone.
    for (auto &[index, active] : m_active) {
        if (active.download)
            active.download->abort();
        if (active.upload)
            active.upload->abort();
    }
}

qint64 SyncTransfers::bytesInFlight() const
{
    qint64 bytes = 0;
    for (const auto &[index, active] : m_active)
        bytes += active.bytes;
    return bytes;
}

void SyncTransfers::pump()
{
    if (!m_started)
        return;
    while (!isStopping() && m_transfers < m_setup.options->parallel && !m_queue.empty()) {
        const int index = m_queue.front();
        m_queue.pop_front();
        m_active[index] = Active {};
        startDownload(index);
    }
    if (!isStopping() && m_active.empty() && m_queue.empty() && !m_allDone) {
        m_allDone = true;
        Q_EMIT allDone();
    }
}

void SyncTransfers::startDownload(int index)
{
    ++m_transfers;
    launchDownload(index);
}

void SyncTransfers::launchDownload(int index)
{
    auto *download = new SyncDownload(m_setup.network, QUrl(item(index).url), itemPath(index), item(index).size, this);
    m_active[index].download = download;
    connect(download, &SyncDownload::progressed, this, [this, index](qint64 bytes) {
        m_active[index].bytes = bytes;
        Q_EMIT progressed();
    });
    connect(download, &SyncDownload::finished, this,
        [this, index, download](bool ok) { onDownloaded(index, download, ok); });
    download->start();
}

void SyncTransfers::onDownloaded(int index, SyncDownload *download, bool ok)
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
        return pump(); // the next download starts while this file is verified
    }
    const util::Error error = *download->error();
    if (error.code == ErrorCode::LimitExceeded)
        return done(index, SyncItemStatus::Rejected, qs(error.detail));
    if (!download->isPermanent() && m_attempts[index] < m_setup.options->retries) {
        ++m_attempts[index];
        ++m_transfers; // the slot stays reserved for the retry
        Q_EMIT logLine(QStringLiteral("%1: %2; trying again").arg(item(index).displayName(), qs(error.message())));
        QTimer::singleShot(s_retryDelayMs, this, [this, index] {
            if (!isStopping())
                launchDownload(index);
        });
        return;
    }
    // Nothing of it to continue from (or nothing to continue ever): no partial file stays behind.
    if (download->isPermanent() || QFileInfo(itemPath(index)).size() == 0)
        QFile::remove(itemPath(index));
    done(index, SyncItemStatus::Failed, qs(error.message()));
}

void SyncTransfers::verify(int index, bool resumed)
{
    const SyncItem &it = item(index);
    const bool local = m_setup.target.kind == SyncTargetKind::LocalChannel;
    const QString destination
        = local ? m_setup.workRoot + QLatin1Char('/') + it.subdir + QLatin1Char('/') + it.fn : QString();
    detail::runInWorker(
        this, m_setup.verifyPool,
        [part = itemPath(index), it, destination, local] {
            VerifyResult result;
            if (auto placed = verifyAndPlace(part, it, destination); placed)
                result.checksums = std::move(*placed);
            else
                result.error = placed.error();
            // Quetz reads each record from the archive it is given: a patch of the source is lost.
            if (!local && !result.error && !it.record.isEmpty())
                if (const auto format = channel::packageFormatOf(it.fn.toStdString()))
                    result.patched = patchedFields(part, *format, it.record);
            return result;
        },
        [this, index, resumed](const VerifyResult &result) { onVerified(index, resumed, result); });
}

void SyncTransfers::onVerified(int index, bool resumed, const VerifyResult &result)
{
    if (isStopping())
        return;
    const SyncItem &it = item(index);
    if (result.error && result.error->code == ErrorCode::ChecksumMismatch && resumed
        && m_attempts[index] <= m_setup.options->retries) {
        // The partial may have come from another build of the file: fetch it whole once more.
        ++m_attempts[index];
        Q_EMIT logLine(QStringLiteral("%1: %2 after resuming; downloading the whole file again")
                           .arg(it.displayName(), qs(result.error->detail)));
        return startDownload(index);
    }
    if (result.error) {
        const bool untrusted
            = result.error->code == ErrorCode::ChecksumMismatch || result.error->code == ErrorCode::InvalidRecord;
        return done(index, untrusted ? SyncItemStatus::Rejected : SyncItemStatus::Failed, qs(result.error->detail));
    }
    if (m_setup.target.kind == SyncTargetKind::Quetz) {
        m_active[index].patched = result.patched;
        return upload(index, QString::fromLatin1(result.checksums.sha256));
    }
    m_setup.publisher->addFile(index, PlacedFile { it.subdir, it.fn, result.checksums, it.record });
    done(index, SyncItemStatus::Published, formatByteSize(it.size));
}

void SyncTransfers::upload(int index, const QString &sha256)
{
    ++m_transfers;
    auto *upload = new QuetzUpload(
        m_setup.network, m_setup.target, m_setup.apiKey, itemPath(index), item(index).fn, sha256, this);
    m_active[index].upload = upload;
    connect(upload, &QuetzUpload::finished, this, [this, index, upload] { onUploaded(index, upload); });
    upload->start();
}

void SyncTransfers::onUploaded(int index, QuetzUpload *upload)
{
    upload->deleteLater();
    --m_transfers;
    if (isStopping())
        return;
    switch (upload->outcome()) {
    case QuetzUpload::Outcome::Uploaded: {
        QFile::remove(itemPath(index));
        const QStringList patched = m_active[index].patched;
        if (patched.isEmpty())
            return done(index, SyncItemStatus::Published, formatByteSize(item(index).size));
        return done(index, SyncItemStatus::Published,
            QStringLiteral("%1; Quetz keeps the archive's record, not the source's patch of %2")
                .arg(formatByteSize(item(index).size), patched.join(QStringLiteral(", "))));
    }
    case QuetzUpload::Outcome::AlreadyPresent:
        QFile::remove(itemPath(index));
        return done(index, SyncItemStatus::Skipped, QStringLiteral("the channel already has it"));
    default:
        // The verified file stays staged: the next sync uploads it without downloading it again.
        return done(index, SyncItemStatus::Failed, qs(upload->error()->message()));
    }
}

void SyncTransfers::done(int index, SyncItemStatus status, const QString &reason)
{
    m_active.erase(index);
    Q_EMIT itemDone(index, status, reason);
    pump();
}

QString SyncTransfers::itemPath(int index) const
{
    return partialPath(m_setup.workRoot, item(index));
}

} // namespace core::sync
