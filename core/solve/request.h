// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <string>
#include <vector>

namespace core::solve {

enum class ChannelPriority { Strict, Flexible };

/** A virtual package such as __glibc 2.28 or __cuda 12.2: installed by the system, never downloaded. */
struct VirtualPackage
{
    std::string name;
    std::string version;
    std::string build = "0";
    /** "name=version=build", as a lock file's content hash takes it. */
    std::string text() const { return name + '=' + version + '=' + build; }
    bool operator==(const VirtualPackage &) const = default;
};

/** What to solve: specs installed into an empty environment. */
struct Request
{
    std::vector<std::string> specs;          ///< match specs as the user wrote them
    std::vector<std::string> pinned;         ///< constraints on packages if they get installed
    std::vector<VirtualPackage> virtualPackages;
    ChannelPriority channelPriority = ChannelPriority::Strict;
    bool operator==(const Request &) const = default;
};

} // namespace core::solve
