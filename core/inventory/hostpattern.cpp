// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// Ansible's parse_address(allow_ranges=True) and expand_hostname_range(), rule for rule: the
// port is split off only when what is left is a valid host name or address, otherwise the whole
// text is the name; ranges expand left to right.
#include "core/inventory/hostpattern.h"

#include <algorithm>
#include <cctype>
#include <regex>

namespace core::inventory {

using util::ErrorCode;

namespace {

const char kLetters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

bool isWordChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

/** Ansible's alphanumeric_range: [a:z] or [0:9], with an optional :step. Returns its length or 0. */
size_t rangeLength(std::string_view s, size_t i)
{
    static const std::regex range(R"(^\[(?:[a-z]:[a-z]|[0-9]+:[0-9]+)(?::[0-9]+)?\])", std::regex::icase);
    std::match_results<std::string_view::const_iterator> m;
    if (std::regex_search(s.begin() + static_cast<long>(i), s.end(), m, range))
        return static_cast<size_t>(m.length(0));
    return 0;
}

/** One DNS-like label: word characters, '-' and ranges, not starting with '-', not ending in '-' or '_'. */
bool isLabel(std::string_view label)
{
    if (label.empty())
        return false;
    size_t i = 0;
    char last = 0;
    while (i < label.size()) {
        if (const size_t r = label[i] == '[' ? rangeLength(label, i) : 0) {
            i += r;
            last = ']';
        } else if (isWordChar(label[i]) || (i > 0 && label[i] == '-')) {
            last = label[i++];
        } else {
            return false;
        }
    }
    return last != '-' && last != '_';
}

bool isHostname(std::string_view s)
{
    size_t start = 0;
    while (true) {
        // Ranges never contain a dot, so splitting on dots keeps them whole.
        const size_t dot = s.find('.', start);
        if (!isLabel(s.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start)))
            return false;
        if (dot == std::string_view::npos)
            return true;
        start = dot + 1;
    }
}

bool isIpv6(std::string_view s)
{
    static const std::regex v6(R"(^[0-9a-f:]*(?:[0-9]{1,3}(?:\.[0-9]{1,3}){3})?$)", std::regex::icase);
    if (s.find(':') == std::string_view::npos || !std::regex_match(s.begin(), s.end(), v6))
        return false;
    const size_t dbl = s.find("::");
    if (dbl != std::string_view::npos && s.find("::", dbl + 1) != std::string_view::npos)
        return false;
    int groups = 0;
    size_t start = 0;
    while (start <= s.size()) {
        size_t colon = s.find(':', start);
        const std::string_view part = s.substr(start, colon == std::string_view::npos ? s.size() - start : colon - start);
        if (part.size() > 4 && part.find('.') == std::string_view::npos)
            return false;
        if (!part.empty())
            groups += part.find('.') != std::string_view::npos ? 2 : 1;
        if (colon == std::string_view::npos)
            break;
        start = colon + 1;
    }
    return dbl != std::string_view::npos ? groups <= 7 : groups == 8;
}

struct Address
{
    std::string host;
    std::optional<int> port;
};

/** parse_address(allow_ranges=True); nullopt when Ansible would raise and fall back to the raw text. */
std::optional<Address> parseAddress(std::string address)
{
    static const std::regex bracketed(R"(^\[(.+)\]:([0-9]+)$)");
    static const std::regex hostport(R"(^((?:[^:\[\]]|\[[^\]]*\])*):([0-9]+)$)");
    std::optional<int> port;
    for (const std::regex *re : {&bracketed, &hostport}) {
        std::smatch m;
        // Both patterns need a colon; most names have none, so skip the regular expressions.
        if (address.find(':') != std::string::npos && std::regex_match(address, m, *re)) {
            try {
                port = std::stoi(m[2].str());
            } catch (const std::exception &) {
                return std::nullopt;
            }
            address = m[1].str();
        }
    }
    if (!isHostname(address) && !isIpv6(address))
        return std::nullopt;
    return Address{address, port};
}

/** Python's int() of a range bound: optional spaces and sign, digits with single underscores. */
std::optional<long long> pythonInt(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    bool negative = false;
    if (!s.empty() && (s.front() == '+' || s.front() == '-')) {
        negative = s.front() == '-';
        s.remove_prefix(1);
    }
    if (s.empty() || !std::isdigit(static_cast<unsigned char>(s.front())) || s.back() == '_')
        return std::nullopt;
    long long v = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '_' && s[i - 1] != '_')
            continue;
        if (!std::isdigit(static_cast<unsigned char>(s[i])) || v > 1000000000000LL)
            return std::nullopt;
        v = v * 10 + (s[i] - '0');
    }
    return negative ? -v : v;
}

util::Error rangeError(const std::string &reason, std::string_view line)
{
    return util::makeError(ErrorCode::InvalidValue, reason + " in '" + std::string(line) + "'");
}

std::string zfill(const std::string &s, size_t width)
{
    return s.size() >= width ? s : std::string(width - s.size(), '0') + s;
}

/** The sequence a range's bounds stand for (letters or numbers), before padding. */
util::Result<std::vector<std::string>> rangeSequence(size_t maxHosts, std::string beg, const std::string &end, const std::string &step,
                                                     std::string_view line)
{
    const std::string_view letters(kLetters);
    const size_t ib = letters.find(beg);
    const size_t ie = letters.find(end);
    const auto stepValue = pythonInt(step);
    std::vector<std::string> seq;
    if (ib != std::string_view::npos && ie != std::string_view::npos && stepValue && *stepValue != 0) {
        if (ib > ie)
            return rangeError("host range must have begin <= end", line);
        // Python's letters[ib:ie+1:step]; a negative step over an ascending slice is empty.
        for (long long i = static_cast<long long>(ib); *stepValue > 0 && i <= static_cast<long long>(ie); i += *stepValue)
            seq.emplace_back(1, letters[static_cast<size_t>(i)]);
        return seq;
    }
    const auto b = pythonInt(beg), e = pythonInt(end);
    if (!b || !e || !stepValue || *stepValue == 0)
        return rangeError("invalid host range bounds", line);
    const long long count = *stepValue > 0 ? (*e + 1 - *b + *stepValue - 1) / *stepValue : 0;
    if (count > static_cast<long long>(maxHosts))
        return util::makeError(ErrorCode::LimitExceeded, "host range expands to more than "
                                                             + std::to_string(maxHosts) + " hosts",
                               std::string(line));
    for (long long i = *b; *stepValue > 0 && i <= *e; i += *stepValue)
        seq.push_back(std::to_string(i));
    return seq;
}

/**
 * What one pattern may cost: at most maxHosts hosts, and at most twice as many names built on the
 * way. The second bound matters where later ranges are empty ("a[1:30]b[1:30]c[9:1]"): nothing
 * comes out, yet each range multiplies the names tried, as in Ansible's own recursion.
 */
struct ExpansionBudget
{
    size_t maxHosts;
    size_t namesBuilt = 0;

    [[nodiscard]] bool spent(size_t hosts) const { return hosts >= maxHosts || namesBuilt > 2 * maxHosts; }
};

util::Result<void> expandRange(ExpansionBudget &budget, const std::string &line, std::vector<std::string> &out)
{
    // As Ansible: the first '[' and the first ']' (wherever it is) become separators.
    std::string marked = line;
    const size_t open = marked.find('[');
    marked[open] = '|';
    const size_t close = marked.find(']');
    if (close == std::string::npos || std::count(marked.begin(), marked.end(), '|') != 1)
        return rangeError("host range must be written [begin:end] or [begin:end:step]", line);
    marked[close] = '|';
    const size_t a = std::min(open, close), b = std::max(open, close);
    const std::string head = marked.substr(0, a), nrange = marked.substr(a + 1, b - a - 1), tail = marked.substr(b + 1);
    std::vector<std::string> bounds;
    for (size_t s = 0;;) {
        const size_t c = nrange.find(':', s);
        bounds.push_back(nrange.substr(s, c == std::string::npos ? std::string::npos : c - s));
        if (c == std::string::npos)
            break;
        s = c + 1;
    }
    if (bounds.size() != 2 && bounds.size() != 3)
        return rangeError("host range must be begin:end or begin:end:step", line);
    std::string beg = bounds[0].empty() ? std::string("0") : bounds[0];
    if (bounds[1].empty())
        return rangeError("host range must specify end value", line);
    const size_t width = beg[0] == '0' && beg.size() > 1 ? beg.size() : 0;
    if (width != 0 && width != bounds[1].size())
        return rangeError("host range must specify equal-length begin and end formats", line);
    auto seq = rangeSequence(budget.maxHosts, beg, bounds[1], bounds.size() == 3 ? bounds[2] : std::string("1"), line);
    if (!seq)
        return seq.error();
    for (const std::string &item : *seq) {
        const std::string name = head + (width ? zfill(item, width) : item) + tail;
        ++budget.namesBuilt;
        if (budget.spent(out.size()))
            return util::makeError(ErrorCode::LimitExceeded, "host pattern expands to more than "
                                                                 + std::to_string(budget.maxHosts) + " hosts",
                                   line);
        if (name.find('[') != std::string::npos) {
            if (auto r = expandRange(budget, name, out); !r)
                return r;
        } else {
            out.push_back(name);
        }
    }
    return {};
}

} // namespace

util::Result<HostPattern> expandHostPattern(std::string_view pattern, size_t maxHosts)
{
    HostPattern result;
    std::string name(pattern);
    if (auto address = parseAddress(name)) {
        name = address->host;
        result.port = address->port;
    }
    if (name.find('[') == std::string::npos) {
        result.hosts.push_back(name);
        return result;
    }
    ExpansionBudget budget{maxHosts};
    if (auto r = expandRange(budget, name, result.hosts); !r)
        return r.error();
    return result;
}

} // namespace core::inventory
