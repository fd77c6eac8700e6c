// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// deploydeck lock: solve an environment file for one or several platforms and write the result as
// an @EXPLICIT file or a conda-lock.yml v1.
#include "app/cli/command.h"
#include "app/cli/output.h"
#include "app/cli/solvesetup.h"
#include "core/envfile/environmentfile.h"
#include "core/lock/lockfile.h"
#include "core/solve/problemsgraph.h"
#include "core/solve/solver.h"

#include <QCommandLineParser>

using namespace app::cli;
using namespace core;

namespace {

const char *s_name = "lock";

struct LockInput
{
    envfile::EnvironmentFile env;
    std::optional<envfile::Workspace> workspace;
    std::vector<std::string> channelNames;  ///< as written (for the lock's metadata)
    std::vector<std::string> channels;      ///< resolved (paths, file:// URLs)
    std::vector<std::string> platforms;
    ChannelSettings settings;
    lock::LockFormat format = lock::LockFormat::Explicit;
    QString output;
};

int chooseFormat(const QCommandLineParser &args, LockInput &in)
{
    const QString format = args.value(QStringLiteral("format"));
    if (format == QLatin1String("explicit"))
        in.format = lock::LockFormat::Explicit;
    else if (format == QLatin1String("conda-lock"))
        in.format = lock::LockFormat::CondaLock;
    else if (!format.isEmpty())
        return usageError(s_name, QStringLiteral("unknown format '%1' (use explicit or conda-lock)").arg(format));
    else  // no --format: a .yml/.yaml output or several platforms mean conda-lock
        in.format = in.output.endsWith(QLatin1String(".yml")) || in.output.endsWith(QLatin1String(".yaml")) || in.platforms.size() > 1
                        ? lock::LockFormat::CondaLock
                        : lock::LockFormat::Explicit;
    if (in.format == lock::LockFormat::Explicit && in.platforms.size() > 1)
        return usageError(s_name, QStringLiteral("an @EXPLICIT file holds one platform: give one -p, or use --format conda-lock"));
    return ExitOk;
}

int readInput(const QCommandLineParser &args, LockInput &in)
{
    if (!args.isSet(QStringLiteral("file")))
        return usageError(s_name, QStringLiteral("give the environment file to lock with -f environment.yml"));
    if (!args.positionalArguments().isEmpty())
        return usageError(s_name, QStringLiteral("unexpected argument '%1'").arg(args.positionalArguments().front()));
    auto workspace = readWorkspaceOption(args);
    if (!workspace)
        return usageError(s_name, QString::fromStdString(workspace.error().message()));
    in.workspace = std::move(*workspace);
    const envfile::Workspace *ws = in.workspace ? &*in.workspace : nullptr;
    auto env = envfile::readEnvironmentFile(args.value(QStringLiteral("file")).toStdString());
    if (!env)
        return usageError(s_name, QString::fromStdString(env.error().message()));
    if (auto specs = envfile::checkDependencySpecs(*env); !specs)
        return usageError(s_name, QString::fromStdString(specs.error().message()));
    auto settings = channelSettings(args, ws);
    if (!settings)
        return usageError(s_name, QString::fromStdString(settings.error().message()));
    in.settings = std::move(*settings);
    in.env = std::move(*env);
    if (in.env.dependencies.empty())
        return usageError(s_name, QStringLiteral("%1 has no dependencies to lock").arg(QString::fromStdString(in.env.path)));
    for (const QString &c : args.values(QStringLiteral("channel")))
        in.channelNames.push_back(c.toStdString());
    if (in.channelNames.empty())
        in.channelNames = in.env.channels;
    if (in.channelNames.empty() && ws)
        for (const auto &c : ws->channels)
            in.channelNames.push_back(c.name);
    if (in.channelNames.empty())
        return usageError(s_name, QStringLiteral("no channels: give -c CHANNEL, --workspace DIR, or channels in the environment file"));
    for (const auto &c : in.channelNames)
        in.channels.push_back(resolveChannel(c, ws));
    in.platforms = platformsOption(args, ws);
    in.output = args.value(QStringLiteral("output"));
    return chooseFormat(args, in);
}

std::vector<std::string> specsOf(const envfile::EnvironmentFile &env)
{
    std::vector<std::string> specs;
    for (const auto &d : env.dependencies)
        specs.push_back(d.spec);
    return specs;
}

/** Solves for one platform and appends its packages; returns an exit code. */
int lockPlatform(const QCommandLineParser &args, const LockInput &in, const std::string &platform, lock::LockFile &lock)
{
    const envfile::Workspace *ws = in.workspace ? &*in.workspace : nullptr;
    solve::Request request;
    request.specs = specsOf(in.env);
    auto priority = channelPriority(args, ws);
    auto virtuals = virtualPackages(args, platform, ws);
    if (!priority || !virtuals)
        return usageError(s_name, QString::fromStdString((!priority ? priority.error() : virtuals.error()).message()));
    request.channelPriority = *priority;
    request.virtualPackages = *virtuals;
    solve::Database db;
    auto loaded = loadChannels(db, in.channels, platform, in.settings, request.specs);
    if (!loaded)
        return usageError(s_name, QString::fromStdString(loaded.error().message()));
    auto outcome = solve::solve(db, request);
    if (!outcome)
        return usageError(s_name, QString::fromStdString(outcome.error().message()));
    if (const auto *unsolvable = std::get_if<solve::Unsolvable>(&*outcome)) {
        err() << "deploydeck lock: " << QString::fromStdString(in.env.path) << " does not solve for "
              << QString::fromStdString(platform) << ":\n"
              << QString::fromStdString(solve::renderProblemsText(solve::compressProblems(unsolvable->graph))) << Qt::endl;
        return ExitFailure;
    }
    std::vector<spec::PackageRecord> records;
    for (const auto &p : std::get<solve::Solution>(*outcome).packages)
        records.push_back(p.record);
    std::vector<std::string> virtualTexts;
    for (const auto &v : request.virtualPackages)
        virtualTexts.push_back(v.text());
    lock::addLockedPlatform(lock, platform, records, request.specs, virtualTexts);
    return ExitOk;
}

int runLock(const QStringList &arguments)
{
    QCommandLineParser args;
    args.setApplicationDescription(QStringLiteral(
        "Solve an environment file for one or more platforms and write a lock file: @EXPLICIT (one platform, URLs "
        "with #sha256:) or conda-lock.yml v1."));
    args.addHelpOption();
    args.addOptions({
        {{QStringLiteral("f"), QStringLiteral("file")}, QStringLiteral("The environment.yml to lock."), QStringLiteral("FILE")},
        {{QStringLiteral("p"), QStringLiteral("platform")}, QStringLiteral("Platform to lock for; repeat for more (conda-lock format)."), QStringLiteral("PLATFORM")},
        {QStringLiteral("format"), QStringLiteral("explicit or conda-lock (default: explicit; conda-lock for several platforms or a .yml output)."), QStringLiteral("FORMAT")},
        {{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Write the lock file here (atomically) instead of to stdout."), QStringLiteral("FILE")},
        {{QStringLiteral("c"), QStringLiteral("channel")}, QStringLiteral("Channel instead of the environment's; repeat for more, highest priority first."), QStringLiteral("CHANNEL")},
    });
    args.addOptions(solverOptions());
    if (!args.parse(QStringList{QStringLiteral("deploydeck lock")} + arguments))
        return usageError(s_name, args.errorText());
    if (args.isSet(QStringLiteral("help"))) {
        out() << args.helpText() << "\nExit codes: 0 written, 1 unsolvable for some platform, 2 bad input.\n";
        return ExitOk;
    }
    LockInput in;
    if (const int code = readInput(args, in); code != ExitOk)
        return code;
    if (!in.env.pip.empty())
        err() << "deploydeck lock: note: " << in.env.pip.size() << " pip entries are not locked\n";
    lock::LockFile lock = lock::newLockFile(in.env.path, in.channelNames, in.platforms, in.format);
    for (const auto &platform : in.platforms)
        if (const int code = lockPlatform(args, in, platform, lock); code != ExitOk)
            return code;
    lock::maskLockSecrets(lock);
    const std::string text = lock::formatLockFile(lock, in.format);
    if (in.output.isEmpty()) {
        out() << QString::fromStdString(text);
        out().flush();
        return ExitOk;
    }
    if (auto written = lock::writeLockFile(in.output.toStdString(), lock, in.format); !written)
        return usageError(s_name, QString::fromStdString(written.error().message()));
    err() << "Wrote " << lock.packages.size() << " packages for " << QString::fromStdString(in.platforms.front())
          << (in.platforms.size() > 1 ? QStringLiteral(" and %1 more platforms").arg(in.platforms.size() - 1) : QString())
          << " to " << in.output << Qt::endl;
    return ExitOk;
}

} // namespace

DEPLOYDECK_COMMAND("lock", "solve an environment file and write an @EXPLICIT or conda-lock.yml lock file", &runLock);
