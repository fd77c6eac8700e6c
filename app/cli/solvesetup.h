// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// What the solving subcommands (solve, lock, sync-plan, sync) share: reading --workspace, resolving
// channel names, channel priority and virtual packages, loading local channels, and planning a
// spec list.
#include "core/channel/channel.h"
#include "core/envfile/speclist.h"
#include "core/envfile/workspace.h"
#include "core/solve/database.h"
#include "core/solve/request.h"
#include "core/sync/syncplan.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace app::cli {

/** --workspace, --strict, --flexible, --virtual, --no-virtual, --exclude-newer: options every solving command takes. */
QList<QCommandLineOption> solverOptions();

/** The text of --exclude-newer in --help, and in README.md. */
QString excludeNewerHelp();

/**
 * How the channels of a command are resolved and loaded: the workspace's channel configuration
 * (core::sync::channelConfig, the same as the GUI's), its channels with TLS verification off,
 * and the exclude-newer cutoffs.
 */
struct ChannelSettings
{
    core::channel::ChannelConfig config;
    std::vector<std::string> sslVerifyOff;
    std::map<std::string, std::int64_t> excludeNewerMs; ///< see core::solve::LoadOptions::excludeNewerMs
};

/**
 * The settings for @p workspace (nullptr: conda's defaults) with the --exclude-newer values, which
 * replace the workspace's exclude_newer when given. A bad value is an InvalidArgument error.
 */
[[nodiscard]] core::util::Result<ChannelSettings> channelSettings(
    const QCommandLineParser &args, const core::envfile::Workspace *workspace);

/**
 * Prints a warning to stderr for each channel of @p workspace with `ssl_verify: false`: its TLS
 * certificates are not verified. Every command that reads a workspace calls it.
 */
void warnSslVerifyOff(const core::envfile::Workspace &workspace);

/** The workspace named by --workspace, if any; an unreadable one is an error (channels without TLS verification are warned about). */
[[nodiscard]] core::util::Result<std::optional<core::envfile::Workspace>> readWorkspaceOption(const QCommandLineParser &args);

/** A channel argument: a workspace channel by its name, else as given (URL or path, made absolute). */
std::string resolveChannel(const std::string &text, const core::envfile::Workspace *workspace);

/** The channel priority from the workspace, overridden by --strict / --flexible (both: an error). */
[[nodiscard]] core::util::Result<core::solve::ChannelPriority> channelPriority(const QCommandLineParser &args,
                                                                              const core::envfile::Workspace *workspace);

/**
 * The virtual packages for @p platform: --virtual values replace the defaults, --no-virtual gives
 * none, otherwise the detected ones with the workspace's virtual_packages laid over them.
 */
[[nodiscard]] core::util::Result<std::vector<core::solve::VirtualPackage>>
virtualPackages(const QCommandLineParser &args, const std::string &platform, const core::envfile::Workspace *workspace);

/**
 * Loads @p channels (highest priority first) for @p platform and noarch into @p database, names
 * resolved through @p settings (channel_alias, custom_channels): local ones in place, remote ones
 * through the repodata cache with conditional requests, waiting in a local event loop; records
 * newer than the exclude-newer cutoffs are left out. The .solv caches live under the user's cache
 * folder; warnings (a cached copy used because a server could not be reached) go to stderr. Where
 * a remote channel serves sharded repodata (CEP 16) and @p specs are given, only the shards of the
 * names they reach are fetched; without specs, the whole flat repodata.
 */
[[nodiscard]] core::util::Result<core::solve::LoadStats> loadChannels(core::solve::Database &database,
    const std::vector<std::string> &channels, const std::string &platform, const ChannelSettings &settings,
    const std::optional<std::vector<std::string>> &specs = std::nullopt);

/** The specs of every line of @p lines, for loadChannels(). */
std::vector<std::string> specsOfLines(const std::vector<core::solve::PlanLineInput> &lines);

/** The -p/--platform values, else the workspace's platforms, else its platform, else linux-64. */
std::vector<std::string> platformsOption(const QCommandLineParser &args, const core::envfile::Workspace *workspace);

/** The --source values (resolved with resolveChannel), else the workspace's sync source (envfile::syncSourceChannels);
 * empty when neither. */
std::vector<std::string> sourceChannels(const QCommandLineParser &args, const core::envfile::Workspace *workspace);

/**
 * The spec list named by the one positional argument, else the workspace's first spec list. Errors:
 * more than one argument, none at all, an unreadable file, a list without any line of specs.
 */
[[nodiscard]] core::util::Result<core::envfile::SpecList> readSpecListArgument(const QCommandLineParser &args,
                                                                              const core::envfile::Workspace *workspace);

/**
 * Plans @p lines for each of @p platforms against the channels @p sources (loaded as loadChannels()
 * does with @p settings; priority and virtual packages from the options and the workspace) and
 * combines the plans.
 */
[[nodiscard]] core::util::Result<core::sync::SyncPlan> buildSyncPlan(const QCommandLineParser &args,
    const core::envfile::Workspace *workspace, const ChannelSettings &settings, const std::vector<std::string> &sources,
    const std::vector<std::string> &platforms, const std::vector<core::solve::PlanLineInput> &lines,
    const core::channel::TargetIndex &target);

} // namespace app::cli
