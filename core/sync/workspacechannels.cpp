// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/sync/workspacechannels.h"

#include <QDir>

namespace core::sync {

channel::ChannelConfig channelConfig(const envfile::Workspace *workspace)
{
    channel::ChannelConfig config;
    if (!workspace) {
        config.baseDir = QDir::currentPath().toStdString();
        return config;
    }
    config.channelAlias = workspace->channelAlias;
    config.customChannels = workspace->customChannels;
    config.baseDir = workspace->root;
    for (const auto &c : workspace->channels)
        config.channels.push_back(c.name);
    return config;
}

std::vector<std::string> sslVerifyOffUrls(const envfile::Workspace &workspace)
{
    const channel::ChannelConfig config = channelConfig(&workspace);
    std::vector<std::string> urls;
    for (const auto &c : workspace.channels) {
        if (c.sslVerify != envfile::SslVerify::No)
            continue;
        urls.push_back(c.name); // as written: a URL names itself
        auto resolved = channel::resolveChannel(c.name, config);
        for (const auto &r : resolved ? *resolved : std::vector<channel::Channel> {})
            urls.push_back(r.url(channel::WithToken::Yes));
    }
    return urls;
}

} // namespace core::sync
