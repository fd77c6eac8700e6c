// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/channel/channel.h"

#include "core/util/secrets.h"
#include "core/channel/urltext.h"
#include "core/spec/platform.h"

#include <QDir>
#include <QUrl>

#include <algorithm>

using core::util::ErrorCode;
using core::util::makeError;
using core::util::Result;

namespace core::channel {

namespace {

using detail::startsWith;
using detail::trimmed;

bool isPathLike(const std::string &spec)
{
    return startsWith(spec, "/") || startsWith(spec, "./") || startsWith(spec, "../") || spec == "."
        || spec == ".." || spec == "~" || startsWith(spec, "~/");
}

/** A URL split where conda puts a token: "scheme://authority[/prefix]" + "/t/<token>" + "/rest". */
struct SplitUrl
{
    std::string location;
    std::string token;
    std::string path;
};

SplitUrl splitToken(const std::string &url)
{
    const auto authorityStart = url.find("://") + 3;
    const auto pathStart = std::min(url.find('/', authorityStart), url.size());
    SplitUrl split{url.substr(0, pathStart), {}, url.substr(pathStart)};
    const auto t = split.path.find("/t/");
    if (t == std::string::npos)
        return split;
    const auto tokenEnd = std::min(split.path.find('/', t + 3), split.path.size());
    split.location += split.path.substr(0, t);
    split.token = split.path.substr(t + 3, tokenEnd - t - 3);
    split.path = split.path.substr(tokenEnd);
    return split;
}

} // namespace

/** Builds Channels; a friend of Channel so that no half-filled Channel escapes this file. */
class ChannelFactory
{
public:
    explicit ChannelFactory(const ChannelConfig &config) : m_config(config) {}

    Result<std::vector<Channel>> resolve(const std::string &input) const
    {
        const std::string spec = trimmed(input);
        if (spec.empty())
            return makeError(ErrorCode::InvalidArgument, "empty channel name");
        if (spec == "nodefaults")
            return std::vector<Channel>{};
        if (spec == "defaults")
            return defaults();
        auto single = resolveOne(spec);
        if (!single)
            return single.error();
        return std::vector<Channel>{std::move(*single)};
    }

private:
    Result<Channel> resolveOne(const std::string &spec) const
    {
        if (spec.find("://") != std::string::npos)
            return fromUrl(spec);
        if (isPathLike(spec))
            return fromPath(spec);
        return fromName(spec);
    }

    Result<std::vector<Channel>> defaults() const
    {
        std::vector<Channel> out;
        for (const auto &entry : m_config.defaultChannels) {
            auto channel = resolveOne(entry);
            if (!channel)
                return channel.error();
            // conda names the default channels by their path: "pkgs/main", "pkgs/r".
            if (channel->m_kind != ChannelKind::File && !channel->m_path.empty())
                channel->m_name = channel->m_path.substr(1);
            out.push_back(std::move(*channel));
        }
        return out;
    }

    Result<Channel> fromName(const std::string &name) const
    {
        if (name.find_first_of(" \t:\\") != std::string::npos || name.find("..") != std::string::npos)
            return makeError(ErrorCode::InvalidArgument, "not a valid channel name, URL or path", util::maskSecrets(name));
        std::string base = detail::withoutTrailingSlashes(m_config.channelAlias);
        std::size_t bestLength = 0;
        for (const auto &[key, url] : m_config.customChannels) {
            if ((name == key || startsWith(name, key + "/")) && key.size() > bestLength) {
                bestLength = key.size();
                base = detail::withoutTrailingSlashes(url);
            }
        }
        // A custom channel may live in a folder ("./channels"), resolved like any path.
        const std::string joined = base + "/" + name;
        auto channel = base.find("://") == std::string::npos ? fromPath(joined) : fromUrl(joined);
        if (channel)
            channel->m_name = detail::withoutTrailingSlashes(name.substr(0, name.size() - platformSuffixLength(name)));
        return channel;
    }

    Result<Channel> fromPath(const std::string &spec) const
    {
        QString path = QString::fromStdString(spec);
        if (path == u'~' || path.startsWith(QLatin1String("~/")))
            path = QDir::homePath() + path.mid(1);
        else if (!QDir::isAbsolutePath(path))
            path = QDir(m_config.baseDir.empty() ? QDir::currentPath() : QString::fromStdString(m_config.baseDir))
                       .absoluteFilePath(path);
        return fromUrl("file://" + QDir::cleanPath(path).toStdString());
    }

    Result<Channel> fromUrl(const std::string &url) const
    {
        const std::string scheme = url.substr(0, url.find("://"));
        if (scheme != "http" && scheme != "https" && scheme != "file")
            return makeError(ErrorCode::InvalidArgument, "unsupported URL scheme '" + scheme + "'", util::maskSecrets(url));
        SplitUrl split = splitToken(url);
        if (scheme == "file")
            return fromFileUrl(split);
        if (split.location.size() <= scheme.size() + 3)
            return makeError(ErrorCode::InvalidArgument, "URL without a host", util::maskSecrets(url));
        Channel channel;
        channel.m_location = split.location;
        channel.m_token = split.token;
        channel.m_path = detail::withoutTrailingSlashes(split.path);
        takePlatforms(channel);
        channel.m_kind = channel.m_path.find("/get/") != std::string::npos ? ChannelKind::Quetz : ChannelKind::Http;
        channel.m_name = aliasName(channel);
        return channel;
    }

    Result<Channel> fromFileUrl(const SplitUrl &split) const
    {
        // A file URL carries no host ("file:///abs"); the path may be percent-encoded.
        const std::string raw = split.location.substr(7) + split.path;
        const std::string path = QUrl::fromPercentEncoding(QByteArray::fromStdString(raw)).toStdString();
        if (!startsWith(path, "/"))
            return makeError(ErrorCode::InvalidArgument, "a file:// URL needs an absolute path", raw);
        Channel channel;
        channel.m_kind = ChannelKind::File;
        channel.m_location = "file://";
        channel.m_path = QDir::cleanPath(QString::fromStdString(path)).toStdString();
        if (channel.m_path != "/")
            channel.m_path = detail::withoutTrailingSlashes(channel.m_path);
        takePlatforms(channel);
        channel.m_name = channel.url();
        return channel;
    }

    /** A trailing platform subdir ("/linux-64") restricts the channel to that platform (conda does so). */
    static void takePlatforms(Channel &channel)
    {
        const auto slash = channel.m_path.rfind('/');
        if (slash == std::string::npos || slash == 0)
            return;
        const std::string last = channel.m_path.substr(slash + 1);
        if (last != "noarch" && spec::isKnownSubdir(last)) {
            channel.m_platforms.push_back(last);
            channel.m_path.resize(slash);
        }
    }

    static std::size_t platformSuffixLength(const std::string &name)
    {
        const auto slash = name.rfind('/');
        if (slash == std::string::npos)
            return 0;
        const std::string last = name.substr(slash + 1);
        return last != "noarch" && spec::isKnownSubdir(last) ? name.size() - slash : 0;
    }

    /** "conda-forge" when the URL lies under the channel alias, else the masked URL. */
    std::string aliasName(const Channel &channel) const
    {
        const SplitUrl alias = splitToken(detail::withoutTrailingSlashes(m_config.channelAlias));
        const std::string tokenless = channel.m_location + channel.m_path;
        const std::string aliasBase = alias.location + detail::withoutTrailingSlashes(alias.path) + "/";
        if (alias.location.find("://") != std::string::npos && startsWith(tokenless, aliasBase))
            return tokenless.substr(aliasBase.size());
        return channel.url();
    }

    const ChannelConfig &m_config;
};

std::string Channel::url(WithToken withToken) const
{
    if (m_token.empty())
        return m_location + m_path;
    return m_location + "/t/" + (withToken == WithToken::Yes ? m_token : std::string("<TOKEN>")) + m_path;
}

std::string Channel::subdirUrl(const std::string &subdir, WithToken withToken) const
{
    return url(withToken) + "/" + subdir;
}

std::string Channel::cacheKeyUrl(const std::string &subdir) const
{
    return m_location + m_path + "/" + subdir + "/";
}

std::string Channel::localPath() const
{
    return m_kind == ChannelKind::File ? m_path : std::string();
}

std::string Channel::quetzServer() const
{
    if (m_kind != ChannelKind::Quetz)
        return {};
    return m_location + m_path.substr(0, m_path.rfind("/get/"));
}

std::string Channel::quetzChannel() const
{
    if (m_kind != ChannelKind::Quetz)
        return {};
    const auto get = m_path.rfind("/get/");
    return m_path.substr(get + 5);
}

std::vector<std::string> Channel::subdirs(const std::string &platform) const
{
    std::vector<std::string> out = m_platforms.empty() ? std::vector<std::string>{platform} : m_platforms;
    if (std::find(out.begin(), out.end(), "noarch") == out.end())
        out.push_back("noarch");
    return out;
}

Result<std::vector<Channel>> resolveChannel(const std::string &spec, const ChannelConfig &config)
{
    return ChannelFactory(config).resolve(spec);
}

Result<std::vector<Channel>> resolveChannels(const std::vector<std::string> &specs, const ChannelConfig &config)
{
    const bool noDefaults = std::find(specs.begin(), specs.end(), "nodefaults") != specs.end();
    std::vector<Channel> out;
    for (const auto &spec : specs) {
        if (noDefaults && trimmed(spec) == "defaults")
            continue;
        auto channels = resolveChannel(spec, config);
        if (!channels)
            return channels.error();
        for (auto &channel : *channels) {
            if (std::find(out.begin(), out.end(), channel) == out.end())
                out.push_back(std::move(channel));
        }
    }
    return out;
}

Result<std::vector<Channel>> resolveChannels(const ChannelConfig &config)
{
    return resolveChannels(config.channels, config);
}

} // namespace core::channel
