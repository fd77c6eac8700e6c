// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/checks/pincheck.h"
#include "core/envfile/workspace.h"
#include "core/inventory/inventory.h"
#include "core/inventory/pins.h"
#include "core/util/result.h"

#include <memory>
#include <string>
#include <vector>

namespace ui {

/**
 * A loaded inventory with every host's pins: what the Inventory page and its tabs show and
 * check. Immutable once read, so the page shares one between its tabs, the checker and the
 * thread pool (std::shared_ptr<const InventorySnapshot>).
 */
struct InventorySnapshot
{
    core::inventory::Inventory inventory;
    std::vector<core::inventory::HostPins> pins;
    core::inventory::PinVariables variables;

    const core::inventory::HostPins *hostPins(const std::string &host) const;
    /** Every host's conda environments, in inventory order, named by their pin scope. */
    std::vector<core::checks::EnvironmentInput> environments() const;
};

/** How an inventory is read: where Ansible's playbook folder is, and which variables hold pins. */
struct InventoryReadOptions
{
    core::inventory::LoadOptions load;
    core::inventory::PinVariables variables;

    /** What @p workspace asks for: its pin variables, and its first playbook's folder (group_vars/, host_vars/). */
    static InventoryReadOptions forWorkspace(const core::envfile::Workspace &workspace);
};

using InventorySnapshotResult = core::util::Result<std::shared_ptr<const InventorySnapshot>>;

/**
 * Reads the inventory @p source (a file or folder) and extracts every host's pins. Runs on any
 * thread (the page calls it on the thread pool) and touches nothing but the files it reads.
 */
[[nodiscard]] InventorySnapshotResult readInventorySnapshot(
    const std::string &source, const InventoryReadOptions &options);

} // namespace ui
