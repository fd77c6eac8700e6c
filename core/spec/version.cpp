// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/spec/version.h"

#include "core/spec/textutil.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <optional>

namespace core::spec {

using detail::AtomKind;
using detail::VersionAtom;
using util::ErrorCode;
using util::Result;

namespace {

constexpr VersionAtom kZero{};

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// '-' only reaches the component splitter when the text has no '_' (conda turns dashes into underscores).
bool isSeparator(char c) { return c == '.' || c == '_' || c == '-'; }

bool isStringAtom(AtomKind kind) { return kind == AtomKind::Star || kind == AtomKind::Dev || kind == AtomKind::String; }

std::string_view atomText(const VersionAtom &a, const std::string &text) { return {text.data() + a.offset, a.length}; }

int compareAtoms(const VersionAtom &a, const std::string &ta, const VersionAtom &b, const std::string &tb)
{
    if (a.kind != b.kind)
        return a.kind < b.kind ? -1 : 1;
    switch (a.kind) {
    case AtomKind::Number:
        // Leading zeros are not part of the atom, so a longer run is a larger number.
        if (a.length != b.length)
            return a.length < b.length ? -1 : 1;
        return a.length == 0 ? 0 : std::memcmp(ta.data() + a.offset, tb.data() + b.offset, a.length);
    case AtomKind::Star:
        return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
    case AtomKind::String:
        return detail::compareFolded(atomText(a, ta), atomText(b, tb));
    case AtomKind::Dev:
    case AtomKind::Post:
        return 0;
    }
    return 0;
}

/** A half-open run of atoms of one version: its version or its local part. */
struct AtomRange
{
    const VersionAtom *atoms;
    std::uint32_t begin;
    std::uint32_t end;
    const std::string *textPtr;

    const std::string &text() const { return *textPtr; }

    std::uint32_t segmentEnd(std::uint32_t i) const
    {
        if (i >= end)
            return end;
        for (++i; i < end && !atoms[i].segmentStart; ++i) {
        }
        return i;
    }
    const VersionAtom &at(std::uint32_t i, std::uint32_t segEnd) const { return i < segEnd ? atoms[i] : kZero; }
};

// Components compare pairwise, a missing component counting as [] and a missing atom as 0 (conda's
// zip_longest with fillvalue 0): that is what makes 1.0 == 1.0.0 and 1.0a < 1.0.
int compareRanges(const AtomRange &a, const AtomRange &b)
{
    std::uint32_t i = a.begin;
    std::uint32_t j = b.begin;
    while (i < a.end || j < b.end) {
        const std::uint32_t iEnd = a.segmentEnd(i);
        const std::uint32_t jEnd = b.segmentEnd(j);
        const std::uint32_t n = std::max(iEnd - i, jEnd - j);
        for (std::uint32_t k = 0; k < n; ++k) {
            if (const int r = compareAtoms(a.at(i + k, iEnd), a.text(), b.at(j + k, jEnd), b.text()))
                return r;
        }
        i = iEnd;
        j = jEnd;
    }
    return 0;
}

void appendAtomRepr(std::string &out, const VersionAtom &a, const std::string &text)
{
    switch (a.kind) {
    case AtomKind::Number:
        out += a.length == 0 ? std::string_view("0") : atomText(a, text);
        return;
    case AtomKind::Post:
        out += "inf";
        return;
    case AtomKind::Dev:
        out += "'DEV'";
        return;
    case AtomKind::Star:
    case AtomKind::String:
        out += '\'';
        out += detail::foldedCopy(atomText(a, text));
        out += '\'';
        return;
    }
}

} // namespace

/** Splits a version string into atoms, failing with the column of the first offending character. */
class VersionParser final
{
public:
    VersionParser(std::string_view input, std::size_t columnOffset) : m_input(input), m_offset(columnOffset) {}

    Result<Version> run()
    {
        const std::string_view text = detail::trimmed(m_input);
        if (text.empty())
            return fail(0, "empty version string");
        m_lead = static_cast<std::size_t>(text.data() - m_input.data());
        if (text.size() > std::numeric_limits<std::uint16_t>::max())
            return fail(0, "version string too long");
        m_version.m_text.assign(text);
        if (auto bad = checkCharacters(text))
            return *bad;
        return split(text);
    }

private:
    std::optional<util::Error> checkCharacters(std::string_view text)
    {
        std::size_t firstDash = std::string_view::npos;
        bool hasUnderscore = false;
        for (std::size_t i = 0; i < text.size(); ++i) {
            const char c = detail::toLowerAscii(text[i]);
            if (c == '-') {
                firstDash = std::min(firstDash, i);
            } else if (c == '_') {
                hasUnderscore = true;
            } else if (!isDigit(c) && !(c >= 'a' && c <= 'z') && c != '.' && c != '*' && c != '+' && c != '!') {
                return fail(i, "invalid character " + detail::quoteChar(text[i]));
            }
        }
        if (firstDash != std::string_view::npos && hasUnderscore)
            return fail(firstDash, "'-' and '_' cannot both be used as separators");
        return std::nullopt;
    }

    Result<Version> split(std::string_view text)
    {
        std::size_t mainBegin = 0;
        const std::size_t bang = text.find('!');
        if (bang != std::string_view::npos) {
            if (const std::size_t again = text.find('!', bang + 1); again != std::string_view::npos)
                return fail(again, "duplicated epoch separator '!'");
            if (bang == 0 || !std::all_of(text.begin(), text.begin() + bang, isDigit))
                return fail(0, "epoch must be an integer");
            pushNumber(0, bang, true);
            mainBegin = bang + 1;
        } else {
            m_version.m_atoms.push_back(VersionAtom{0, 0, AtomKind::Number, true});
        }
        const std::size_t plus = text.find('+', mainBegin);
        if (plus != std::string_view::npos) {
            if (const std::size_t again = text.find('+', plus + 1); again != std::string_view::npos)
                return fail(again, "duplicated local version separator '+'");
        }
        const std::size_t mainEnd = plus == std::string_view::npos ? text.size() : plus;
        if (mainEnd == mainBegin)
            return fail(mainBegin, plus == std::string_view::npos
                                       ? "missing version after epoch"
                                       : "missing version before local version separator '+'");
        if (auto bad = splitComponents(text, mainBegin, mainEnd, true))
            return *bad;
        m_version.m_localBegin = m_version.m_atoms.size();
        if (plus != std::string_view::npos) {
            if (auto bad = splitComponents(text, plus + 1, text.size(), false))
                return *bad;
        }
        return std::move(m_version);
    }

    // A final '_' of the version part is not a separator but part of the last component
    // (conda's work-around for openssl-like versions: 1.0.1_ < 1.0.1a).
    std::optional<util::Error> splitComponents(std::string_view text, std::size_t begin, std::size_t end,
                                               bool keepTrailing)
    {
        const bool trailing = keepTrailing && (text[end - 1] == '_' || text[end - 1] == '-');
        std::size_t i = begin;
        for (;;) {
            const std::size_t start = i;
            while (i < end && !(isSeparator(text[i]) && !(trailing && i == end - 1)))
                ++i;
            if (i == start)
                return fail(start, "empty version component");
            splitComponent(text, start, i);
            if (i == end)
                return std::nullopt;
            if (++i == end)
                return fail(i, "empty version component");
        }
    }

    // Runs of digits, of '*' and of anything else; a component that does not start with a digit
    // gets a leading 0 so numbers and strings stay in phase (1.1.a1 == 1.1.0a1).
    void splitComponent(std::string_view text, std::size_t begin, std::size_t end)
    {
        bool first = true;
        if (!isDigit(text[begin])) {
            m_version.m_atoms.push_back(VersionAtom{static_cast<std::uint16_t>(begin), 0, AtomKind::Number, true});
            first = false;
        }
        for (std::size_t j = begin; j < end; first = false) {
            std::size_t k = j + 1;
            if (isDigit(text[j])) {
                while (k < end && isDigit(text[k]))
                    ++k;
                pushNumber(j, k, first);
            } else {
                const bool star = text[j] == '*';
                while (k < end && !isDigit(text[k]) && (text[k] == '*') == star)
                    ++k;
                pushString(text.substr(j, k - j), j, first, star);
            }
            j = k;
        }
    }

    void pushNumber(std::size_t begin, std::size_t end, bool segmentStart)
    {
        std::size_t z = begin;
        while (z < end && m_version.m_text[z] == '0')
            ++z;
        m_version.m_atoms.push_back(VersionAtom{static_cast<std::uint16_t>(z), static_cast<std::uint16_t>(end - z),
                                                AtomKind::Number, segmentStart});
    }

    void pushString(std::string_view run, std::size_t begin, bool segmentStart, bool star)
    {
        AtomKind kind = AtomKind::String;
        if (star)
            kind = AtomKind::Star;
        else if (detail::equalsFolded(run, "post"))
            kind = AtomKind::Post;
        else if (detail::equalsFolded(run, "dev"))
            kind = AtomKind::Dev;
        m_version.m_atoms.push_back(
            VersionAtom{static_cast<std::uint16_t>(begin), static_cast<std::uint16_t>(run.size()), kind, segmentStart});
    }

    util::Error fail(std::size_t index, std::string reason) const
    {
        return util::makeErrorAt(
            ErrorCode::InvalidVersion, std::move(reason), detail::columnPosition(m_offset + m_lead + index));
    }

    std::string_view m_input;
    std::size_t m_offset = 0;
    std::size_t m_lead = 0;
    Version m_version;
};

Result<Version> Version::parse(std::string_view text)
{
    return VersionParser(text, 0).run();
}

Result<Version> Version::parseAt(std::string_view text, std::size_t columnOffset)
{
    return VersionParser(text, columnOffset).run();
}

std::string Version::normalized() const
{
    return detail::foldedCopy(m_text);
}

int Version::compare(const Version &other) const
{
    const AtomRange a{m_atoms.data(), 0, m_localBegin, &m_text};
    const AtomRange b{other.m_atoms.data(), 0, other.m_localBegin, &other.m_text};
    if (const int r = compareRanges(a, b))
        return r;
    return compareRanges(AtomRange{m_atoms.data(), m_localBegin, m_atoms.size(), &m_text},
                         AtomRange{other.m_atoms.data(), other.m_localBegin, other.m_atoms.size(), &other.m_text});
}

bool Version::startsWith(const Version &prefix) const
{
    // conda compares all but the last component of the prefix exactly (with 0-padding), then the
    // last component atom by atom, where a final string atom only has to be a prefix.
    const AtomRange mine{m_atoms.data(), 0, m_localBegin, &m_text};
    const AtomRange theirs{prefix.m_atoms.data(), 0, prefix.m_localBegin, &prefix.m_text};
    AtomRange t1 = mine;
    AtomRange t2 = theirs;
    if (prefix.hasLocal()) {
        if (compareRanges(mine, theirs) != 0)
            return false;
        t1 = AtomRange{m_atoms.data(), m_localBegin, m_atoms.size(), &m_text};
        t2 = AtomRange{prefix.m_atoms.data(), prefix.m_localBegin, prefix.m_atoms.size(), &prefix.m_text};
    }
    std::uint32_t lastStart = t2.begin;
    std::uint32_t segments = 0;
    for (std::uint32_t i = t2.begin; i < t2.end; i = t2.segmentEnd(i), ++segments)
        lastStart = i;
    std::uint32_t cut = t1.begin;
    for (std::uint32_t n = 0; n + 1 < segments && cut < t1.end; ++n)
        cut = t1.segmentEnd(cut);
    const AtomRange head1{t1.atoms, t1.begin, cut, t1.textPtr};
    const AtomRange head2{t2.atoms, t2.begin, lastStart, t2.textPtr};
    if (compareRanges(head1, head2) != 0)
        return false;
    const std::uint32_t v1End = t1.segmentEnd(cut);
    const std::uint32_t m = t2.end - lastStart - 1;
    for (std::uint32_t k = 0; k < m; ++k) {
        if (compareAtoms(t1.at(cut + k, v1End), m_text, t2.atoms[lastStart + k], prefix.m_text) != 0)
            return false;
    }
    const VersionAtom &c1 = t1.at(cut + m, v1End);
    const VersionAtom &c2 = t2.atoms[lastStart + m];
    if (!isStringAtom(c2.kind))
        return compareAtoms(c1, m_text, c2, prefix.m_text) == 0;
    if (c1.kind != c2.kind)
        return false; // 'DEV' never starts with a lower-case string, nor a string with 'DEV' or '*'
    return detail::startsWithFolded(atomText(c1, m_text), atomText(c2, prefix.m_text));
}

std::string Version::componentsRepr() const
{
    std::string out = "[";
    for (std::uint32_t i = 0; i < m_localBegin; ++i) {
        if (m_atoms[i].segmentStart)
            out += i == 0 ? "[" : "], [";
        else
            out += ", ";
        appendAtomRepr(out, m_atoms[i], m_text);
    }
    out += m_localBegin > 0 ? "]]" : "]";
    return out;
}

} // namespace core::spec
