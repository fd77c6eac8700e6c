// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/util/failpoint.h"

#include <csignal>
#include <cstdlib>
#include <string>

namespace core::util {

void failpoint(std::string_view point, std::string_view context)
{
    static const std::string wanted = [] {
        const char *value = std::getenv("DEPLOYDECK_FAILPOINT");
        return std::string(value ? value : "");
    }();
    if (wanted.empty())
        return;
    const std::string_view spec(wanted);
    const auto at = spec.find('@');
    if (spec.substr(0, at) != point)
        return;
    if (at != std::string_view::npos && context.find(spec.substr(at + 1)) == std::string_view::npos)
        return;
    std::raise(SIGKILL);
}

} // namespace core::util
