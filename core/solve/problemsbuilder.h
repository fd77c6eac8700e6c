// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// Private to core/solve: turns libsolv's problem rules into a ProblemsGraph.
#include "core/solve/database_p.h"
#include "core/solve/solution.h"

#include <string>
#include <vector>

namespace core::solve::detail {

/** Reads every problem of a failed solve; @p specs are the request's specs in job order. */
Unsolvable buildUnsolvable(Database::Private &db, Solver *solver, const std::vector<std::string> &specs);

/** Names close to @p name (edit distance, shared prefix), best first, at most @p max. */
std::vector<std::string> closeNames(const std::vector<std::string> &names, const std::string &name, std::size_t max = 3);

} // namespace core::solve::detail
