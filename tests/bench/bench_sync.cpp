// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// bench_sync: sync 500 generated packages from a loopback HTTP server into a new local channel and
// compare the throughput with the floor: a plain sequential download + write of the same files
// (one GET after the other, written to disk as they arrive, nothing verified or indexed). The sync
// also verifies every sha256, renames into the channel and regenerates the index in batches.
// Target: sync throughput >= 80% of the plain copy. Each figure is the best of a few runs.
// Usage: bench_sync [PACKAGES [MEAN_PAYLOAD_KIB [RUNS]]]   (default 500 packages, ~120 KiB, 3 runs)
#include "core/jobs/syncjob.h"
#include "tests/support/testhttpserver.h"
#include "tests/support/testpackages.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using core::jobs::SyncItem;

namespace {

/** Deterministic, incompressible bytes, so that archive sizes are what the payload says. */
QByteArray payload(int i, int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    quint64 x = 0x9E3779B97F4A7C15ull * quint64(i + 1);
    for (char &c : data) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        c = char(x);
    }
    return data;
}

/** Writes the packages (sizes spread from 1/4 to 7/4 of the mean; every fifth a .tar.bz2) and their items. */
std::vector<SyncItem> writePackages(const QString &root, const QString &baseUrl, int count, int meanKib)
{
    std::vector<SyncItem> items;
    for (int i = 0; i < count; ++i) {
        testsupport::TestPackage p;
        p.name = QStringLiteral("pkg%1").arg(i);
        p.subdir = i % 3 == 0 ? QStringLiteral("noarch") : QStringLiteral("linux-64");
        p.payload = payload(i, meanKib * 1024 / 4 + (i * 7919) % (meanKib * 1024 * 3 / 2));
        const QString fn = p.fileName(i % 10 == 9 ? QStringLiteral(".tar.bz2") : QStringLiteral(".conda"));
        const QString path = root + u'/' + p.subdir + u'/' + fn;
        QDir().mkpath(root + u'/' + p.subdir);
        if (const QString error = testsupport::writePackage(path, p); !error.isEmpty()) {
            std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(path), qPrintable(error));
            return {};
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QByteArray data = file.readAll();
        items.push_back(SyncItem{fn, p.subdir, baseUrl + u'/' + p.subdir + u'/' + fn, data.size(),
                                 QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()), {}});
    }
    return items;
}

/** The floor: GET each file in turn and write it as it arrives. Returns seconds, or -1 on an error. */
double plainCopy(const std::vector<SyncItem> &items, const QString &into)
{
    QNetworkAccessManager network;
    QElapsedTimer timer;
    timer.start();
    for (const SyncItem &item : items) {
        QDir().mkpath(into + u'/' + item.subdir);
        QFile file(into + u'/' + item.subdir + u'/' + item.fn);
        if (!file.open(QIODevice::WriteOnly))
            return -1;
        QNetworkReply *reply = network.get(QNetworkRequest(QUrl(item.url)));
        QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] { file.write(reply->readAll()); });
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        file.write(reply->readAll());
        const bool ok = reply->error() == QNetworkReply::NoError && file.size() == item.size;
        reply->deleteLater();
        if (!ok)
            return -1;
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

/** A SyncJob with default options into a new channel folder. Returns seconds, or -1 when it did not succeed. */
double syncJob(const std::vector<SyncItem> &items, const QString &into)
{
    core::jobs::SyncOptions options;
    options.target = into;
    options.items = items;
    core::jobs::SyncJob job(options);
    QEventLoop loop;
    QObject::connect(&job, &core::jobs::Job::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    job.start();
    if (!job.isFinished())
        loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (job.state() != core::jobs::JobState::Succeeded) {
        std::fprintf(stderr, "the sync ended %s:\n%s\n", qPrintable(core::jobs::jobStateName(job.state())),
                     qPrintable(job.logLines().mid(job.logLines().size() - 5).join(u'\n')));
        return -1;
    }
    return seconds;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 500;
    const int meanKib = args.size() > 2 ? args.at(2).toInt() : 120;
    const int runs = args.size() > 3 ? std::max(1, args.at(3).toInt()) : 3;
    QTemporaryDir dir;
    testsupport::TestHttpServer server(dir.filePath(QStringLiteral("served")));
    if (!dir.isValid() || count < 1 || meanKib < 1 || !server.start())
        return 2;
    std::printf("writing %d packages (mean payload %d KiB)...\n", count, meanKib);
    const std::vector<SyncItem> items = writePackages(dir.filePath(QStringLiteral("served")), server.baseUrl(), count, meanKib);
    if (int(items.size()) != count)
        return 1;
    qint64 bytes = 0;
    for (const SyncItem &item : items)
        bytes += item.size;
    double plainBest = 1e9;
    double syncBest = 1e9;
    for (int run = 0; run < runs; ++run) {
        // Alternate the order so that neither side always meets the warmer caches.
        const QString plainDir = dir.filePath(QStringLiteral("plain-%1").arg(run));
        const QString syncDir = dir.filePath(QStringLiteral("sync-%1").arg(run));
        const double plain = run % 2 == 0 ? plainCopy(items, plainDir) : -2;
        const double sync = syncJob(items, syncDir);
        const double plainAfter = run % 2 == 1 ? plainCopy(items, plainDir) : plain;
        if (plainAfter < 0 || sync < 0)
            return 1;
        plainBest = std::min(plainBest, plainAfter);
        syncBest = std::min(syncBest, sync);
        std::printf("run %d: plain copy %.3f s, sync %.3f s\n", run + 1, plainAfter, sync);
        QDir(plainDir).removeRecursively();
        QDir(syncDir).removeRecursively();
    }
    const double mb = double(bytes) / 1e6;
    std::printf("%d packages, %.1f MB\n", count, mb);
    std::printf("plain sequential download+write: %.3f s  %.1f MB/s\n", plainBest, mb / plainBest);
    std::printf("sync (verify, publish, index):    %.3f s  %.1f MB/s\n", syncBest, mb / syncBest);
    std::printf("sync throughput / plain copy: %.0f%% (target >= 80%%)\n", 100.0 * plainBest / syncBest);
    return 0;
}
