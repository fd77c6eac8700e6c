// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// Private to core/solve: parses repodata JSON straight into a libsolv repo.
#include "core/solve/database.h"
#include "core/solve/libsolv/wrappers.h"

#include <cstdint>
#include <functional>
#include <string_view>

namespace core::solve::detail {

/**
 * Adds the records of @p json (repodata.json or a bare {fn: record} index) to @p repo. The
 * record's legacy `requires` key is dropped (conda ignores it), a record whose subdir differs
 * from info.subdir is accepted, and a .conda record replaces a .tar.bz2 of the same build.
 * Unreadable records are skipped and counted in @p stats. Malformed JSON is an error. Records
 * published after @p excludeNewerMs (ms since the epoch; 0: none) are left out, not counted.
 * @p consumed, when given, is told now and then that the text before an offset will not be read
 * again (its memory may go).
 */
util::Result<void> loadRepodataJson(Repo *repo, Id noarchKey, std::string_view json, const RepodataSource &source,
    PipAsPythonDependency pip, std::string &baseUrl, LoadStats &stats, std::int64_t excludeNewerMs = 0,
    const std::function<void(std::size_t)> &consumed = {});

/**
 * The exclude-newer cutoff of @p source (ms since the epoch) from LoadOptions::excludeNewerMs: the
 * entry naming its channel by name, URL or the URL's last path part, else the "" entry; 0 for none.
 */
std::int64_t excludeNewerCutoff(const LoadOptions &options, const RepodataSource &source);

} // namespace core::solve::detail
