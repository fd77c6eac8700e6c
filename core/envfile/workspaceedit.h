// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/envfile/workspace.h"
#include "core/util/result.h"

#include <string>

namespace core::envfile {

/**
 * The text of a deploydeck.yml with @p channel appended to its `channels:` list (lowest priority),
 * keeping every other line, comment and the list's indentation as they are. A file without
 * `channels:` gets the key at its end; an empty flow list (`channels: []`) becomes a block list.
 * A channel already listed is InvalidArgument; a flow list with items (`channels: [a, b]`) is
 * UnsupportedFormat (the edit would rewrite the user's line), naming @p file and the line.
 */
[[nodiscard]] util::Result<std::string> withChannelAdded(const std::string &yaml, const std::string &channel,
                                                         const std::string &file);

/**
 * Adds @p channel to the workspace file @p workspace (a deploydeck.yml or its folder) with
 * withChannelAdded(), checks that the result reads as a workspace listing the channel, and writes it
 * atomically; on any error the file is left as it was. Returns the workspace as read after the edit.
 */
[[nodiscard]] util::Result<Workspace> addWorkspaceChannel(const std::string &workspace, const std::string &channel);

} // namespace core::envfile
