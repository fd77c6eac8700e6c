// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/spec/platform.h"

#include <algorithm>

namespace core::spec {

const std::vector<std::string> &knownPlatforms()
{
    static const std::vector<std::string> s_platforms = {"linux-64", "linux-aarch64", "linux-ppc64le",
                                                         "osx-64", "osx-arm64", "win-64"};
    return s_platforms;
}

bool isKnownSubdir(std::string_view subdir)
{
    const auto &all = knownPlatforms();
    return subdir == "noarch" || std::find(all.begin(), all.end(), subdir) != all.end();
}

std::string platformFamily(std::string_view platform)
{
    const auto dash = platform.find('-');
    if (dash == std::string_view::npos)
        return {};
    const auto family = platform.substr(0, dash);
    if (family == "linux" || family == "osx" || family == "win")
        return std::string(family);
    return {};
}

std::string platformArch(std::string_view platform)
{
    if (platform == "linux-64" || platform == "osx-64" || platform == "win-64")
        return "x86_64";
    if (platform == "linux-aarch64")
        return "aarch64";
    if (platform == "osx-arm64")
        return "arm64";
    if (platform == "linux-ppc64le")
        return "ppc64le";
    return {};
}

} // namespace core::spec
