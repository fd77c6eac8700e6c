// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// What the Inventory page does with the drift of 2,000 hosts × 300 RPM pins once the comparison
// is over, split by thread: on the thread pool the comparison and the (host, pin) → installed
// index; on the GUI thread the Installed tab's table (HostDriftModel::setDrift) and the pin
// matrix's installed marks (PinMatrixModel::setInstalled). The inventory is a real one, loaded
// from INI and group_vars files; two shapes:
//   uniform  every host has the same 300 pins from group_vars/all.yml;
//   grouped  20 groups of 100 hosts, each overriding 30 of the pins with a version of its own
//            (the matrix then has differences, and more hosts drift).
// One host in twenty has another version of one package installed.
#include "core/checks/drift.h"
#include "core/checks/hostfacts.h"
#include "core/inventory/inventory.h"
#include "core/inventory/pinmatrix.h"
#include "core/inventory/pins.h"
#include "core/util/atomicfile.h"
#include "ui/models/hostdriftmodel.h"
#include "ui/models/pinmatrixmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace core;

namespace {

constexpr int s_hosts = 2000;
constexpr int s_pins = 300;
constexpr int s_groups = 20;

QString version(int pin, int variant = 0)
{
    return QStringLiteral("%1.%2.%3").arg(pin % 7).arg(pin % 13 + variant).arg(pin % 5);
}

bool writeInventory(const QString &folder, bool grouped)
{
    QByteArray ini;
    for (int g = 0; g < s_groups; ++g) {
        ini += "[group" + QByteArray::number(g) + "]\n";
        for (int h = g * (s_hosts / s_groups); h < (g + 1) * (s_hosts / s_groups); ++h)
            ini += "host" + QByteArray::number(h) + "\n";
    }
    QByteArray all = "packages_stable:\n";
    for (int p = 0; p < s_pins; ++p)
        all += QStringLiteral("  pkg-%1: \"%2\"\n").arg(p, 4, 10, QLatin1Char('0')).arg(version(p)).toUtf8();
    if (!util::writeFileAtomically(folder + QStringLiteral("/hosts.ini"), ini)
        || !util::writeFileAtomically(folder + QStringLiteral("/group_vars/all.yml"), all))
        return false;
    if (!grouped)
        return true;
    for (int g = 0; g < s_groups; ++g) {
        QByteArray own = "packages_stable:\n";
        for (int p = 0; p < s_pins; ++p)
            own += QStringLiteral("  pkg-%1: \"%2\"\n")
                       .arg(p, 4, 10, QLatin1Char('0'))
                       .arg(p % 10 == g % 10 ? version(p, 1 + g) : version(p))
                       .toUtf8();
        if (!util::writeFileAtomically(folder + QStringLiteral("/group_vars/group%1.yml").arg(g), own))
            return false;
    }
    return true;
}

/** Every host has the versions of group_vars/all.yml installed; one in twenty has another of pkg-0004. */
checks::HostFacts installed(const std::string &host, int index)
{
    QJsonArray rpms;
    for (int p = 0; p < s_pins; ++p)
        rpms.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("pkg-%1").arg(p, 4, 10, QLatin1Char('0')) },
            { QStringLiteral("epoch"), QStringLiteral("0") },
            { QStringLiteral("version"), index % 20 == 0 && p == 4 ? QStringLiteral("99") : version(p) },
            { QStringLiteral("release"), QStringLiteral("1.el8") },
            { QStringLiteral("arch"), QStringLiteral("x86_64") } });
    const QJsonObject data { { QStringLiteral("format"), 1 },
        { QStringLiteral("rpm"),
            QJsonObject { { QStringLiteral("root"), QStringLiteral("/") }, { QStringLiteral("packages"), rpms } } },
        { QStringLiteral("conda"),
            QJsonObject { { QStringLiteral("root"), QStringLiteral("/opt/conda") },
                { QStringLiteral("envs"), QJsonArray {} } } } };
    auto facts = checks::parseGathered(host, data, "2026-12-06T08:00:00Z");
    return facts ? *facts : checks::HostFacts {};
}

void run(const char *name, bool grouped)
{
    QTemporaryDir dir;
    if (!writeInventory(dir.path(), grouped)) {
        std::fprintf(stderr, "%s: cannot write the inventory\n", name);
        return;
    }
    auto inventory = inventory::loadInventory(QString(dir.path() + QStringLiteral("/hosts.ini")).toStdString());
    if (!inventory || inventory->hosts.size() != s_hosts) {
        std::fprintf(stderr, "%s: the inventory did not load\n", name);
        return;
    }
    std::vector<inventory::HostPins> pins = inventory::extractAllPins(*inventory);
    std::map<std::string, checks::HostFacts> facts;
    for (std::size_t h = 0; h < pins.size(); ++h)
        facts.emplace(pins[h].host, installed(pins[h].host, int(h)));
    auto matrix = inventory::buildPinMatrix(*inventory, pins);
    if (!matrix) {
        std::fprintf(stderr, "%s: %s\n", name, matrix.error().message().c_str());
        return;
    }
    ui::PinMatrixModel matrixModel;
    matrixModel.setMatrix(std::move(*matrix));
    ui::HostDriftModel driftModel;

    QElapsedTimer timer;
    timer.start();
    std::vector<checks::HostDrift> drift = checks::compareHosts(pins, facts, {});
    const qint64 compareMs = timer.restart();
    auto index = std::make_shared<const ui::InstalledIndex>(ui::installedIndex(drift));
    const qint64 indexMs = timer.restart();
    std::size_t drifting = 0;
    for (const auto &d : drift)
        drifting += d.drifts() ? 1 : 0;
    // The GUI thread's part: what showDrift() hands the models.
    driftModel.setDrift(std::move(drift));
    const qint64 tableMs = timer.restart();
    matrixModel.setInstalled(index);
    const qint64 matrixMs = timer.elapsed();
    std::printf("%-8s %d hosts × %d pins (%zu drift): thread pool: compare %lld ms, index %lld ms; "
                "GUI thread: drift table %lld ms, pin matrix marks %lld ms, together %lld ms\n",
        name, s_hosts, s_pins, drifting, static_cast<long long>(compareMs), static_cast<long long>(indexMs),
        static_cast<long long>(tableMs), static_cast<long long>(matrixMs),
        static_cast<long long>(tableMs + matrixMs));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    run("uniform", false);
    run("grouped", true);
    return 0;
}
