// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// The facility's channel configuration, the same on every path that names a channel: every
// command, every page, the channels of environment files and spec lists.
#include "core/channel/channel.h"
#include "core/envfile/workspace.h"

#include <string>
#include <vector>

namespace core::sync {

/**
 * How channel names resolve in @p workspace: its channel_alias and custom_channels, its channel
 * list, and its folder for relative paths. Without a workspace (nullptr): conda's defaults, with
 * relative paths against the current folder.
 */
channel::ChannelConfig channelConfig(const envfile::Workspace *workspace);

/**
 * The URLs of @p workspace's channels with `ssl_verify: false` (named channels resolved through
 * channelConfig()), as channel::FetchOptions::sslVerifyOff takes them. Callers warn about each.
 */
std::vector<std::string> sslVerifyOffUrls(const envfile::Workspace &workspace);

} // namespace core::sync
