// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/inventory/inventorybuilder.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <stdexcept>
#include <unordered_set>

namespace core::inventory::detail {

using util::ErrorCode;

InventoryBuilder::InventoryBuilder(HostLimits limits)
    : m_limits(limits)
{
    // Ansible always has these two, with ungrouped as the first child of all.
    addGroup("all", {});
    addGroup("ungrouped", {});
    addChild("all", "ungrouped", {});
}

size_t InventoryBuilder::addGroup(const std::string &name, const Source &source)
{
    const auto it = m_groupIndex.find(name);
    if (it != m_groupIndex.end())
        return it->second;
    Group g;
    g.name = name;
    g.source = source;
    m_inventory.groups.push_back(std::move(g));
    m_groupIndex.emplace(name, m_inventory.groups.size() - 1);
    return m_inventory.groups.size() - 1;
}

void InventoryBuilder::addHost(const std::string &name, const std::string &group, std::optional<int> port,
                               const Source &source)
{
    if (m_hostEntries++ == m_limits.hostEntries)
        error(util::ErrorCode::LimitExceeded,
              "more than " + std::to_string(m_limits.hostEntries) + " host entries; the rest of the inventory is left out",
              source.toString());
    if (m_hostEntries > m_limits.hostEntries)
        return;
    auto it = m_hostIndex.find(name);
    if (it == m_hostIndex.end()) {
        Host h;
        h.name = name;
        h.source = source;
        // Ansible's Host() sets ansible_port only for a new host and a non-zero port.
        if (port && *port != 0)
            h.vars["ansible_port"] = Variable{Value::makeInt(*port), source, VarLevel::InventoryHost, name};
        m_inventory.hosts.push_back(std::move(h));
        m_hostGroups.emplace_back();
        it = m_hostIndex.emplace(name, m_inventory.hosts.size() - 1).first;
    }
    if (group.empty())
        return;
    const size_t gi = m_groupIndex.at(group);
    // Membership is looked up in the host's few groups, not in the group's hosts: a range pattern
    // can put 100,000 hosts in one group, and a scan of g.hosts per host made that quadratic.
    std::vector<size_t> &direct = m_hostGroups[it->second];
    if (std::find(direct.begin(), direct.end(), gi) == direct.end()) {
        m_inventory.groups[gi].hosts.push_back(name);
        direct.push_back(gi);
    }
}

bool InventoryBuilder::isAncestor(size_t candidate, size_t group) const
{
    // Walks the parents of group; the graph has no cycles, as addChild() keeps it that way.
    std::vector<size_t> stack{group};
    std::vector<bool> seen(m_inventory.groups.size(), false);
    while (!stack.empty()) {
        const size_t g = stack.back();
        stack.pop_back();
        for (const std::string &p : m_inventory.groups[g].parents) {
            const size_t pi = m_groupIndex.at(p);
            if (pi == candidate)
                return true;
            if (!seen[pi]) {
                seen[pi] = true;
                stack.push_back(pi);
            }
        }
    }
    return false;
}

bool InventoryBuilder::addChild(const std::string &parent, const std::string &child, const Source &source)
{
    const size_t pi = m_groupIndex.at(parent);
    const auto ci = m_groupIndex.find(child);
    if (ci == m_groupIndex.end()) {
        if (hasHost(child)) {
            addHost(child, parent, std::nullopt, source);
            return true;
        }
        error(ErrorCode::InvalidValue, "'" + child + "' is neither a known group nor a known host", source.toString());
        return false;
    }
    Group &p = m_inventory.groups[pi];
    if (std::find(p.children.begin(), p.children.end(), child) != p.children.end())
        return false;
    if (ci->second == pi || isAncestor(ci->second, pi)) {
        error(ErrorCode::InvalidValue,
              "adding group '" + child + "' as a child of '" + parent + "' creates a recursive dependency loop",
              source.toString());
        return false;
    }
    p.children.push_back(child);
    std::vector<std::string> &parents = m_inventory.groups[ci->second].parents;
    if (std::find(parents.begin(), parents.end(), parent) == parents.end())
        parents.push_back(parent);
    return true;
}

void InventoryBuilder::setGroupVariable(const std::string &group, const std::string &key, Variable variable)
{
    Group &g = m_inventory.groups[m_groupIndex.at(group)];
    if (key != "ansible_group_priority") {
        g.vars[key] = std::move(variable);
        return;
    }
    // Ansible takes int(value) and never stores the variable itself.
    const Value &v = variable.value;
    if (v.type == Value::Type::Int) {
        g.priority = static_cast<int>(v.integer);
    } else if (v.type == Value::Type::Float && std::isfinite(v.real)) {
        g.priority = static_cast<int>(v.real);
    } else if (v.type == Value::Type::Bool) {
        g.priority = v.boolean ? 1 : 0;
    } else {
        try {
            size_t used = 0;
            const int p = std::stoi(v.text, &used);
            if (used != v.text.size())
                throw std::invalid_argument(v.text);
            g.priority = p;
        } catch (const std::exception &) {
            error(ErrorCode::InvalidValue, "ansible_group_priority must be an integer, got '" + v.toDisplayString() + "'",
                  variable.source.toString());
        }
    }
}

void InventoryBuilder::setHostVariable(const std::string &host, const std::string &key, Variable variable)
{
    // A host past the host-entry bound was left out (and reported): its variables go with it.
    const auto it = m_hostIndex.find(host);
    if (it == m_hostIndex.end())
        return;
    m_inventory.hosts[it->second].vars[key] = std::move(variable);
}

void InventoryBuilder::warn(ErrorCode code, std::string message, std::string location)
{
    m_inventory.diagnostics.push_back({Diagnostic::Severity::Warning, code, std::move(message), std::move(location)});
}

void InventoryBuilder::error(ErrorCode code, std::string message, std::string location)
{
    m_inventory.diagnostics.push_back({Diagnostic::Severity::Error, code, std::move(message), std::move(location)});
}

void InventoryBuilder::reconcile()
{
    for (size_t i = 0; i < m_inventory.groups.size(); ++i) {
        const Group &g = m_inventory.groups[i];
        if (g.name != "all" && g.parents.empty())
            addChild("all", g.name, g.source);
    }
    const size_t all = m_groupIndex.at("all");
    const size_t ungrouped = m_groupIndex.at("ungrouped");
    std::unordered_set<std::string> leaveUngrouped;
    for (size_t h = 0; h < m_inventory.hosts.size(); ++h) {
        std::vector<size_t> &direct = m_hostGroups[h];
        const bool inUngrouped = std::find(direct.begin(), direct.end(), ungrouped) != direct.end();
        const bool onlyAll = std::all_of(direct.begin(), direct.end(), [&](size_t g) { return g == all; });
        if (inUngrouped) {
            // A host listed before any section and also in a real group leaves ungrouped.
            const bool elsewhere = std::any_of(direct.begin(), direct.end(),
                                               [&](size_t g) { return g != all && g != ungrouped; });
            if (elsewhere) {
                leaveUngrouped.insert(m_inventory.hosts[h].name);
                direct.erase(std::remove(direct.begin(), direct.end(), ungrouped), direct.end());
            }
        } else if (onlyAll) {
            addHost(m_inventory.hosts[h].name, "ungrouped", std::nullopt, {});
        }
    }
    // One pass over ungrouped's members, not one per host that leaves (quadratic for large ranges).
    if (!leaveUngrouped.empty()) {
        std::vector<std::string> &members = m_inventory.groups[ungrouped].hosts;
        members.erase(std::remove_if(members.begin(), members.end(),
                                     [&](const std::string &name) { return leaveUngrouped.count(name) != 0; }),
                      members.end());
    }
    for (const Host &h : m_inventory.hosts)
        if (hasGroup(h.name))
            warn(ErrorCode::InvalidValue, "found both a group and a host named '" + h.name + "'", h.source.toString());
}

void InventoryBuilder::computeDepths()
{
    // Ansible raises a child's depth to its parent's + 1 whenever an edge is added, which ends
    // up as the longest path from `all`.
    std::vector<int> depth(m_inventory.groups.size(), -1);
    std::function<int(size_t)> visit = [&](size_t g) -> int {
        if (depth[g] >= 0)
            return depth[g];
        depth[g] = 0;  // guards against a cycle, which addChild() never lets in
        int d = 0;
        for (const std::string &p : m_inventory.groups[g].parents)
            d = std::max(d, visit(m_groupIndex.at(p)) + 1);
        depth[g] = d;
        return d;
    };
    for (size_t g = 0; g < m_inventory.groups.size(); ++g)
        m_inventory.groups[g].depth = visit(g);
}

void InventoryBuilder::computeHostGroups()
{
    for (size_t h = 0; h < m_inventory.hosts.size(); ++h) {
        std::vector<std::string> &groups = m_inventory.hosts[h].groups;
        std::vector<bool> seen(m_inventory.groups.size(), false);
        std::vector<size_t> stack(m_hostGroups[h].rbegin(), m_hostGroups[h].rend());
        while (!stack.empty()) {
            const size_t g = stack.back();
            stack.pop_back();
            if (seen[g])
                continue;
            seen[g] = true;
            groups.push_back(m_inventory.groups[g].name);
            for (const std::string &p : m_inventory.groups[g].parents)
                stack.push_back(m_groupIndex.at(p));
        }
    }
}

Inventory InventoryBuilder::take()
{
    computeDepths();
    computeHostGroups();
    Inventory out = std::move(m_inventory);
    out.reindex();
    m_inventory = Inventory{};
    m_groupIndex.clear();
    m_hostIndex.clear();
    m_hostGroups.clear();
    return out;
}

} // namespace core::inventory::detail
