// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/inventory/limit.h"

#include <QRegularExpression>
#include <QString>

#include <fnmatch.h>

#include <algorithm>
#include <functional>
#include <optional>
#include <set>
#include <utility>

namespace core::inventory {

namespace {

/**
 * The patterns of a limit, as Ansible's split_host_pattern() finds them: split at every comma when
 * there is one, else at colons and blanks outside brackets (a `[x:y]` subscript stays whole).
 */
std::vector<std::string> splitLimit(std::string_view limit)
{
    std::vector<std::string> patterns;
    std::string current;
    const auto flush = [&] {
        const auto first = current.find_first_not_of(" \t\n");
        const auto last = current.find_last_not_of(" \t\n");
        if (first != std::string::npos)
            patterns.push_back(current.substr(first, last - first + 1));
        current.clear();
    };
    if (limit.find(',') != std::string_view::npos) {
        for (const char c : limit) {
            if (c == ',')
                flush();
            else
                current += c;
        }
        flush();
        return patterns;
    }
    for (size_t i = 0; i < limit.size(); ++i) {
        const char c = limit[i];
        if (c == '[') {
            const size_t close = limit.find(']', i + 1);
            if (close != std::string_view::npos) {
                current.append(limit.substr(i, close - i + 1));
                i = close;
                continue;
            }
            flush(); // an unclosed bracket ends a pattern, as in Ansible's split
        } else if (c == ':' || c == ']' || c == ' ' || c == '\t' || c == '\n') {
            flush();
        } else {
            current += c;
        }
    }
    flush();
    return patterns;
}

/** A `[i]` or `[x:y]` subscript; `end` is -1 for `[x:]` and unset for a single index. */
struct Subscript
{
    long long start = 0;
    std::optional<long long> end;
};

/** Splits `PATTERN[i]`, `PATTERN[x:y]`, `PATTERN[x:]` (and the old `[x-y]`) as Ansible does. */
std::pair<std::string, std::optional<Subscript>> splitSubscript(const std::string &pattern)
{
    if (pattern.starts_with('~'))
        return { pattern, std::nullopt };
    static const QRegularExpression withSubscript(
        QStringLiteral(R"(^(.+)\[(?:(-?[0-9]+)|([0-9]+)([:-])([0-9]*))\]$)"));
    const QRegularExpressionMatch m = withSubscript.match(QString::fromStdString(pattern));
    if (!m.hasMatch())
        return { pattern, std::nullopt };
    Subscript subscript;
    if (!m.captured(2).isEmpty()) {
        subscript.start = m.captured(2).toLongLong();
    } else {
        subscript.start = m.captured(3).toLongLong();
        subscript.end = m.captured(5).isEmpty() ? -1 : m.captured(5).toLongLong();
    }
    return { m.captured(1).toStdString(), subscript };
}

/** Ansible's _apply_subscript(): an index out of range selects nothing (Ansible: "No hosts matched"). */
std::vector<std::string> applySubscript(std::vector<std::string> hosts, const Subscript &s)
{
    const auto size = static_cast<long long>(hosts.size());
    if (hosts.empty())
        return hosts;
    if (s.end && *s.end != 0) {
        const long long last = *s.end == -1 ? size - 1 : std::min(*s.end, size - 1);
        if (s.start > last)
            return {};
        return { hosts.begin() + s.start, hosts.begin() + last + 1 };
    }
    const long long index = s.start < 0 ? size + s.start : s.start;
    if (index < 0 || index >= size)
        return {};
    return { hosts[static_cast<size_t>(index)] };
}

/**
 * The hosts one pattern (without its ! or &) names, in Ansible's order and with its repeats (a
 * subscript counts them): the hosts of every group it matches, then, when no group matched or the
 * pattern is a regex or glob, the hosts it matches by name. A glob is matched whole, `~REGEX`
 * from the start of the name (Python's re.match).
 */
util::Result<std::vector<std::string>> enumerate(const Inventory &inventory, const std::string &pattern)
{
    std::function<bool(const std::string &)> matches;
    if (pattern.starts_with('~')) {
        const QRegularExpression re(QString::fromStdString(pattern.substr(1)));
        if (!re.isValid())
            return util::makeError(util::ErrorCode::InvalidValue,
                "the limit's regular expression " + pattern + " does not compile: " + re.errorString().toStdString());
        matches = [re](const std::string &name) {
            return re.match(QString::fromStdString(name), 0, QRegularExpression::NormalMatch,
                         QRegularExpression::AnchorAtOffsetMatchOption)
                .hasMatch();
        };
    } else {
        matches = [&pattern](const std::string &name) { return fnmatch(pattern.c_str(), name.c_str(), 0) == 0; };
    }
    std::vector<std::string> hosts;
    bool anyGroup = false;
    for (const Group &g : inventory.groups)
        if (matches(g.name)) {
            anyGroup = true;
            const std::vector<std::string> members = inventory.hostsOf(g.name);
            hosts.insert(hosts.end(), members.begin(), members.end());
        }
    if (!anyGroup || pattern.starts_with('~') || pattern.find_first_of(".?*[") != std::string::npos)
        for (const Host &h : inventory.hosts)
            if (matches(h.name))
                hosts.push_back(h.name);
    return hosts;
}

/** The hosts one pattern (without its ! or &) selects, its subscript applied. */
util::Result<std::set<std::string>> match(const Inventory &inventory, const std::string &pattern)
{
    const auto [expression, subscript] = splitSubscript(pattern);
    auto hosts = enumerate(inventory, expression);
    if (!hosts)
        return hosts.error();
    if (subscript)
        *hosts = applySubscript(std::move(*hosts), *subscript);
    return std::set<std::string>(hosts->begin(), hosts->end());
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
