// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/solve/database.h"
#include "core/solve/request.h"
#include "core/solve/solution.h"
#include "core/util/result.h"

namespace core::solve {

/**
 * Solves @p request against @p database like `mamba create --dry-run` into an empty environment.
 * Returns a Solution, or Unsolvable with the problems graph (an outcome, not an error). Errors are
 * for bad input: an unreadable match spec (InvalidMatchSpec, with the spec and column), a spec
 * naming a channel that is not loaded (UnknownChannel).
 * Runs on the thread that owns @p database; never call it on the GUI thread.
 */
[[nodiscard]] util::Result<SolveOutcome> solve(Database &database, const Request &request);

} // namespace core::solve
