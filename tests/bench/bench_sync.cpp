// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// bench_sync: sync 500 generated packages from a loopback HTTP server into a new local channel and
// compare the throughput with the floor: a plain sequential download + write of the same files
// (one GET after the other, written to disk as they arrive, nothing verified or indexed). The sync
// also verifies every sha256, makes each file's data durable before the index lists it, renames
// into the channel and regenerates the index in batches — so the plain copy is also shown flushed
// to disk the same way. Target: sync throughput >= 80% of the plain copy.
// Usage: bench_sync [PACKAGES [MEAN_PAYLOAD_KIB [RUNS]]]   (default 500 packages, ~120 KiB, 5 runs)
#include "core/sync/syncjob.h"
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
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

using core::sync::SyncItem;

namespace {

/** Deterministic, incompressible bytes, so that archive sizes are what the payload says. */
QByteArray payload(int i, int bytes)
{
    QByteArray data((bytes + 3) / 4 * 4, Qt::Uninitialized);
    QRandomGenerator(quint32(i + 1)).fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
    data.truncate(bytes);
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
    core::sync::SyncOptions options;
    options.target = into;
    options.items = items;
    core::sync::SyncJob job(options);
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

/** Puts the plain copy on disk the way the sync does its files: every file's data, then one journal commit. */
double flushFiles(const std::vector<SyncItem> &items, const QString &dir)
{
    QElapsedTimer timer;
    timer.start();
    int last = -1;
    for (const SyncItem &item : items) {
        QFile file(dir + u'/' + item.subdir + u'/' + item.fn);
        if (!file.open(QIODevice::ReadOnly))
            return -1;
        ::sync_file_range(file.handle(), 0, 0, SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE | SYNC_FILE_RANGE_WAIT_AFTER);
        last = ::dup(file.handle());
    }
    if (last >= 0) {
        ::fsync(last);
        ::close(last);
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/** One run: the plain copy (then flushed) and the sync, in an order that alternates between runs. */
bool measure(const std::vector<SyncItem> &items, const QTemporaryDir &dir, int run, double seconds[3], double cpu[2])
{
    const QString plainDir = dir.filePath(QStringLiteral("plain-%1").arg(run));
    const QString syncDir = dir.filePath(QStringLiteral("sync-%1").arg(run));
    const auto plain = [&] {
        const double start = cpuSeconds();
        seconds[0] = plainCopy(items, plainDir);
        cpu[0] = cpuSeconds() - start;
        seconds[1] = seconds[0] + flushFiles(items, plainDir);
    };
    const auto sync = [&] {
        const double start = cpuSeconds();
        seconds[2] = syncJob(items, syncDir);
        cpu[1] = cpuSeconds() - start;
    };
    if (run % 2 == 0) {
        plain();
        sync();
    } else {
        sync();
        plain();
    }
    QDir(plainDir).removeRecursively();
    QDir(syncDir).removeRecursively();
    return seconds[0] > 0 && seconds[1] > 0 && seconds[2] > 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 500;
    const int meanKib = args.size() > 2 ? args.at(2).toInt() : 120;
    const int runs = args.size() > 3 ? std::max(1, args.at(3).toInt()) : 5;
    QTemporaryDir dir;
    testsupport::TestHttpServer server(dir.filePath(QStringLiteral("served")));
    if (!dir.isValid() || count < 1 || meanKib < 1 || !server.start())
        return 2;
    std::printf("writing %d packages (mean payload %d KiB, every tenth a .tar.bz2)...\n", count, meanKib);
    const std::vector<SyncItem> items = writePackages(dir.filePath(QStringLiteral("served")), server.baseUrl(), count, meanKib);
    if (int(items.size()) != count)
        return 1;
    qint64 bytes = 0;
    for (const SyncItem &item : items)
        bytes += item.size;
    // On a shared machine the load changes from second to second: compare each sync with the
    // copies made right next to it, and report the median of those ratios.
    std::vector<double> plain, flushed, sync, ratio, ratioFlushed, plainCpu, syncCpu;
    for (int run = 0; run < runs; ++run) {
        double seconds[3];
        double cpu[2];
        if (!measure(items, dir, run, seconds, cpu))
            return 1;
        plain.push_back(seconds[0]);
        flushed.push_back(seconds[1]);
        sync.push_back(seconds[2]);
        ratio.push_back(seconds[0] / seconds[2]);
        ratioFlushed.push_back(seconds[1] / seconds[2]);
        plainCpu.push_back(cpu[0]);
        syncCpu.push_back(cpu[1]);
        std::printf("run %d: plain copy %.3f s (flushed to disk %.3f s), sync %.3f s: %.0f%% (%.0f%% of the flushed copy)\n",
                    run + 1, seconds[0], seconds[1], seconds[2], 100 * ratio.back(), 100 * ratioFlushed.back());
    }
    const double mb = double(bytes) / 1e6;
    std::printf("\n%d packages, %.1f MB; medians of %d runs:\n", count, mb, runs);
    std::printf("plain sequential download+write:  %.3f s  %6.1f MB/s  (CPU %.2f s)\n", median(plain), mb / median(plain), median(plainCpu));
    std::printf("  ... and flushed to disk:         %.3f s  %6.1f MB/s\n", median(flushed), mb / median(flushed));
    std::printf("sync (verify, flush, index):       %.3f s  %6.1f MB/s  (CPU %.2f s)\n", median(sync), mb / median(sync), median(syncCpu));
    std::printf("sync throughput / plain copy:         %.0f%% (target >= 80%%)\n", 100 * median(ratio));
    std::printf("sync throughput / flushed plain copy: %.0f%%\n", 100 * median(ratioFlushed));
    return 0;
}
