// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/util/result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace core::inventory {

/** The hosts a pattern such as `web[01:10:2].example.com:2222` stands for. */
struct HostPattern
{
    std::vector<std::string> hosts;
    std::optional<int> port;
    bool operator==(const HostPattern &) const = default;
};

/** Most hosts one pattern may expand to; beyond it the pattern is refused (LimitExceeded). */
inline constexpr size_t kMaxHostsPerPattern = 100000;
/** Most host entries (a host in a group) one inventory may hold; beyond it the rest is refused. */
inline constexpr size_t kMaxHostEntries = 200000;

/**
 * The bounds an inventory is read with: the defaults above, or smaller ones where a caller reads
 * many small inventories quickly (the fuzz targets: the same refusals, a thousand times sooner).
 */
struct HostLimits
{
    size_t hostsPerPattern = kMaxHostsPerPattern;
    size_t hostEntries = kMaxHostEntries;
};

/**
 * Expands a host pattern as Ansible does: an optional `:port` (or `[addr]:port`), then numeric
 * (`[1:3]`, zero-padded `[01:10]`), alphabetic (`[a:c]`) and stepped (`[1:9:2]`) ranges, several
 * per name. Bad ranges are InvalidValue errors with Ansible's reason; more than @p maxHosts names
 * is LimitExceeded.
 */
[[nodiscard]] util::Result<HostPattern> expandHostPattern(std::string_view pattern, size_t maxHosts = kMaxHostsPerPattern);

} // namespace core::inventory
