// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// bench_index: index a generated 2,000-package local channel, then add one package and index again.
// The re-index reuses unchanged records (size + mtime), so it should take <= 10% of the full one.
// Each figure is the median of a few runs, as wall-clock time and as CPU time of this process: on a
// busy machine the wall time of the re-index is mostly the fsync of the new repodata.json.
// Usage: bench_index [PACKAGES [PAYLOAD_KIB]]   (default 2000 packages with 8 KiB of incompressible
// payload each, about the smallest real conda packages; 0 KiB gives ~0.5 KiB archives)
#include "core/channel/channelindexer.h"
#include "tests/support/testpackages.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

#include <unistd.h>

namespace {

constexpr int s_fullRuns = 3;
constexpr int s_reindexRuns = 5;

int s_payloadKib = 8;

/** Deterministic, incompressible bytes, so that archive sizes are what PAYLOAD_KIB says. */
QByteArray payload(int i)
{
    QByteArray data(s_payloadKib * 1024, Qt::Uninitialized);
    quint64 x = 0x9E3779B97F4A7C15ull * quint64(i + 1);
    for (char &c : data) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        c = char(x);
    }
    return data;
}

testsupport::TestPackage makePackage(int i)
{
    testsupport::TestPackage p;
    p.payload = payload(i);
    p.name = QStringLiteral("pkg%1").arg(i / 4);
    p.version = QStringLiteral("1.%1.%2").arg(i % 4).arg(i % 7);
    p.build = QStringLiteral("h%1_0").arg(i, 6, 16, QLatin1Char('0'));
    p.subdir = i % 3 == 0 ? QStringLiteral("noarch") : QStringLiteral("linux-64");
    p.depends = {QStringLiteral("python >=3.9"), QStringLiteral("libzlib >=1.2.13,<2.0a0")};
    p.extra = QJsonObject{{QStringLiteral("license"), QStringLiteral("BSD-3-Clause")},
                          {QStringLiteral("timestamp"), qint64(1700000000000) + i}};
    return p;
}

bool addPackage(const QString &channel, int i)
{
    const testsupport::TestPackage p = makePackage(i);
    const QString extension = i % 2 ? QStringLiteral(".conda") : QStringLiteral(".tar.bz2");
    const QString error = testsupport::writePackage(channel + u'/' + p.subdir + u'/' + p.fileName(extension), p);
    if (!error.isEmpty())
        std::fprintf(stderr, "bench_index: %s\n", qPrintable(error));
    return error.isEmpty();
}

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct Timing
{
    double wallMs = -1;
    double cpuMs = -1;
    int read = 0;
    int reused = 0;
};

Timing timeIndex(const QString &channel)
{
    // Flush what the generator wrote first: else the indexer's fsync of repodata.json would pay
    // for writing back thousands of fresh archives (ext4 commits them with the journal).
    ::sync();
    core::channel::IndexOptions options;
    options.channelDir = channel.toStdString();
    Timing timing;
    const double cpuStart = cpuMs();
    QElapsedTimer timer;
    timer.start();
    auto report = core::channel::indexChannel(options);
    timing.wallMs = double(timer.nsecsElapsed()) / 1e6;
    timing.cpuMs = cpuMs() - cpuStart;
    if (!report) {
        std::fprintf(stderr, "bench_index: %s\n", report.error().message().c_str());
        return {};
    }
    for (const auto &s : report->subdirs) {
        timing.read += s.read;
        timing.reused += s.reused;
    }
    return timing;
}

/** Forgets a previous index, so that the next one reads every archive. */
void removeIndex(const QString &channel)
{
    for (const QString &subdir : {QStringLiteral("linux-64"), QStringLiteral("noarch")}) {
        for (const QString &name : {QStringLiteral("repodata.json"), QStringLiteral("repodata.json.zst"),
                                    QStringLiteral(".deploydeck-index.json")})
            QFile::remove(channel + u'/' + subdir + u'/' + name);
    }
}

Timing median(std::vector<Timing> runs)
{
    std::sort(runs.begin(), runs.end(), [](const Timing &a, const Timing &b) { return a.wallMs < b.wallMs; });
    Timing m = runs[runs.size() / 2];
    std::vector<double> cpu;
    for (const auto &r : runs)
        cpu.push_back(r.cpuMs);
    std::sort(cpu.begin(), cpu.end());
    m.cpuMs = cpu[cpu.size() / 2];
    return m;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, std::atoi(argv[1])) : 2000;
    s_payloadKib = argc > 2 ? std::max(0, std::atoi(argv[2])) : 8;
    QTemporaryDir dir;
    const QString channel = dir.filePath(QStringLiteral("channel"));

    QElapsedTimer generation;
    generation.start();
    for (int i = 0; i < count; ++i) {
        if (!addPackage(channel, i))
            return 1;
    }
    std::printf("generated %d packages (.conda and .tar.bz2, linux-64 + noarch, %d KiB payload each) in %.0f ms\n",
                count, s_payloadKib, double(generation.elapsed()));

    std::vector<Timing> fullRuns;
    for (int run = 0; run < s_fullRuns; ++run) {
        removeIndex(channel);
        fullRuns.push_back(timeIndex(channel));
        if (fullRuns.back().wallMs < 0)
            return 1;
    }
    std::vector<Timing> reRuns;
    for (int run = 0; run < s_reindexRuns; ++run) {
        if (!addPackage(channel, count + run))
            return 1;
        reRuns.push_back(timeIndex(channel));
        if (reRuns.back().wallMs < 0)
            return 1;
    }
    const Timing full = median(fullRuns);
    const Timing again = median(reRuns);
    std::printf("full index (median of %d):                %8.1f ms wall %8.1f ms cpu  (%d archives read)\n", s_fullRuns,
                full.wallMs, full.cpuMs, full.read);
    std::printf("re-index, one new package (median of %d): %8.1f ms wall %8.1f ms cpu  (%d read, %d unchanged)\n",
                s_reindexRuns, again.wallMs, again.cpuMs, again.read, again.reused);
    const double wallRatio = again.wallMs / full.wallMs;
    const double cpuRatio = again.cpuMs / full.cpuMs;
    std::printf("ratio re-index / full: %.1f %% wall, %.1f %% cpu  (target <= 10 %%: %s)\n", wallRatio * 100, cpuRatio * 100,
                wallRatio <= 0.10 ? "met" : "NOT met");
    return 0;
}
