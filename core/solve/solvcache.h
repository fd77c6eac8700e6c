// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// Private to core/solve: the `.solv` cache of a repodata file.
#include "core/solve/database.h"
#include "core/solve/libsolv/wrappers.h"

#include <QFileInfo>

#include <string>

namespace core::solve::detail {

/** Identifies the JSON a cache was made from: format version, size, mtime, channel URL, options. */
std::string solvStamp(const QFileInfo &json, const RepodataSource &source, PipAsPythonDependency pip);

/** Where the cache of @p json lives: next to it, in @p cacheDir, or nowhere ("-" gives ""). */
std::string solvCachePath(const QFileInfo &json, const std::string &cacheDir);

/** Loads the cache into @p repo when it exists and its stamp matches; false otherwise. */
bool loadSolvCache(Repo *repo, const std::string &path, const std::string &stamp, std::string &baseUrl);

/** Writes the cache atomically (temporary file, then rename); failures only cost speed. */
void writeSolvCache(Repo *repo, const std::string &path, const std::string &stamp, const std::string &baseUrl);

} // namespace core::solve::detail
