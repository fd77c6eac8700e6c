// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// exclude-newer (pixi's name; CEP 47's indexed_timestamp): the values that leave out records
// published after a date, or younger than a duration ("cooldown").
#include "core/util/result.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace core::util {

/**
 * Reads one exclude-newer value as a cutoff in milliseconds since the epoch: a date ("2026-10-01",
 * midnight UTC), an ISO 8601 date-time ("2026-10-01T12:00:00Z", "…+02:00"; UTC when it has no
 * offset), or a duration back from @p nowMs: a whole number and a unit, s, m (minutes), h, d or w
 * ("7d", "12h", "2w"). InvalidValue naming the text otherwise.
 */
[[nodiscard]] Result<std::int64_t> parseExcludeNewer(std::string_view text, std::int64_t nowMs);

/**
 * Reads a set of values keyed by channel ("" for every channel not named), as the workspace and
 * the command line give them, into cutoffs; the first bad value is the error, naming its channel.
 */
[[nodiscard]] Result<std::map<std::string, std::int64_t>> parseExcludeNewer(
    const std::map<std::string, std::string> &values, std::int64_t nowMs);

/** The current time in milliseconds since the epoch, what durations count back from. */
std::int64_t nowMs();

} // namespace core::util
