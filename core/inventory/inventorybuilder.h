// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// Private to core/inventory: the mutable inventory the parsers fill, with Ansible's InventoryData
// rules (implicit all/ungrouped, no cycles, reconcile). Not part of the public API.
#include "core/inventory/hostpattern.h"
#include "core/inventory/inventory.h"

#include <optional>
#include <string>
#include <unordered_map>

namespace core::inventory::detail {

class InventoryBuilder final
{
public:
    explicit InventoryBuilder(HostLimits limits = {});

    [[nodiscard]] const HostLimits &limits() const { return m_limits; }
    [[nodiscard]] bool hasGroup(const std::string &name) const { return m_groupIndex.count(name) != 0; }
    [[nodiscard]] bool hasHost(const std::string &name) const { return m_hostIndex.count(name) != 0; }
    /** Whether the inventory already holds limits().hostEntries host entries (parsers stop expanding then). */
    [[nodiscard]] bool overHostLimit() const { return m_hostEntries >= m_limits.hostEntries; }

    /** Adds a group unless it exists; returns its index. */
    size_t addGroup(const std::string &name, const Source &source);
    /**
     * Adds a host unless it exists (a new host with a port gets ansible_port) and makes it a
     * direct member of @p group when one is given.
     */
    void addHost(const std::string &name, const std::string &group, std::optional<int> port, const Source &source);
    /**
     * Makes @p child (a group or, failing that, a host) a child of group @p parent. A group that
     * would become its own ancestor is refused with a diagnostic, as Ansible refuses it.
     * Returns false when refused.
     */
    bool addChild(const std::string &parent, const std::string &child, const Source &source);

    void setGroupVariable(const std::string &group, const std::string &key, Variable variable);
    void setHostVariable(const std::string &host, const std::string &key, Variable variable);

    void warn(util::ErrorCode code, std::string message, std::string location);
    void error(util::ErrorCode code, std::string message, std::string location);

    /** Ansible's reconcile_inventory(): top-level groups under `all`, hosts without a group in `ungrouped`. */
    void reconcile();

    Inventory &inventory() { return m_inventory; }
    /** Finishes: depths, every host's group list, the lookup index. */
    Inventory take();

private:
    bool isAncestor(size_t candidate, size_t group) const;
    void computeDepths();
    void computeHostGroups();

    Inventory m_inventory;
    std::unordered_map<std::string, size_t> m_groupIndex;
    std::unordered_map<std::string, size_t> m_hostIndex;
    HostLimits m_limits;
    size_t m_hostEntries = 0;  ///< addHost() calls, bounded by m_limits.hostEntries
    std::vector<std::vector<size_t>> m_hostGroups;  ///< direct groups of each host
};

} // namespace core::inventory::detail
