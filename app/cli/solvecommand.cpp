// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// deploydeck solve: what `mamba create --dry-run` would install, as a table or mamba's JSON.
#include "app/cli/command.h"
#include "app/cli/output.h"
#include "app/cli/solveoutput.h"
#include "core/envfile/environmentfile.h"
#include "core/envfile/workspace.h"
#include "core/solve/channelsources.h"
#include "core/solve/solver.h"
#include "core/solve/virtualpackages.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>

using namespace app::cli;
using namespace core;

namespace {

const char *s_name = "solve";

struct SolveInput
{
    std::vector<std::string> channels;
    std::string platform = "linux-64";
    solve::Request request;
    bool json = false;
};

/** A -c value: a workspace channel by its name, else as given (URL or path). */
std::string resolveChannel(const std::string &text, const envfile::Workspace *ws)
{
    if (ws)
        for (const auto &c : ws->channels)
            if (c.name == text || c.name.ends_with('/' + text))
                return c.name;
    if (!text.starts_with("file://") && QFileInfo(QString::fromStdString(text)).isDir())
        return QDir(QString::fromStdString(text)).absolutePath().toStdString();
    return text;
}

int readInput(const QCommandLineParser &args, SolveInput &in)
{
    std::optional<envfile::Workspace> ws;
    if (args.isSet(QStringLiteral("workspace"))) {
        auto read = envfile::readWorkspace(args.value(QStringLiteral("workspace")).toStdString());
        if (!read)
            return usageError(s_name, QString::fromStdString(read.error().message()));
        ws = std::move(*read);
        in.platform = ws->platform;
        in.request.channelPriority = ws->strictChannelPriority ? solve::ChannelPriority::Strict : solve::ChannelPriority::Flexible;
    }
    std::vector<std::string> channelTexts;
    for (const QString &c : args.values(QStringLiteral("channel")))
        channelTexts.push_back(c.toStdString());
    if (args.isSet(QStringLiteral("file"))) {
        auto env = envfile::readEnvironmentFile(args.value(QStringLiteral("file")).toStdString());
        if (!env)
            return usageError(s_name, QString::fromStdString(env.error().message()));
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
        in.channels.push_back(resolveChannel(c, ws ? &*ws : nullptr));
    if (args.isSet(QStringLiteral("platform")))
        in.platform = args.value(QStringLiteral("platform")).toStdString();
    if (args.isSet(QStringLiteral("strict")) && args.isSet(QStringLiteral("flexible")))
        return usageError(s_name, QStringLiteral("--strict and --flexible exclude each other"));
    if (args.isSet(QStringLiteral("strict")))
        in.request.channelPriority = solve::ChannelPriority::Strict;
    if (args.isSet(QStringLiteral("flexible")))
        in.request.channelPriority = solve::ChannelPriority::Flexible;
    // Virtual packages: --virtual replaces the defaults, --no-virtual drops them all.
    if (args.isSet(QStringLiteral("virtual"))) {
        for (const QString &v : args.values(QStringLiteral("virtual"))) {
            auto parsed = solve::parseVirtualPackage(v.toStdString());
            if (!parsed)
                return usageError(s_name, QString::fromStdString(parsed.error().message()));
            in.request.virtualPackages.push_back(*parsed);
        }
    } else if (!args.isSet(QStringLiteral("no-virtual"))) {
        in.request.virtualPackages = solve::defaultVirtualPackages(in.platform, solve::condaOverridesFromEnvironment());
        if (ws)
            for (const auto &[name, value] : ws->virtualPackages) {
                auto parsed = solve::parseVirtualPackage(name + '=' + value);
                if (!parsed)
                    return usageError(s_name, QString::fromStdString(parsed.error().message()));
                std::erase_if(in.request.virtualPackages, [&](const auto &v) { return v.name == name; });
                in.request.virtualPackages.push_back(*parsed);
            }
    }
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
        {{QStringLiteral("c"), QStringLiteral("channel")}, QStringLiteral("Channel (path, file:// URL, or a workspace channel name); repeat for more, highest priority first."), QStringLiteral("CHANNEL")},
        {{QStringLiteral("f"), QStringLiteral("file")}, QStringLiteral("Solve the dependencies of this environment.yml."), QStringLiteral("FILE")},
        {QStringLiteral("workspace"), QStringLiteral("Take channels, platform and virtual packages from this workspace."), QStringLiteral("DIR")},
        {QStringLiteral("platform"), QStringLiteral("Target platform (linux-64, linux-aarch64, osx-64, osx-arm64, win-64)."), QStringLiteral("P")},
        {QStringLiteral("strict"), QStringLiteral("Strict channel priority (the default).")},
        {QStringLiteral("flexible"), QStringLiteral("Flexible channel priority.")},
        {QStringLiteral("virtual"), QStringLiteral("Virtual package NAME=VERSION[=BUILD]; replaces the detected ones. Repeatable."), QStringLiteral("SPEC")},
        {QStringLiteral("no-virtual"), QStringLiteral("Solve without any virtual package.")},
        {QStringLiteral("json"), QStringLiteral("Print mamba's --dry-run --json object.")},
    });
    if (!args.parse(QStringList{QStringLiteral("deploydeck solve")} + arguments))
        return usageError(s_name, args.errorText());
    if (args.isSet(QStringLiteral("help"))) {
        out() << args.helpText() << "\nExit codes: 0 solved, 1 unsolvable, 2 bad input.\n";
        return ExitOk;
    }
    SolveInput in;
    if (const int code = readInput(args, in); code != ExitOk)
        return code;
    const auto remote = std::find_if(in.channels.begin(), in.channels.end(),
                                     [](const auto &c) { return !solve::isLocalChannel(c); });
    if (remote != in.channels.end())
        return usageError(s_name, QStringLiteral("'%1' is not a local channel; fetch remote channels with "
                                                 "'deploydeck fetch' first and solve against the workspace")
                                      .arg(QString::fromStdString(*remote)));
    auto sources = solve::localRepodataSources(in.channels, in.platform);
    if (!sources)
        return usageError(s_name, QString::fromStdString(sources.error().message()));
    solve::Database db;
    const QString cacheDir = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/deploydeck/solv");
    auto loaded = solve::loadSources(db, *sources, {cacheDir.toStdString(), solve::PipAsPythonDependency::No});
    if (!loaded)
        return usageError(s_name, QString::fromStdString(loaded.error().message()));
    for (const auto &w : loaded->warnings)
        err() << "warning: " << QString::fromStdString(w) << '\n';
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
