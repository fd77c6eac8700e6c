// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// deploydeck's repodata loading and solving against the floor: libsolv itself, driven directly
// on the same files and specs (repo_add_conda, repo_add_solv, solver_solve). Each side runs in its
// own process so peak memory is measured apart. Prints a table; asserts nothing.
//
//   bench_solve [DATA_DIR]          generate (once) and compare
//   bench_solve floor|deploydeck DATA_DIR     one side, key=value lines
#include "repodatagenerator.h"

#include "core/solve/database.h"
#include "core/solve/problemsgraph.h"
#include "core/solve/solver.h"

#define requires requires_
extern "C" {
#include <solv/pool.h>
#include <solv/conda.h>
#include <solv/repo.h>
#include <solv/repo_conda.h>
#include <solv/repo_solv.h>
#include <solv/repo_write.h>
#include <solv/solver.h>
}
#undef requires

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>

namespace {

const char *s_subdirs[] = {"linux-64", "noarch"};

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').front().toLong();
    return -1;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

template<typename F>
double medianMs(F &&f, int runs = 5)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times.push_back(ms(t));
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

struct Requests
{
    std::map<std::string, std::vector<std::string>> byName;
};

Requests requests(const bench::GeneratedChannel &channel)
{
    return Requests{{{"python39", {"python=3.9"}}, {"sardana_like", channel.sardanaLike}, {"unsolvable", channel.unsolvable}}};
}

void print(const char *key, double value)
{
    std::cout << key << '=' << value << std::endl;
}

/** libsolv alone: the floor. */
int runFloor(const bench::GeneratedChannel &channel)
{
    Pool *pool = pool_create();
    pool_setdisttype(pool, DISTTYPE_CONDA);
    std::vector<Repo *> repos;
    QElapsedTimer t;
    t.start();
    for (const char *subdir : s_subdirs) {
        const std::string path = channel.root + '/' + subdir + "/repodata.json";
        FILE *fp = std::fopen(path.c_str(), "r");
        Repo *repo = repo_create(pool, subdir);
        repo_add_conda(repo, fp, 0);
        std::fclose(fp);
        repos.push_back(repo);
    }
    print("json_load_ms", ms(t));
    print("json_peak_rss_mb", double(peakRssKb()) / 1024);
    print("records", pool->nsolvables - 2);
    // Write .solv files, then load them into a fresh pool.
    for (std::size_t i = 0; i < repos.size(); ++i) {
        FILE *fp = std::fopen((channel.root + "/floor-" + s_subdirs[i] + ".solv").c_str(), "wb");
        repo_write(repos[i], fp);
        std::fclose(fp);
    }
    pool_free(pool);
    pool = pool_create();
    pool_setdisttype(pool, DISTTYPE_CONDA);
    t.restart();
    for (const char *subdir : s_subdirs) {
        FILE *fp = std::fopen((channel.root + "/floor-" + subdir + ".solv").c_str(), "rb");
        Repo *repo = repo_create(pool, subdir);
        repo_add_solv(repo, fp, 0);
        std::fclose(fp);
    }
    print("solv_load_ms", ms(t));
    pool_createwhatprovides(pool);
    for (const auto &[name, specs] : requests(channel).byName) {
        const double time = medianMs([&, &specs = specs] {
            Queue job;
            queue_init(&job);
            for (const auto &s : specs)
                queue_push2(&job, SOLVER_INSTALL | SOLVER_SOLVABLE_PROVIDES, pool_conda_matchspec(pool, s.c_str()));
            Solver *solver = solver_create(pool);
            solver_set_flag(solver, SOLVER_FLAG_ALLOW_DOWNGRADE, 1);
            solver_set_flag(solver, SOLVER_FLAG_ALLOW_UNINSTALL, 1);
            solver_set_flag(solver, SOLVER_FLAG_STRICT_REPO_PRIORITY, 1);
            solver_solve(solver, &job);
            solver_free(solver);
            queue_free(&job);
        });
        print(("solve_ms_" + name).c_str(), time);
    }
    pool_free(pool);
    return 0;
}

/** deploydeck's Database and solver on the same files. */
int runDeploydeck(const bench::GeneratedChannel &channel)
{
    using namespace core::solve;
    const std::string cacheDir = channel.root + "/deploydeck-solv";
    QDir(QString::fromStdString(cacheDir)).removeRecursively();
    std::size_t records = 0;
    {
        Database db;
        QElapsedTimer t;
        t.start();
        for (const char *subdir : s_subdirs) {
            auto stats = db.addRepodata({"bench", "https://bench.invalid/bench", subdir,
                                         channel.root + '/' + subdir + "/repodata.json", 1},
                                        {"-", PipAsPythonDependency::No});
            if (!stats) {
                std::cerr << stats.error().message() << std::endl;
                return 1;
            }
            records += stats->records;
        }
        print("json_load_ms", ms(t));
        print("json_peak_rss_mb", double(peakRssKb()) / 1024);
        print("records", double(records));
    }
    {
        Database writer;  // writes the .solv caches (not timed)
        for (const char *subdir : s_subdirs)
            (void)writer.addRepodata({"bench", "https://bench.invalid/bench", subdir,
                                      channel.root + '/' + subdir + "/repodata.json", 1}, {cacheDir, PipAsPythonDependency::No});
    }
    Database db;
    QElapsedTimer t;
    t.start();
    for (const char *subdir : s_subdirs)
        (void)db.addRepodata({"bench", "https://bench.invalid/bench", subdir, channel.root + '/' + subdir + "/repodata.json", 1},
                             {cacheDir, PipAsPythonDependency::No});
    print("solv_load_ms", ms(t));
    for (const auto &[name, specs] : requests(channel).byName) {
        Request request;
        request.specs = specs;
        std::size_t packages = 0;
        std::string explanation;
        (void)solve(db, request);  // the first solve builds the provides index, as the floor's createwhatprovides
        const double time = medianMs([&] {
            auto outcome = solve(db, request);
            if (outcome && std::holds_alternative<Solution>(*outcome))
                packages = std::get<Solution>(*outcome).packages.size();
            else if (outcome)  // the explanation is part of an unsolvable answer
                explanation = renderProblemsText(compressProblems(std::get<Unsolvable>(*outcome).graph));
        });
        print(("solve_ms_" + name).c_str(), time);
        print(("packages_" + name).c_str(), double(packages));
        if (!explanation.empty())
            std::cerr << "unsolvable '" << name << "':\n" << explanation.substr(0, 1500) << std::endl;
    }
    return 0;
}

std::map<std::string, double> runChild(const QString &mode, const QString &dir)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {mode, dir});
    child.waitForFinished(-1);
    std::map<std::string, double> values;
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        const int eq = line.indexOf('=');
        if (eq > 0)
            values[line.left(eq).toStdString()] = line.mid(eq + 1).toDouble();
    }
    return values;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    const QString mode = args.value(0);
    bench::GeneratorOptions options;
    if (qEnvironmentVariableIsSet("DEPLOYDECK_BENCH_NAMES"))  // a smaller channel, for profiling
        options.names = qEnvironmentVariableIntValue("DEPLOYDECK_BENCH_NAMES");
    if (mode == QLatin1String("floor") || mode == QLatin1String("deploydeck")) {
        const auto channel = bench::generateChannel(args.value(1).toStdString(), options);
        return mode == QLatin1String("floor") ? runFloor(channel) : runDeploydeck(channel);
    }
    const QString dir = !mode.isEmpty() ? mode
                                        : QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
                                              QStringLiteral("/deploydeck/bench/conda-forge-like");
    std::cout << "Generating (once) a conda-forge-sized channel in " << dir.toStdString() << " ..." << std::endl;
    QElapsedTimer t;
    t.start();
    const auto channel = bench::generateChannel(dir.toStdString(), options);
    std::cout << "  " << channel.records << " records, " << channel.bytes / 1000000 << " MB of JSON ("
              << int(ms(t) / 1000) << " s)\n  sardana-like request: " << channel.sardanaLike.size() << " specs\n\n";
    const auto floor = runChild(QStringLiteral("floor"), dir);
    const auto ours = runChild(QStringLiteral("deploydeck"), dir);
    const auto row = [&](const std::string &key, const char *label, double limit) {
        const double f = floor.count(key) ? floor.at(key) : 0, o = ours.count(key) ? ours.at(key) : 0;
        const double ratio = f > 0 ? o / f : 0;
        std::printf("  %-34s %10.1f %12.1f %8.2fx   (limit %.1fx) %s\n", label, f, o, ratio, limit,
                    ratio <= limit ? "ok" : "OVER");
    };
    std::printf("  %-34s %10s %12s %8s\n", "", "libsolv", "deploydeck", "ratio");
    row("json_load_ms", "cold load from JSON (ms)", 1.1);
    row("solv_load_ms", "load from .solv cache (ms)", 1.3);
    row("json_peak_rss_mb", "peak RSS after JSON load (MB)", 2.0);
    row("solve_ms_python39", "solve python=3.9 (ms)", 1.5);
    row("solve_ms_sardana_like", "solve sardana-like (ms)", 1.5);
    row("solve_ms_unsolvable", "solve unsolvable + explain (ms)", 1.5);
    std::printf("\n  records loaded: libsolv %.0f, deploydeck %.0f; sardana-like solution: %.0f packages, python=3.9: %.0f\n",
                floor.count("records") ? floor.at("records") : 0, ours.count("records") ? ours.at("records") : 0,
                ours.count("packages_sardana_like") ? ours.at("packages_sardana_like") : 0,
                ours.count("packages_python39") ? ours.at("packages_python39") : 0);
    return 0;
}
