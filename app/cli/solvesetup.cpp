// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "app/cli/solvesetup.h"

#include "core/channel/channelfetch.h"

#include "core/channel/repodatafetcher.h"
#include "core/util/secrets.h"

#include "app/cli/output.h"
#include "core/solve/channelsources.h"
#include "core/solve/virtualpackages.h"
#include "core/sync/workspacechannels.h"
#include "core/util/excludenewer.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

using namespace core;
using core::util::ErrorCode;
using core::util::makeError;
using core::util::Result;

namespace app::cli {

QList<QCommandLineOption> solverOptions()
{
    return {
        { QStringLiteral("workspace"),
            QStringLiteral("Take channels, platform and virtual packages from this workspace."),
            QStringLiteral("DIR") },
        { QStringLiteral("strict"), QStringLiteral("Strict channel priority (the default).") },
        { QStringLiteral("flexible"), QStringLiteral("Flexible channel priority.") },
        { QStringLiteral("virtual"),
            QStringLiteral("Virtual package NAME=VERSION[=BUILD]; replaces the detected ones. Repeatable."),
            QStringLiteral("SPEC") },
        { QStringLiteral("no-virtual"), QStringLiteral("Solve without any virtual package.") },
        { QStringLiteral("exclude-newer"), excludeNewerHelp(), QStringLiteral("[CHANNEL=]DATE|DURATION") },
    };
}

QString excludeNewerHelp()
{
    return QStringLiteral("Leave out packages published after DATE (2026-10-01, or an ISO date-time such as "
                          "2026-10-01T12:00:00Z) or younger than DURATION (7d, 12h, 2w); CHANNEL= limits it to one "
                          "channel. Repeatable; replaces the workspace's exclude_newer.");
}

Result<ChannelSettings> channelSettings(const QCommandLineParser &args, const envfile::Workspace *workspace)
{
    ChannelSettings settings;
    settings.config = sync::channelConfig(workspace);
    if (workspace)
        settings.sslVerifyOff = sync::sslVerifyOffUrls(*workspace);
    std::map<std::string, std::string> excludeNewer
        = workspace ? workspace->excludeNewer : std::map<std::string, std::string> {};
    if (args.isSet(QStringLiteral("exclude-newer"))) {
        excludeNewer.clear();
        for (const QString &value : args.values(QStringLiteral("exclude-newer"))) {
            // CHANNEL=VALUE; a date-time has no '=', so the last one splits.
            const qsizetype equals = value.lastIndexOf(u'=');
            excludeNewer[equals < 0 ? std::string() : value.left(equals).toStdString()]
                = value.mid(equals + 1).toStdString();
        }
    }
    auto cutoffs = util::parseExcludeNewer(excludeNewer, util::nowMs());
    if (!cutoffs)
        return makeError(ErrorCode::InvalidArgument, cutoffs.error().detail,
            args.isSet(QStringLiteral("exclude-newer")) ? std::string("--exclude-newer")
                                                        : workspace->file + ": exclude_newer");
    settings.excludeNewerMs = std::move(*cutoffs);
    return settings;
}

void warnSslVerifyOff(const envfile::Workspace &workspace)
{
    for (const auto &c : workspace.channels)
        if (c.sslVerify == envfile::SslVerify::No)
            err() << "warning: TLS certificate verification is off for channel "
                  << QString::fromStdString(util::maskSecrets(c.name)) << " (ssl_verify: false in "
                  << QString::fromStdString(workspace.file) << ")\n";
    err().flush();
}

Result<std::optional<envfile::Workspace>> readWorkspaceOption(const QCommandLineParser &args)
{
    if (!args.isSet(QStringLiteral("workspace")))
        return std::optional<envfile::Workspace>();
    auto read = envfile::readWorkspace(args.value(QStringLiteral("workspace")).toStdString());
    if (!read)
        return read.error();
    warnSslVerifyOff(*read);
    return std::optional<envfile::Workspace>(std::move(*read));
}

std::string resolveChannel(const std::string &text, const envfile::Workspace *workspace)
{
    if (workspace)
        for (const auto &c : workspace->channels)
            if (c.name == text || c.name.ends_with('/' + text))
                return c.name;
    if (!text.starts_with("file://") && QFileInfo(QString::fromStdString(text)).isDir())
        return QDir(QString::fromStdString(text)).absolutePath().toStdString();
    return text;
}

Result<solve::ChannelPriority> channelPriority(const QCommandLineParser &args, const envfile::Workspace *workspace)
{
    const bool strict = args.isSet(QStringLiteral("strict"));
    const bool flexible = args.isSet(QStringLiteral("flexible"));
    if (strict && flexible)
        return makeError(ErrorCode::InvalidArgument, "--strict and --flexible exclude each other");
    if (strict || flexible)
        return strict ? solve::ChannelPriority::Strict : solve::ChannelPriority::Flexible;
    return !workspace || workspace->strictChannelPriority ? solve::ChannelPriority::Strict : solve::ChannelPriority::Flexible;
}

Result<std::vector<solve::VirtualPackage>> virtualPackages(const QCommandLineParser &args, const std::string &platform,
                                                           const envfile::Workspace *workspace)
{
    std::vector<solve::VirtualPackage> result;
    // --virtual replaces the defaults, --no-virtual drops them all.
    if (args.isSet(QStringLiteral("virtual"))) {
        for (const QString &v : args.values(QStringLiteral("virtual"))) {
            auto parsed = solve::parseVirtualPackage(v.toStdString());
            if (!parsed)
                return parsed.error();
            result.push_back(*parsed);
        }
        return result;
    }
    if (args.isSet(QStringLiteral("no-virtual")))
        return result;
    result = solve::defaultVirtualPackages(platform, solve::condaOverridesFromEnvironment());
    if (!workspace)
        return result;
    // Unlike the GUI, which warns and goes on, the command line refuses a workspace entry it cannot read.
    auto configured = solve::withConfiguredVirtualPackages(std::move(result), workspace->virtualPackages, platform);
    if (!configured.refused.empty()) {
        const util::Error &refused = configured.refused.front();
        return makeError(refused.code, refused.detail, workspace->file + ": virtual_packages: " + refused.location);
    }
    return std::move(configured.packages);
}

/** Downloads (or takes from the cache) the repodata of @p channels, waiting in a local event loop. */
static Result<std::vector<solve::RepodataSource>> fetchSources(const std::vector<channel::Channel> &channels,
    const std::string &platform, const ChannelSettings &settings, const std::optional<std::vector<std::string>> &specs)
{
    channel::FetchOptions options;
    options.sslVerifyOff = settings.sslVerifyOff;
    options.scanLocalRepodata = false; // the loader reads a local channel's file once, and checks it
    channel::ChannelFetch fetcher(options);
    std::vector<channel::SubdirResult> results;
    QEventLoop loop;
    QObject::connect(&fetcher, &channel::ChannelFetch::finished, &loop, [&](const auto &r) {
        results = r;
        loop.quit();
    });
    std::optional<std::vector<std::string>> roots;
    if (specs) {
        roots.emplace();
        for (const std::string &spec : *specs)
            if (std::string name = channel::dependencyName(spec); !name.empty())
                roots->push_back(std::move(name));
    }
    if (!fetcher.fetch(channel::RepodataFetcher::requestsFor(channels, platform), roots))
        return makeError(ErrorCode::Internal, "the fetcher is busy");
    loop.exec();
    std::vector<std::string> warnings = fetcher.warnings();
    for (std::size_t i = 0; i < results.size(); ++i) {
        const channel::SubdirResult &r = results[i];
        if (r.status == channel::FetchStatus::Local)
            continue;
        const channel::ShardedSubdirResult &sharded = fetcher.shardResults()[i];
        err() << "fetched " << QString::fromStdString(r.url) << ": " << channel::fetchStatusName(r.status);
        if (sharded.sharded)
            err() << " (" << sharded.records << " records of " << fetcher.reachedNames().size()
                  << " names reached; shards: " << sharded.shardsFetched << " downloaded, " << sharded.shardsCached
                  << " cached)";
        err() << '\n';
    }
    auto sources = solve::sourcesFromFetch(results, warnings);
    for (const auto &w : warnings)
        err() << "warning: " << QString::fromStdString(w) << '\n';
    return sources;
}

std::vector<std::string> specsOfLines(const std::vector<solve::PlanLineInput> &lines)
{
    std::vector<std::string> specs;
    for (const auto &line : lines)
        specs.insert(specs.end(), line.specs.begin(), line.specs.end());
    return specs;
}

Result<solve::LoadStats> loadChannels(solve::Database &database, const std::vector<std::string> &channels,
    const std::string &platform, const ChannelSettings &settings, const std::optional<std::vector<std::string>> &specs)
{
    auto resolved = channel::resolveChannels(channels, settings.config);
    if (!resolved)
        return resolved.error();
    // Local channels (also names under a file:// channel_alias) are read in place; the others go
    // through the repodata cache (conditional requests).
    std::vector<std::string> folders;
    for (const auto &c : *resolved)
        if (c.isLocal())
            folders.push_back(c.localPath());
    auto sources = folders.size() == resolved->size() ? solve::localRepodataSources(folders, platform)
                                                      : fetchSources(*resolved, platform, settings, specs);
    if (!sources)
        return sources.error();
    const QString cacheDir = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/deploydeck/solv");
    solve::LoadOptions options { cacheDir.toStdString(), solve::PipAsPythonDependency::No, settings.excludeNewerMs };
    auto loaded = solve::loadSources(database, *sources, options);
    if (loaded)
        for (const auto &w : loaded->warnings)
            err() << "warning: " << QString::fromStdString(w) << '\n';
    return loaded;
}

std::vector<std::string> platformsOption(const QCommandLineParser &args, const envfile::Workspace *workspace)
{
    std::vector<std::string> platforms;
    for (const QString &p : args.values(QStringLiteral("platform")))
        platforms.push_back(p.toStdString());
    if (platforms.empty() && workspace)
        platforms = workspace->platforms.empty() ? std::vector<std::string>{workspace->platform} : workspace->platforms;
    if (platforms.empty())
        platforms = {"linux-64"};
    return platforms;
}

std::vector<std::string> sourceChannels(const QCommandLineParser &args, const envfile::Workspace *workspace)
{
    std::vector<std::string> sources;
    for (const QString &c : args.values(QStringLiteral("source")))
        sources.push_back(resolveChannel(c.toStdString(), workspace));
    if (sources.empty() && workspace)
        sources = envfile::syncSourceChannels(*workspace);
    return sources;
}

Result<envfile::SpecList> readSpecListArgument(const QCommandLineParser &args, const envfile::Workspace *workspace)
{
    const QStringList positional = args.positionalArguments();
    if (positional.size() > 1)
        return makeError(ErrorCode::InvalidArgument, "give one spec list, not " + std::to_string(positional.size()));
    std::string path = positional.isEmpty() ? std::string() : positional.front().toStdString();
    if (path.empty() && workspace && !workspace->specLists.empty())
        path = workspace->specLists.front();
    if (path.empty())
        return makeError(ErrorCode::InvalidArgument, "give the spec list (or a workspace with spec_lists)");
    auto list = envfile::readSpecList(path);
    if (list && list->specLines().empty())
        return makeError(ErrorCode::InvalidValue, "the spec list has no lines with specs", path);
    return list;
}

Result<sync::SyncPlan> buildSyncPlan(const QCommandLineParser &args, const envfile::Workspace *workspace,
    const ChannelSettings &settings, const std::vector<std::string> &sources, const std::vector<std::string> &platforms,
    const std::vector<solve::PlanLineInput> &lines, const channel::TargetIndex &target)
{
    auto priority = channelPriority(args, workspace);
    if (!priority)
        return priority.error();
    std::vector<solve::PlatformPlan> plans;
    for (const auto &platform : platforms) {
        solve::Request base;
        base.channelPriority = *priority;
        auto virtuals = virtualPackages(args, platform, workspace);
        if (!virtuals)
            return virtuals.error();
        base.virtualPackages = std::move(*virtuals);
        solve::Database db;  // one per platform: a database holds one platform's subdirs and noarch
        if (auto loaded = loadChannels(db, sources, platform, settings, specsOfLines(lines)); !loaded)
            return loaded.error();
        auto plan = solve::planPlatform(db, platform, lines, base, target);
        // The source's own records (patches included): what the target must hold.
        if (auto attached = solve::attachSourceRecords(db, plan, target); !attached)
            return attached.error();
        plans.push_back(std::move(plan));
    }
    return sync::combinePlans(std::move(plans));
}

} // namespace app::cli
