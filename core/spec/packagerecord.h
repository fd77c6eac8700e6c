// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace core::spec {

/**
 * One package build as repodata describes it (CEP 34), plus where it was found.
 * Plain value type: copyable, comparable, safe to pass between threads.
 */
struct PackageRecord
{
    std::string name;
    std::string version;
    std::string build;              ///< build string, e.g. "py39h1234_0"
    std::uint64_t buildNumber = 0;
    std::vector<std::string> depends;
    std::vector<std::string> constrains;
    std::vector<std::string> trackFeatures;
    std::string license;
    std::string md5;
    std::string sha256;
    std::uint64_t size = 0;
    std::uint64_t timestamp = 0;    ///< milliseconds since the epoch (CEP 34), 0 when unknown
    std::string noarch;             ///< "", "python" or "generic"
    std::string subdir;             ///< the record's subdir ("linux-64", "noarch")
    std::string fn;                 ///< file name, e.g. "numpy-1.26.4-py312h1234_0.conda"
    std::string channel;            ///< canonical channel name or URL it came from (no token)
    std::string url;                ///< full download URL (may carry a token; never print it)

    /** "name-version-build", the conda dist string. */
    std::string dist() const { return name + '-' + version + '-' + build; }

    bool operator==(const PackageRecord &) const = default;
};

} // namespace core::spec
