// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// deploydeck's repodata loading and solving against the floor: libsolv itself, driven directly
// on the same files and specs (repo_add_conda, repo_add_solv, solver_solve). Two data shapes:
// the channel of repodatagenerator.cpp and a conda-forge-shaped one written by
// make_condaforge_shaped.py, a generator written apart from it. Each load is timed as a whole
// process (wall time, CPU time and peak RSS from wait4), each side in its own: cold = JSON load + solve
// (deploydeck also writes its .solv cache, as a first start does), warm = .solv load + solve.
// Solve times are measured inside a process. Prints a table per shape; asserts nothing.
//
//   bench_solve [generated|shaped]...          generate (once) and compare; both shapes by default
//   bench_solve run MODE DIR CACHE SPEC...      one whole-process run (MODE: floor-cold, floor-warm,
//                                               deploydeck-cold, deploydeck-warm), key=value lines
//   bench_solve solves floor|deploydeck DIR CACHE NAME=SPEC,SPEC...   solve times, key=value lines
#include "benchutil.h"
#include "childprocess.h"
#include "libsolvfloor.h"
#include "repodatagenerator.h"

#include "core/solve/database.h"
#include "core/solve/problemsgraph.h"
#include "core/solve/solver.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <iostream>
#include <map>

namespace {

const std::vector<std::string> s_subdirs = { "linux-64", "noarch" };

void print(const std::string &key, double value)
{
    std::cout << key << '=' << value << std::endl;
}

// ---- deploydeck's Database and solver ----

core::solve::RepodataSource source(const std::string &dir, const std::string &subdir)
{
    return { "bench", "https://bench.invalid/bench", subdir, dir + '/' + subdir + "/repodata.json", 1 };
}

bool deploydeckLoad(core::solve::Database &db, const std::string &dir, const std::string &cache)
{
    for (const auto &subdir : s_subdirs) {
        core::solve::LoadOptions options;
        options.solvCacheDir = cache;
        auto stats = db.addRepodata(source(dir, subdir), options);
        if (!stats) {
            std::cerr << stats.error().message() << std::endl;
            return false;
        }
    }
    return true;
}

/** The solution's packages and whether it solved; an unsolvable answer is explained, as the app does. */
std::vector<std::string> deploydeckSolve(
    core::solve::Database &db, const std::vector<std::string> &specs, bool *solved = nullptr)
{
    using namespace core::solve;
    Request request;
    request.specs = specs;
    auto outcome = solve(db, request);
    std::vector<std::string> packages;
    if (outcome && std::holds_alternative<Solution>(*outcome)) {
        for (const auto &p : std::get<Solution>(*outcome).packages)
            packages.push_back(p.record.name + '-' + p.record.version + '-' + p.record.build);
    } else if (outcome) {
        (void)renderProblemsText(compressProblems(std::get<Unsolvable>(*outcome).graph));
    }
    if (solved)
        *solved = outcome && std::holds_alternative<Solution>(*outcome);
    return packages;
}

/** One whole-process run: load (JSON or .solv) and solve once. */
int runOnce(
    const std::string &mode, const std::string &dir, const std::string &cache, const std::vector<std::string> &specs)
{
    QElapsedTimer t;
    t.start();
    std::vector<std::string> packages;
    if (mode.starts_with("floor")) {
        s_Pool *pool = bench::floor::createPool();
        if (mode == "floor-cold")
            bench::floor::loadJson(pool, dir, s_subdirs);
        else
            bench::floor::loadSolv(pool, cache, s_subdirs);
        print("load_ms", bench::ms(t));
        packages = bench::floor::solve(pool, specs);
        bench::floor::freePool(pool);
    } else {
        core::solve::Database db;
        if (!deploydeckLoad(db, dir, cache))
            return 1;
        print("load_ms", bench::ms(t));
        packages = deploydeckSolve(db, specs);
    }
    print("total_ms", bench::ms(t));
    print("packages", double(packages.size()));
    print("answer", bench::floor::answerDigest(packages));
    return 0;
}

/** Solve times inside one process, the pool loaded from .solv. */
int runSolves(const std::string &side, const std::string &dir, const std::string &cache, const QStringList &requests)
{
    const auto medianMs = [](const std::function<void()> &f) {
        std::vector<double> times;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            f();
            times.push_back(bench::ms(t));
        }
        return bench::percentile(times, 0.5);
    };
    s_Pool *pool = nullptr;
    core::solve::Database db;
    if (side == "floor") {
        pool = bench::floor::createPool();
        bench::floor::loadSolv(pool, cache, s_subdirs);
        (void)bench::floor::solve(pool, {}); // builds the provides index
    } else if (!deploydeckLoad(db, dir, cache)) {
        return 1;
    }
    for (const QString &r : requests) {
        const std::string name = r.section(QLatin1Char('='), 0, 0).toStdString();
        std::vector<std::string> specs;
        for (const QString &s : r.section(QLatin1Char('='), 1).split(QLatin1Char(',')))
            specs.push_back(s.toStdString());
        std::size_t packages = 0;
        bool solved = false;
        if (pool) {
            print("solve_ms_" + name, medianMs([&] { packages = bench::floor::solve(pool, specs, &solved).size(); }));
        } else {
            (void)deploydeckSolve(db, specs); // builds the provides index, as the floor's createwhatprovides
            print("solve_ms_" + name, medianMs([&] { packages = deploydeckSolve(db, specs, &solved).size(); }));
        }
        print("packages_" + name, solved ? double(packages) : -1);
    }
    if (pool)
        bench::floor::freePool(pool);
    return 0;
}

// ---- the parent: children, timed whole ----

/** Runs this program with @p args as a child process, timed whole. */
bench::ChildRun runChild(const QStringList &args)
{
    std::vector<std::string> argv { QCoreApplication::applicationFilePath().toStdString() };
    for (const QString &a : args)
        argv.push_back(a.toStdString());
    auto run = bench::runMeasured(argv);
    std::cerr << run.err;
    if (!run.ok)
        std::cerr << "  child failed: " << args.join(QLatin1Char(' ')).toStdString() << std::endl;
    return run;
}

struct Shape
{
    std::string label;
    std::string dir;
    std::string description;
    std::vector<std::string> spec; ///< the whole-process runs solve this
    std::map<std::string, std::vector<std::string>> requests; ///< solve times
};

Shape generatedShape(const QString &cacheRoot)
{
    const QString dir = cacheRoot + QStringLiteral("/conda-forge-like");
    const auto channel = bench::generateChannel(dir.toStdString());
    Shape shape { "generated (repodatagenerator.cpp)", channel.root,
        std::to_string(channel.records) + " records, " + std::to_string(channel.bytes / 1000000) + " MB of JSON",
        channel.sardanaLike, {} };
    shape.requests["python39"] = { "python=3.9" };
    shape.requests["sardana_like"] = channel.sardanaLike;
    shape.requests["unsolvable"] = channel.unsolvable;
    return shape;
}

Shape shapedShape(const QString &cacheRoot)
{
    const QString dir = cacheRoot + QStringLiteral("/condaforge-shaped");
    QProcess python;
    python.setProcessChannelMode(QProcess::ForwardedChannels);
    python.start(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral(DEPLOYDECK_SOURCE_DIR "/tests/bench/make_condaforge_shaped.py"), dir });
    python.waitForFinished(-1);
    std::uint64_t bytes = 0;
    for (const auto &subdir : s_subdirs)
        bytes += std::uint64_t(
            QFileInfo(dir + QLatin1Char('/') + QString::fromStdString(subdir) + QStringLiteral("/repodata.json"))
                .size());
    Shape shape { "conda-forge-shaped (make_condaforge_shaped.py)", dir.toStdString(),
        std::to_string(bytes / 1000000) + " MB of JSON", { "sardana", "python=3.11" }, {} };
    shape.requests = { { "python311", { "python=3.11" } }, { "sardana", { "sardana", "python=3.11" } },
        { "unsolvable", { "pytango", "python=3.11", "python_abi=3.10" } } };
    return shape;
}

void compare(const Shape &shape, int runs)
{
    std::cout << "\n"
              << shape.label << ": " << shape.description << "\n  whole processes, median of " << runs
              << " runs; solve: "
              << QStringList([&] {
                     QStringList l;
                     for (const auto &s : shape.spec)
                         l << QString::fromStdString(s);
                     return l;
                 }())
                     .join(QLatin1Char(' '))
                     .toStdString()
              << std::endl;
    const QString dir = QString::fromStdString(shape.dir);
    const QString cache = dir + QStringLiteral("/bench-solv");
    QStringList specArgs;
    for (const auto &s : shape.spec)
        specArgs << QString::fromStdString(s);
    const auto clearDeploydeckCache = [&] {
        for (const QString &f : QDir(cache).entryList({ QStringLiteral("*.solv") }, QDir::Files))
            if (!f.startsWith(QLatin1String("floor-")))
                QDir(cache).remove(f);
    };
    if (!QFileInfo::exists(cache + QStringLiteral("/floor-noarch.solv")))
        runChild({ QStringLiteral("floor-write"), dir, cache });
    std::map<std::string, std::vector<bench::ChildRun>> runsByMode;
    for (int i = 0; i < runs; ++i) {
        for (const char *mode : { "floor-cold", "deploydeck-cold", "floor-warm", "deploydeck-warm" }) {
            if (std::string(mode) == "deploydeck-cold")
                clearDeploydeckCache();
            runsByMode[mode].push_back(
                runChild(QStringList { QStringLiteral("run"), QLatin1String(mode), dir, cache } + specArgs));
        }
    }
    const auto wall
        = [&](const char *mode) { return bench::medianOf(runsByMode[mode], &bench::ChildRun::wallMs) / 1000; };
    const auto cpu
        = [&](const char *mode) { return bench::medianOf(runsByMode[mode], &bench::ChildRun::cpuMs) / 1000; };
    const auto rss = [&](const char *mode) { return bench::medianOf(runsByMode[mode], &bench::ChildRun::peakRssMb); };
    const auto row = [](const char *label, double floor, double ours, double limit) {
        const double ratio = floor > 0 ? ours / floor : 0;
        std::printf("  %-42s %10.2f %12.2f %8.2fx", label, floor, ours, ratio);
        if (limit > 0)
            std::printf("   (limit %.1fx) %s", limit, ratio <= limit ? "ok" : "OVER");
        std::printf("\n");
    };
    std::printf("  %-42s %10s %12s %8s\n", "", "libsolv", "deploydeck", "ratio");
    row("cold: JSON load + solve (+ .solv written) (s)", wall("floor-cold"), wall("deploydeck-cold"), 1.1);
    row("  the same, CPU time (user + sys) (s)", cpu("floor-cold"), cpu("deploydeck-cold"), 0);
    row("warm: .solv load + solve (s)", wall("floor-warm"), wall("deploydeck-warm"), 1.3);
    row("  the same, CPU time (user + sys) (s)", cpu("floor-warm"), cpu("deploydeck-warm"), 0);
    row("peak RSS, cold (MB)", rss("floor-cold"), rss("deploydeck-cold"), 2.0);
    row("peak RSS, warm (MB)", rss("floor-warm"), rss("deploydeck-warm"), 0);
    const auto value = [&](const char *mode, const char *key) {
        const auto &r = runsByMode[mode].front().values;
        return r.count(key) ? r.at(key) : -1;
    };
    const bool same = value("floor-cold", "answer") == value("deploydeck-cold", "answer")
        && value("floor-warm", "answer") == value("deploydeck-cold", "answer")
        && value("deploydeck-warm", "answer") == value("deploydeck-cold", "answer");
    std::printf("  solution: %.0f packages (libsolv), %.0f (deploydeck), %s\n", value("floor-cold", "packages"),
        value("deploydeck-cold", "packages"), same ? "the same packages" : "DIFFERENT packages");

    QStringList requestArgs;
    for (const auto &[name, specs] : shape.requests) {
        QString joined;
        for (const auto &s : specs)
            joined += (joined.isEmpty() ? QString() : QStringLiteral(",")) + QString::fromStdString(s);
        requestArgs << QString::fromStdString(name) + QLatin1Char('=') + joined;
    }
    const auto floorSolves
        = runChild(QStringList { QStringLiteral("solves"), QStringLiteral("floor"), dir, cache } + requestArgs);
    const auto ourSolves
        = runChild(QStringList { QStringLiteral("solves"), QStringLiteral("deploydeck"), dir, cache } + requestArgs);
    for (const auto &[name, specs] : shape.requests) {
        const std::string key = "solve_ms_" + name;
        const auto get
            = [&](const bench::ChildRun &r, const std::string &k) { return r.values.count(k) ? r.values.at(k) : -1; };
        const double packages = get(ourSolves, "packages_" + name);
        const std::string label = "solve " + name
            + (packages < 0 ? " (unsolvable, explained)" : " (" + std::to_string(int(packages)) + " pkgs)") + " (ms)";
        row(label.c_str(), get(floorSolves, key), get(ourSolves, key), 1.5);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    const QString mode = args.value(0);
    if (mode == QLatin1String("run") && args.size() >= 4) {
        std::vector<std::string> specs;
        for (const QString &s : args.mid(4))
            specs.push_back(s.toStdString());
        return runOnce(args[1].toStdString(), args[2].toStdString(), args[3].toStdString(), specs);
    }
    if (mode == QLatin1String("solves") && args.size() >= 4)
        return runSolves(args[1].toStdString(), args[2].toStdString(), args[3].toStdString(), args.mid(4));
    if (mode == QLatin1String("floor-write") && args.size() == 3) {
        bench::floor::writeSolv(args[1].toStdString(), args[2].toStdString(), s_subdirs);
        return 0;
    }
    const QString cacheRoot
        = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/deploydeck/bench");
    const QStringList shapes
        = args.isEmpty() ? QStringList { QStringLiteral("generated"), QStringLiteral("shaped") } : args;
    const int runs = qEnvironmentVariableIsSet("DEPLOYDECK_BENCH_RUNS")
        ? qEnvironmentVariableIntValue("DEPLOYDECK_BENCH_RUNS")
        : 3;
    std::cout << "Generating (once) the channels in " << cacheRoot.toStdString() << " ..." << std::endl;
    for (const QString &s : shapes) {
        if (s == QLatin1String("generated"))
            compare(generatedShape(cacheRoot), runs);
        else if (s == QLatin1String("shaped"))
            compare(shapedShape(cacheRoot), runs);
        else
            std::cerr << "unknown shape '" << s.toStdString() << "' (generated, shaped)" << std::endl;
    }
    return 0;
}
