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
#include "core/solve/solver.h"

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
            QStringLiteral("Solve the dependencies of this environment.yml."), QStringLiteral("FILE") },
        { QStringLiteral("platform"),
            QStringLiteral("Target platform (linux-64, linux-aarch64, linux-ppc64le, osx-64, osx-arm64, win-64)."),
            QStringLiteral("P") },
        { QStringLiteral("json"), QStringLiteral("Print mamba's --dry-run --json object.") },
    });
    args.addOptions(solverOptions());
    if (!args.parse(QStringList{QStringLiteral("deploydeck solve")} + arguments))
        return usageError(s_name, args.errorText());
    if (args.isSet(QStringLiteral("help"))) {
        out() << args.helpText() << "\nExit codes: 0 solved, 1 unsolvable, 2 bad input.\n";
        return ExitOk;
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
