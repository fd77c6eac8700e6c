// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/solve/problemsgraph.h"

#include "core/spec/version.h"

#include <algorithm>
#include <map>
#include <set>

namespace core::solve {

namespace {

using Kind = ProblemsGraph::NodeKind;
using Status = ProblemTree::Status;

constexpr int s_maxDepth = 8;

/** Orders versions newest first by conda's rules; unreadable ones go last, as written. */
void sortNewestFirst(std::vector<std::string> &versions)
{
    std::stable_sort(versions.begin(), versions.end(), [](const std::string &a, const std::string &b) {
        const auto va = spec::Version::parse(a), vb = spec::Version::parse(b);
        if (!va || !vb)
            return va.ok() && !vb.ok();
        return *vb < *va;
    });
}

class Compressor
{
public:
    explicit Compressor(const ProblemsGraph &graph) : m_graph(graph)
    {
        for (const auto &e : graph.edges)
            m_out[e.from].push_back(&e);
        for (const auto &c : graph.conflicts) {
            m_conflicts[c.a].insert(c.b);
            m_conflicts[c.b].insert(c.a);
        }
    }

    ProblemTree run()
    {
        ProblemTree tree;
        tree.roots = children({0}, 0, true);
        tree.suggestions = m_graph.suggestions;
        return tree;
    }

private:
    std::string nameOf(int node) const
    {
        const auto &n = m_graph.nodes[std::size_t(node)];
        return n.kind == Kind::Package ? n.record.name : std::string();
    }

    /** The entries under a set of nodes: their edges grouped by requirement, then by package name. */
    std::vector<ProblemTree::Entry> children(const std::vector<int> &parents, int depth, bool isRoot)
    {
        // requirement -> name -> targets, in first-seen order.
        std::vector<std::string> specOrder;
        std::map<std::string, std::map<std::string, std::vector<int>>> grouped;
        for (const int parent : parents) {
            const auto it = m_out.find(parent);
            if (it == m_out.end())
                continue;
            for (const auto *e : it->second) {
                if (!grouped.count(e->spec))
                    specOrder.push_back(e->spec);
                auto &targets = grouped[e->spec][nameOf(e->to)];
                if (std::find(targets.begin(), targets.end(), e->to) == targets.end())
                    targets.push_back(e->to);
            }
        }
        std::vector<ProblemTree::Entry> entries;
        for (const auto &spec : specOrder)
            for (const auto &[name, targets] : grouped[spec])
                entries.push_back(entry(spec, name, targets, depth, isRoot));
        return entries;
    }

    ProblemTree::Entry entry(const std::string &spec, const std::string &name, const std::vector<int> &targets,
                             int depth, bool isRoot)
    {
        ProblemTree::Entry e;
        e.spec = spec;
        e.name = name;
        e.status = isRoot ? Status::Requested : Status::Installable;
        std::set<int> conflicting;
        bool allExcluded = true;
        for (const int t : targets) {
            const auto &node = m_graph.nodes[std::size_t(t)];
            if (node.kind == Kind::Missing) {
                e.status = Status::Missing;
                return e;
            }
            if (node.kind == Kind::Package &&
                std::find(e.versions.begin(), e.versions.end(), node.record.version) == e.versions.end())
                e.versions.push_back(node.record.version);
            allExcluded = allExcluded && node.excludedByPriority;
            if (const auto c = m_conflicts.find(t); c != m_conflicts.end())
                conflicting.insert(c->second.begin(), c->second.end());
        }
        sortNewestFirst(e.versions);
        if (allExcluded && !targets.empty())
            e.status = Status::Excluded;
        if (!conflicting.empty()) {
            e.status = Status::Conflicting;
            e.conflictsWith = describe(conflicting);
        }
        // Each group of nodes is expanded once; later mentions stay leaves.
        std::vector<int> sorted = targets;
        std::sort(sorted.begin(), sorted.end());
        if (depth < s_maxDepth && m_expanded.insert(sorted).second)
            e.children = children(targets, depth + 1, false);
        return e;
    }

    std::string describe(const std::set<int> &nodes) const
    {
        std::map<std::string, std::vector<std::string>> byName;
        for (const int n : nodes) {
            const auto &node = m_graph.nodes[std::size_t(n)];
            if (node.kind == Kind::Constraint) {
                byName["constraint " + node.spec];
                continue;
            }
            auto &versions = byName[node.record.name];
            if (std::find(versions.begin(), versions.end(), node.record.version) == versions.end())
                versions.push_back(node.record.version);
        }
        std::string text;
        for (const auto &[name, versions] : byName) {
            if (!text.empty())
                text += ", ";
            text += name;
            if (!versions.empty()) {
                auto sorted = versions;
                sortNewestFirst(sorted);
                text += ' ' + foldVersions(sorted);
            }
        }
        return text;
    }

    const ProblemsGraph &m_graph;
    std::map<int, std::vector<const ProblemsGraph::Edge *>> m_out;
    std::map<int, std::set<int>> m_conflicts;
    std::set<std::vector<int>> m_expanded;
};

std::string line(const ProblemTree::Entry &e)
{
    const std::string what = e.name.empty() ? e.spec : e.name + ' ' + foldVersions(e.versions);
    switch (e.status) {
    case Status::Missing:
        return e.spec + " does not exist (perhaps a typo or a missing channel).";
    case Status::Conflicting:
        if (e.name.empty())
            return e.spec + " (a constraint), which conflicts with " + e.conflictsWith + ".";
        return e.spec + ": " + what + ", which conflicts with " + e.conflictsWith + ".";
    case Status::Excluded:
        return e.spec + ": " + what + " is excluded by strict channel priority.";
    case Status::Requested:
        return e.spec + " is requested; " + what + (e.children.empty() ? " can be installed." : " would require");
    case Status::Installable:
        if (e.name.empty())
            return e.spec + " (a constraint)";
        return e.spec + ": " + what + (e.children.empty() ? ", which can be installed." : ", which requires");
    }
    return e.spec;
}

void render(const std::vector<ProblemTree::Entry> &entries, const std::string &indent, std::string &out)
{
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const bool last = i + 1 == entries.size();
        out += indent + (last ? "└─ " : "├─ ") + line(entries[i]) + '\n';
        render(entries[i].children, indent + (last ? "   " : "│  "), out);
    }
}

} // namespace

std::string foldVersions(const std::vector<std::string> &versions, std::size_t max)
{
    std::string text;
    for (std::size_t i = 0; i < versions.size() && i < max; ++i)
        text += (i ? "|" : "") + versions[i];
    if (versions.size() > max)
        text += "|…";
    return text;
}

ProblemTree compressProblems(const ProblemsGraph &graph)
{
    return Compressor(graph).run();
}

std::string renderProblemsText(const ProblemTree &tree)
{
    std::string out = "The following packages are incompatible\n";
    render(tree.roots, "", out);
    if (!tree.suggestions.empty()) {
        out += "Did you mean: ";
        for (std::size_t i = 0; i < tree.suggestions.size(); ++i)
            out += (i ? ", " : "") + tree.suggestions[i];
        out += "?\n";
    }
    return out;
}

} // namespace core::solve
