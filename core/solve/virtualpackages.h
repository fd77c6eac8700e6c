// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/solve/request.h"
#include "core/util/result.h"

#include <map>
#include <string>
#include <vector>

namespace core::solve {

/**
 * The virtual packages conda would detect for @p platform: __unix/__linux/__glibc/__archspec on
 * Linux (the glibc and kernel of this machine when the platform is the machine's own, else
 * conservative defaults), __unix/__osx on macOS, __win on Windows. The CONDA_OVERRIDE_CUDA,
 * CONDA_OVERRIDE_GLIBC, CONDA_OVERRIDE_OSX and CONDA_OVERRIDE_LINUX variables in @p environment
 * override or add (an empty value removes that package), as conda does.
 */
std::vector<VirtualPackage> defaultVirtualPackages(const std::string &platform,
                                                   const std::map<std::string, std::string> &environment);

/** The CONDA_OVERRIDE_* variables of this process. */
std::map<std::string, std::string> condaOverridesFromEnvironment();

/** Parses "NAME=VERSION[=BUILD]" (as given to --virtual or in deploydeck.yml). */
[[nodiscard]] util::Result<VirtualPackage> parseVirtualPackage(const std::string &text);

/** Whether the virtual package @p name makes sense on @p platform ("__glibc" does not on osx-64). */
bool virtualPackageAppliesTo(const std::string &name, const std::string &platform);

/** What a workspace's virtual packages make of the defaults: see withConfiguredVirtualPackages(). */
struct ConfiguredVirtualPackages
{
    std::vector<VirtualPackage> packages;
    std::vector<util::Error> refused;  ///< entries that do not parse, each naming its text
};

/**
 * @p defaults with each entry of @p configured (name -> "VERSION[=BUILD]", as deploydeck.yml's
 * `virtual_packages` holds them) in place of the default of that name. Entries that do not apply to
 * @p platform are left out; entries that do not parse are left out and listed in `refused`.
 */
ConfiguredVirtualPackages withConfiguredVirtualPackages(std::vector<VirtualPackage> defaults,
                                                        const std::map<std::string, std::string> &configured,
                                                        const std::string &platform);

} // namespace core::solve
