// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/spec/versionspec.h"

#include "core/spec/textutil.h"

#include <algorithm>
#include <optional>

namespace core::spec {

using util::ErrorCode;
using util::Result;
using Op = VersionSpec::Op;
using Node = VersionSpec::Node;

namespace {

bool isOperatorChar(char c) { return c == '=' || c == '<' || c == '>' || c == '!' || c == '~'; }
bool isDelimiter(char c) { return c == ',' || c == '|' || c == '(' || c == ')'; }

const char *operatorText(Op op)
{
    switch (op) {
    case Op::Equal: return "==";
    case Op::NotEqual: return "!=";
    case Op::Less: return "<";
    case Op::LessEqual: return "<=";
    case Op::Greater: return ">";
    case Op::GreaterEqual: return ">=";
    case Op::NotStartsWith: return "!=";
    case Op::Compatible: return "~=";
    default: return "";
    }
}

bool evaluate(const Node &node, const Version &v)
{
    switch (node.op) {
    case Op::Any: return true;
    case Op::Equal: return v.compare(node.version) == 0;
    case Op::NotEqual: return v.compare(node.version) != 0;
    case Op::Less: return v.compare(node.version) < 0;
    case Op::LessEqual: return v.compare(node.version) <= 0;
    case Op::Greater: return v.compare(node.version) > 0;
    case Op::GreaterEqual: return v.compare(node.version) >= 0;
    case Op::StartsWith: return v.startsWith(node.version);
    case Op::NotStartsWith: return !v.startsWith(node.version);
    case Op::Compatible: return v.compare(node.version) >= 0 && v.startsWith(node.prefix);
    // libsolv matches version globs case-insensitively; conda's regex does not. Versions in
    // repodata are lower case in practice, and agreeing with the solver matters more.
    case Op::Glob: return detail::globMatch(v.str(), node.text, true);
    }
    return false;
}

} // namespace

/** Recursive-descent parser: or := and ('|' and)*, and := atom (',' atom)*, atom := '(' or ')' | term. */
class VersionSpecParser final
{
public:
    VersionSpecParser(std::string_view text, std::size_t offset, VersionSpec::BareVersion bare)
        : m_text(text), m_offset(offset), m_bare(bare)
    {
    }

    Result<VersionSpec> run()
    {
        skipSpace();
        if (m_pos == m_text.size())
            return fail(m_pos, "empty version spec");
        // Most specs are one term or an "and" of terms (">=3.9,<3.10.0a0"); they need no flattening.
        const bool tree = detail::containsAny(m_text, "|()");
        const auto isSeparator = [](char c) { return detail::isOneOf(c, ",|("); };
        const auto separators = std::count_if(m_text.begin(), m_text.end(), isSeparator);
        m_nodes.reserve(2 * separators + 3);
        const bool ok = tree ? parseOr() : separators > 0 ? parseAnd() : parseTerm();
        if (!ok)
            return *m_error;
        skipSpace();
        if (m_pos < m_text.size()) {
            return fail(m_pos, m_text[m_pos] == ')' ? "unbalanced ')'"
                                                    : "expected ',' or '|' before " + detail::quoteChar(m_text[m_pos]));
        }
        VersionSpec spec;
        if (tree) {
            spec.m_nodes.reserve(m_nodes.size());
            flatten(0, Node::Kind::Term, spec.m_nodes);
        } else {
            spec.m_nodes = std::move(m_nodes);
        }
        return spec;
    }

private:
    bool parseOr() { return parseGroup(Node::Kind::Or, '|'); }
    bool parseAnd() { return parseGroup(Node::Kind::And, ','); }

    bool parseGroup(Node::Kind kind, char separator)
    {
        const std::size_t index = m_nodes.size();
        m_nodes.emplace_back().kind = kind;
        do {
            if (!(kind == Node::Kind::Or ? parseAnd() : parseAtom()))
                return false;
        } while (accept(separator));
        m_nodes[index].end = static_cast<std::uint32_t>(m_nodes.size());
        return true;
    }

    bool parseAtom()
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == '(') {
            // Bounded, so hostile input cannot exhaust the stack of this parser or of matches().
            if (++m_depth > kMaxDepth)
                return failed(m_pos, "parentheses nested too deeply");
            const std::size_t open = m_pos++;
            if (!parseOr())
                return false;
            if (!accept(')'))
                return failed(open, "missing ')' for this '('");
            --m_depth;
        } else if (!parseTerm()) {
            return false;
        }
        skipSpace();
        return true;
    }

    bool parseTerm()
    {
        skipSpace();
        std::optional<Op> op;
        if (m_pos < m_text.size() && isOperatorChar(m_text[m_pos])) {
            op = readOperator();
            if (!op)
                return false;
            skipSpace();
        }
        const std::size_t vstart = m_pos;
        while (m_pos < m_text.size() && !detail::isSpace(m_text[m_pos]) && !isDelimiter(m_text[m_pos]))
            ++m_pos;
        const std::string_view value = m_text.substr(vstart, m_pos - vstart);
        if (value.empty())
            return failed(vstart, op ? "missing version after operator" : "missing version");
        if (value.front() == '^' || value.back() == '$')
            return failed(vstart, "regular expressions are not supported");
        return op ? operatorTerm(*op, value, vstart) : bareTerm(value, vstart);
    }

    std::optional<Op> readOperator()
    {
        const std::size_t start = m_pos;
        const char c = m_text[m_pos++];
        const bool eq = m_pos < m_text.size() && m_text[m_pos] == '=';
        if (eq)
            ++m_pos;
        std::optional<Op> op;
        switch (c) {
        case '=': op = eq ? Op::Equal : Op::StartsWith; break;
        case '!': op = eq ? std::optional(Op::NotEqual) : std::nullopt; break;
        case '~': op = eq ? std::optional(Op::Compatible) : std::nullopt; break;
        case '<': op = eq ? Op::LessEqual : Op::Less; break;
        case '>': op = eq ? Op::GreaterEqual : Op::Greater; break;
        default: break;
        }
        if (!op || (m_pos < m_text.size() && isOperatorChar(m_text[m_pos]))) {
            std::size_t end = m_pos;
            while (end < m_text.size() && isOperatorChar(m_text[end]))
                ++end;
            failed(start, "invalid operator '" + std::string(m_text.substr(start, end - start)) + "'");
            return std::nullopt;
        }
        return op;
    }

    bool operatorTerm(Op op, std::string_view value, std::size_t vstart)
    {
        if (value.size() >= 2 && value.substr(value.size() - 2) == ".*") {
            // conda: '=' and '>=' drop the '.*', '!=' becomes "does not start with", '~=' refuses it,
            // and the others ignore it (with a deprecation warning).
            if (op == Op::Compatible)
                return failed(vstart + value.size() - 2, "'~=' cannot be combined with '.*'");
            if (op == Op::NotEqual)
                op = Op::NotStartsWith;
            value.remove_suffix(2);
        }
        const bool prefixLike = op == Op::StartsWith || op == Op::NotStartsWith || op == Op::Compatible;
        if (const std::size_t star = value.find('*'); prefixLike && star != std::string_view::npos)
            return failed(vstart + star, "'*' is only allowed as a trailing '.*' here");
        Node &node = newTerm(op);
        if (!parseVersion(value, vstart, node.version))
            return false;
        if (op == Op::Compatible && !compatiblePrefix(node, vstart))
            return false;
        node.text.reserve(value.size() + 4);
        node.text += operatorText(op);
        node.text += value;
        // A second ".*" (">=1.*.*") belongs to the operand: keep it so the text reads back the same.
        if (prefixLike ? op != Op::Compatible : value.ends_with(".*"))
            node.text += ".*";
        return true;
    }

    // ~=1.4.5 means >=1.4.5 and 1.4.*: the prefix is the normalised text up to its last '.'.
    bool compatiblePrefix(Node &node, std::size_t vstart)
    {
        const std::string normalized = node.version.normalized();
        const std::size_t dot = normalized.rfind('.');
        if (dot == std::string::npos || dot == 0)
            return failed(vstart, "'~=' needs a version with at least two components");
        auto prefix = Version::parseAt(std::string_view(normalized).substr(0, dot), vstart);
        if (!prefix)
            return failed(vstart, "'~=' needs a version with at least two components");
        node.prefix = std::move(prefix.value());
        return true;
    }

    bool bareTerm(std::string_view value, std::size_t vstart)
    {
        Node &node = newTerm(Op::Any);
        node.text.assign(value);
        const std::size_t lastNonStar = value.find_last_not_of('*');
        if (value == "*")
            return true;
        if (lastNonStar != std::string_view::npos && value.substr(0, lastNonStar).find('*') != std::string_view::npos) {
            node.op = Op::Glob; // an inner '*': conda matches the text against a pattern
            return checkGlob(value, vstart);
        }
        if (value.back() == '*' || m_bare == VersionSpec::BareVersion::Prefix) {
            if (lastNonStar == std::string_view::npos)
                return failed(vstart, "missing version before '*'");
            const std::size_t end = value.find_last_not_of(".*", lastNonStar);
            if (end == std::string_view::npos)
                return failed(vstart, "missing version before '*'");
            value = value.substr(0, end + 1);
            node.op = Op::StartsWith;
            node.text.assign(value);
            node.text += ".*";
        } else {
            node.op = Op::Equal;
        }
        return parseVersion(value, vstart, node.version);
    }

    // A glob holds version characters and '*' only (conda's version_check_re, plus '-').
    bool checkGlob(std::string_view value, std::size_t vstart)
    {
        for (std::size_t i = 0; i < value.size(); ++i) {
            const char c = detail::toLowerAscii(value[i]);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || detail::isOneOf(c, "._-+!*")))
                return failed(vstart + i, "invalid character " + detail::quoteChar(value[i]) + " in version");
        }
        return true;
    }

    bool parseVersion(std::string_view value, std::size_t vstart, Version &out)
    {
        auto parsed = Version::parseAt(value, m_offset + vstart);
        if (!parsed) {
            m_error = util::makeErrorAt(
                ErrorCode::InvalidMatchSpec, "invalid version: " + parsed.error().detail, parsed.error().position);
            return false;
        }
        out = std::move(parsed.value());
        return true;
    }

    // Terms are built in place: a Node holds two Versions and is not cheap to move.
    Node &newTerm(Op op)
    {
        Node &node = m_nodes.emplace_back();
        node.op = op;
        node.end = static_cast<std::uint32_t>(m_nodes.size());
        return node;
    }

    // Drops groups of one child and merges a group into a parent of the same kind, so "(1|2)|3" and
    // "1|2|3" give the same tree.
    void flatten(std::uint32_t index, Node::Kind parent, std::vector<Node> &out)
    {
        Node &node = m_nodes[index];
        if (node.kind == Node::Kind::Term) {
            out.push_back(std::move(node));
            out.back().end = static_cast<std::uint32_t>(out.size());
            return;
        }
        std::uint32_t children = 0;
        for (std::uint32_t c = index + 1; c < node.end; c = m_nodes[c].end)
            ++children;
        if (children == 1 || node.kind == parent) {
            for (std::uint32_t c = index + 1; c < node.end; c = m_nodes[c].end)
                flatten(c, parent, out);
            return;
        }
        const std::size_t at = out.size();
        out.emplace_back().kind = node.kind;
        for (std::uint32_t c = index + 1; c < node.end; c = m_nodes[c].end)
            flatten(c, node.kind, out);
        out[at].end = static_cast<std::uint32_t>(out.size());
    }

    bool accept(char c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    void skipSpace()
    {
        while (m_pos < m_text.size() && detail::isSpace(m_text[m_pos]))
            ++m_pos;
    }
    bool failed(std::size_t pos, std::string reason)
    {
        m_error = fail(pos, std::move(reason));
        return false;
    }
    util::Error fail(std::size_t pos, std::string reason) const
    {
        return util::makeErrorAt(
            ErrorCode::InvalidMatchSpec, std::move(reason), detail::columnPosition(m_offset + pos));
    }

    std::string_view m_text;
    std::size_t m_offset;
    VersionSpec::BareVersion m_bare;
    static constexpr int kMaxDepth = 32;
    int m_depth = 0;
    std::size_t m_pos = 0;
    std::vector<Node> m_nodes;
    std::optional<util::Error> m_error;
};

Result<VersionSpec> VersionSpec::parse(std::string_view text, BareVersion bare)
{
    return VersionSpecParser(text, 0, bare).run();
}

Result<VersionSpec> VersionSpec::parseAt(std::string_view text, std::size_t columnOffset, BareVersion bare)
{
    return VersionSpecParser(text, columnOffset, bare).run();
}

bool VersionSpec::matches(const Version &version) const
{
    return m_nodes.empty() || matchesNode(0, version);
}

bool VersionSpec::matchesNode(std::uint32_t index, const Version &version) const
{
    const Node &node = m_nodes[index];
    if (node.kind == Node::Kind::Term)
        return evaluate(node, version);
    const bool any = node.kind == Node::Kind::Or;
    for (std::uint32_t c = index + 1; c < node.end; c = m_nodes[c].end) {
        if (matchesNode(c, version) == any)
            return any;
    }
    return !any;
}

bool VersionSpec::matchesAll() const
{
    return m_nodes.empty() || (m_nodes.size() == 1 && m_nodes[0].op == Op::Any);
}

bool VersionSpec::isExact() const
{
    return m_nodes.size() == 1 && m_nodes[0].op == Op::Equal;
}

std::string VersionSpec::str() const
{
    if (m_nodes.empty())
        return "*";
    std::string out;
    appendNode(out, 0, false);
    return out;
}

void VersionSpec::appendNode(std::string &out, std::uint32_t index, bool insideAnd) const
{
    const Node &node = m_nodes[index];
    if (node.kind == Node::Kind::Term) {
        out += node.text;
        return;
    }
    const bool parens = node.kind == Node::Kind::Or && insideAnd;
    if (parens)
        out += '(';
    for (std::uint32_t c = index + 1; c < node.end; c = m_nodes[c].end) {
        if (c != index + 1)
            out += node.kind == Node::Kind::Or ? '|' : ',';
        appendNode(out, c, node.kind == Node::Kind::And);
    }
    if (parens)
        out += ')';
}

} // namespace core::spec
