// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// Pin extraction for the shapes MAX IV's roles use (THBL01): RPM maps such as
// `packages_stable: {python-taurus: default, python-fandango: 10.9}`, `conda_envs` lists of
// {env_name, dependencies, channels, wrappers}, and whole environment.yml files in a variable.
#include "core/inventory/pins.h"
#include "core/inventory/yamldocument.h"

#include <algorithm>

namespace core::inventory {

using util::ErrorCode;

const char *pinKindName(PinKind kind)
{
    switch (kind) {
    case PinKind::Rpm: return "rpm";
    case PinKind::Conda: return "conda";
    case PinKind::Pip: return "pip";
    case PinKind::Channels: return "channels";
    case PinKind::Wrappers: return "wrappers";
    }
    return "rpm";
}

const Pin *HostPins::find(const PinKey &key) const
{
    const auto it = std::find_if(pins.begin(), pins.end(), [&](const Pin &p) { return p.key == key; });
    return it == pins.end() ? nullptr : &*it;
}

std::optional<std::pair<std::string, std::string>> splitRequirement(const std::string &text, PinKind kind)
{
    std::string s = text;
    const size_t b = s.find_first_not_of(" \t");
    if (b == std::string::npos || s[b] == '-')
        return std::nullopt;  // empty, or a pip option such as --index-url
    s = s.substr(b, s.find_last_not_of(" \t") - b + 1);
    if (kind == PinKind::Conda) {
        // channel::name or channel/subdir::name: the row is the package, whatever its channel.
        const size_t colons = s.rfind("::");
        if (colons != std::string::npos)
            s = s.substr(colons + 2);
    }
    const char *stops = kind == PinKind::Pip ? " =<>!~[;@" : " =<>!~[";
    const size_t end = s.find_first_of(stops);
    std::string name = s.substr(0, end);
    std::string constraint = end == std::string::npos ? std::string() : s.substr(end);
    const size_t cb = constraint.find_first_not_of(' ');
    constraint = cb == std::string::npos ? std::string() : constraint.substr(cb);
    if (name.empty())
        return std::nullopt;
    return std::make_pair(name, constraint);
}

namespace {

class PinExtractor
{
public:
    PinExtractor(const Host &host, HostPins &out) : m_host(host), m_out(out) {}

    void rpm(const std::string &name, const Variable &var)
    {
        const Value &v = var.value;
        if (v.isVault()) {
            warn(var.source, "'" + name + "' is vault-encrypted as a whole; its pins cannot be shown");
            return;
        }
        if (v.isMap()) {
            for (const MapEntry &e : v.entries)
                addRpm(name, e.key, e.value, at(var, e.line, e.column));
        } else if (v.isList()) {
            // A plain list of package names: present, any version.
            for (const Value &item : v.items)
                if (item.isString())
                    addRpm(name, item.text, Value::makeString({}), at(var, item.line, item.column));
        } else if (!v.isNull()) {
            warn(var.source, "'" + name + "' should map package names to versions");
        }
    }

    void condaEnvs(const std::string &name, const Variable &var)
    {
        if (var.value.isNull())
            return;
        if (!var.value.isList()) {
            warn(var.source, "'" + name + "' should be a list of environments");
            return;
        }
        for (const Value &entry : var.value.items) {
            if (!entry.isMap()) {
                warn(at(var, entry.line, entry.column), "an entry of '" + name + "' is not a mapping");
                continue;
            }
            const Value *envName = entry.find("env_name");
            if (!envName)
                envName = entry.find("name");
            environment(name, envName ? envName->toDisplayString() : std::string("?"), entry, var, "/");
        }
    }

    void environmentFile(const std::string &name, const Variable &var)
    {
        Value doc = var.value;
        if (doc.isString()) {
            // An environment.yml kept as a text block: read it as the YAML it is.
            auto parsed = parseYamlDocument(doc.text, var.source.file);
            if (!parsed || !parsed->isMap()) {
                warn(var.source, "'" + name + "' is not an environment (a mapping with dependencies)");
                return;
            }
            doc = std::move(*parsed);
            m_nestedPositions = false;  // lines inside the text block are not lines of the file
        }
        if (doc.isNull())
            return;
        if (!doc.isMap()) {
            warn(var.source, "'" + name + "' is not an environment (a mapping with dependencies)");
            return;
        }
        const Value *envName = doc.find("name");
        environment(name, envName ? envName->toDisplayString() : name, doc, var, "");
        m_nestedPositions = true;
    }

private:
    Source at(const Variable &var, int line, int column) const
    {
        // Positions inside a value are in the variable's file; INI values have none of their own.
        if (line <= 0 || !m_nestedPositions)
            return var.source;
        return Source{var.source.file, line, column};
    }

    void warn(const Source &where, std::string message)
    {
        m_out.warnings.push_back({Diagnostic::Severity::Warning, ErrorCode::InvalidValue,
                                  m_host.name + ": " + std::move(message), where.toString()});
    }

    void addRpm(const std::string &variable, const std::string &package, const Value &value, const Source &where)
    {
        Pin pin{PinKey{PinKind::Rpm, variable, package}, value.toDisplayString(), {}, where, value.containsVault()};
        if (value.isNull())
            pin.value.clear();
        if (value.type == Value::Type::Float && !value.text.empty() && value.text != pin.value)
            warn(where, package + ": the version " + value.text + " is read as the number " + pin.value
                            + "; quote it to keep it as written");
        if (!value.isScalar())
            warn(where, package + ": a pin should be a single version, not " + pin.value);
        pin.spec = pin.value;
        m_out.pins.push_back(std::move(pin));
    }

    static std::vector<std::string> strings(const Value *list)
    {
        std::vector<std::string> out;
        if (list && list->isList())
            for (const Value &item : list->items)
                if (item.isScalar())
                    out.push_back(item.toDisplayString());
        return out;
    }

    void environment(const std::string &variable, const std::string &envName, const Value &env, const Variable &var,
                     const char *separator)
    {
        CondaEnvironment ce;
        ce.variable = variable;
        ce.name = envName;
        ce.source = at(var, env.line, env.column);
        ce.channels = strings(env.find("channels"));
        ce.wrappers = strings(env.find("wrappers"));
        const std::string scope = *separator ? variable + separator + envName : variable;
        if (const Value *deps = env.find("dependencies"); deps && deps->isList()) {
            for (const Value &dep : deps->items) {
                if (dep.isMap()) {
                    if (const Value *pip = dep.find("pip"))
                        for (const Value &p : pip->items)
                            addRequirement(ce.pip, PinKind::Pip, scope, p, var);
                } else {
                    addRequirement(ce.dependencies, PinKind::Conda, scope, dep, var);
                }
            }
        } else {
            warn(ce.source, "environment '" + envName + "' has no dependencies list");
        }
        if (!ce.channels.empty())
            addList(PinKind::Channels, scope, ce.channels, env.find("channels"), var);
        if (!ce.wrappers.empty())
            addList(PinKind::Wrappers, scope, ce.wrappers, env.find("wrappers"), var);
        m_out.environments.push_back(std::move(ce));
    }

    void addRequirement(std::vector<std::string> &list, PinKind kind, const std::string &scope, const Value &item,
                        const Variable &var)
    {
        if (item.isVault()) {
            m_out.pins.push_back(Pin{PinKey{kind, scope, "(encrypted)"}, "encrypted", "encrypted",
                                     at(var, item.line, item.column), true});
            return;
        }
        const std::string text = item.toDisplayString();
        list.push_back(text);
        const auto split = splitRequirement(text, kind);
        if (!split)
            return;  // pip options stay in the environment, they are not pins
        m_out.pins.push_back(Pin{PinKey{kind, scope, split->first}, split->second, text, at(var, item.line, item.column),
                                 false});
    }

    void addList(PinKind kind, const std::string &scope, const std::vector<std::string> &items, const Value *node,
                 const Variable &var)
    {
        std::string joined;
        for (const std::string &i : items)
            joined += (joined.empty() ? "" : ", ") + i;
        m_out.pins.push_back(Pin{PinKey{kind, scope, pinKindName(kind)}, joined, joined,
                                 at(var, node->line, node->column), false});
    }

    const Host &m_host;
    HostPins &m_out;
    bool m_nestedPositions = true;
};

} // namespace

HostPins extractPins(const Host &host, const PinVariables &variables)
{
    HostPins out;
    out.host = host.name;
    PinExtractor extractor(host, out);
    for (const std::string &name : variables.rpm)
        if (const auto it = host.effective.find(name); it != host.effective.end())
            extractor.rpm(name, it->second);
    for (const std::string &name : variables.conda)
        if (const auto it = host.effective.find(name); it != host.effective.end())
            extractor.condaEnvs(name, it->second);
    for (const std::string &name : variables.environment)
        if (const auto it = host.effective.find(name); it != host.effective.end())
            extractor.environmentFile(name, it->second);
    return out;
}

std::vector<HostPins> extractAllPins(const Inventory &inventory, const PinVariables &variables)
{
    std::vector<HostPins> out;
    out.reserve(inventory.hosts.size());
    for (const Host &h : inventory.hosts)
        out.push_back(extractPins(h, variables));
    return out;
}

} // namespace core::inventory
