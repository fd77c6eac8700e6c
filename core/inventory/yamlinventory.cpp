// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// Ansible's yaml inventory plugin (plugins/inventory/yaml.py) over a parsed document: top-level
// keys are groups, each with optional `vars`, `children` (groups, recursively) and `hosts`
// (patterns with their variables). Children are parsed before they are linked to their parent,
// as Ansible does, which decides the order groups are created in.
#include "core/inventory/hostpattern.h"
#include "core/inventory/parsers.h"

namespace core::inventory::detail {

using util::ErrorCode;

namespace {

class YamlInventoryParser
{
public:
    YamlInventoryParser(const std::string &file, InventoryBuilder &builder) : m_file(file), m_builder(builder) {}

    void parseGroup(const std::string &name, const Value &data, const Source &declared)
    {
        if (!data.isMap() && !data.isNull()) {
            m_builder.warn(ErrorCode::InvalidValue, "skipping '" + name + "': not a valid group definition",
                           declared.toString());
            return;
        }
        m_builder.addGroup(name, declared);
        if (data.isNull())
            return;
        for (const MapEntry &section : data.entries) {
            const Value &value = section.value;
            if (isSection(section.key) && value.isString()) {
                // A plain string is allowed and means {string: None}.
                parseSection(name, section.key, Value::makeMap({MapEntry{value.text, Value::makeNull(), value.line, value.column}}));
            } else if (isSection(section.key) && !value.isMap() && !value.isNull()) {
                m_builder.error(ErrorCode::InvalidValue,
                                "'" + section.key + "' of group '" + name + "' must be a mapping", where(value));
            } else if (value.isMap() && isSection(section.key)) {
                parseSection(name, section.key, value);
            } else if (value.isMap()) {
                m_builder.warn(ErrorCode::UnknownKey,
                               "skipping unexpected key '" + section.key + "' in group '" + name
                                   + "': only vars, children and hosts are valid",
                               where(value));
            } else if (!value.isNull()) {
                m_builder.warn(ErrorCode::InvalidValue,
                               "skipping key '" + section.key + "' in group '" + name + "': not a mapping", where(value));
            }
        }
    }

private:
    static bool isSection(const std::string &key) { return key == "vars" || key == "children" || key == "hosts"; }

    std::string where(const Value &v) const { return Source{m_file, v.line, v.column}.toString(); }
    Source sourceOf(const Value &v) const { return Source{m_file, v.line, v.column}; }
    Source sourceOf(const MapEntry &e) const { return Source{m_file, e.line, e.column}; }

    void parseSection(const std::string &group, const std::string &section, const Value &map)
    {
        if (section == "vars") {
            for (const MapEntry &e : map.entries)
                m_builder.setGroupVariable(group, e.key,
                                           Variable{e.value, sourceOf(e), VarLevel::InventoryGroup, group});
        } else if (section == "children") {
            for (const MapEntry &e : map.entries) {
                parseGroup(e.key, e.value, sourceOf(e));
                if (m_builder.hasGroup(e.key) || m_builder.hasHost(e.key))
                    m_builder.addChild(group, e.key, sourceOf(e));
                else
                    m_builder.error(ErrorCode::InvalidValue, "'" + e.key + "' is neither a known group nor a known host",
                                    where(e.value));
            }
        } else {
            for (const MapEntry &e : map.entries)
                parseHost(group, e);
        }
    }

    void parseHost(const std::string &group, const MapEntry &entry)
    {
        if (m_builder.overHostLimit())
            return;
        auto pattern = expandHostPattern(entry.key, m_builder.limits().hostsPerPattern);
        if (!pattern) {
            m_builder.error(pattern.error().code, pattern.error().detail, where(entry.value));
            return;
        }
        if (!entry.value.isMap() && !entry.value.isNull()) {
            m_builder.error(ErrorCode::InvalidValue, "variables of host '" + entry.key + "' must be a mapping",
                            where(entry.value));
            return;
        }
        for (const std::string &host : pattern->hosts) {
            m_builder.addHost(host, group, pattern->port, sourceOf(entry));
            for (const MapEntry &var : entry.value.entries)
                m_builder.setHostVariable(host, var.key,
                                          Variable{var.value, sourceOf(var), VarLevel::InventoryHost, host});
        }
    }

    const std::string &m_file;
    InventoryBuilder &m_builder;
};

} // namespace

bool parseYamlInventory(const Value &document, const std::string &file, InventoryBuilder &builder, std::string &reason)
{
    if (document.isNull() || (document.isMap() && document.entries.empty())) {
        reason = "empty YAML file";
        return false;
    }
    if (!document.isMap()) {
        reason = "a YAML inventory must be a mapping of groups";
        return false;
    }
    if (const Value *plugin = document.find("plugin"); plugin && !plugin->isNull()) {
        reason = "inventory plugin configuration ('plugin: " + plugin->toDisplayString() + "') is not supported";
        return false;
    }
    YamlInventoryParser parser(file, builder);
    for (const MapEntry &group : document.entries)
        parser.parseGroup(group.key, group.value, Source{file, group.line, group.column});
    return true;
}

void parseHostList(const std::string &list, InventoryBuilder &builder)
{
    size_t start = 0;
    while (start <= list.size()) {
        size_t comma = list.find(',', start);
        if (comma == std::string::npos)
            comma = list.size();
        std::string item = list.substr(start, comma - start);
        const size_t b = item.find_first_not_of(" \t");
        const size_t e = item.find_last_not_of(" \t");
        item = b == std::string::npos ? std::string() : item.substr(b, e - b + 1);
        if (!item.empty()) {
            auto pattern = expandHostPattern(item, builder.limits().hostsPerPattern);
            if (pattern && pattern->hosts.size() == 1)
                builder.addHost(pattern->hosts.front(), "ungrouped", pattern->port, Source{list, 0, 0});
            else
                builder.error(ErrorCode::InvalidValue, "invalid host '" + item + "' in host list", list);
        }
        start = comma + 1;
    }
}

} // namespace core::inventory::detail
