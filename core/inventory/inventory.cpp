// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/inventory/inventory.h"

#include <algorithm>
#include <unordered_set>

namespace core::inventory {

const Group *Inventory::group(std::string_view name) const
{
    if (m_groupIndex.size() != groups.size()) {
        // Not indexed (built by hand): a linear search keeps lookups correct.
        const auto it = std::find_if(groups.begin(), groups.end(), [&](const Group &g) { return g.name == name; });
        return it == groups.end() ? nullptr : &*it;
    }
    const auto it = m_groupIndex.find(std::string(name));
    return it == m_groupIndex.end() ? nullptr : &groups[it->second];
}

const Host *Inventory::host(std::string_view name) const
{
    if (m_hostIndex.size() != hosts.size()) {
        const auto it = std::find_if(hosts.begin(), hosts.end(), [&](const Host &h) { return h.name == name; });
        return it == hosts.end() ? nullptr : &*it;
    }
    const auto it = m_hostIndex.find(std::string(name));
    return it == m_hostIndex.end() ? nullptr : &hosts[it->second];
}

std::vector<std::string> Inventory::hostsOf(std::string_view name) const
{
    // Group._get_hosts(): the group, then its descendants breadth-first, each host once.
    std::vector<std::string> out;
    const Group *start = group(name);
    if (!start)
        return out;
    std::vector<const Group *> order{start};
    std::unordered_set<std::string> seenGroups{start->name};
    for (size_t i = 0; i < order.size(); ++i)
        for (const std::string &child : order[i]->children)
            if (seenGroups.insert(child).second)
                if (const Group *g = group(child))
                    order.push_back(g);
    std::unordered_set<std::string> seenHosts;
    for (const Group *g : order)
        for (const std::string &h : g->hosts)
            if (seenHosts.insert(h).second)
                out.push_back(h);
    return out;
}

bool Inventory::hasErrors() const
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; });
}

void Inventory::reindex()
{
    m_groupIndex.clear();
    m_hostIndex.clear();
    for (size_t i = 0; i < groups.size(); ++i)
        m_groupIndex.emplace(groups[i].name, i);
    for (size_t i = 0; i < hosts.size(); ++i)
        m_hostIndex.emplace(hosts[i].name, i);
}

bool Inventory::operator==(const Inventory &other) const
{
    return sources == other.sources && varsFolders == other.varsFolders && groups == other.groups
           && hosts == other.hosts && diagnostics == other.diagnostics;
}

} // namespace core::inventory
