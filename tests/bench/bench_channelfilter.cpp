// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The Channels page's package filter on conda-forge-sized data: loads the generated channel, builds
// the BrowseIndex as the page does (Database::allRecords() on the worker), then types words into
// the real PackageListModel + PackageFilterModel (sorted by name, as the page shows it) one
// keystroke at a time, backspaces included, and prints per-keystroke p50 / max, wall clock and
// thread CPU time. Target: ≤ 20 ms.
// Prints figures; asserts nothing.
//
//   bench_channelfilter [DATA_DIR] [ROUNDS]
#include "repodatagenerator.h"

#include "core/channel/browseindex.h"
#include "core/solve/channelsources.h"
#include "core/solve/database.h"
#include "ui/models/packagefiltermodel.h"
#include "ui/models/packagelistmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStandardPaths>

#include <algorithm>
#include <ctime>
#include <iomanip>
#include <iostream>

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::size_t(p * double(values.size() - 1) + 0.5)];
}

/** The texts the search box holds while @p word is typed and then erased, one keystroke each. */
std::vector<QString> keystrokes(const QString &word)
{
    std::vector<QString> texts;
    for (qsizetype n = 1; n <= word.size(); ++n)
        texts.push_back(word.left(n));
    for (qsizetype n = word.size() - 1; n >= 0; --n)
        texts.push_back(word.left(n));
    return texts;
}

/** CPU time of this thread in ms: unlike the wall clock, it leaves out time other processes took the core. */
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Figures
{
    std::vector<double> times;  ///< wall clock
    std::vector<double> cpu;    ///< thread CPU time
    int shownAtEnd = 0;         ///< rows left when the whole word was typed
};

/** Types @p word @p rounds times into the filter; the time of each keystroke's setFilterText(). */
Figures typeWord(ui::PackageFilterModel &proxy, const QString &word, int rounds)
{
    Figures f;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &text : keystrokes(word)) {
            QElapsedTimer t;
            const double cpu = threadCpuMs();
            t.start();
            proxy.setFilterText(text);
            f.times.push_back(ms(t));
            f.cpu.push_back(threadCpuMs() - cpu);
            if (text == word)
                f.shownAtEnd = proxy.rowCount();
        }
    }
    return f;
}

void print(const std::string &label, const Figures &f)
{
    std::cout << "  " << std::left << std::setw(22) << label << std::right << std::fixed << std::setprecision(2)
              << " p50 " << std::setw(7) << percentile(f.times, 0.5) << " ms   max " << std::setw(7)
              << *std::max_element(f.times.begin(), f.times.end()) << " ms   cpu p50 " << std::setw(6)
              << percentile(f.cpu, 0.5) << " max " << std::setw(6) << *std::max_element(f.cpu.begin(), f.cpu.end())
              << " ms   (" << f.times.size() << " keystrokes, " << f.shownAtEnd << " rows for the whole word)\n";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString dir = args.size() > 1 && !args[1].isEmpty() ? args[1]
                                        : QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
                                              QStringLiteral("/deploydeck/bench/conda-forge-like");
    const int rounds = args.size() > 2 ? std::max(1, args[2].toInt()) : 5;

    QElapsedTimer t;
    t.start();
    const auto channel = bench::generateChannel(dir.toStdString());
    std::cout << "data: " << channel.records << " records in " << channel.root << " (" << int(ms(t) / 1000) << " s)\n";

    t.restart();
    const auto sources = core::solve::localRepodataSources({channel.root}, "linux-64");
    if (!sources) {
        std::cerr << "channel: " << sources.error().message() << '\n';
        return 1;
    }
    core::solve::Database database;
    const auto loaded = core::solve::loadSources(database, *sources, { channel.root + "/deploydeck-solv", {}, {} });
    if (!loaded) {
        std::cerr << "load: " << loaded.error().message() << '\n';
        return 1;
    }
    std::cout << "load: " << loaded->records << " records in " << int(ms(t)) << " ms (from .solv cache: "
              << (loaded->fromSolvCache ? "yes" : "no") << ")\n";

    t.restart();
    auto records = database.allRecords();
    const double copy = ms(t);
    t.restart();
    const auto index = std::make_shared<const core::channel::BrowseIndex>(core::channel::BrowseIndex::build(std::move(records)));
    std::cout << "browse index: " << index->packages().size() << " names, " << index->records().size()
              << " records; allRecords() " << int(copy) << " ms, build " << int(ms(t)) << " ms (on the worker)\n";

    ui::PackageListModel model;
    ui::PackageFilterModel proxy;
    proxy.setSourceModel(&model);
    t.restart();
    model.setIndex(index);
    proxy.setBrowseIndex(index);
    proxy.sort(ui::PackageListModel::NameColumn, Qt::AscendingOrder);
    std::cout << "table: " << model.rowCount() << " rows shown in " << std::fixed << std::setprecision(1) << ms(t)
              << " ms\n";

    std::cout << "per keystroke (typed, then erased; " << rounds << " rounds; target <= 20 ms):\n";
    std::vector<double> all;
    std::vector<double> allCpu;
    const QStringList words{QStringLiteral("pytango"), QStringLiteral("numpy"), QStringLiteral("lib"),
                            QStringLiteral("sard"), QStringLiteral("-dev"), QStringLiteral("zzz")};
    for (const QString &word : words) {
        const Figures f = typeWord(proxy, word, rounds);
        print(word.toStdString(), f);
        all.insert(all.end(), f.times.begin(), f.times.end());
        allCpu.insert(allCpu.end(), f.cpu.begin(), f.cpu.end());
    }
    // A match spec checks the builds of every name that matches, with conda's version order.
    const Figures spec = typeWord(proxy, QStringLiteral("python >=3.9"), rounds);
    print("python >=3.9 (spec)", spec);
    all.insert(all.end(), spec.times.begin(), spec.times.end());
    allCpu.insert(allCpu.end(), spec.cpu.begin(), spec.cpu.end());
    std::cout << "all keystrokes: p50 " << std::setprecision(2) << percentile(all, 0.5) << " ms, p95 "
              << percentile(all, 0.95) << " ms, max " << *std::max_element(all.begin(), all.end())
              << " ms; cpu p50 " << percentile(allCpu, 0.5) << " ms, max " << *std::max_element(allCpu.begin(), allCpu.end())
              << " ms (the wall-clock maximum includes time other processes held the core)\n";
    return 0;
}
