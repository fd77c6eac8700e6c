// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/inventory/inventory.h"
#include "core/util/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace core::inventory {

/**
 * The hosts an Ansible limit (`--limit`) selects from @p inventory, in inventory order. The limit
 * holds patterns separated by `,` (or, when it has no comma, by `:` and blanks outside brackets);
 * each is `all` or `*`, a host or group name (a group brings its descendants' hosts), a glob
 * (`b303*`, `web?`) over host and group names, or `~REGEX` matched from the start of them (as
 * Python's re.match); a pattern other than a regex may end in a subscript, `[i]` (negative counts
 * from the end), `[x:y]` (inclusive) or `[x:]`, over the hosts it names in Ansible's order.
 * `!PATTERN` removes its hosts and `&PATTERN` keeps only the hosts also in it. An empty limit
 * selects every host. A pattern or subscript that matches nothing selects nothing, as Ansible does
 * (it warns). InvalidValue for a regular expression that does not compile.
 */
[[nodiscard]] util::Result<std::vector<std::string>> selectHosts(const Inventory &inventory, std::string_view limit);

} // namespace core::inventory
