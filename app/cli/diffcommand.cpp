// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// deploydeck diff A B: what changes from one package set to another — each an environment file
// (solved as `deploydeck solve -f` would) or a lock file (its packages as locked): upgraded,
// downgraded, new, removed and rebuilt packages.
#include "app/cli/command.h"
#include "app/cli/output.h"
#include "app/cli/solvesetup.h"
#include "core/checks/drift.h"
#include "core/checks/hostfacts.h"
#include "core/envfile/environmentfile.h"
#include "core/envfile/workspace.h"
#include "core/lock/changes.h"
#include "core/lock/lockfile.h"
#include "core/solve/solver.h"
#include "core/util/atomicfile.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace app::cli;
using namespace core;

namespace {

const char *s_name = "diff";

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

/** An environment file solved for @p platform with its own channels, else the workspace's. */
util::Result<std::vector<lock::PackageVersion>> solvedPackages(
    const QCommandLineParser &args, const envfile::Workspace *ws, const std::string &path, const std::string &platform)
{
    auto env = envfile::readEnvironmentFile(path);
    if (!env)
        return env.error();
    if (auto specs = envfile::checkDependencySpecs(*env); !specs)
        return specs.error();
    solve::Request request;
    for (const auto &d : env->dependencies)
        request.specs.push_back(d.spec);
    std::vector<std::string> channels;
    for (const auto &c : env->channels)
        channels.push_back(resolveChannel(c, ws));
    if (channels.empty() && ws)
        for (const auto &c : ws->channels)
            channels.push_back(c.name);
    if (channels.empty())
        return util::makeError(
            util::ErrorCode::InvalidArgument, "no channels to solve it with (give --workspace DIR)", path);
    auto settings = channelSettings(args, ws);
    if (!settings)
        return settings.error();
    auto priority = channelPriority(args, ws);
    if (!priority)
        return priority.error();
    request.channelPriority = *priority;
    auto virtuals = virtualPackages(args, platform, ws);
    if (!virtuals)
        return virtuals.error();
    request.virtualPackages = std::move(*virtuals);
    solve::Database db;
    if (auto loaded = loadChannels(db, channels, platform, *settings, request.specs); !loaded)
        return loaded.error();
    auto outcome = solve::solve(db, request);
    if (!outcome)
        return outcome.error();
    if (const auto *unsolvable = std::get_if<solve::Unsolvable>(&*outcome)) {
        std::string text;
        for (const auto &p : unsolvable->problems)
            text += "\n  " + p;
        return util::makeError(util::ErrorCode::InvalidValue, "cannot be solved:" + text, path);
    }
    std::vector<lock::PackageVersion> packages;
    for (const auto &p : std::get<solve::Solution>(*outcome).packages)
        packages.push_back({ p.record.name, p.record.version, p.record.build });
    return packages;
}

/** A lock file's packages for @p platform. */
util::Result<std::vector<lock::PackageVersion>> lockedPackages(const std::string &path, const std::string &platform)
{
    auto lock = lock::readLockFile(path);
    if (!lock)
        return lock.error();
    const bool single = lock->platforms.empty();
    if (!single && std::find(lock->platforms.begin(), lock->platforms.end(), platform) == lock->platforms.end())
        return util::makeError(util::ErrorCode::InvalidValue, "locks no packages for " + platform, path);
    std::vector<lock::PackageVersion> packages;
    for (const auto &p : single ? lock->packages : lock->packagesFor(platform))
        packages.push_back({ p.name, p.version, p.build });
    return packages;
}

/** HOST:ENV: the environment ENV of HOST as the last gathering found it (`deploydeck drift`). */
util::Result<std::vector<lock::PackageVersion>> hostPackages(const envfile::Workspace *ws, const std::string &side)
{
    const auto colon = side.rfind(':');
    const std::string host = side.substr(0, colon);
    const std::string env = side.substr(colon + 1);
    if (!ws)
        return util::makeError(util::ErrorCode::InvalidArgument,
            "a host environment needs the workspace whose facts cache holds it (--workspace DIR)", side);
    const std::string folder = checks::factsFolder(ws->root);
    checks::FactsCache cache = checks::readFacts(folder, {host});
    if (!cache.problems.empty())
        return cache.problems.front();
    const auto found = cache.hosts.find(host);
    if (found == cache.hosts.end() || !found->second.hasFacts())
        return util::makeError(util::ErrorCode::FileNotFound,
            "no facts gathered for host " + host + " (run deploydeck drift first)", checks::factsFile(folder, host));
    const checks::InstalledEnvironment *installed = found->second.environment(env);
    if (!installed || !installed->exists)
        return util::makeError(util::ErrorCode::InvalidValue,
            "host " + host + " has no environment " + env + " (facts gathered " + found->second.gathered + ")", side);
    return checks::packageSet(*installed);
}

util::Result<std::vector<lock::PackageVersion>> packagesOf(
    const QCommandLineParser &args, const envfile::Workspace *ws, const std::string &path, const std::string &platform)
{
    if (!QFileInfo::exists(qs(path)) && path.find(':') != std::string::npos && path.find('/') == std::string::npos)
        return hostPackages(ws, path);
    auto text = util::readFile(qs(path));
    if (!text)
        return text.error();
    return lock::looksLikeLockFile(text->toStdString()) ? lockedPackages(path, platform)
                                                        : solvedPackages(args, ws, path, platform);
}

/** "new" rather than conda's "installed": the package is in B and not in A. */
QString kindName(lock::ChangeKind kind)
{
    return kind == lock::ChangeKind::Installed ? QStringLiteral("new")
                                               : QString::fromLatin1(lock::changeKindName(kind));
}

void printText(const lock::ChangeSet &changes)
{
    QTextStream &o = out();
    for (const auto &c : changes.changes) {
        const QString from = c.oldVersion.empty() ? QString() : qs(c.oldVersion + ' ' + c.oldBuild);
        const QString to = c.newVersion.empty() ? QString() : qs(c.newVersion + ' ' + c.newBuild);
        o << kindName(c.kind).leftJustified(11) << ' ' << qs(c.name).leftJustified(24) << ' '
          << (from.isEmpty()        ? to
                     : to.isEmpty() ? from
                                    : from + QStringLiteral(" -> ") + to)
          << '\n';
    }
    const auto &n = changes.counts;
    o << n.total() << " changes: " << n.upgraded << " upgraded, " << n.downgraded << " downgraded, " << n.installed
      << " new, " << n.removed << " removed, " << n.rebuilt << " rebuilt; " << n.unchanged << " unchanged\n";
}

void printJson(const QString &a, const QString &b, const std::string &platform, const lock::ChangeSet &changes)
{
    QJsonArray list;
    for (const auto &c : changes.changes)
        list.append(QJsonObject { { QStringLiteral("name"), qs(c.name) }, { QStringLiteral("kind"), kindName(c.kind) },
            { QStringLiteral("old_version"), qs(c.oldVersion) }, { QStringLiteral("old_build"), qs(c.oldBuild) },
            { QStringLiteral("new_version"), qs(c.newVersion) }, { QStringLiteral("new_build"), qs(c.newBuild) } });
    const auto &n = changes.counts;
    const QJsonObject counts { { QStringLiteral("upgraded"), qint64(n.upgraded) },
        { QStringLiteral("downgraded"), qint64(n.downgraded) }, { QStringLiteral("new"), qint64(n.installed) },
        { QStringLiteral("removed"), qint64(n.removed) }, { QStringLiteral("rebuilt"), qint64(n.rebuilt) },
        { QStringLiteral("unchanged"), qint64(n.unchanged) } };
    out() << QJsonDocument(QJsonObject { { QStringLiteral("a"), a }, { QStringLiteral("b"), b },
                               { QStringLiteral("platform"), qs(platform) }, { QStringLiteral("changes"), list },
                               { QStringLiteral("counts"), counts } })
                 .toJson(QJsonDocument::Indented);
}

int runDiff(const QStringList &arguments)
{
    QCommandLineParser args;
    args.setApplicationDescription(QStringLiteral(
        "What changes from package set A to package set B: each an environment file (solved with its channels, else "
        "the workspace's), a lock file (@EXPLICIT or conda-lock.yml, its packages as locked) or HOST:ENV, a host's "
        "environment as `deploydeck drift` last gathered it (from the workspace's facts cache). Lists the packages "
        "upgraded, downgraded, new, removed and rebuilt."));
    args.addHelpOption();
    args.addPositionalArgument(QStringLiteral("a"), QStringLiteral("The package set before."), QStringLiteral("A"));
    args.addPositionalArgument(QStringLiteral("b"), QStringLiteral("The package set after."), QStringLiteral("B"));
    args.addOptions({
        { QStringLiteral("platform"), QStringLiteral("Platform to compare (default: the workspace's, else linux-64)."),
            QStringLiteral("P") },
        { QStringLiteral("json"), QStringLiteral("Print the changes as JSON (changes, counts).") },
    });
    args.addOptions(solverOptions());
    if (!args.parse(QStringList { QStringLiteral("deploydeck diff") } + arguments))
        return usageError(s_name, args.errorText());
    if (args.isSet(QStringLiteral("help"))) {
        out() << args.helpText() << "\nExit codes: 0 the two sets are the same, 1 they differ, 2 bad input.\n";
        return ExitOk;
    }
    const QStringList files = args.positionalArguments();
    if (files.size() != 2)
        return usageError(s_name, QStringLiteral("give two package sets, A and B"));
    auto workspace = readWorkspaceOption(args);
    if (!workspace)
        return usageError(s_name, qs(workspace.error().message()));
    const envfile::Workspace *ws = *workspace ? &**workspace : nullptr;
    const std::string platform = args.isSet(QStringLiteral("platform"))
        ? args.value(QStringLiteral("platform")).toStdString()
        : (ws ? ws->platform : std::string("linux-64"));
    auto before = packagesOf(args, ws, files[0].toStdString(), platform);
    if (!before)
        return usageError(s_name, qs(before.error().message()));
    auto after = packagesOf(args, ws, files[1].toStdString(), platform);
    if (!after)
        return usageError(s_name, qs(after.error().message()));
    const lock::ChangeSet changes = lock::comparePackages(*before, *after);
    if (args.isSet(QStringLiteral("json")))
        printJson(files[0], files[1], platform, changes);
    else
        printText(changes);
    return changes.isEmpty() ? ExitOk : ExitFailure;
}

} // namespace

DEPLOYDECK_COMMAND("diff", "compare two package sets (environment files, lock files, host environments)", &runDiff);
