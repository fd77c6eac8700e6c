// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// deploydeck solve: what `mamba create --dry-run` would install, as a table or mamba's JSON.
#include "app/cli/command.h"
#include "app/cli/output.h"
#include "app/cli/solveoutput.h"
#include "app/cli/solvesetup.h"
#include "core/envfile/environmentfile.h"
#include "core/envfile/workspace.h"
#include "core/lock/lockfile.h"
#include "core/solve/solver.h"
#include "core/util/atomicfile.h"
#include "core/util/secrets.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

using namespace app::cli;
using namespace core;

namespace {

const char *s_name = "solve";

struct SolveInput
{
    std::vector<std::string> channels;
    ChannelSettings settings;
    std::string platform = "linux-64";
    solve::Request request;
    bool json = false;
};

int readInput(const QCommandLineParser &args, SolveInput &in)
{
    auto workspace = readWorkspaceOption(args);
    if (!workspace)
        return usageError(s_name, QString::fromStdString(workspace.error().message()));
    const envfile::Workspace *ws = *workspace ? &**workspace : nullptr;
    if (ws)
        in.platform = ws->platform;
    auto settings = channelSettings(args, ws);
    if (!settings)
        return usageError(s_name, QString::fromStdString(settings.error().message()));
    in.settings = std::move(*settings);
    std::vector<std::string> channelTexts;
    for (const QString &c : args.values(QStringLiteral("channel")))
        channelTexts.push_back(c.toStdString());
    if (args.isSet(QStringLiteral("file"))) {
        auto env = envfile::readEnvironmentFile(args.value(QStringLiteral("file")).toStdString());
        if (!env)
            return usageError(s_name, QString::fromStdString(env.error().message()));
        if (auto specs = envfile::checkDependencySpecs(*env); !specs)
            return usageError(s_name, QString::fromStdString(specs.error().message()));
        for (const auto &d : env->dependencies)
            in.request.specs.push_back(d.spec);
        if (channelTexts.empty())
            channelTexts = env->channels;
    }
    for (const QString &spec : args.positionalArguments())
        in.request.specs.push_back(spec.toStdString());
    if (channelTexts.empty() && ws)
        for (const auto &c : ws->channels)
            channelTexts.push_back(c.name);
    for (const auto &c : channelTexts)
        in.channels.push_back(resolveChannel(c, ws));
    if (args.isSet(QStringLiteral("platform")))
        in.platform = args.value(QStringLiteral("platform")).toStdString();
    auto priority = channelPriority(args, ws);
    if (!priority)
        return usageError(s_name, QString::fromStdString(priority.error().message()));
    in.request.channelPriority = *priority;
    auto virtuals = virtualPackages(args, in.platform, ws);
    if (!virtuals)
        return usageError(s_name, QString::fromStdString(virtuals.error().message()));
    in.request.virtualPackages = std::move(*virtuals);
    in.json = args.isSet(QStringLiteral("json"));
    if (in.request.specs.empty())
        return usageError(s_name, QStringLiteral("nothing to solve: give match specs or -f environment.yml"));
    if (in.channels.empty())
        return usageError(s_name, QStringLiteral("no channels: give -c CHANNEL, --workspace DIR, or channels in the environment file"));
    return ExitOk;
}

/** The channel part of a package URL: everything before "/<subdir>/<file>". */
std::string channelOfUrl(const lock::LockedPackage &p)
{
    const std::string tail = '/' + p.subdir + '/' + p.fn;
    return !p.subdir.empty() && p.url.ends_with(tail) ? p.url.substr(0, p.url.size() - tail.size()) : p.url;
}

/**
 * --verify: each locked package must be in its channel (the one its URL names) under the same file
 * and checksum. Prints one error per package that is not; false when there was one.
 */
bool verifyLocked(const QCommandLineParser &args, const envfile::Workspace *ws,
    const std::vector<lock::LockedPackage> &locked, const std::string &platform)
{
    auto settings = channelSettings(args, ws);
    if (!settings) {
        err() << "deploydeck solve: error: " << QString::fromStdString(settings.error().message()) << '\n';
        return false;
    }
    std::vector<std::string> channels, names;
    for (const auto &p : locked) {
        if (const std::string c = channelOfUrl(p); std::find(channels.begin(), channels.end(), c) == channels.end())
            channels.push_back(c);
        names.push_back(p.name);
    }
    solve::Database db;
    if (auto loaded = loadChannels(db, channels, platform, *settings, names); !loaded) {
        err() << "deploydeck solve: error: " << QString::fromStdString(loaded.error().message()) << '\n';
        return false;
    }
    std::map<std::string, spec::PackageRecord> byUrl;
    for (auto &r : db.allRecords())
        byUrl.emplace(r.url, std::move(r));
    int bad = 0;
    for (const auto &p : locked) {
        const auto found = byUrl.find(p.url);
        QString problem;
        if (found == byUrl.end())
            problem = QStringLiteral("not in %1").arg(QString::fromStdString(util::maskSecrets(channelOfUrl(p))));
        else if (!p.sha256.empty() && p.sha256 != found->second.sha256)
            problem = QStringLiteral("sha256 %1 in the lock, %2 in the channel")
                          .arg(QString::fromStdString(p.sha256), QString::fromStdString(found->second.sha256));
        else if (p.sha256.empty() && !p.md5.empty() && p.md5 != found->second.md5)
            problem = QStringLiteral("md5 %1 in the lock, %2 in the channel")
                          .arg(QString::fromStdString(p.md5), QString::fromStdString(found->second.md5));
        if (problem.isEmpty())
            continue;
        ++bad;
        err() << "deploydeck solve: " << QString::fromStdString(p.subdir + '/' + p.fn) << " (line " << p.line
              << "): " << problem << '\n';
    }
    return bad == 0;
}

/**
 * `solve -f` on a lock file, as `mamba create --dry-run -f` does: exactly the lock's packages for
 * the platform, in the lock's order, with no solve and no server contacted (unless --verify).
 */
int solveLockFile(const QCommandLineParser &args, const std::string &path)
{
    auto lock = lock::readLockFile(path);
    if (!lock)
        return usageError(s_name, QString::fromStdString(lock.error().message()));
    auto workspace = readWorkspaceOption(args);
    if (!workspace)
        return usageError(s_name, QString::fromStdString(workspace.error().message()));
    const auto has = [&](const std::string &p) {
        return std::find(lock->platforms.begin(), lock->platforms.end(), p) != lock->platforms.end();
    };
    std::string platform;
    if (args.isSet(QStringLiteral("platform")))
        platform = args.value(QStringLiteral("platform")).toStdString();
    else if (*workspace && has((*workspace)->platform))
        platform = (*workspace)->platform;
    else if (!lock->platforms.empty())
        platform = lock->platforms.front();
    if (!lock->platforms.empty() && !has(platform)) {
        QStringList known;
        for (const auto &p : lock->platforms)
            known << QString::fromStdString(p);
        return usageError(s_name,
            QStringLiteral("%1 locks no packages for %2 (it has %3)")
                .arg(QString::fromStdString(path), QString::fromStdString(platform), known.join(QStringLiteral(", "))));
    }
    const auto locked = lock->platforms.empty() ? lock->packages : lock->packagesFor(platform);
    if (args.isSet(QStringLiteral("verify"))
        && !verifyLocked(args, *workspace ? &**workspace : nullptr, locked, platform))
        return ExitFailure;
    solve::Solution solution;
    for (const auto &p : locked) {
        spec::PackageRecord r;
        r.name = p.name;
        r.version = p.version;
        r.build = p.build;
        r.md5 = p.md5;
        r.sha256 = p.sha256;
        r.subdir = p.subdir;
        r.fn = p.fn;
        r.url = p.url;
        r.channel = channelOfUrl(p);
        solution.packages.push_back({ std::move(r), {}, {} });
    }
    const solve::SolveOutcome outcome = solution;
    if (args.isSet(QStringLiteral("json")))
        printSolveJson(outcome);
    else
        printSolveTable(outcome, platform, -1);
    return ExitOk;
}

int runSolve(const QStringList &arguments)
{
    QCommandLineParser args;
    args.setApplicationDescription(QStringLiteral(
        "Solve match specs (or an environment file) into an empty environment, like `mamba create --dry-run`."));
    args.addHelpOption();
    args.addPositionalArgument(QStringLiteral("specs"), QStringLiteral("Match specs, e.g. 'python=3.9' 'numpy >=1.20'."),
                               QStringLiteral("[SPEC...]"));
    args.addOptions({
        { { QStringLiteral("c"), QStringLiteral("channel") },
            QStringLiteral("Channel (name, URL, path or file:// URL; a name through the workspace's channel_alias and "
                           "custom_channels); repeat for more, highest priority first."),
            QStringLiteral("CHANNEL") },
        { { QStringLiteral("f"), QStringLiteral("file") },
            QStringLiteral("Solve the dependencies of this environment.yml; a lock file (@EXPLICIT or conda-lock.yml) "
                           "gives exactly its packages for the platform, with no solve and no server contacted."),
            QStringLiteral("FILE") },
        { QStringLiteral("platform"),
            QStringLiteral("Target platform (linux-64, linux-aarch64, linux-ppc64le, osx-64, osx-arm64, win-64)."),
            QStringLiteral("P") },
        { QStringLiteral("json"), QStringLiteral("Print mamba's --dry-run --json object.") },
        { QStringLiteral("verify"),
            QStringLiteral("With a lock file: check that each package is in its channel with the same checksum.") },
    });
    args.addOptions(solverOptions());
    if (!args.parse(QStringList{QStringLiteral("deploydeck solve")} + arguments))
        return usageError(s_name, args.errorText());
    if (args.isSet(QStringLiteral("help"))) {
        out() << args.helpText()
              << "\nExit codes: 0 solved (or a lock file read), 1 unsolvable (or --verify found a package missing "
                 "or changed), 2 bad input.\n";
        return ExitOk;
    }
    if (args.isSet(QStringLiteral("file"))) {
        const std::string path = args.value(QStringLiteral("file")).toStdString();
        auto text = util::readFile(QString::fromStdString(path));
        if (text && lock::looksLikeLockFile(text->toStdString()))
            return solveLockFile(args, path);
    }
    SolveInput in;
    if (const int code = readInput(args, in); code != ExitOk)
        return code;
    solve::Database db;
    auto loaded = loadChannels(db, in.channels, in.platform, in.settings, in.request.specs);
    if (!loaded)
        return usageError(s_name, QString::fromStdString(loaded.error().message()));
    QElapsedTimer timer;
    timer.start();
    auto outcome = solve::solve(db, in.request);
    if (!outcome)
        return usageError(s_name, QString::fromStdString(outcome.error().message()));
    const auto *solution = std::get_if<solve::Solution>(&*outcome);
    if (in.json)
        printSolveJson(*outcome);
    else
        printSolveTable(*outcome, in.platform, qint64(timer.elapsed()));
    return solution ? ExitOk : ExitFailure;
}

} // namespace

DEPLOYDECK_COMMAND("solve", "solve specs or an environment file, like mamba create --dry-run", &runSolve);
