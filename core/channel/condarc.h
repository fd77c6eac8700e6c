// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/channel/channel.h"
#include "core/util/result.h"

#include <string>

namespace core::channel {

/**
 * Reads the channel keys of a .condarc over @p base: `channel_alias`, `channels`,
 * `default_channels` (block or flow lists) and `custom_channels` (block or flow map, merged into
 * base's). Other keys are skipped. yaml-cpp stays in envfile/inventory (STYLE.md), so this is a
 * small reader for the plain YAML a .condarc uses: `key: value`, `- item` lists, `name: url`
 * maps, `[a, b]`, quotes and `#` comments; anchors, multi-line strings and deeper nesting under
 * these keys are a ParseError with file:line. FileNotFound/FileUnreadable name the file.
 */
[[nodiscard]] util::Result<ChannelConfig> readCondarc(const std::string &path, ChannelConfig base = {});

/** As readCondarc(), from text; @p fileName only labels errors. */
[[nodiscard]] util::Result<ChannelConfig> parseCondarc(const std::string &text, const std::string &fileName,
                                                       ChannelConfig base = {});

} // namespace core::channel
