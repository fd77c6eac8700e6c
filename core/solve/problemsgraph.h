// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/spec/packagerecord.h"

#include <string>
#include <vector>

namespace core::solve {

/**
 * Why a request cannot be solved, as a graph: the root (the request) points to the packages its
 * specs select, packages point to the packages their dependencies select, and leaves are
 * dependencies nothing provides. Conflicts join packages that cannot be installed together.
 */
struct ProblemsGraph
{
    enum class NodeKind { Root, Package, Missing, Constraint };
    struct Node
    {
        NodeKind kind = NodeKind::Root;
        spec::PackageRecord record;       ///< for Package
        std::string spec;                 ///< for Missing and Constraint: the dependency text
        bool excludedByPriority = false;  ///< a package hidden by strict channel priority
        bool operator==(const Node &) const = default;
    };
    struct Edge
    {
        int from = 0;
        int to = 0;
        std::string spec;  ///< the requirement this edge stands for
        bool operator==(const Edge &) const = default;
    };
    struct Conflict
    {
        int a = 0;
        int b = 0;
        bool operator==(const Conflict &) const = default;
    };

    std::vector<Node> nodes;  ///< nodes[0] is the root
    std::vector<Edge> edges;
    std::vector<Conflict> conflicts;
    std::vector<std::string> suggestions;  ///< close package names for missing ones ("numpy" for "nunpy")

    bool operator==(const ProblemsGraph &) const = default;
};

/**
 * The graph folded for people: one entry per package name under each requirement, versions
 * joined ("1.0|1.1|…"). Both the text renderer and the GUI tree model use it.
 */
struct ProblemTree
{
    enum class Status { Requested, Installable, Conflicting, Missing, Excluded };
    struct Entry
    {
        std::string spec;                 ///< the requirement that leads here
        std::string name;                 ///< package name (empty for Missing)
        std::vector<std::string> versions;
        Status status = Status::Installable;
        std::string conflictsWith;        ///< "python 2.7.15|3.6.6" for Conflicting
        std::vector<Entry> children;
        bool operator==(const Entry &) const = default;
    };
    std::vector<Entry> roots;
    std::vector<std::string> suggestions;
    bool operator==(const ProblemTree &) const = default;
};

/** Folds the graph into a tree, visiting each package group once. */
ProblemTree compressProblems(const ProblemsGraph &graph);

/** "1.0|1.1|1.2", with at most @p max versions and "…" after them. */
std::string foldVersions(const std::vector<std::string> &versions, std::size_t max = 5);

/** The tree as text in the style of mamba ("The following packages are incompatible", ├─ └─). */
std::string renderProblemsText(const ProblemTree &tree);

} // namespace core::solve
