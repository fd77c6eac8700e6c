// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/util/result.h"

#include <map>
#include <string>
#include <vector>

namespace core::channel {

/**
 * The channel settings conda reads from .condarc, as a plain struct (the workspace's deploydeck.yml
 * or a .condarc fill it): where plain names live and what "defaults" means.
 */
struct ChannelConfig
{
    /** Base URL of plain channel names: "conda-forge" is channelAlias + "/conda-forge". May carry a token. */
    std::string channelAlias = "https://conda.anaconda.org";
    /** What "defaults" expands to, in order. */
    std::vector<std::string> defaultChannels = {"https://repo.anaconda.com/pkgs/main",
                                                "https://repo.anaconda.com/pkgs/r"};
    /** name -> server URL; the channel "name" (or "name/sub/path") lives at URL + "/name". */
    std::map<std::string, std::string> customChannels;
    /** The configured channel list (names, URLs, paths), highest priority first. */
    std::vector<std::string> channels;
    /** Folder that relative paths ("./channel", "../c") are resolved against; empty: the current folder. */
    std::string baseDir;

    bool operator==(const ChannelConfig &) const = default;
};

/** Where a channel lives. A Quetz channel is an HTTP channel served under "<server>/get/<name>". */
enum class ChannelKind { Http, Quetz, File };

/** Whether a URL is returned with its token (only for the request itself) or masked. */
enum class WithToken : bool { No, Yes };

/**
 * One resolved channel: a value type, cheap to copy, safe between threads.
 *
 * The token (anaconda.org's "/t/<token>/") is kept apart from the URL and is only put back by
 * url(WithToken::Yes), the form used for the request itself; every other accessor masks it.
 */
class Channel
{
public:
    Channel() = default;

    /** Canonical name: "conda-forge" for alias channels, "pkgs/main" for defaults, else the masked URL. */
    const std::string &name() const { return m_name; }
    ChannelKind kind() const { return m_kind; }
    bool isLocal() const { return m_kind == ChannelKind::File; }
    bool hasToken() const { return !m_token.empty(); }

    /** The channel's base URL without a trailing slash; with the token, or with "/t/<TOKEN>" in its place. */
    std::string url(WithToken withToken = WithToken::No) const;
    /** The URL of a subdir folder ("<url>/<subdir>"), token handling as url(). */
    std::string subdirUrl(const std::string &subdir, WithToken withToken = WithToken::No) const;
    /** The cache identity of a subdir: its URL without any token, so a rotated token keeps the cache. */
    std::string cacheKeyUrl(const std::string &subdir) const;
    /** For a File channel, the absolute folder; empty otherwise. */
    std::string localPath() const;

    /** For a Quetz channel, the server ("https://host[:port][/prefix]") and the channel name there. */
    std::string quetzServer() const;
    std::string quetzChannel() const;

    /**
     * The subdirs to fetch for @p platform: {platform, "noarch"}, or, when the URL named platforms
     * (".../conda-forge/linux-64"), those of them that apply plus noarch.
     */
    std::vector<std::string> subdirs(const std::string &platform) const;
    /** Platforms the URL itself restricted the channel to; empty when none. */
    const std::vector<std::string> &platformFilter() const { return m_platforms; }

    bool operator==(const Channel &) const = default;

private:
    friend class ChannelFactory;  // channel.cpp: the only place that fills a Channel

    std::string m_name;
    ChannelKind m_kind = ChannelKind::Http;
    std::string m_location;  ///< "scheme://[user@]host[:port][/prefix]": where a token is inserted after
    std::string m_path;      ///< the rest of the URL path, starting with '/' (or empty)
    std::string m_token;     ///< secret, empty when none
    std::vector<std::string> m_platforms;
};

/**
 * Resolves one channel as conda does: "defaults" expands to ChannelConfig::defaultChannels, a plain
 * name goes through custom_channels then channel_alias, "file://" URLs and absolute or "./" / "~/"
 * paths are local, "http(s)://" URLs are used as they are (a token "/t/<token>/" is split off, a
 * trailing platform subdir becomes a filter). InvalidArgument for empty or malformed input,
 * naming the (masked) input.
 */
[[nodiscard]] util::Result<std::vector<Channel>> resolveChannel(const std::string &spec, const ChannelConfig &config);

/**
 * Resolves a channel list in order: "nodefaults" removes the channels "defaults" brings, duplicates
 * keep their first (highest-priority) place. The first bad entry is the error.
 */
[[nodiscard]] util::Result<std::vector<Channel>> resolveChannels(const std::vector<std::string> &specs,
                                                                 const ChannelConfig &config);

/** resolveChannels(config.channels, config). */
[[nodiscard]] util::Result<std::vector<Channel>> resolveChannels(const ChannelConfig &config);

} // namespace core::channel
