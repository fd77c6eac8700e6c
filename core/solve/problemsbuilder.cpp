// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/solve/problemsbuilder.h"

#include <algorithm>
#include <map>
#include <set>

namespace core::solve::detail {

namespace {

class GraphBuilder
{
public:
    GraphBuilder(Database::Private &db, Solver *solver, const std::vector<std::string> &specs)
        : m_db(db), m_pool(db.pool.get()), m_solver(solver), m_specs(specs)
    {
        m_graph.nodes.push_back({});  // the root
    }

    Unsolvable build()
    {
        Unsolvable result;
        const unsigned count = solver_problem_count(m_solver);
        for (Id problem = 1; problem <= Id(count); ++problem) {
            result.problems.emplace_back(solver_problem2str(m_solver, problem));
            libsolv::ObjQueue rules;
            solver_findallproblemrules(m_solver, problem, rules.raw());
            for (int i = 0; i < rules.size(); ++i)
                addRule(rules[i]);
        }
        suggestNames();
        result.graph = std::move(m_graph);
        return result;
    }

private:
    using Kind = ProblemsGraph::NodeKind;

    int packageNode(Id p)
    {
        const auto it = m_packages.find(p);
        if (it != m_packages.end())
            return it->second;
        ProblemsGraph::Node node;
        node.kind = Kind::Package;
        if (m_db.isChannelPackage(p)) {
            node.record = m_db.summary(p);  // a full record per node costs more than the whole solve
        } else {
            Solvable *s = pool_id2solvable(m_pool, p);
            node.record.name = pool_id2str(m_pool, s->name);
            node.record.version = pool_id2str(m_pool, s->evr);
            node.record.channel = "@virtual";
        }
        m_graph.nodes.push_back(std::move(node));
        return m_packages[p] = int(m_graph.nodes.size() - 1);
    }

    int leafNode(Kind kind, const std::string &spec)
    {
        const auto key = std::make_pair(int(kind), spec);
        const auto it = m_leaves.find(key);
        if (it != m_leaves.end())
            return it->second;
        ProblemsGraph::Node node;
        node.kind = kind;
        node.spec = spec;
        m_graph.nodes.push_back(std::move(node));
        return m_leaves[key] = int(m_graph.nodes.size() - 1);
    }

    void edge(int from, int to, const std::string &spec)
    {
        if (m_edges.insert({from, to, spec}).second)
            m_graph.edges.push_back({from, to, spec});
    }

    void conflict(int a, int b)
    {
        if (a == b)
            return;
        if (m_conflicts.insert({std::min(a, b), std::max(a, b)}).second)
            m_graph.conflicts.push_back({std::min(a, b), std::max(a, b)});
    }

    /** Edges from @p from to every provider of @p dep (or a Missing leaf when there is none). */
    void requirement(int from, Id dep, const std::string &label)
    {
        Pool *pool = m_pool;  // FOR_PROVIDES expects a `pool`
        Id p = 0, pp = 0;
        bool any = false;
        FOR_PROVIDES(p, pp, dep)
        {
            edge(from, packageNode(p), label);
            any = true;
        }
        if (!any)
            edge(from, leafNode(Kind::Missing, label), label);
    }

    std::string jobSpec(Id rule, Id dep)
    {
        const int index = solver_rule2jobidx(m_solver, rule);
        // Install jobs come first, two queue entries each, in the order of the request's specs.
        if (index >= 0 && std::size_t(index / 2) < m_specs.size())
            return m_specs[std::size_t(index / 2)];
        return dep ? pool_dep2str(m_pool, dep) : std::string();
    }

    void addRule(Id rule)
    {
        Id source = 0, target = 0, dep = 0;
        const SolverRuleinfo type = solver_ruleinfo(m_solver, rule, &source, &target, &dep);
        switch (type) {
        case SOLVER_RULE_JOB_NOTHING_PROVIDES_DEP:
        case SOLVER_RULE_JOB_UNKNOWN_PACKAGE: {
            const std::string spec = jobSpec(rule, dep);
            edge(0, leafNode(Kind::Missing, spec), spec);
            break;
        }
        case SOLVER_RULE_JOB: {
            const std::string spec = jobSpec(rule, dep);
            Id what = 0;
            const Id how = solver_rule2job(m_solver, rule, &what);
            if ((how & SOLVER_SELECTMASK) == SOLVER_SOLVABLE_PROVIDES) {
                requirement(0, what, spec);
            } else if ((how & SOLVER_SELECTMASK) == SOLVER_SOLVABLE_ONE_OF) {
                bool any = false;
                for (Id *wp = m_pool->whatprovidesdata + what; *wp; ++wp, any = true)
                    edge(0, packageNode(*wp), spec);
                if (!any)
                    edge(0, leafNode(Kind::Missing, spec), spec);
            }
            break;
        }
        case SOLVER_RULE_PKG_NOTHING_PROVIDES_DEP:
            edge(packageNode(source), leafNode(Kind::Missing, pool_dep2str(m_pool, dep)), pool_dep2str(m_pool, dep));
            break;
        case SOLVER_RULE_PKG_REQUIRES:
            requirement(packageNode(source), dep, pool_dep2str(m_pool, dep));
            break;
        case SOLVER_RULE_PKG_SAME_NAME:
        case SOLVER_RULE_PKG_CONFLICTS:
        case SOLVER_RULE_PKG_OBSOLETES:
        case SOLVER_RULE_PKG_IMPLICIT_OBSOLETES:
        case SOLVER_RULE_PKG_INSTALLED_OBSOLETES:
            conflict(packageNode(source), packageNode(target));
            break;
        case SOLVER_RULE_PKG_CONSTRAINS: {
            // source constrains dep; target is the package the constraint rules out.
            const int constraint = leafNode(Kind::Constraint, pool_dep2str(m_pool, dep));
            edge(packageNode(source), constraint, pool_dep2str(m_pool, dep));
            conflict(constraint, packageNode(target));
            break;
        }
        case SOLVER_RULE_STRICT_REPO_PRIORITY:
            m_graph.nodes[std::size_t(packageNode(source))].excludedByPriority = true;
            break;
        default:
            break;
        }
    }

    void suggestNames()
    {
        std::vector<std::string> names;
        for (const auto &n : m_graph.nodes) {
            if (n.kind != Kind::Missing)
                continue;
            const std::string name = n.spec.substr(0, n.spec.find_first_of(" =<>!~[:"));
            if (names.empty())
                names = Database::Private::packageNamesOf(m_db);
            if (!name.empty() && !std::binary_search(names.begin(), names.end(), name)) {
                for (auto &s : closeNames(names, name))
                    if (std::find(m_graph.suggestions.begin(), m_graph.suggestions.end(), s) == m_graph.suggestions.end())
                        m_graph.suggestions.push_back(s);
            }
        }
    }

    Database::Private &m_db;
    Pool *m_pool;
    Solver *m_solver;
    const std::vector<std::string> &m_specs;
    ProblemsGraph m_graph;
    std::map<Id, int> m_packages;
    std::map<std::pair<int, std::string>, int> m_leaves;
    std::set<std::tuple<int, int, std::string>> m_edges;
    std::set<std::pair<int, int>> m_conflicts;
};

std::size_t editDistance(const std::string &a, const std::string &b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

} // namespace

std::vector<std::string> closeNames(const std::vector<std::string> &names, const std::string &name, std::size_t max)
{
    // Allow about one typo per four characters; a name that contains the other also counts.
    const std::size_t limit = std::max<std::size_t>(1, name.size() / 4);
    std::vector<std::pair<std::size_t, std::string>> scored;
    for (const auto &candidate : names) {
        if (candidate.size() + limit < name.size() || candidate.size() > name.size() + limit + 8)
            continue;
        std::size_t d = editDistance(candidate, name);
        if (d > limit && candidate.find(name) != std::string::npos && name.size() >= 3)
            d = limit;
        if (d <= limit)
            scored.emplace_back(d, candidate);
    }
    std::sort(scored.begin(), scored.end());
    std::vector<std::string> out;
    for (std::size_t i = 0; i < scored.size() && i < max; ++i)
        out.push_back(scored[i].second);
    return out;
}

Unsolvable buildUnsolvable(Database::Private &db, Solver *solver, const std::vector<std::string> &specs)
{
    return GraphBuilder(db, solver, specs).build();
}

} // namespace core::solve::detail
