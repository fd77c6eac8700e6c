// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/util/result.h"

#include <map>
#include <string>
#include <vector>

namespace core::envfile {

/** Whether TLS certificates of a channel's server are verified: always, unless turned off for that channel. */
enum class SslVerify : bool { No, Yes };

/**
 * A channel as the workspace names it: a name (resolved through channel_alias), URL or file:// path.
 * In deploydeck.yml a plain string, or a mapping `{name: URL, ssl_verify: false}` to turn TLS
 * certificate verification off for this one channel (a self-signed mirror); callers must warn then.
 */
struct WorkspaceChannel
{
    std::string name;
    SslVerify sslVerify = SslVerify::Yes;
    bool operator==(const WorkspaceChannel &) const = default;
};

/** An RPM repository (yum/dnf repodata) used to check RPM pins. */
struct RpmRepository
{
    std::string name;
    std::string url;
    bool operator==(const RpmRepository &) const = default;
};

/** A warning found while reading: not fatal, shown to the user with its location. */
struct Diagnostic
{
    std::string message; ///< plain English, for logs and the command line
    std::string location; ///< the position as text, file:line:column
    util::TextPosition position;
    util::ErrorCode code = util::ErrorCode::InvalidValue;
    std::vector<std::string> values; ///< what the code's sentence names (the unknown key)

    static Diagnostic at(std::string message, util::TextPosition position,
        util::ErrorCode code = util::ErrorCode::InvalidValue, std::vector<std::string> values = {})
    {
        std::string location = position.text();
        return { std::move(message), std::move(location), std::move(position), code, std::move(values) };
    }
    bool operator==(const Diagnostic &) const = default;
};

/**
 * A workspace: a folder with a deploydeck.yml. Paths are absolute (resolved against the folder).
 *
 * deploydeck.yml keys: name, channels (list, highest priority first; an item may be
 * `{name: URL, ssl_verify: false}`), channel_alias,
 * custom_channels (map name -> URL), channel_priority (strict|flexible), platform,
 * platforms (list), virtual_packages (map name -> "version[=build]"), sync_source (a channel or a
 * list: what a spec list is solved against and copied from; default: channels), sync_target,
 * inventory, playbooks (list), environments (list), spec_lists (list),
 * rpm_repositories (list of {name, url}), pin_variables ({rpm: [...], conda: [...], environment: [...]}),
 * exclude_newer (a date, date-time or duration such as 7d, or a map channel -> one of those).
 */
struct Workspace
{
    std::string root;       ///< absolute folder
    std::string file;       ///< absolute path of deploydeck.yml
    std::string name;
    std::vector<WorkspaceChannel> channels;
    std::string channelAlias = "https://conda.anaconda.org";
    std::map<std::string, std::string> customChannels;
    bool strictChannelPriority = true;
    std::string platform = "linux-64";
    std::vector<std::string> platforms;   ///< for lock files and sync plans; defaults to {platform}
    std::map<std::string, std::string> virtualPackages;  ///< name -> "version" or "version=build"
    std::vector<std::string> syncSource; ///< channels a sync solves against and copies from; empty: channels
    std::string syncTarget;               ///< channel (name, URL, path) the sync writes into
    std::string inventory;
    std::vector<std::string> playbooks;
    std::vector<std::string> environments;
    std::vector<std::string> specLists;
    std::vector<RpmRepository> rpmRepositories;
    std::vector<std::string> rpmPinVariables = {"packages_stable", "packages_testing", "versions"};
    std::vector<std::string> condaEnvVariables = {"conda_envs"};
    std::vector<std::string> environmentVariables = {"sardana_env"};
    /** exclude_newer as written: channel ("" for all) -> date or duration (util::parseExcludeNewer). */
    std::map<std::string, std::string> excludeNewer;
    std::vector<Diagnostic> warnings;     ///< unknown keys and the like

    bool operator==(const Workspace &) const = default;
};

/**
 * Reads @p path, either a deploydeck.yml or the folder holding one. YAML errors and bad values are
 * errors with file:line:column; unknown keys are warnings in Workspace::warnings.
 */
[[nodiscard]] util::Result<Workspace> readWorkspace(const std::string &path);

/** Reads the text of a deploydeck.yml that lives (or would live) at @p file; as readWorkspace(). */
[[nodiscard]] util::Result<Workspace> parseWorkspace(const std::string &yaml, const std::string &file);

/** The channels a spec list is solved against and copied from: sync_source, else the channels. */
std::vector<std::string> syncSourceChannels(const Workspace &workspace);

/** Resolves a workspace-relative path to an absolute one. */
std::string resolvePath(const Workspace &workspace, const std::string &path);

} // namespace core::envfile
