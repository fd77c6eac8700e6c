// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// Ansible's VariableManager.get_vars() for a host without a play, with the default
// VARIABLE_PRECEDENCE (all_inventory, groups_inventory, all_plugins_inventory, all_plugins_play,
// groups_plugins_inventory, groups_plugins_play), then the host's own inventory variables,
// host_vars/ next to the inventory, host_vars/ next to the playbook. hash_behaviour=replace:
// every layer replaces whole top-level variables.
#include "core/inventory/varsfiles.h"

#include <algorithm>
#include <tuple>
#include <unordered_set>

namespace core::inventory {

namespace {

/** The host's groups but `all`, sorted as Ansible's sort_groups(): depth, priority, name. */
std::vector<const Group *> sortedGroups(const Inventory &inventory, const Host &host)
{
    std::vector<const Group *> groups;
    for (const std::string &name : host.groups)
        if (name != "all")
            if (const Group *g = inventory.group(name))
                groups.push_back(g);
    std::sort(groups.begin(), groups.end(), [](const Group *a, const Group *b) {
        return std::tie(a->depth, a->priority, a->name) < std::tie(b->depth, b->priority, b->name);
    });
    return groups;
}

void addFileLayers(std::vector<const VariableMap *> &layers, const Inventory &inventory,
                   const std::vector<VarsLayer> &fileVars, bool playbook)
{
    // One lookup per folder, in folder order (Ansible loops over sources, then entities).
    for (size_t f = 0; f < inventory.varsFolders.size(); ++f) {
        if (inventory.varsFolders[f].playbook != playbook)
            continue;
        for (const VarsLayer &layer : fileVars)
            if (layer.folder == static_cast<int>(f))
                layers.push_back(&layer.vars);
    }
}

void addGroupFileLayers(std::vector<const VariableMap *> &layers, const Inventory &inventory,
                        const std::vector<const Group *> &groups, bool playbook)
{
    for (size_t f = 0; f < inventory.varsFolders.size(); ++f) {
        if (inventory.varsFolders[f].playbook != playbook)
            continue;
        for (const Group *g : groups)
            for (const VarsLayer &layer : g->fileVars)
                if (layer.folder == static_cast<int>(f))
                    layers.push_back(&layer.vars);
    }
}

/** Every variable layer that applies to @p host, lowest precedence first. */
std::vector<const VariableMap *> layersFor(const Inventory &inventory, const Host &host)
{
    std::vector<const VariableMap *> layers;
    const Group *all = inventory.group("all");
    const std::vector<const Group *> groups = sortedGroups(inventory, host);
    if (all)
        layers.push_back(&all->vars);
    for (const Group *g : groups)
        layers.push_back(&g->vars);
    if (all) {
        addFileLayers(layers, inventory, all->fileVars, false);
        addFileLayers(layers, inventory, all->fileVars, true);
    }
    addGroupFileLayers(layers, inventory, groups, false);
    addGroupFileLayers(layers, inventory, groups, true);
    layers.push_back(&host.vars);
    addFileLayers(layers, inventory, host.fileVars, false);
    addFileLayers(layers, inventory, host.fileVars, true);
    return layers;
}

/** Variables `ansible-inventory` removes from what it prints (its INTERNAL_VARS). */
bool isInternalVariable(const std::string &name)
{
    static const std::unordered_set<std::string> internal = {
        "ansible_diff_mode", "ansible_config_file", "ansible_facts", "ansible_forks", "ansible_inventory_sources",
        "ansible_limit", "ansible_playbook_python", "ansible_run_tags", "ansible_skip_tags", "ansible_verbosity",
        "ansible_version", "inventory_dir", "inventory_file", "inventory_hostname", "inventory_hostname_short",
        "groups", "group_names", "omit", "playbook_dir"};
    return internal.count(name) != 0;
}

} // namespace

namespace detail {

void computeEffectiveVariables(Inventory &inventory)
{
    for (Host &host : inventory.hosts) {
        // Walk from the highest precedence down and keep the first definition of each name, so
        // every variable is copied once.
        const std::vector<const VariableMap *> layers = layersFor(inventory, host);
        VariableMap effective;
        for (auto it = layers.rbegin(); it != layers.rend(); ++it)
            for (const auto &[name, variable] : **it)
                effective.try_emplace(name, variable);
        host.effective = std::move(effective);
    }
}

} // namespace detail

std::vector<Variable> variableHistory(const Inventory &inventory, const Host &host, const std::string &name)
{
    std::vector<Variable> history;
    for (const VariableMap *layer : layersFor(inventory, host)) {
        const auto it = layer->find(name);
        if (it != layer->end())
            history.push_back(it->second);
    }
    return history;
}

Value ansibleHostVars(const Host &host)
{
    Value vars = Value::makeMap();
    vars.entries.reserve(host.effective.size());
    for (const auto &[name, variable] : host.effective)
        if (!isInternalVariable(name))
            vars.entries.push_back(MapEntry{name, variable.value, variable.source.line, variable.source.column});
    return vars;
}

namespace {

/** cli/inventory.py json_inventory().format_group(): hosts and children, empty groups left out. */
void formatGroup(const Inventory &inventory, const Group &group, Value &out, std::unordered_set<std::string> &seen)
{
    Value entry = Value::makeMap();
    if (group.name != "all" && !group.hosts.empty()) {
        Value hosts = Value::makeList();
        for (const std::string &h : group.hosts)
            hosts.items.push_back(Value::makeString(h));
        entry.set("hosts", std::move(hosts));
    }
    Value children = Value::makeList();
    for (const std::string &child : group.children) {
        children.items.push_back(Value::makeString(child));
        if (seen.count(child))
            continue;
        if (const Group *g = inventory.group(child))
            formatGroup(inventory, *g, out, seen);
        seen.insert(child);
    }
    if (!children.items.empty())
        entry.set("children", std::move(children));
    if (!entry.entries.empty())
        out.set(group.name, std::move(entry));
}

} // namespace

Value ansibleList(const Inventory &inventory)
{
    Value out = Value::makeMap();
    std::unordered_set<std::string> seen;
    if (const Group *all = inventory.group("all"))
        formatGroup(inventory, *all, out, seen);
    Value hostvars = Value::makeMap();
    for (const Host &host : inventory.hosts) {
        Value vars = ansibleHostVars(host);
        if (!vars.entries.empty())
            hostvars.entries.push_back(MapEntry{host.name, std::move(vars), 0, 0});
    }
    out.set("_meta", Value::makeMap({MapEntry{"hostvars", std::move(hostvars), 0, 0}}));
    return out;
}

} // namespace core::inventory
