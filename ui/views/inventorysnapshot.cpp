// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/views/inventorysnapshot.h"

#include "core/util/qtext.h"

#include <QFileInfo>

#include <algorithm>
#include <utility>

namespace ui {

const core::inventory::HostPins *InventorySnapshot::hostPins(const std::string &host) const
{
    const auto it = std::find_if(pins.begin(), pins.end(), [&](const auto &p) { return p.host == host; });
    return it == pins.end() ? nullptr : &*it;
}

std::vector<core::checks::EnvironmentInput> InventorySnapshot::environments() const
{
    return core::checks::environmentInputs(pins, variables);
}

InventoryReadOptions InventoryReadOptions::forWorkspace(const core::envfile::Workspace &workspace)
{
    InventoryReadOptions options;
    options.variables = { workspace.rpmPinVariables, workspace.condaEnvVariables, workspace.environmentVariables };
    // ansible-playbook reads group_vars/ and host_vars/ beside the playbook too: the first one stands for all.
    if (!workspace.playbooks.empty())
        options.load.playbookDir = QFileInfo(core::util::qs(workspace.playbooks.front())).absolutePath().toStdString();
    return options;
}

InventorySnapshotResult readInventorySnapshot(const std::string &source, const InventoryReadOptions &options)
{
    auto inventory = core::inventory::loadInventory(source, options.load);
    if (!inventory)
        return inventory.error();
    auto snapshot = std::make_shared<InventorySnapshot>();
    snapshot->inventory = std::move(*inventory);
    snapshot->pins = core::inventory::extractAllPins(snapshot->inventory, options.variables);
    snapshot->variables = options.variables;
    return std::shared_ptr<const InventorySnapshot>(std::move(snapshot));
}

} // namespace ui
