// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// Sharded repodata (CEP 16) on a conda-forge-sized channel: the conda-forge-shaped channel of
// make_condaforge_shaped.py, with shards made by tests/support/make_shards.py beside its flat
// repodata.json, served on 127.0.0.1 by Python's http.server. Measures, as whole processes (wall
// time and peak RSS from wait4):
//   - the floor: libsolv loading the whole flat JSON (repo_add_conda) and solving;
//   - the real CLI, `deploydeck solve --no-virtual sardana python=3.11` against the server, with an
//     empty cache (XDG_CACHE_HOME), and again with the cache the first run left.
// From the CLI's stderr line per subdir: records, names reached, shards downloaded and cached.
// Targets (issue 16): cold <= 0.15x the floor, peak RSS <= 150 MB, shards fetched <= 2x the names
// reached, a second run fetches no shard. Prints a table; asserts nothing.
//
//   bench_shards            generate (once), shard (once), serve and compare
//   bench_shards floor DIR SPEC...   the floor's side alone, key=value lines
#include "benchutil.h"
#include "childprocess.h"
#include "libsolvfloor.h"
#include "tests/support/pythonhttpserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <iostream>

namespace {

const std::vector<std::string> s_subdirs = { "linux-64", "noarch" };
const std::vector<std::string> s_spec = { "sardana", "python=3.11" };
constexpr const char *s_shardsStamp = "/.shards-made-v1";

int runFloor(const std::string &dir, const std::vector<std::string> &specs)
{
    s_Pool *pool = bench::floor::createPool();
    bench::floor::loadJson(pool, dir, s_subdirs);
    const auto packages = bench::floor::solve(pool, specs);
    bench::floor::freePool(pool);
    std::cout << "packages=" << packages.size() << "\nanswer=" << bench::floor::answerDigest(packages) << std::endl;
    return 0;
}

/** Runs a Python tool with Debian's Python; false when it failed. */
bool runPython(const QString &script, const QStringList &arguments)
{
    QProcess python;
    python.setProcessChannelMode(QProcess::ForwardedChannels);
    python.start(testsupport::debianPython(), QStringList { script } + arguments);
    return python.waitForFinished(-1) && python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0;
}

/** What one CLI run reported on stderr, summed over the subdirs. */
struct CliReport
{
    bench::ChildRun run;
    std::size_t records = 0, namesReached = 0, downloaded = 0, cached = 0, shardedSubdirs = 0;
    std::size_t packages = 0;
    double answer = -1;
};

CliReport runCli(const QString &url, const QString &cacheHome)
{
    CliReport report;
    std::vector<std::string> argv { DEPLOYDECK_BINARY_DIR "/app/deploydeck", "solve", "--no-virtual", "--json",
        "--platform", "linux-64", "-c", url.toStdString() };
    argv.insert(argv.end(), s_spec.begin(), s_spec.end());
    report.run = bench::runMeasured(argv, { "XDG_CACHE_HOME=" + cacheHome.toStdString() });
    // "fetched URL: STATUS (N records of M names reached; shards: D downloaded, C cached)"
    static const QRegularExpression line(
        QStringLiteral(R"(\((\d+) records of (\d+) names reached; shards: (\d+) downloaded, (\d+) cached\))"));
    for (const QString &l : QString::fromStdString(report.run.err).split(QLatin1Char('\n'))) {
        const auto m = line.match(l);
        if (!m.hasMatch())
            continue;
        ++report.shardedSubdirs;
        report.records += m.captured(1).toULongLong();
        report.namesReached = std::max<std::size_t>(report.namesReached, m.captured(2).toULongLong());
        report.downloaded += m.captured(3).toULongLong();
        report.cached += m.captured(4).toULongLong();
    }
    const auto json = QJsonDocument::fromJson(QByteArray::fromStdString(report.run.out)).object();
    std::vector<std::string> packages;
    for (const auto &v : json.value(QStringLiteral("actions")).toObject().value(QStringLiteral("LINK")).toArray()) {
        const auto p = v.toObject();
        const QString line = p.value(QStringLiteral("name")).toString() + QLatin1Char('-')
            + p.value(QStringLiteral("version")).toString() + QLatin1Char('-')
            + p.value(QStringLiteral("build_string")).toString();
        packages.push_back(line.toStdString());
    }
    report.packages = packages.size();
    if (!packages.empty())
        report.answer = bench::floor::answerDigest(packages);
    return report;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.value(0) == QLatin1String("floor") && args.size() >= 2) {
        std::vector<std::string> specs;
        for (const QString &s : args.mid(2))
            specs.push_back(s.toStdString());
        return runFloor(args[1].toStdString(), specs);
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + QStringLiteral("/deploydeck/bench/condaforge-shaped");
    std::cout << "Generating (once) a conda-forge-shaped channel with shards in " << dir.toStdString() << " ..."
              << std::endl;
    if (!runPython(QStringLiteral(DEPLOYDECK_SOURCE_DIR "/tests/bench/make_condaforge_shaped.py"), { dir }))
        return 1;
    if (!QFileInfo::exists(dir + QLatin1String(s_shardsStamp))) {
        if (!runPython(testsupport::supportScript(QStringLiteral("make_shards.py")), { dir }))
            return 1;
        QFile stamp(dir + QLatin1String(s_shardsStamp));
        if (!stamp.open(QIODevice::WriteOnly))
            return 1;
    }
    testsupport::PythonHttpServer server(dir);
    if (!server.start()) {
        std::cerr << "http.server did not start: " << server.errorText().toStdString() << std::endl;
        return 1;
    }
    const QString url = server.url(QStringLiteral("/"));
    const int runs = qEnvironmentVariableIsSet("DEPLOYDECK_BENCH_RUNS")
        ? qEnvironmentVariableIntValue("DEPLOYDECK_BENCH_RUNS")
        : 3;

    std::vector<bench::ChildRun> floors;
    std::vector<CliReport> colds, warms;
    for (int i = 0; i < runs; ++i) {
        std::vector<std::string> floorArgs { QCoreApplication::applicationFilePath().toStdString(), "floor",
            dir.toStdString() };
        floorArgs.insert(floorArgs.end(), s_spec.begin(), s_spec.end());
        floors.push_back(bench::runMeasured(floorArgs));
        QTemporaryDir cacheHome; // an empty cache for each cold run
        colds.push_back(runCli(url, cacheHome.path()));
        warms.push_back(runCli(url, cacheHome.path()));
    }
    for (const auto &r : colds)
        if (!r.run.ok)
            std::cerr << "deploydeck solve failed:\n" << r.run.err << std::endl;

    const auto wall = [](const std::vector<CliReport> &reports) {
        std::vector<bench::ChildRun> runs;
        for (const auto &r : reports)
            runs.push_back(r.run);
        return std::pair { bench::medianOf(runs, &bench::ChildRun::wallMs),
            bench::medianOf(runs, &bench::ChildRun::peakRssMb) };
    };
    const double floorMs = bench::medianOf(floors, &bench::ChildRun::wallMs);
    const double floorRss = bench::medianOf(floors, &bench::ChildRun::peakRssMb);
    const auto [coldMs, coldRss] = wall(colds);
    const auto [warmMs, warmRss] = wall(warms);
    const CliReport &cold = colds.front(), &warm = warms.front();
    const auto verdict = [](bool ok) { return ok ? "ok" : "MISSED"; };

    std::printf("\n  served by Python's http.server at %s; median of %d runs; solve: sardana python=3.11\n\n",
        qPrintable(url), runs);
    std::printf("  %-56s %10s %8s\n", "", "measured", "target");
    std::printf("  %-56s %10.2f\n", "libsolv: flat JSON load + solve (s)", floorMs / 1000);
    std::printf("  %-56s %10.0f\n", "libsolv: peak RSS (MB)", floorRss);
    std::printf("  %-56s %10.2f\n", "deploydeck solve, empty cache (s)", coldMs / 1000);
    std::printf("  %-56s %9.3fx %8s %s\n", "  ... against libsolv's flat load + solve", coldMs / floorMs, "<= 0.15x",
        verdict(coldMs <= 0.15 * floorMs));
    std::printf("  %-56s %10.0f %8s %s\n", "deploydeck solve, empty cache: peak RSS (MB)", coldRss, "<= 150",
        verdict(coldRss <= 150));
    std::printf("  %-56s %10zu\n", "names reached", cold.namesReached);
    std::printf("  %-56s %10zu %8s %s\n", "shards downloaded (both subdirs)", cold.downloaded, "<= 2x",
        verdict(cold.downloaded <= 2 * cold.namesReached));
    std::printf("  %-56s %10zu\n", "records loaded", cold.records);
    std::printf("  %-56s %10.2f\n", "deploydeck solve, second run (s)", warmMs / 1000);
    std::printf("  %-56s %10.0f\n", "deploydeck solve, second run: peak RSS (MB)", warmRss);
    std::printf(
        "  %-56s %10zu %8s %s\n", "second run: shards downloaded", warm.downloaded, "0", verdict(warm.downloaded == 0));
    std::printf("  %-56s %10zu\n", "second run: shards from the cache", warm.cached);
    const double floorAnswer = floors.front().values.count("answer") ? floors.front().values.at("answer") : -2;
    std::printf("\n  solution: %zu packages (deploydeck), %.0f (libsolv on the flat file), %s; %zu sharded subdirs\n",
        cold.packages, floors.front().values.count("packages") ? floors.front().values.at("packages") : -1,
        cold.answer == floorAnswer && warm.answer == floorAnswer ? "the same packages" : "DIFFERENT packages",
        cold.shardedSubdirs);
    return 0;
}
