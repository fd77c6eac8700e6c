// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/sync/syncpublisher.h"

#include "core/sync/syncworker.h"

#include <QFile>

#include <optional>

namespace core::sync {

struct SyncPublisher::Outcome
{
    std::optional<util::Error> error;
    channel::IndexReport report;
};

SyncPublisher::SyncPublisher(const QString &root, int batchSize, int intervalMs, std::shared_ptr<std::atomic_bool> cancel,
                             QObject *parent)
    : QObject(parent)
    , m_root(root)
    , m_batchSize(batchSize)
    , m_cancel(std::move(cancel))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SyncPublisher::publishNow);
}

SyncPublisher::~SyncPublisher() = default;

void SyncPublisher::addSubdir(const QString &subdir)
{
    m_subdirs.insert(subdir);
}

void SyncPublisher::addFile(int item, const PlacedFile &file)
{
    if (m_stopped)
        return;
    m_subdirs.insert(file.subdir);
    m_pending.push_back({item, file});
    if (int(m_pending.size()) >= m_batchSize)
        publishNow();
    else if (!m_timer.isActive())
        m_timer.start();
}

void SyncPublisher::finish()
{
    m_finishing = true;
    publishNow();
}

void SyncPublisher::stop()
{
    m_stopped = true;
    m_pending.clear();
    m_timer.stop();
    if (!m_running)
        Q_EMIT idle();
}

void SyncPublisher::publishNow()
{
    m_timer.stop();
    if (m_running || m_stopped)
        return;  // onPublished() looks again
    if (m_pending.empty() && !m_finishing)
        return;
    std::vector<Placed> batch = std::move(m_pending);
    m_pending.clear();
    // The final publish covers every subdir seen, so files found already present get listed too.
    QSet<QString> subdirSet = m_subdirs;
    if (!m_finishing) {
        subdirSet.clear();
        for (const Placed &p : batch)
            subdirSet.insert(p.file.subdir);
    }
    QStringList subdirs = subdirSet.values();
    subdirs.sort();
    std::vector<PlacedFile> files;
    for (const Placed &p : batch)
        files.push_back(p.file);
    m_running = true;
    const bool final = m_finishing;
    detail::runInWorker(
        this, nullptr,
        [root = m_root, subdirs, files, cancel = m_cancel] {
            Outcome outcome;
            auto published = publishLocalChannel(root, subdirs, files, cancel.get());
            if (published)
                outcome.report = std::move(*published);
            else
                outcome.error = published.error();
            return outcome;
        },
        [this, batch = std::move(batch), final](const Outcome &outcome) mutable { onPublished(std::move(batch), final, outcome); });
}

void SyncPublisher::onPublished(std::vector<Placed> batch, bool final, const Outcome &outcome)
{
    m_running = false;
    if (m_stopped) {
        Q_EMIT idle();
        return;
    }
    if (outcome.error) {
        m_stopped = true;
        Q_EMIT publishFailed(*outcome.error);
        Q_EMIT idle();
        return;
    }
    // The indexer leaves out what it cannot read; such a file must not stay in the channel folder.
    std::vector<Refusal> refused;
    QStringList subdirs;
    for (const auto &subdir : outcome.report.subdirs) {
        subdirs.append(QString::fromStdString(subdir.subdir));
        for (const util::Error &skipped : subdir.skipped) {
            for (const Placed &p : batch) {
                const QString path = m_root + QLatin1Char('/') + p.file.subdir + QLatin1Char('/') + p.file.fileName;
                if (skipped.location == path.toStdString()) {
                    QFile::remove(path);
                    refused.push_back({p.item, skipped});
                }
            }
        }
    }
    Q_EMIT batchPublished(int(batch.size()), subdirs, refused);
    if (!m_pending.empty() || (m_finishing && !final))
        publishNow();
    else if (final)
        Q_EMIT allPublished();
}

} // namespace core::sync
