// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// A conda-forge-sized channel served over HTTP on 127.0.0.1: the first start downloads and loads
// the JSON; a second start with a valid cache gets 304 answers and loads the .solv caches. Prints
// both times and the ratio (target: the second start at least 8x faster). Asserts nothing.
#include "repodatagenerator.h"
#include "tests/support/testhttpserver.h"

#include "core/channel/repodatafetcher.h"
#include "core/solve/channelsources.h"
#include "core/solve/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace core;

namespace {

struct Start
{
    double fetchMs = 0, loadMs = 0;
    std::size_t records = 0;
    bool fromSolv = false;
    std::string statuses;
};

Start start(const QUrl &url, const QString &cacheDir)
{
    Start s;
    QElapsedTimer t;
    t.start();
    auto channels = channel::resolveChannels({url.toString().toStdString()}, {});
    channel::FetchOptions options;
    options.cacheDir = cacheDir;
    channel::RepodataFetcher fetcher(options);
    std::vector<channel::SubdirResult> results;
    QEventLoop loop;
    QObject::connect(&fetcher, &channel::RepodataFetcher::finished, &loop, [&](const auto &r) {
        results = r;
        loop.quit();
    });
    fetcher.fetch(channel::RepodataFetcher::requestsFor(*channels, "linux-64"));
    loop.exec();
    s.fetchMs = double(t.nsecsElapsed()) / 1e6;
    for (const auto &r : results)
        s.statuses += std::string(channel::fetchStatusName(r.status)) + ' ';
    std::vector<std::string> warnings;
    auto sources = solve::sourcesFromFetch(results, warnings);
    if (!sources) {
        std::fprintf(stderr, "%s\n", sources.error().message().c_str());
        return s;
    }
    t.restart();
    solve::Database db;
    auto stats = solve::loadSources(db, *sources, {});  // .solv next to the cached JSON
    s.loadMs = double(t.nsecsElapsed()) / 1e6;
    s.records = stats ? stats->records : 0;
    s.fromSolv = stats && stats->fromSolvCache;
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bench::GeneratorOptions options;
    if (qEnvironmentVariableIsSet("DEPLOYDECK_BENCH_NAMES"))
        options.names = qEnvironmentVariableIntValue("DEPLOYDECK_BENCH_NAMES");
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
                        (options.names == 25000 ? QStringLiteral("/deploydeck/bench/conda-forge-like")
                                                : QStringLiteral("/deploydeck/bench/small-%1").arg(options.names));
    const auto channel = bench::generateChannel(dir.toStdString(), options);
    std::printf("channel: %zu records, %llu MB of JSON, served from 127.0.0.1\n", channel.records,
                static_cast<unsigned long long>(channel.bytes / 1000000));
    testsupport::TestHttpServer server(dir);
    if (!server.start()) {
        std::fprintf(stderr, "cannot start the HTTP server\n");
        return 1;
    }
    // Fixed validators: the test server would otherwise hash every 400 MB file per request, and that
    // is the server's cost, not the client's.
    using Rule = testsupport::TestHttpServer::Rule;
    for (const char *subdir : {"linux-64", "noarch"})
        server.setRule(QStringLiteral("/%1/repodata.json").arg(QLatin1String(subdir)),
                       Rule::serve().withEtag("\"bench-v1\"").withLastModified("Tue, 24 Nov 2026 12:00:00 GMT"));
    QTemporaryDir cache;
    const Start first = start(server.url(QStringLiteral("/")), cache.path());
    const Start second = start(server.url(QStringLiteral("/")), cache.path());
    const double a = first.fetchMs + first.loadMs, b = second.fetchMs + second.loadMs;
    std::printf("  first start  (download + JSON load): %9.1f ms  (fetch %.1f, load %.1f; %zu records; %s)\n", a,
                first.fetchMs, first.loadMs, first.records, first.statuses.c_str());
    std::printf("  second start (304 + .solv load):     %9.1f ms  (fetch %.1f, load %.1f; from .solv: %s; %s)\n", b,
                second.fetchMs, second.loadMs, second.fromSolv ? "yes" : "no", second.statuses.c_str());
    std::printf("  speed-up: %.1fx (target >= 8x)\n", b > 0 ? a / b : 0.0);
    return 0;
}
