// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <string_view>

namespace core::util {

/**
 * A test hook for kill points: when the environment variable DEPLOYDECK_FAILPOINT names @p point
 * ("<point>", or "<point>@<text>" where <text> must occur in @p context), the process is killed
 * with SIGKILL right here, as a power loss or `kill -9` would end it: no destructor, no flush.
 * Without the variable it costs one branch. Tests walk a write sequence's points one by one and
 * check what is left on disk (tests/hardening/tst_killrefresh).
 */
void failpoint(std::string_view point, std::string_view context = {});

} // namespace core::util
