// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// deploydeck drift: what the hosts really have installed, gathered through Ansible (or read from
// the facts cache), against the inventory's RPM pins and conda environments, and what deploying
// each environment now would change.
#include "app/cli/command.h"
#include "app/cli/output.h"
#include "app/cli/pinscheck.h"
#include "app/cli/solvesetup.h"
#include "core/checks/drift.h"
#include "core/checks/hostfacts.h"
#include "core/checks/pincheck.h"
#include "core/envfile/workspace.h"
#include "core/inventory/limit.h"
#include "core/inventory/pins.h"
#include "core/jobs/ansiblerunjob.h"
#include "core/rpm/rpmrepo.h"
#include "core/util/qtext.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <optional>

using namespace app::cli;
using namespace core;
using util::qs;

namespace {

const char *s_name = "drift";

void setUpParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Compares what the hosts really have installed with what the inventory pins: every RPM pin\n"
        "(default, latest or a version) against the host's RPM database, every conda spec of the host's\n"
        "environments against the environment's conda-meta records, and, with local workspace channels,\n"
        "what deploying each environment now would change.\n"
        "The facts are gathered with deploydeck's Ansible play (resources/ansible/gather_installed.yml,\n"
        "with the inventory's connection settings; deploydeck_rpm_root and deploydeck_conda_root say where\n"
        "to look) and cached per host in the workspace's .deploydeck/facts; --cached only reads that cache.\n"
        "Exit codes: 0 nothing drifts, 1 something drifts (or a host was not reached), 2 bad input."));
    parser.addOption({ { QStringLiteral("w"), QStringLiteral("workspace") },
        QStringLiteral("Workspace folder or deploydeck.yml (default: the one above the inventory)."),
        QStringLiteral("DIR") });
    parser.addOption({ { QStringLiteral("i"), QStringLiteral("inventory") },
        QStringLiteral("Inventory file or folder (repeatable; default: the workspace's)."),
        QStringLiteral("INVENTORY") });
    parser.addOption({ { QStringLiteral("l"), QStringLiteral("limit") },
        QStringLiteral("Ansible host pattern of the hosts to compare."), QStringLiteral("PATTERN") });
    parser.addOption({ QStringLiteral("cached"), QStringLiteral("Use the cached facts; do not run Ansible.") });
    parser.addOption({ { QStringLiteral("f"), QStringLiteral("forks") },
        QStringLiteral("Hosts Ansible gathers at once (default 20)."), QStringLiteral("N") });
    parser.addOption(
        { QStringLiteral("no-solve"), QStringLiteral("Leave out what a deployment would change (no solves).") });
    parser.addOption({ QStringLiteral("platform"), QStringLiteral("Platform of the solves (default: the workspace's)."),
        QStringLiteral("PLATFORM") });
    parser.addOption({ QStringLiteral("json"), QStringLiteral("Print JSON.") });
    for (const QCommandLineOption &o : solverOptions())
        if (!o.names().contains(QStringLiteral("workspace")))
            parser.addOption(o);
    parser.addHelpOption();
}

struct Input
{
    std::optional<envfile::Workspace> workspace;
    std::vector<std::string> sources;
    inventory::PinVariables variables;
    inventory::LoadOptions load;
    std::string factsFolder;
};

util::Result<Input> readInput(const QCommandLineParser &parser)
{
    Input in;
    for (const QString &s : parser.values(QStringLiteral("inventory")))
        in.sources.push_back(s.toStdString());
    std::string workspace = parser.value(QStringLiteral("workspace")).toStdString();
    if (workspace.empty() && !in.sources.empty())
        workspace = findWorkspaceAbove(in.sources.front());
    if (!workspace.empty()) {
        auto ws = envfile::readWorkspace(workspace);
        if (!ws)
            return ws.error();
        in.variables.rpm = ws->rpmPinVariables;
        in.variables.conda = ws->condaEnvVariables;
        in.variables.environment = ws->environmentVariables;
        if (in.sources.empty() && !ws->inventory.empty())
            in.sources.push_back(envfile::resolvePath(*ws, ws->inventory));
        if (!ws->playbooks.empty())
            in.load.playbookDir
                = QFileInfo(qs(envfile::resolvePath(*ws, ws->playbooks.front()))).absolutePath().toStdString();
        in.factsFolder = checks::factsFolder(ws->root);
        in.workspace = std::move(*ws);
    }
    if (in.sources.empty())
        return util::makeError(
            util::ErrorCode::InvalidArgument, "no inventory given (-i INVENTORY or --workspace DIR)");
    if (in.factsFolder.empty()) {
        // Without a workspace the facts live beside the inventory.
        const QFileInfo first(qs(in.sources.front()));
        in.factsFolder
            = checks::factsFolder((first.isDir() ? first.absoluteFilePath() : first.absolutePath()).toStdString());
    }
    return in;
}

/** Runs the gathering play over @p hosts and writes each host's facts into the cache. */
int gather(const QCommandLineParser &parser, const Input &in, const std::vector<inventory::HostPins> &hosts,
    const QString &limit, bool json)
{
    const QString playbook = jobs::AnsibleRunJob::gatherPlaybook();
    if (playbook.isEmpty())
        return usageError(
            s_name, QStringLiteral("deploydeck's gathering play (ansible/gather_installed.yml) is not installed"));
    int forks = 20;
    if (parser.isSet(QStringLiteral("forks"))) {
        bool ok = false;
        forks = parser.value(QStringLiteral("forks")).toInt(&ok);
        if (!ok || forks < 1)
            return usageError(s_name, QStringLiteral("--forks needs a positive number"));
    }
    QMap<QString, QStringList> environments;
    for (const auto &[host, names] : checks::environmentNames(hosts)) {
        QStringList list;
        for (const std::string &n : names)
            list << qs(n);
        environments.insert(qs(host), list);
    }
    QStringList inventories;
    for (const std::string &s : in.sources)
        inventories << qs(s);
    jobs::AnsibleRunJob job(jobs::gatherRunOptions(playbook, inventories, limit, environments, forks));
    // Ansible's log goes to stderr, so that --json output stays one document.
    QObject::connect(&job, &jobs::Job::logLineAdded, [json](const QString &line) {
        QTextStream &stream = json ? err() : out();
        stream << line << '\n';
        stream.flush();
    });
    const std::string started = checks::nowText();
    runToEnd(job);
    const auto gathered = jobs::gatheredHosts(job.review());
    if (job.state() == jobs::JobState::Cancelled)
        err() << "deploydeck drift: cancelled; the facts of the hosts that reported are kept\n";
    if (gathered.empty() && job.state() != jobs::JobState::Succeeded)
        return usageError(s_name,
            QStringLiteral("the gathering play did not run: %1").arg(job.logLines().value(job.logLines().size() - 1)));
    std::vector<checks::GatherOutcome> outcomes;
    for (const jobs::GatheredHost &g : gathered)
        outcomes.push_back({ g.host.toStdString(), g.reachable, g.error.toStdString(), g.data });
    std::vector<std::string> selected;
    for (const auto &h : hosts)
        selected.push_back(h.host);
    const checks::GatheringRecord record = checks::recordGathering(
        in.factsFolder, selected, outcomes, started, checks::unreportedReason(job.state() == jobs::JobState::Cancelled));
    for (const std::string &host : record.keptNewer)
        err() << "deploydeck drift: " << qs(host) << ": a gathering started later has already recorded it; kept\n";
    if (!record.failures.empty()) {
        for (const util::Error &e : record.failures)
            err() << "deploydeck drift: error: cannot save the facts: " << qs(e.message()) << '\n';
        return usageError(s_name,
            QStringLiteral("the facts of %1 host(s) could not be saved").arg(record.failures.size()));
    }
    err().flush();
    return -1;
}

/** What `latest` installs today, from the workspace's RPM repositories (none: unknown). */
checks::LatestRpm latestRpms(const envfile::Workspace *ws, std::shared_ptr<rpm::RpmRepositories> &holder)
{
    if (!ws || ws->rpmRepositories.empty())
        return {};
    std::vector<rpm::RpmRepositorySource> sources;
    for (const auto &r : ws->rpmRepositories)
        sources.push_back({ r.name, r.url });
    std::vector<std::string> errors;
    const QString cache
        = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/deploydeck/rpm");
    holder = std::make_shared<rpm::RpmRepositories>(rpm::loadRpmRepositories(sources, cache.toStdString(), errors));
    for (const auto &e : errors)
        err() << "warning: RPM repository " << qs(e) << '\n';
    if (errors.size() == sources.size())
        return {};
    return [repositories = holder](const std::string &name) { return repositories->check(name, "latest").resolved; };
}

/** Today's solves of the hosts' environments with the workspace's channels, or none (with a warning). */
std::vector<checks::EnvironmentResult> solveToday(const QCommandLineParser &args, const envfile::Workspace &ws,
    const std::vector<inventory::HostPins> &hosts, const inventory::PinVariables &variables)
{
    const auto warn = [](const std::string &text) {
        err() << "warning: not solving the environments (what a deployment would change is left out): " << qs(text)
              << '\n';
        err().flush();
        return std::vector<checks::EnvironmentResult> {};
    };
    const std::string platform
        = args.isSet(QStringLiteral("platform")) ? args.value(QStringLiteral("platform")).toStdString() : ws.platform;
    std::vector<std::string> channels;
    for (const auto &c : ws.channels)
        channels.push_back(c.name);
    solve::Request base;
    auto priority = channelPriority(args, &ws);
    auto virtuals = virtualPackages(args, platform, &ws);
    auto settings = channelSettings(args, &ws);
    if (!priority || !virtuals || !settings)
        return warn((!priority ? priority.error() : !virtuals ? virtuals.error() : settings.error()).message());
    base.channelPriority = *priority;
    base.virtualPackages = std::move(*virtuals);
    solve::Database database;
    if (auto loaded = loadChannels(database, channels, platform, *settings); !loaded)
        return warn(loaded.error().message());
    return checks::solveEnvironments(database, base, checks::environmentInputs(hosts, variables));
}

QJsonValue orNull(const std::string &text)
{
    return text.empty() ? QJsonValue(QJsonValue::Null) : QJsonValue(qs(text));
}

QJsonObject hostJson(const checks::HostDrift &d)
{
    QJsonArray rpm;
    for (const checks::RpmDrift &e : d.rpm)
        rpm.append(QJsonObject { { QStringLiteral("name"), qs(e.name) }, { QStringLiteral("scope"), qs(e.scope) },
            { QStringLiteral("pin"), qs(e.pin) }, { QStringLiteral("wanted"), orNull(e.wanted) },
            { QStringLiteral("installed"), orNull(e.installed) },
            { QStringLiteral("status"), QLatin1String(checks::driftStatusName(e.status)) } });
    QJsonArray conda;
    for (const checks::CondaDrift &e : d.conda) {
        QJsonObject o { { QStringLiteral("env"), qs(e.env) }, { QStringLiteral("scope"), qs(e.scope) },
            { QStringLiteral("name"), qs(e.name) }, { QStringLiteral("spec"), qs(e.spec) },
            { QStringLiteral("installed"), orNull(e.installed) },
            { QStringLiteral("status"), QLatin1String(checks::driftStatusName(e.status)) } };
        if (!e.note.empty())
            o.insert(QStringLiteral("note"), qs(e.note));
        conda.append(o);
    }
    QJsonArray deploy;
    for (const checks::DeployChange &c : d.deploy) {
        QJsonArray changes;
        for (const lock::PackageChange &p : c.changes.changes)
            changes.append(QJsonObject { { QStringLiteral("name"), qs(p.name) },
                { QStringLiteral("kind"), QLatin1String(lock::changeKindName(p.kind)) },
                { QStringLiteral("old_version"), orNull(p.oldVersion) },
                { QStringLiteral("old_build"), orNull(p.oldBuild) },
                { QStringLiteral("new_version"), orNull(p.newVersion) },
                { QStringLiteral("new_build"), orNull(p.newBuild) } });
        QJsonObject o { { QStringLiteral("env"), qs(c.env) }, { QStringLiteral("exists"), c.exists },
            { QStringLiteral("changes"), changes } };
        if (!c.error.empty())
            o.insert(QStringLiteral("error"), qs(c.error));
        deploy.append(o);
    }
    QJsonObject o { { QStringLiteral("reachable"), d.reachable }, { QStringLiteral("gathered"), orNull(d.gathered) },
        { QStringLiteral("drifts"), d.drifts() }, { QStringLiteral("rpm"), rpm }, { QStringLiteral("conda"), conda },
        { QStringLiteral("deploy"), deploy } };
    if (!d.error.empty())
        o.insert(QStringLiteral("error"), qs(d.error));
    if (!d.rpmError.empty())
        o.insert(QStringLiteral("rpm_error"), qs(d.rpmError));
    return o;
}

/** "3 min ago", "2 h ago", "4 days ago" for an ISO time. */
QString age(const std::string &time)
{
    const QDateTime then = QDateTime::fromString(qs(time), Qt::ISODate);
    if (!then.isValid())
        return QStringLiteral("at an unknown time");
    const qint64 s = std::max<qint64>(0, then.secsTo(QDateTime::currentDateTimeUtc()));
    if (s < 120)
        return QStringLiteral("%1 s ago").arg(s);
    if (s < 7200)
        return QStringLiteral("%1 min ago").arg(s / 60);
    if (s < 2 * 86400)
        return QStringLiteral("%1 h ago").arg(s / 3600);
    return QStringLiteral("%1 days ago").arg(s / 86400);
}

QString changeSummary(const lock::ChangeSet &set)
{
    QStringList parts;
    for (const lock::PackageChange &c : set.changes) {
        switch (c.kind) {
        case lock::ChangeKind::Installed:
            parts << QStringLiteral("+%1 %2").arg(qs(c.name), qs(c.newVersion));
            break;
        case lock::ChangeKind::Removed:
            parts << QStringLiteral("-%1 %2").arg(qs(c.name), qs(c.oldVersion));
            break;
        case lock::ChangeKind::Rebuilt:
            parts << QStringLiteral("%1 %2 → %3").arg(qs(c.name), qs(c.oldBuild), qs(c.newBuild));
            break;
        default:
            parts << QStringLiteral("%1 %2 → %3").arg(qs(c.name), qs(c.oldVersion), qs(c.newVersion));
        }
    }
    return parts.join(QStringLiteral(", "));
}

void printText(const std::vector<checks::HostDrift> &drifts)
{
    std::size_t drifting = 0;
    std::size_t counts[4] = {};
    for (const checks::HostDrift &d : drifts) {
        drifting += d.drifts() ? 1 : 0;
        for (auto s : { checks::DriftStatus::Ok, checks::DriftStatus::Missing, checks::DriftStatus::Mismatch,
                 checks::DriftStatus::Unknown })
            counts[int(s)] += d.count(s);
        QString head = qs(d.host) + QStringLiteral(": ");
        if (d.notRead())
            head += (d.reachable ? QStringLiteral("not read: ") : QStringLiteral("unreachable: ")) + qs(d.error)
                + (d.gathered.empty() ? QStringLiteral(" (never gathered)")
                                      : QStringLiteral(" (facts from %1, %2)").arg(qs(d.gathered), age(d.gathered)));
        else
            head += QStringLiteral("gathered %1 (%2)").arg(qs(d.gathered), age(d.gathered));
        out() << head << '\n';
        if (!d.rpmError.empty() && !d.rpm.empty())
            out() << "  RPMs not read: " << qs(d.rpmError) << '\n';
        std::vector<QStringList> rows;
        for (const checks::RpmDrift &e : d.rpm)
            if (e.status != checks::DriftStatus::Ok)
                rows.push_back({ QStringLiteral("  rpm"), qs(e.scope), qs(e.name), qs(e.pin),
                    e.installed.empty() ? QStringLiteral("-") : qs(e.installed),
                    QLatin1String(checks::driftStatusName(e.status)) });
        for (const checks::CondaDrift &e : d.conda)
            if (e.status != checks::DriftStatus::Ok)
                rows.push_back({ QStringLiteral("  conda"), qs(e.env), qs(e.name), qs(e.spec),
                    e.installed.empty() ? QStringLiteral("-") : qs(e.installed),
                    QLatin1String(checks::driftStatusName(e.status)) });
        printTable(rows);
        const std::size_t ok = d.count(checks::DriftStatus::Ok);
        if (ok)
            out() << "  " << ok << " pin(s) as pinned\n";
        for (const checks::DeployChange &c : d.deploy) {
            if (!c.error.empty() && c.exists)
                out() << "  deploying " << qs(c.env) << ": " << qs(c.error).section(QLatin1Char('\n'), 0, 0) << '\n';
            else if (!c.exists && c.error.empty())
                out() << "  deploying " << qs(c.env) << " would create it with " << c.changes.counts.installed
                      << " package(s)\n";
            else if (c.error.empty() && !c.changes.isEmpty())
                out() << "  deploying " << qs(c.env) << " would change " << c.changes.counts.total()
                      << " package(s): " << changeSummary(c.changes) << '\n';
        }
    }
    out() << '\n'
          << drifting << " of " << drifts.size() << " host(s) drift: " << counts[int(checks::DriftStatus::Mismatch)]
          << " mismatch, " << counts[int(checks::DriftStatus::Missing)] << " missing, "
          << counts[int(checks::DriftStatus::Unknown)] << " unknown, " << counts[int(checks::DriftStatus::Ok)]
          << " ok\n";
}

int runDrift(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser);
    if (!parser.parse(QStringList { QStringLiteral("deploydeck drift") } + arguments))
        return usageError(s_name, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            s_name, QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
    const bool json = parser.isSet(QStringLiteral("json"));
    auto in = readInput(parser);
    if (!in)
        return usageError(s_name, qs(in.error().message()));
    auto inv = inventory::loadInventory(in->sources, in->load);
    if (!inv)
        return usageError(s_name, qs(inv.error().message()));
    for (const inventory::Diagnostic &d : inv->diagnostics)
        if (d.severity == inventory::Diagnostic::Severity::Error)
            return usageError(s_name, qs(d.toString()));
    const QString limit = parser.value(QStringLiteral("limit"));
    auto selected = inventory::selectHosts(*inv, limit.toStdString());
    if (!selected)
        return usageError(s_name, qs(selected.error().message()));
    if (selected->empty())
        return usageError(s_name, QStringLiteral("no host of the inventory matches the limit '%1'").arg(limit));
    std::vector<inventory::HostPins> hosts;
    for (const std::string &name : *selected)
        hosts.push_back(inventory::extractPins(*inv->host(name), in->variables));

    if (!parser.isSet(QStringLiteral("cached")))
        if (const int failed = gather(parser, *in, hosts, limit, json); failed >= 0)
            return failed;

    const checks::FactsCache cache = checks::readFacts(in->factsFolder, *selected);
    for (const util::Error &e : cache.problems)
        err() << "warning: facts cache: " << qs(e.message()) << " (gather again to replace it)\n";
    std::shared_ptr<rpm::RpmRepositories> repositories;
    const checks::LatestRpm latest = latestRpms(in->workspace ? &*in->workspace : nullptr, repositories);
    std::vector<checks::EnvironmentResult> solved;
    if (in->workspace && !parser.isSet(QStringLiteral("no-solve")))
        solved = solveToday(parser, *in->workspace, hosts, in->variables);
    std::vector<checks::HostDrift> drifts = checks::compareHosts(hosts, cache.hosts, in->variables, latest);
    bool anyDrift = false;
    for (std::size_t i = 0; i < hosts.size(); ++i) {
        const auto found = cache.hosts.find(hosts[i].host);
        if (!solved.empty())
            checks::addDeployChanges(
                drifts[i], hosts[i], found == cache.hosts.end() ? nullptr : &found->second, solved, in->variables);
        anyDrift = anyDrift || drifts[i].drifts();
    }
    err().flush();
    if (json) {
        QJsonObject byHost;
        for (const checks::HostDrift &d : drifts)
            byHost.insert(qs(d.host), hostJson(d));
        out() << QJsonDocument(QJsonObject { { QStringLiteral("hosts"), byHost } }).toJson(QJsonDocument::Indented);
    } else {
        printText(drifts);
    }
    out().flush();
    return anyDrift ? ExitFailure : ExitOk;
}

} // namespace

DEPLOYDECK_COMMAND("drift", "compare what the hosts have installed with the inventory's pins", &runDrift);
