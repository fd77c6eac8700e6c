// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// Ansible's ini inventory plugin. The order of operations matters for what ansible-inventory
// prints (the order of hosts and children), so it follows plugins/inventory/ini.py step by step,
// including its "pending declarations" for groups named before they are defined.
#include "core/inventory/hostpattern.h"
#include "core/inventory/inivalue.h"
#include "core/inventory/parsers.h"

#include <map>
#include <regex>

namespace core::inventory::detail {

using util::ErrorCode;

namespace {

struct Pending
{
    int line = 0;
    std::string state;                 // "vars" or "children"
    std::vector<std::string> parents;  // for "children"
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

class IniParser
{
public:
    IniParser(const std::string &file, InventoryBuilder &builder) : m_file(file), m_builder(builder) {}

    int parse(std::string_view text)
    {
        size_t pos = 0;
        while (pos <= text.size()) {
            size_t end = text.find_first_of("\r\n", pos);
            if (end == std::string_view::npos)
                end = text.size();
            ++m_lineNo;
            parseLine(text.substr(pos, end - pos));
            if (end + 1 < text.size() && text[end] == '\r' && text[end + 1] == '\n')
                ++end;
            pos = end + 1;
        }
        reportPending();
        return m_errors;
    }

private:
    Source at(int column) const { return Source{m_file, m_lineNo, column}; }

    void fail(const std::string &message, int column)
    {
        ++m_errors;
        m_builder.error(ErrorCode::ParseError, message, at(column).toString());
    }

    void parseLine(std::string_view raw)
    {
        size_t b = 0, e = raw.size();
        while (b < e && isSpace(raw[b]))
            ++b;
        while (e > b && isSpace(raw[e - 1]))
            --e;
        const std::string line(raw.substr(b, e - b));
        m_indent = static_cast<int>(b);
        if (line.empty() || line[0] == ';' || line[0] == '#')
            return;
        static const std::regex section(R"(^\[([^:\]\s]+)(?::(\w+))?\]\s*(?:#.*)?$)");
        std::smatch m;
        if (std::regex_match(line, m, section)) {
            startSection(m[1].str(), m[2].matched ? m[2].str() : std::string("hosts"), m[0].str());
            return;
        }
        if (line.front() == '[' && line.back() == ']') {
            fail("invalid section entry '" + line + "': no spaces or other invalid characters allowed", m_indent + 1);
            return;
        }
        if (m_state == "hosts")
            hostLine(line);
        else if (m_state == "vars")
            varLine(line);
        else if (m_state == "children")
            childLine(line);
    }

    void startSection(const std::string &group, const std::string &state, const std::string &title)
    {
        if (state != "hosts" && state != "children" && state != "vars") {
            fail("section " + title + " has unknown type: " + state, m_indent + 1);
            m_state = "invalid";  // Ansible stops here; we skip the section's lines
            return;
        }
        m_group = group;
        m_state = state;
        if (!m_builder.hasGroup(group)) {
            if (state == "vars" && !m_pending.count(group))
                m_pending[group] = Pending{m_lineNo, "vars", {}};
            m_builder.addGroup(group, at(m_indent + 1));
        }
        const auto it = m_pending.find(group);
        if (it != m_pending.end() && state != "vars") {
            if (it->second.state == "children")
                addPendingChildren(group);
            else
                m_pending.erase(it);
        }
    }

    /** A group named under [x:children] before its own section: link it to every waiting parent. */
    void addPendingChildren(const std::string &group)
    {
        const Pending pending = m_pending.at(group);
        m_pending.erase(group);
        for (const std::string &parent : pending.parents) {
            m_builder.addChild(parent, group, Source{m_file, pending.line, 0});
            const auto p = m_pending.find(parent);
            if (p != m_pending.end() && p->second.state == "children")
                addPendingChildren(parent);
        }
    }

    void hostLine(const std::string &line)
    {
        auto tokens = splitIniHostLine(line);
        if (!tokens) {
            fail("cannot split host definition: " + tokens.error().detail, m_indent + tokens.error().position.column);
            return;
        }
        if (tokens->empty())
            return;
        const IniToken &first = tokens->front();
        if (m_builder.overHostLimit())
            return;
        auto pattern = expandHostPattern(first.text, m_builder.limits().hostsPerPattern);
        if (!pattern) {
            fail(pattern.error().detail, m_indent + first.offset + 1);
            return;
        }
        if (!pattern->port && !first.text.empty() && first.text.back() == ':') {
            fail("invalid host pattern '" + first.text + "': a trailing ':' is reserved for a port",
                 m_indent + first.offset + 1);
            return;
        }
        std::vector<std::pair<std::string, Variable>> vars;
        for (size_t i = 1; i < tokens->size(); ++i) {
            const IniToken &t = (*tokens)[i];
            const size_t eq = t.text.find('=');
            if (eq == std::string::npos) {
                fail("expected key=value host variable assignment, got: " + t.text, m_indent + t.offset + 1);
                return;
            }
            vars.push_back({t.text.substr(0, eq), Variable{iniValue(t.text.substr(eq + 1)),
                                                           at(m_indent + t.offset + 1), VarLevel::InventoryHost, {}}});
        }
        for (const std::string &host : pattern->hosts) {
            if (host.empty() || host == "---") {
                fail(host.empty() ? "empty host name" : "invalid host pattern '---' (is this a YAML file?)",
                     m_indent + first.offset + 1);
                return;
            }
            m_builder.addHost(host, m_group, pattern->port, at(m_indent + first.offset + 1));
            for (const auto &[key, variable] : vars) {
                Variable v = variable;
                v.owner = host;
                m_builder.setHostVariable(host, key, std::move(v));
            }
        }
    }

    void varLine(const std::string &line)
    {
        const size_t eq = line.find('=');
        if (eq == std::string::npos) {
            fail("expected key=value, got: " + line, m_indent + 1);
            return;
        }
        auto trim = [](std::string s) {
            size_t b = 0, e = s.size();
            while (b < e && isSpace(s[b]))
                ++b;
            while (e > b && isSpace(s[e - 1]))
                --e;
            return s.substr(b, e - b);
        };
        const std::string key = trim(line.substr(0, eq));
        m_builder.setGroupVariable(m_group, key, Variable{iniValue(trim(line.substr(eq + 1))), at(m_indent + 1),
                                                          VarLevel::InventoryGroup, m_group});
    }

    void childLine(const std::string &line)
    {
        static const std::regex groupName(R"(^([^:\]\s]+)\s*(?:#.*)?$)");
        std::smatch m;
        if (!std::regex_match(line, m, groupName)) {
            fail("expected a group name, got: " + line, m_indent + 1);
            return;
        }
        const std::string child = m[1].str();
        if (m_builder.hasGroup(child)) {
            m_builder.addChild(m_group, child, at(m_indent + 1));
            return;
        }
        auto it = m_pending.find(child);
        if (it == m_pending.end())
            m_pending[child] = Pending{m_lineNo, "children", {m_group}};
        else
            it->second.parents.push_back(m_group);
    }

    void reportPending()
    {
        for (const auto &[name, p] : m_pending) {
            ++m_errors;
            const std::string where = Source{m_file, p.line, 0}.toString();
            if (p.state == "vars")
                m_builder.error(ErrorCode::InvalidValue, "section [" + name + ":vars] names an undefined group", where);
            else
                m_builder.error(ErrorCode::InvalidValue,
                                "section [" + p.parents.back() + ":children] includes undefined group '" + name + "'",
                                where);
        }
    }

    const std::string &m_file;
    InventoryBuilder &m_builder;
    std::map<std::string, Pending> m_pending;
    std::string m_group = "ungrouped";
    std::string m_state = "hosts";
    int m_lineNo = 0;
    int m_indent = 0;
    int m_errors = 0;
};

} // namespace

int parseIniInventory(std::string_view text, const std::string &file, InventoryBuilder &builder)
{
    IniParser parser(file, builder);
    return parser.parse(text);
}

} // namespace core::inventory::detail
