// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// Drift of 2,000 hosts × 300 pins from cached facts (issue 18: ≤ 1 s). Writes every host's facts
// into a facts cache (as `deploydeck drift` does), then times reading the cache and comparing.
// Three shapes:
//   rpm      300 RPM pins per host against 1,500 installed RPMs (generated names and versions);
//   conda    300 conda specs in 3 environments against the newest record of 300 names of a real
//            conda repodata.json (conda's own test channel-4, from the peer data) — names,
//            version strings and builds this project did not write;
//   mixed    150 RPM pins and 150 conda specs (2 environments), 1,000 RPMs.
// One host in twenty drifts (another version), one in fifty lacks an environment.
#include "core/checks/drift.h"
#include "core/checks/hostfacts.h"
#include "core/util/peerdata.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>
#include <map>

using namespace core;
using namespace core::checks;

namespace {

constexpr int s_hosts = 2000;

struct Package
{
    std::string name;
    std::string version;
    std::string build;
};

struct Shape
{
    const char *name;
    int rpmPins = 0;
    int installedRpms = 0;
    std::vector<std::vector<Package>> environments; ///< each environment's packages (the pins are all of them)
};

std::vector<Package> realRecords(std::size_t count)
{
    const QString path
        = util::peerDataDir() + QStringLiteral("/derived/test_solve-export/channel-4/linux-64/repodata.json");
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "conda shape: %s is not there (DEPLOYDECK_PEER_DATA)\n", qPrintable(path));
        return {};
    }
    const QJsonObject packages
        = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("packages")).toObject();
    std::map<std::string, Package> newest; // last record of each name in file order
    for (auto it = packages.begin(); it != packages.end(); ++it) {
        const QJsonObject r = it.value().toObject();
        const std::string name = r.value(QStringLiteral("name")).toString().toStdString();
        newest[name] = { name, r.value(QStringLiteral("version")).toString().toStdString(),
            r.value(QStringLiteral("build")).toString().toStdString() };
    }
    std::vector<Package> out;
    for (const auto &[name, p] : newest) {
        if (out.size() == count)
            break;
        out.push_back(p);
    }
    return out;
}

QJsonObject factsData(const Shape &shape, int host, bool drifted, bool envMissing)
{
    QJsonArray rpms;
    for (int i = 0; i < shape.installedRpms; ++i)
        rpms.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("pkg-%1").arg(i, 4, 10, QLatin1Char('0')) },
            { QStringLiteral("epoch"), QStringLiteral("0") },
            { QStringLiteral("version"),
                QStringLiteral("%1.%2.%3").arg(i % 7).arg(i % 13).arg(drifted && i == 4 ? 99 : i % 5) },
            { QStringLiteral("release"), QStringLiteral("1.el8") },
            { QStringLiteral("arch"), QStringLiteral("x86_64") } });
    QJsonArray envs;
    int e = 0;
    for (const auto &packages : shape.environments) {
        QJsonArray records;
        for (std::size_t i = 0; i < packages.size(); ++i) {
            const Package &p = packages[i];
            records.append(QJsonObject { { QStringLiteral("name"), QString::fromStdString(p.name) },
                { QStringLiteral("version"), QString::fromStdString(drifted && i == 1 ? p.version + "0" : p.version) },
                { QStringLiteral("build"), QString::fromStdString(p.build) }, { QStringLiteral("build_number"), 0 },
                { QStringLiteral("channel"), QStringLiteral("https://conda.example/conda-forge/linux-64") },
                { QStringLiteral("sha256"), QString(64, QLatin1Char('a')) } });
        }
        const bool exists = !(envMissing && e == 0);
        envs.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("env%1").arg(e) },
            { QStringLiteral("prefix"), QStringLiteral("/opt/conda/envs/env%1").arg(e) },
            { QStringLiteral("exists"), exists }, { QStringLiteral("packages"), exists ? records : QJsonArray {} },
            { QStringLiteral("errors"), QJsonArray {} } });
        ++e;
    }
    Q_UNUSED(host);
    return QJsonObject { { QStringLiteral("format"), 1 },
        { QStringLiteral("rpm"),
            QJsonObject { { QStringLiteral("root"), QStringLiteral("/") }, { QStringLiteral("packages"), rpms } } },
        { QStringLiteral("conda"),
            QJsonObject {
                { QStringLiteral("root"), QStringLiteral("/opt/conda") }, { QStringLiteral("envs"), envs } } } };
}

inventory::HostPins hostPins(const Shape &shape, int host)
{
    inventory::HostPins h;
    h.host = "host" + std::to_string(host);
    for (int i = 0; i < shape.rpmPins; ++i) {
        inventory::Pin p;
        char name[16];
        std::snprintf(name, sizeof name, "pkg-%04d", i);
        p.key = { inventory::PinKind::Rpm, "packages_stable", name };
        // Every third pin is `default`, the rest an exact version.
        p.value = i % 3 == 0 ? "default"
                             : std::to_string(i % 7) + '.' + std::to_string(i % 13) + '.' + std::to_string(i % 5);
        p.spec = p.value;
        h.pins.push_back(p);
    }
    int e = 0;
    for (const auto &packages : shape.environments) {
        inventory::CondaEnvironment env;
        env.variable = "conda_envs";
        env.name = "env" + std::to_string(e++);
        for (std::size_t i = 0; i < packages.size(); ++i)
            env.dependencies.push_back(
                i % 2 ? packages[i].name + "=" + packages[i].version : packages[i].name + " >=" + packages[i].version);
        h.environments.push_back(env);
    }
    return h;
}

void run(const Shape &shape)
{
    QTemporaryDir dir;
    const std::string folder = factsFolder(dir.path().toStdString());
    std::vector<inventory::HostPins> pins;
    std::vector<std::string> names;
    for (int h = 0; h < s_hosts; ++h) {
        pins.push_back(hostPins(shape, h));
        names.push_back(pins.back().host);
        auto facts = parseGathered(names.back(), factsData(shape, h, h % 20 == 0, h % 50 == 7), "2026-12-06T08:00:00Z");
        if (!facts || !writeFacts(folder, *facts)) {
            std::fprintf(stderr, "cannot write the facts of %s\n", names.back().c_str());
            return;
        }
    }
    std::size_t pinCount = 0;
    for (const auto &p : pins[0].pins)
        pinCount += p.key.kind == inventory::PinKind::Rpm ? 1 : 0;
    for (const auto &e : pins[0].environments)
        pinCount += e.dependencies.size();

    QElapsedTimer timer;
    timer.start();
    const FactsCache cache = readFacts(folder, names);
    const qint64 readMs = timer.elapsed();
    timer.restart();
    std::size_t drifting = 0;
    std::size_t entries = 0;
    for (const HostDrift &d : compareHosts(pins, cache.hosts, {})) {
        drifting += d.drifts() ? 1 : 0;
        entries += d.rpm.size() + d.conda.size();
    }
    const qint64 compareMs = timer.elapsed();
    std::printf(
        "%-6s %d hosts × %zu pins: read cache %lld ms, compare %lld ms, total %lld ms (%zu entries, %zu hosts drift)\n",
        shape.name, s_hosts, pinCount, static_cast<long long>(readMs), static_cast<long long>(compareMs),
        static_cast<long long>(readMs + compareMs), entries, drifting);
    std::fflush(stdout);
}

} // namespace

int main()
{
    Shape rpm { "rpm", 300, 1500, {} };
    run(rpm);

    const std::vector<Package> real = realRecords(300);
    if (real.size() == 300) {
        Shape conda { "conda", 0, 0, {} };
        for (int e = 0; e < 3; ++e)
            conda.environments.emplace_back(real.begin() + e * 100, real.begin() + (e + 1) * 100);
        run(conda);
        Shape mixed { "mixed", 150, 1000, {} };
        for (int e = 0; e < 2; ++e)
            mixed.environments.emplace_back(real.begin() + e * 75, real.begin() + (e + 1) * 75);
        run(mixed);
    } else {
        std::fprintf(stderr, "conda and mixed shapes left out: the peer repodata has %zu names\n", real.size());
    }
    return 0;
}
