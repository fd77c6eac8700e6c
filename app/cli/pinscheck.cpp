// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "app/cli/pinscheck.h"
#include "core/util/qtext.h"

#include "app/cli/command.h"
#include "app/cli/output.h"
#include "app/cli/solvesetup.h"
#include "core/checks/pincheck.h"
#include "core/checks/environmentcheck.h"
#include "core/rpm/rpmrepo.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

using namespace core;

namespace app::cli {

namespace {

const char *s_name = "pins";

using core::util::qs;

QJsonArray strings(const std::vector<std::string> &items)
{
    QJsonArray array;
    for (const auto &s : items)
        array.append(qs(s));
    return array;
}

QString orDash(const std::string &s)
{
    return s.empty() ? QStringLiteral("-") : qs(s);
}

/** Everything the check found. */
struct CheckReport
{
    std::string platform;
    std::vector<std::string> channels;
    std::vector<checks::PinCheck> pins;
    std::vector<checks::EnvironmentResult> environments;
    std::vector<std::string> brokenHosts; ///< hosts with a failing pin or environment, in inventory order

    bool success() const { return brokenHosts.empty(); }
};

std::vector<std::string> brokenHosts(const std::vector<inventory::HostPins> &pins, const CheckReport &report)
{
    std::vector<std::string> broken;
    for (const auto &host : pins) {
        const bool badPin = std::any_of(report.pins.begin(), report.pins.end(), [&](const auto &c) {
            return checks::isPinCheckFailure(c.status)
                && std::find(c.hosts.begin(), c.hosts.end(), host.host) != c.hosts.end();
        });
        const bool badEnv = std::any_of(report.environments.begin(), report.environments.end(),
            [&](const auto &e) { return e.host == host.host && e.status != checks::EnvironmentStatus::Solved; });
        if (badPin || badEnv)
            broken.push_back(host.host);
    }
    return broken;
}

void printJson(const CheckReport &report)
{
    QJsonArray pins, environments;
    for (const auto &c : report.pins)
        pins.append(QJsonObject { { QStringLiteral("kind"), QString::fromLatin1(inventory::pinKindName(c.key.kind)) },
            { QStringLiteral("scope"), qs(c.key.scope) }, { QStringLiteral("package"), qs(c.key.package) },
            { QStringLiteral("spec"), qs(c.spec) },
            { QStringLiteral("status"), QString::fromLatin1(checks::pinCheckStatusName(c.status)) },
            { QStringLiteral("newest_matching"), qs(c.newestMatching) },
            { QStringLiteral("newest"), qs(c.newestAvailable) },
            { QStringLiteral("matching_builds"), qint64(c.matchingBuilds) }, { QStringLiteral("error"), qs(c.error) },
            { QStringLiteral("source"), qs(c.source.toString()) }, { QStringLiteral("hosts"), strings(c.hosts) } });
    for (const auto &e : report.environments)
        environments.append(QJsonObject { { QStringLiteral("host"), qs(e.host) },
            { QStringLiteral("environment"), qs(e.environment) }, { QStringLiteral("specs"), strings(e.specs) },
            { QStringLiteral("status"), QString::fromLatin1(checks::environmentStatusName(e.status)) },
            { QStringLiteral("packages"), qint64(e.packages.size()) },
            { QStringLiteral("download_size"), qint64(e.downloadSize) },
            { QStringLiteral("problems"), qs(e.problemsText) }, { QStringLiteral("error"), qs(e.error) } });
    out() << QJsonDocument(
        QJsonObject { { QStringLiteral("platform"), qs(report.platform) },
            { QStringLiteral("channels"), strings(report.channels) }, { QStringLiteral("success"), report.success() },
            { QStringLiteral("pins"), pins }, { QStringLiteral("environments"), environments },
            { QStringLiteral("broken_hosts"), strings(report.brokenHosts) } })
                 .toJson(QJsonDocument::Indented);
}

void printText(const CheckReport &report)
{
    const auto failedPins = std::count_if(
        report.pins.begin(), report.pins.end(), [](const auto &c) { return checks::isPinCheckFailure(c.status); });
    out() << "Pins checked against the workspace's channels for " << qs(report.platform)
          << " (and its RPM repositories): " << report.pins.size() << " distinct, " << failedPins
          << " not available.\n\n";
    std::vector<QStringList> table { { QStringLiteral("STATUS"), QStringLiteral("KIND"), QStringLiteral("SCOPE"),
        QStringLiteral("PACKAGE"), QStringLiteral("PIN"), QStringLiteral("NEWEST MATCHING"), QStringLiteral("NEWEST"),
        QStringLiteral("HOSTS") } };
    for (const auto &c : report.pins)
        table.push_back({ QString::fromLatin1(checks::pinCheckStatusName(c.status)),
            QString::fromLatin1(inventory::pinKindName(c.key.kind)), qs(c.key.scope), qs(c.key.package), qs(c.spec),
            orDash(c.newestMatching), orDash(c.newestAvailable), QString::number(c.hosts.size()) });
    printTable(table);

    out() << "\nConda environments solved per host:\n\n";
    table = { { QStringLiteral("HOST"), QStringLiteral("ENVIRONMENT"), QStringLiteral("STATUS"),
        QStringLiteral("PACKAGES") } };
    for (const auto &e : report.environments)
        table.push_back({ qs(e.host), qs(e.environment), QString::fromLatin1(checks::environmentStatusName(e.status)),
            e.status == checks::EnvironmentStatus::Solved ? QString::number(e.packages.size()) : QStringLiteral("-") });
    printTable(table);

    // Each failure once, with the hosts that share it (hosts of a group share their environments).
    std::vector<std::pair<const checks::EnvironmentResult *, QStringList>> failures;
    for (const auto &e : report.environments) {
        if (e.status == checks::EnvironmentStatus::Solved)
            continue;
        auto it = std::find_if(failures.begin(), failures.end(),
            [&](const auto &f) { return f.first->environment == e.environment && f.first->specs == e.specs; });
        if (it == failures.end())
            failures.push_back({ &e, {} }), it = failures.end() - 1;
        it->second << qs(e.host);
    }
    for (const auto &[e, hosts] : failures) {
        out() << "\n"
              << qs(e->environment) << " on " << hosts.join(QStringLiteral(", ")) << ": "
              << checks::environmentStatusName(e->status) << "\n";
        const QString why = qs(e->status == checks::EnvironmentStatus::Unsolvable ? e->problemsText : e->error);
        for (const QString &line : why.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            out() << "  " << line << "\n";
    }
    for (const auto &c : report.pins)
        if (checks::isPinCheckFailure(c.status))
            out() << "\n"
                  << qs(c.spec) << " (" << qs(c.key.scope) << ", " << qs(c.source.toString())
                  << "): " << checks::pinCheckStatusName(c.status) << (c.error.empty() ? "" : ": ") << qs(c.error);
    QStringList broken;
    for (const auto &h : report.brokenHosts)
        broken << qs(h);
    out() << (failedPins ? "\n" : "") << "\n"
          << (report.success() ? QStringLiteral("Every pin is available and every environment solves.")
                               : QStringLiteral("Hosts that would break: ") + broken.join(QStringLiteral(", ")))
          << "\n";
}

} // namespace

QList<QCommandLineOption> pinsCheckOptions()
{
    QList<QCommandLineOption> options { { QStringLiteral("check"),
                                            QStringLiteral(
                                                "Check the conda pins against the workspace's channels (RPM pins "
                                                "against its rpm_repositories) and solve "
                                                "every host's conda environments (exit code 1 when some fail).") },
        { QStringLiteral("platform"), QStringLiteral("--check: the target platform (default: the workspace's)."),
            QStringLiteral("PLATFORM") } };
    // The solver options of `solve`, except --workspace, which `pins` has already.
    for (const QCommandLineOption &o : solverOptions())
        if (!o.names().contains(QStringLiteral("workspace")))
            options.append(o);
    return options;
}

int runPinsCheck(const QCommandLineParser &args, const envfile::Workspace &workspace,
    const std::vector<inventory::HostPins> &pins, const inventory::PinVariables &variables, bool json)
{
    CheckReport report;
    report.platform = args.isSet(QStringLiteral("platform")) ? args.value(QStringLiteral("platform")).toStdString()
                                                             : workspace.platform;
    for (const auto &c : workspace.channels)
        report.channels.push_back(c.name);
    solve::Request base;
    auto priority = channelPriority(args, &workspace);
    auto virtuals = virtualPackages(args, report.platform, &workspace);
    if (!priority || !virtuals)
        return usageError(s_name, qs((!priority ? priority.error() : virtuals.error()).message()));
    base.channelPriority = *priority;
    base.virtualPackages = std::move(*virtuals);
    auto settings = channelSettings(args, &workspace);
    if (!settings)
        return usageError(s_name, qs(settings.error().message()));
    solve::Database database;
    if (auto loaded = loadChannels(database, report.channels, report.platform, *settings); !loaded)
        return usageError(s_name, qs(loaded.error().message()));

    report.pins = checks::checkCondaPins(pins, checks::PackageIndex(database.allRecords()));
    if (!workspace.rpmRepositories.empty()) {
        // RPM pins against the workspace's yum repositories; one that cannot be read is reported and skipped.
        std::vector<rpm::RpmRepositorySource> sources;
        for (const auto &r : workspace.rpmRepositories)
            sources.push_back({ r.name, r.url });
        std::vector<std::string> errors;
        const QString cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
            + QStringLiteral("/deploydeck/rpm");
        const auto repositories = rpm::loadRpmRepositories(sources, cache.toStdString(), errors);
        for (const auto &e : errors)
            err() << "warning: RPM repository " << qs(e) << '\n';
        err().flush();
        if (errors.size() < sources.size()) {
            auto rpm = checks::checkRpmPins(pins, repositories);
            report.pins.insert(report.pins.end(), rpm.begin(), rpm.end());
        }
    }
    report.environments = checks::solveEnvironments(database, base, checks::environmentInputs(pins, variables));
    report.brokenHosts = brokenHosts(pins, report);
    json ? printJson(report) : printText(report);
    out().flush();
    return report.success() ? ExitOk : ExitFailure;
}

void printTable(const std::vector<QStringList> &rows)
{
    std::vector<qsizetype> widths;
    for (const QStringList &r : rows)
        for (qsizetype i = 0; i < r.size(); ++i) {
            if (widths.size() <= static_cast<size_t>(i))
                widths.push_back(0);
            widths[static_cast<size_t>(i)] = std::max(widths[static_cast<size_t>(i)], r[i].size());
        }
    for (const QStringList &r : rows) {
        QString line;
        for (qsizetype i = 0; i < r.size(); ++i)
            line += i + 1 == r.size() ? r[i] : r[i].leftJustified(widths[static_cast<size_t>(i)] + 2);
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out() << line << '\n';
    }
}

std::string findWorkspaceAbove(const std::string &path)
{
    QFileInfo info(qs(path));
    QDir dir = info.isDir() ? QDir(info.absoluteFilePath()) : info.absoluteDir();
    do {
        if (dir.exists(QStringLiteral("deploydeck.yml")))
            return dir.filePath(QStringLiteral("deploydeck.yml")).toStdString();
    } while (dir.cdUp());
    return {};
}

} // namespace app::cli
