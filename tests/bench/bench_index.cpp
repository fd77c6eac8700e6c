// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// bench_index: index a generated 2,000-package local channel, add one package, index again.
// The re-index reuses unchanged records (size + mtime), so it should take <= 10% of the full one.
// Usage: bench_index [PACKAGES]   (default 2000)
#include "core/channel/channelindexer.h"
#include "tests/support/testpackages.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

#include <unistd.h>

namespace {

testsupport::TestPackage makePackage(int i)
{
    testsupport::TestPackage p;
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

/** Indexes the channel and returns the milliseconds it took, or -1 on error. */
double timeIndex(const QString &channel, int &read, int &reused)
{
    // Flush what the generator wrote first: else the indexer's fsync of repodata.json would pay
    // for writing back thousands of fresh archives (ext4 commits them with the journal).
    ::sync();
    core::channel::IndexOptions options;
    options.channelDir = channel.toStdString();
    QElapsedTimer timer;
    timer.start();
    auto report = core::channel::indexChannel(options);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!report) {
        std::fprintf(stderr, "bench_index: %s\n", report.error().message().c_str());
        return -1;
    }
    read = reused = 0;
    for (const auto &s : report->subdirs) {
        read += s.read;
        reused += s.reused;
    }
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, std::atoi(argv[1])) : 2000;
    QTemporaryDir dir;
    const QString channel = dir.filePath(QStringLiteral("channel"));

    QElapsedTimer generation;
    generation.start();
    for (int i = 0; i < count; ++i) {
        if (!addPackage(channel, i))
            return 1;
    }
    std::printf("generated %d packages (.conda and .tar.bz2, linux-64 + noarch) in %.0f ms\n", count,
                double(generation.elapsed()));

    int read = 0;
    int reused = 0;
    const double full = timeIndex(channel, read, reused);
    if (full < 0)
        return 1;
    std::printf("full index:               %9.1f ms  (%d archives read)\n", full, read);

    if (!addPackage(channel, count))
        return 1;
    const double again = timeIndex(channel, read, reused);
    if (again < 0)
        return 1;
    std::printf("re-index, one new package: %9.1f ms  (%d read, %d unchanged)\n", again, read, reused);
    const double ratio = again / full;
    std::printf("ratio re-index / full:    %9.1f %%  (target <= 10 %%: %s)\n", ratio * 100, ratio <= 0.10 ? "met" : "NOT met");
    return 0;
}
