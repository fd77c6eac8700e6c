// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// Private to core/solve: parses repodata JSON straight into a libsolv repo.
#include "core/solve/database.h"
#include "core/solve/libsolv/wrappers.h"

#include <string_view>

namespace core::solve::detail {

/**
 * Adds the records of @p json (repodata.json or a bare {fn: record} index) to @p repo. The
 * record's legacy `requires` key is dropped (conda ignores it), a record whose subdir differs
 * from info.subdir is accepted, and a .conda record replaces a .tar.bz2 of the same build.
 * Unreadable records are skipped and counted in @p stats. Malformed JSON is an error.
 */
util::Result<void> loadRepodataJson(Repo *repo, Id noarchKey, std::string_view json, const RepodataSource &source,
                                    PipAsPythonDependency pip, std::string &baseUrl, LoadStats &stats);

} // namespace core::solve::detail
