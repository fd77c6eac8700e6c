// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// The floor the benchmarks compare deploydeck with: libsolv itself, driven directly
// (repo_add_conda, repo_add_solv, solver_solve), as a mamba-like client would.
#include <string>
#include <vector>

struct s_Pool;

namespace bench::floor {

/** A pool in conda mode; free it with freePool(). */
s_Pool *createPool();
void freePool(s_Pool *pool);
/** repo_add_conda of <dir>/<subdir>/repodata.json for each subdir (stdio, as libsolv's tools read). */
void loadJson(s_Pool *pool, const std::string &dir, const std::vector<std::string> &subdirs);
/** repo_add_solv of <cache>/floor-<subdir>.solv for each subdir. */
void loadSolv(s_Pool *pool, const std::string &cache, const std::vector<std::string> &subdirs);
/** Loads the JSON and writes <cache>/floor-<subdir>.solv for each subdir. */
void writeSolv(const std::string &dir, const std::string &cache, const std::vector<std::string> &subdirs);
/**
 * Solves @p specs into an empty environment (provides index built first when needed); the
 * solution as name-version-build strings, empty and @p solved false when unsolvable (the problems
 * are gathered, as an explanation would need).
 */
std::vector<std::string> solve(s_Pool *pool, const std::vector<std::string> &specs, bool *solved = nullptr);

/** A number standing for a solution (sorted name-version-build lines), to compare two answers. */
double answerDigest(std::vector<std::string> packages);

} // namespace bench::floor
