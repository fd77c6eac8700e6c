// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// Private to core/solve: the `.solv` cache of a repodata file.
#include "core/solve/database.h"
#include "core/solve/libsolv/wrappers.h"

#include <QFileInfo>

#include <cstddef>
#include <string>
#include <vector>

namespace core::solve::detail {

/** Identifies the JSON a cache was made from: format version, file name, size, mtime, channel URL, options. */
std::string solvStamp(const QFileInfo &json, const RepodataSource &source, PipAsPythonDependency pip);

/**
 * Where the cache of @p json lives: next to it, in @p cacheDir (one file per folder, channel and
 * subdir), or nowhere ("-" gives "").
 */
std::string solvCachePath(const QFileInfo &json, const RepodataSource &source, const std::string &cacheDir);

/**
 * What a cache keeps besides the records: the channel's base URL and what loading the JSON
 * reported (skipped records, .tar.bz2 records replaced, warnings), so that a load from the cache
 * tells the user the same as the load it was made from.
 */
struct SolvCacheInfo
{
    std::string baseUrl;
    std::size_t skipped = 0;
    std::size_t replacedByConda = 0;
    std::vector<std::string> warnings;
};

/** Loads the cache into @p repo when it exists and its stamp matches; false otherwise. */
bool loadSolvCache(Repo *repo, const std::string &path, const std::string &stamp, SolvCacheInfo &info);

/** Writes the cache atomically (temporary file, then rename); failures only cost speed. */
void writeSolvCache(Repo *repo, const std::string &path, const std::string &stamp, const SolvCacheInfo &info);

} // namespace core::solve::detail
