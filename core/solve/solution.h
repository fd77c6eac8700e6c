// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/solve/problemsgraph.h"
#include "core/spec/packagerecord.h"

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace core::solve {

/** One package of a solution and why it is there. */
struct SolvedPackage
{
    spec::PackageRecord record;
    std::vector<std::string> requestedAs;  ///< the user's specs this package satisfies
    std::vector<std::string> requiredBy;   ///< names of the packages of the solution that depend on it
    bool operator==(const SolvedPackage &) const = default;
};

/** A successful solve: packages in install (dependency-first) order. */
struct Solution
{
    std::vector<SolvedPackage> packages;
    std::uint64_t downloadSize = 0;
    bool operator==(const Solution &) const = default;
};

/** No solution exists: the problems as a graph, and libsolv's own sentences for logs. */
struct Unsolvable
{
    ProblemsGraph graph;
    std::vector<std::string> problems;
    bool operator==(const Unsolvable &) const = default;
};

using SolveOutcome = std::variant<Solution, Unsolvable>;

} // namespace core::solve
