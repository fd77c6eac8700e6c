// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/util/result.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace core::channel {

/**
 * The package files a target channel already holds, per subdir, by exact file name. A .conda in
 * the target does not cover the .tar.bz2 of the same build (nor the other way round): the plan
 * names the file the solver picked, and the sync uploads exactly that file.
 */
struct TargetIndex
{
    std::map<std::string, std::set<std::string>> files;  ///< subdir -> file names
    /** "subdir/fn" -> the record the target's repodata.json holds for that file, as compact JSON. */
    std::map<std::string, std::string> records;

    bool contains(const std::string &subdir, const std::string &fn) const;
    bool operator==(const TargetIndex &) const = default;
};

/**
 * Reads the repodata.json of each of @p subdirs of a local channel folder (or file:// URL):
 * the keys of `packages` and `packages.conda`, and their records. A missing subdir or repodata.json counts as empty;
 * a channel folder that does not exist is FileNotFound; malformed JSON is ParseError naming the file.
 */
[[nodiscard]] util::Result<TargetIndex> readTargetIndex(const std::string &channel, const std::vector<std::string> &subdirs);

} // namespace core::channel
