// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/inventory/value.h"
#include "core/util/result.h"

#include <QMetaType>

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace core::inventory {

/**
 * Where a variable was set, from lowest to highest precedence as Ansible's default
 * VARIABLE_PRECEDENCE applies them: variables written in the inventory file lose against
 * group_vars/ files, which lose against variables written on the host line, which lose against
 * host_vars/ files. The playbook folder's group_vars/host_vars come after the inventory's.
 */
enum class VarLevel {
    InventoryGroup,         ///< [group:vars] in INI, `vars:` in YAML
    GroupVarsFile,          ///< group_vars/ next to an inventory source
    PlaybookGroupVarsFile,  ///< group_vars/ next to the playbook
    InventoryHost,          ///< `host var=value` in INI, host entries in YAML, a host's port
    HostVarsFile,           ///< host_vars/ next to an inventory source
    PlaybookHostVarsFile,   ///< host_vars/ next to the playbook
};

/** A variable: its value, where it was written, at which level, and by which group or host. */
struct Variable
{
    Value value;
    Source source;
    VarLevel level = VarLevel::InventoryGroup;
    std::string owner;  ///< the group or host it was set on

    bool operator==(const Variable &) const = default;
};

using VariableMap = std::map<std::string, Variable>;

/** A folder whose group_vars/ and host_vars/ were looked at. */
struct VarsFolder
{
    std::string path;
    bool playbook = false;  ///< the playbook folder rather than an inventory source's folder
    bool operator==(const VarsFolder &) const = default;
};

/** Variables one group_vars/ or host_vars/ lookup found, for one VarsFolder (by index). */
struct VarsLayer
{
    int folder = 0;
    VariableMap vars;
    std::vector<std::string> files;  ///< the files read, in the order merged
    bool operator==(const VarsLayer &) const = default;
};

struct Group
{
    std::string name;
    std::vector<std::string> hosts;     ///< direct members, in the order Ansible keeps them
    std::vector<std::string> children;  ///< direct child groups, in order
    std::vector<std::string> parents;
    int depth = 0;                      ///< longest path from `all`
    int priority = 1;                   ///< ansible_group_priority
    VariableMap vars;                   ///< set in inventory files
    std::vector<VarsLayer> fileVars;    ///< from group_vars/, one layer per folder that had files
    Source source;                      ///< where first declared

    bool operator==(const Group &) const = default;
};

struct Host
{
    std::string name;
    std::vector<std::string> groups;    ///< every group it belongs to, ancestors and `all` included
    VariableMap vars;                   ///< set in inventory files
    std::vector<VarsLayer> fileVars;    ///< from host_vars/
    VariableMap effective;              ///< all variables merged with Ansible's precedence
    Source source;                      ///< where first declared

    bool operator==(const Host &) const = default;
};

/** A problem found while loading; the inventory still holds everything else. */
struct Diagnostic
{
    enum class Severity { Warning, Error };
    Severity severity = Severity::Warning;
    util::ErrorCode code = util::ErrorCode::ParseError;
    std::string message;   ///< plain English, for logs and the command line
    std::string location;  ///< file:line:column, or a file

    /** "location: message", or the message alone, for logs and the command line. */
    [[nodiscard]] std::string toString() const { return location.empty() ? message : location + ": " + message; }

    bool operator==(const Diagnostic &) const = default;
};

/**
 * An Ansible inventory with groups, hosts and every host's effective variables. Groups and hosts
 * are in the order Ansible creates them (`all` and `ungrouped` first). A plain value: copy it,
 * hand it across threads; lookups by name go through an index that loadInventory() fills (call
 * reindex() after editing the vectors).
 */
struct Inventory
{
    std::vector<std::string> sources;       ///< absolute paths (or host lists) as loaded
    std::vector<VarsFolder> varsFolders;
    std::vector<Group> groups;
    std::vector<Host> hosts;
    std::vector<Diagnostic> diagnostics;

    [[nodiscard]] const Group *group(std::string_view name) const;
    [[nodiscard]] const Host *host(std::string_view name) const;
    /** Hosts of a group and all its descendants, in Ansible's order (as `ansible -m ... GROUP` lists them). */
    [[nodiscard]] std::vector<std::string> hostsOf(std::string_view group) const;
    [[nodiscard]] bool hasErrors() const;
    void reindex();

    bool operator==(const Inventory &other) const;

private:
    std::unordered_map<std::string, size_t> m_groupIndex;
    std::unordered_map<std::string, size_t> m_hostIndex;
};

struct LoadOptions
{
    /**
     * A playbook folder whose group_vars/ and host_vars/ apply too (as `--playbook-dir`;
     * `ansible-inventory` uses its working folder when none is given). Empty: none.
     */
    std::string playbookDir;
};

/**
 * Loads inventory sources the way `ansible-inventory -i SOURCE...` does: INI or YAML files, folders
 * of them (recursively, skipping what Ansible skips), or a comma-separated host list; then
 * group_vars/ and host_vars/ next to each source and in LoadOptions::playbookDir; then every host's
 * effective variables.
 *
 * Broken files, cycles, undefined children, unknown hosts in host_vars/, unreadable files: each
 * becomes a Diagnostic and the rest loads. Returns an error only when no source exists at all.
 * Runs on any thread; touches nothing but the files it reads.
 */
[[nodiscard]] util::Result<Inventory> loadInventory(const std::vector<std::string> &sources,
                                                    const LoadOptions &options = {});
[[nodiscard]] util::Result<Inventory> loadInventory(const std::string &source, const LoadOptions &options = {});

/**
 * Every definition of @p name that reaches @p host, lowest precedence first; the last one is the
 * effective value. Empty when no group or file of the host sets it.
 */
std::vector<Variable> variableHistory(const Inventory &inventory, const Host &host, const std::string &name);

/** `ansible-inventory --list` as a Value (print it with toJson()). */
Value ansibleList(const Inventory &inventory);

/** `ansible-inventory --host NAME`: the host's variables without Ansible's internal ones. */
Value ansibleHostVars(const Host &host);

} // namespace core::inventory

Q_DECLARE_METATYPE(core::inventory::Inventory)
