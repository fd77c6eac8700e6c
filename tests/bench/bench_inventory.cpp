// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// Inventory benchmark: a generated inventory of 2,000 hosts in 60 groups with 300 pins
// (group_vars/ maps replaced per group and per drifting host, conda environments), timed through
// load (parse + group_vars/host_vars + merge), pin extraction and the pin matrix.
// Target: load + merge + matrix <= 1 s. Prints figures; not a pass/fail test.
#include "core/inventory/pinmatrix.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace core::inventory;

namespace {

constexpr int kHosts = 2000;
constexpr int kSites = 6;
constexpr int kGroupsPerSite = 9;  // 6 sites + 54 leaf groups = 60 groups
constexpr int kPins = 300;
constexpr int kDriftingHosts = 200;

void writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
}

QByteArray leafName(int site, int g)
{
    return "site" + QByteArray::number(site) + "_group" + QByteArray::number(g);
}

/** packages_stable with all kPins packages; @p variant changes every seventh version. */
QByteArray pinMap(int variant)
{
    QByteArray out = "packages_stable:\n";
    for (int p = 0; p < kPins; ++p) {
        out += "  python-package" + QByteArray::number(p) + ": ";
        if (p % 7 == variant % 7 && variant > 0)
            out += "'" + QByteArray::number(1 + variant % 5) + "." + QByteArray::number(p % 13) + "-1.el7'\n";
        else
            out += p % 3 == 0 ? QByteArray("default\n")
                   : p % 3 == 1 ? QByteArray("latest\n")
                                : QByteArray("'2." + QByteArray::number(p % 11) + ".0'\n");
    }
    return out;
}

QByteArray condaEnvs(int variant)
{
    QByteArray out = "conda_envs:\n  - env_name: tools\n    channels: [mini-conda-forge]\n    wrappers: [itango3]\n"
                     "    dependencies:\n";
    for (int d = 0; d < 20; ++d)
        out += "      - pkg" + QByteArray::number(d) + "=" + QByteArray::number(1 + (d + variant) % 4) + ".0\n";
    return out;
}

/** Writes the inventory; returns its INI file. */
QString generate(const QString &dir)
{
    QByteArray ini = "[all:vars]\nansible_user=deploy\n";
    for (int s = 0; s < kSites; ++s) {
        ini += "\n[site" + QByteArray::number(s) + ":children]\n";
        for (int g = 0; g < kGroupsPerSite; ++g)
            ini += leafName(s, g) + "\n";
        ini += "\n[site" + QByteArray::number(s) + ":vars]\nsite_name=site" + QByteArray::number(s) + "\n";
    }
    const int leaves = kSites * kGroupsPerSite;
    for (int l = 0; l < leaves; ++l) {
        ini += "\n[" + leafName(l / kGroupsPerSite, l % kGroupsPerSite) + "]\n";
        for (int h = l; h < kHosts; h += leaves)
            ini += "host" + QByteArray::number(h) + ".example.org ansible_host=10.0." + QByteArray::number(h / 250) + "."
                   + QByteArray::number(h % 250) + " rack=" + QByteArray::number(h % 40) + "\n";
        writeFile(dir + QStringLiteral("/group_vars/") + QString::fromLatin1(leafName(l / kGroupsPerSite, l % kGroupsPerSite))
                      + QStringLiteral(".yml"),
                  pinMap(l % 5) + condaEnvs(l % 3));
    }
    writeFile(dir + QStringLiteral("/group_vars/all.yml"), pinMap(0) + condaEnvs(0));
    for (int h = 0; h < kDriftingHosts; ++h)
        writeFile(dir + QStringLiteral("/host_vars/host%1.example.org.yml").arg(h * 10), pinMap(h % 11 + 1));
    writeFile(dir + QStringLiteral("/hosts"), ini);
    return dir + QStringLiteral("/hosts");
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QString file = generate(dir.path());
    // Wall time, and CPU time of all threads: the machines are shared, and CPU time says what the
    // work costs when another job is running too.
    std::vector<double> wall[4], cpu[4];  // load+merge, pins, matrix, total
    size_t rows = 0, diagnostics = 0, groups = 0, hosts = 0, drifting = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        std::clock_t c = std::clock();
        t.start();
        auto phase = [&](int i) {
            wall[i].push_back(double(t.nsecsElapsed()) / 1e6);
            cpu[i].push_back(double(std::clock() - c) * 1000.0 / CLOCKS_PER_SEC);
            t.restart();
            c = std::clock();
        };
        auto inv = loadInventory(file.toStdString());
        phase(0);
        if (!inv) {
            std::fprintf(stderr, "load failed: %s\n", inv.error().message().c_str());
            return 1;
        }
        std::vector<HostPins> all = extractAllPins(*inv);
        phase(1);
        auto m = buildPinMatrix(*inv, std::move(all));
        phase(2);
        wall[3].push_back(wall[0].back() + wall[1].back() + wall[2].back());
        cpu[3].push_back(cpu[0].back() + cpu[1].back() + cpu[2].back());
        rows = m->rows.size();
        drifting = 0;
        for (size_t r = 0; r < rows; ++r)
            drifting += m->hasDifferences(r) ? 1 : 0;
        diagnostics = inv->diagnostics.size();
        groups = inv->groups.size();
        hosts = inv->hosts.size();
    }
    std::printf("inventory: %zu hosts, %zu groups (all and ungrouped included), %d pins per host, %d drifting "
                "hosts, %zu diagnostics\n",
                hosts, groups, kPins, kDriftingHosts, diagnostics);
    std::printf("matrix: %zu rows x %zu columns, %zu rows with drift\n", rows, hosts, drifting);
    std::printf("median of 5 runs, ms     load+merge    pins  matrix   total (target <= 1000)\n");
    std::printf("  wall                   %10.1f %7.1f %7.1f %7.1f\n", median(wall[0]), median(wall[1]),
                median(wall[2]), median(wall[3]));
    std::printf("  CPU, all threads       %10.1f %7.1f %7.1f %7.1f\n", median(cpu[0]), median(cpu[1]),
                median(cpu[2]), median(cpu[3]));
    std::printf("best wall total: %.1f ms\n", *std::min_element(wall[3].begin(), wall[3].end()));
    return 0;
}
