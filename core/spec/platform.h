// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace core::spec {

/** The conda platforms (subdirs) deploydeck knows, without "noarch". */
const std::vector<std::string> &knownPlatforms();

/** Whether @p subdir is a known platform or "noarch". */
bool isKnownSubdir(std::string_view subdir);

/** "linux", "osx" or "win" for a platform such as "linux-64"; empty for noarch or unknown. */
std::string platformFamily(std::string_view platform);

/** The architecture part ("x86_64", "aarch64", "arm64", "ppc64le") used for __archspec. */
std::string platformArch(std::string_view platform);

} // namespace core::spec
