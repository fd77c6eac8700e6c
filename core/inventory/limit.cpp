// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/inventory/limit.h"

#include <QRegularExpression>
#include <QString>

#include <fnmatch.h>

#include <set>

namespace core::inventory {

namespace {

std::vector<std::string> splitLimit(std::string_view limit)
{
    const char separator = limit.find(',') != std::string_view::npos ? ',' : ':';
    std::vector<std::string> patterns;
    std::string current;
    int brackets = 0;
    const auto flush = [&] {
        const auto first = current.find_first_not_of(" \t");
        const auto last = current.find_last_not_of(" \t");
        if (first != std::string::npos)
            patterns.push_back(current.substr(first, last - first + 1));
        current.clear();
    };
    for (const char c : limit) {
        brackets += c == '[' ? 1 : c == ']' && brackets > 0 ? -1 : 0;
        if (c == separator && brackets == 0)
            flush();
        else
            current += c;
    }
    flush();
    return patterns;
}

/** The hosts one pattern (without its ! or &) names. */
util::Result<std::set<std::string>> match(const Inventory &inventory, const std::string &pattern)
{
    std::set<std::string> hosts;
    const auto addGroup = [&](const Group &g) {
        for (const std::string &h : inventory.hostsOf(g.name))
            hosts.insert(h);
    };
    if (pattern == "all" || pattern == "*") {
        for (const Host &h : inventory.hosts)
            hosts.insert(h.name);
        return hosts;
    }
    if (pattern.starts_with('~')) {
        const QRegularExpression re(QString::fromStdString(pattern.substr(1)));
        if (!re.isValid())
            return util::makeError(util::ErrorCode::InvalidValue,
                "the limit's regular expression " + pattern + " does not compile: " + re.errorString().toStdString());
        for (const Group &g : inventory.groups)
            if (re.match(QString::fromStdString(g.name)).hasMatch())
                addGroup(g);
        for (const Host &h : inventory.hosts)
            if (re.match(QString::fromStdString(h.name)).hasMatch())
                hosts.insert(h.name);
        return hosts;
    }
    if (pattern.find_first_of("*?[") != std::string::npos) {
        for (const Group &g : inventory.groups)
            if (fnmatch(pattern.c_str(), g.name.c_str(), 0) == 0)
                addGroup(g);
        for (const Host &h : inventory.hosts)
            if (fnmatch(pattern.c_str(), h.name.c_str(), 0) == 0)
                hosts.insert(h.name);
        return hosts;
    }
    if (const Group *g = inventory.group(pattern))
        addGroup(*g);
    if (inventory.host(pattern))
        hosts.insert(pattern);
    return hosts;
}

} // namespace

util::Result<std::vector<std::string>> selectHosts(const Inventory &inventory, std::string_view limit)
{
    std::vector<std::string> patterns = splitLimit(limit);
    if (patterns.empty())
        patterns.push_back("all");
    std::set<std::string> selected;
    std::vector<std::string> intersections;
    std::vector<std::string> exclusions;
    bool anyPositive = false;
    for (const std::string &p : patterns) {
        if (p.starts_with('!')) {
            exclusions.push_back(p.substr(1));
        } else if (p.starts_with('&')) {
            intersections.push_back(p.substr(1));
        } else {
            anyPositive = true;
            auto hosts = match(inventory, p);
            if (!hosts)
                return hosts.error();
            selected.merge(*hosts);
        }
    }
    // Ansible starts from every host when the limit only removes or intersects.
    if (!anyPositive)
        for (const Host &h : inventory.hosts)
            selected.insert(h.name);
    for (const std::string &p : intersections) {
        auto hosts = match(inventory, p);
        if (!hosts)
            return hosts.error();
        std::erase_if(selected, [&](const std::string &h) { return !hosts->contains(h); });
    }
    for (const std::string &p : exclusions) {
        auto hosts = match(inventory, p);
        if (!hosts)
            return hosts.error();
        for (const std::string &h : *hosts)
            selected.erase(h);
    }
    std::vector<std::string> ordered;
    for (const Host &h : inventory.hosts)
        if (selected.contains(h.name))
            ordered.push_back(h.name);
    return ordered;
}

} // namespace core::inventory
