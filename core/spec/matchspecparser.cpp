// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// MatchSpec::parse. One pass over the text with positions kept, so that every error names its column.
#include "core/spec/matchspecparser.h"

#include "core/spec/textutil.h"

#include <algorithm>
#include <array>

namespace core::spec {

using util::ErrorCode;
using util::Result;
using Pos = MatchSpecParser::Pos;

namespace {

using detail::isOneOf;

bool isAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool isNameChar(char c) { return isAlnum(c) || c == '-' || c == '_' || c == '.' || c == '*'; }
bool isBuildChar(char c) { return isAlnum(c) || c == '_' || c == '.' || c == '+' || c == '*'; }

// conda's KNOWN_SUBDIRS: "channel/subdir" splits only at one of these.
bool isKnownSubdir(std::string_view s)
{
    static constexpr std::array<std::string_view, 19> kSubdirs = {
        "noarch", "linux-32", "linux-64", "linux-aarch64", "linux-armv6l", "linux-armv7l", "linux-ppc64",
        "linux-ppc64le", "linux-riscv64", "linux-s390x", "osx-64", "osx-arm64", "win-32", "win-64",
        "win-arm64", "freebsd-64", "zos-z", "emscripten-wasm32", "wasi-wasm32"};
    return std::find(kSubdirs.begin(), kSubdirs.end(), s) != kSubdirs.end();
}

bool endsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

} // namespace

Result<MatchSpec> MatchSpecParser::run()
{
    Pos e = commentStart();
    Pos b = skipSpace(0, e);
    while (e > b && detail::isSpace(m_text[e - 1]))
        --e;
    if (b == e)
        return fail(b == m_text.size() ? 0 : b, "empty match spec");
    const std::string_view whole = m_text.substr(b, e - b);
    if ((endsWith(whole, ".conda") || endsWith(whole, ".tar.bz2"))
        && !detail::containsAny(whole, "[ \t")) {
        return parseFileName(b, e) ? Result<MatchSpec>(std::move(m_spec)) : *m_error;
    }
    const Pos open = m_text.substr(0, e).find('[', b);
    const Pos close = open == npos ? npos : bracketClose(open, e);
    if (close != npos && close + 1 < e && (detail::isSpace(m_text[close + 1]) || isOneOf(m_text[close + 1], "=<>!~")))
        return parseVersionAfterBrackets(b, open, close, e) ? Result<MatchSpec>(std::move(m_spec)) : *m_error;
    Pos mainEnd = open == npos ? e : open;
    while (mainEnd > b && detail::isSpace(m_text[mainEnd - 1]))
        --mainEnd;
    if (!parseMain(b, mainEnd) || (open != npos && !parseBrackets(open, e)))
        return *m_error;
    return std::move(m_spec);
}

// "name[key=value]version", as in matplotlib's `nbconvert[execute]!=6.0.0,!=6.0.1`: conda cuts the
// brackets out and reads the rest. Blanking them keeps every column of the main part where it was.
bool MatchSpecParser::parseVersionAfterBrackets(Pos b, Pos open, Pos close, Pos e)
{
    const std::string_view original = m_text;
    std::string blanked(original);
    std::fill(blanked.begin() + std::ptrdiff_t(open), blanked.begin() + std::ptrdiff_t(close) + 1, ' ');
    m_text = blanked;
    const bool mainRead = parseMain(b, e);
    m_text = original;
    return mainRead && parseBrackets(open, close + 1);
}

// The ']' that closes the '[' at @p open, outside quotes; npos when there is none.
Pos MatchSpecParser::bracketClose(Pos open, Pos e) const
{
    char quote = 0;
    for (Pos i = open + 1; i < e; ++i) {
        const char c = m_text[i];
        if (quote)
            quote = c == quote ? 0 : quote;
        else if (c == '\'' || c == '"')
            quote = c;
        else if (c == ']')
            return i;
    }
    return npos;
}

// A '#' outside brackets and quotes starts a comment, as in conda.
Pos MatchSpecParser::commentStart() const
{
    bool inBrackets = false;
    char quote = 0;
    for (Pos i = 0; i < m_text.size(); ++i) {
        const char c = m_text[i];
        if (quote) {
            quote = c == quote ? 0 : quote;
        } else if (inBrackets) {
            inBrackets = c != ']';
            quote = (c == '\'' || c == '"') ? c : 0;
        } else if (c == '[') {
            inBrackets = true;
        } else if (c == '#') {
            return i;
        }
    }
    return m_text.size();
}

bool MatchSpecParser::parseMain(Pos b, Pos e)
{
    Pos nameStart = b;
    if (const Pos sep = m_text.substr(b, e - b).rfind("::"); sep != npos) {
        if (sep == 0)
            return failed(b, "missing channel before '::'");
        if (!setChannel(m_text.substr(b, sep), b))
            return false;
        nameStart = skipSpace(b + sep + 2, e);
    }
    Pos nameEnd = nameStart;
    while (nameEnd < e && !detail::isSpace(m_text[nameEnd]) && !isOneOf(m_text[nameEnd], "=<>!~"))
        ++nameEnd;
    return setName(nameStart, nameEnd) && parseVersionAndBuild(nameEnd, e);
}

bool MatchSpecParser::setName(Pos b, Pos e)
{
    if (b == e)
        return failed(b, "missing package name");
    for (Pos i = b; i < e; ++i) {
        if (m_text[i] == ':')
            return failed(i, "namespaces ('ns:name') are not supported; use 'channel::name'");
        if (!isNameChar(m_text[i]))
            return failed(i, "invalid character " + detail::quoteChar(m_text[i]) + " in package name");
    }
    m_spec.m_name = detail::lowerCopy(m_text.substr(b, e - b));
    return true;
}

// "version", "version build", "version=build" or "version =build"; a leading '=' is conda's
// shorthand: "=1.2" means 1.2.* alone, but exactly 1.2 when a build follows.
bool MatchSpecParser::parseVersionAndBuild(Pos b, Pos e)
{
    Pos vBegin = skipSpace(b, e);
    if (vBegin == e)
        return true;
    Pos vEnd = versionWordEnd(vBegin, e);
    Pos buildBegin = skipSpace(vEnd, e);
    Pos buildEnd = buildBegin;
    const bool separateBuild = buildBegin < e;
    bool hasBuild = separateBuild;
    if (separateBuild) {
        while (buildEnd < e && !detail::isSpace(m_text[buildEnd]))
            ++buildEnd;
        if (const Pos extra = skipSpace(buildEnd, e); extra < e)
            return failed(extra, "unexpected text after the build string");
        if (m_text[buildBegin] == '=')
            ++buildBegin;
    }
    if (const Pos eq = gluedBuildSeparator(vBegin, vEnd); eq != npos) {
        if (separateBuild)
            return failed(buildBegin, "a second build string");
        buildBegin = eq + 1;
        buildEnd = vEnd;
        vEnd = eq;
        hasBuild = true;
    }
    if (hasBuild && !setBuild(m_text.substr(buildBegin, buildEnd - buildBegin), buildBegin))
        return false;
    auto bare = VersionSpec::BareVersion::Exact;
    const std::string_view version = m_text.substr(vBegin, vEnd - vBegin);
    if (version.size() >= 1 && version[0] == '=' && (version.size() < 2 || version[1] != '=')
        && !detail::containsAny(version.substr(1), "=,|")) {
        ++vBegin;
        bare = hasBuild ? VersionSpec::BareVersion::Exact : VersionSpec::BareVersion::Prefix;
        if (skipSpace(vBegin, vEnd) == vEnd)
            return failed(vBegin, "missing version after '='");
    }
    return setVersion(m_text.substr(vBegin, vEnd - vBegin), vBegin, bare);
}

// The version may contain blanks after an operator or around ',' and '|' (">= 1.6 , < 2"); any
// other blank ends it.
Pos MatchSpecParser::versionWordEnd(Pos i, Pos e) const
{
    while (i < e) {
        if (!detail::isSpace(m_text[i])) {
            ++i;
            continue;
        }
        const Pos blank = i;
        i = skipSpace(i, e);
        if (i == e || !(isOneOf(m_text[blank - 1], "=<>!~,|(") || isOneOf(m_text[i], ",|)")))
            return blank;
    }
    return e;
}

// The '=' in "1.2=py27_0" or "=1.2=*_1": the last '=' that is not part of an operator, followed
// by text without operators.
Pos MatchSpecParser::gluedBuildSeparator(Pos b, Pos e) const
{
    for (Pos k = e; k-- > b + 1;) {
        const char c = m_text[k];
        if (c == '=') {
            const char prev = m_text[k - 1];
            return isOneOf(prev, "=!<>~|,") || detail::isSpace(prev) ? npos : k;
        }
        if (isOneOf(c, "<>!~,|()-") || detail::isSpace(c))
            return npos;
    }
    return npos;
}

bool MatchSpecParser::setVersion(std::string_view text, Pos pos, VersionSpec::BareVersion bare)
{
    auto parsed = VersionSpec::parseAt(text, pos, bare);
    if (!parsed) {
        m_error = parsed.error();
        return false;
    }
    m_spec.m_version = std::move(parsed.value());
    m_spec.m_hasVersion = true;
    return true;
}

bool MatchSpecParser::setBuild(std::string_view text, Pos pos)
{
    if (text.empty())
        return failed(pos, "missing build string");
    if (text.front() == '^' || text.back() == '$')
        return failed(pos, "regular expressions are not supported");
    for (Pos i = 0; i < text.size(); ++i) {
        if (!isBuildChar(text[i]))
            return failed(pos + i, "invalid character " + detail::quoteChar(text[i]) + " in build string");
    }
    // "*" matches every build, like no build at all.
    m_spec.m_build.assign(text == "*" ? std::string_view() : text);
    return true;
}

bool MatchSpecParser::setChannel(std::string_view text, Pos pos)
{
    for (Pos i = 0; i < text.size(); ++i) {
        if (detail::isSpace(text[i]) || isOneOf(text[i], "[]'\""))
            return failed(pos + i, "invalid character " + detail::quoteChar(text[i]) + " in channel");
    }
    while (text.size() > 1 && text.back() == '/')
        text.remove_suffix(1);
    const Pos slash = text.rfind('/');
    if (slash != npos && slash > 0 && isKnownSubdir(text.substr(slash + 1))) {
        if (!m_subdirFromKey)
            m_spec.m_subdir.assign(text.substr(slash + 1));
        text = text.substr(0, slash);
    }
    m_spec.m_channel.assign(text);
    return true;
}

// ".../linux-64/numpy-1.26.4-py312h1234_0.conda" or a bare file name: conda reads name, version
// and build from the file name, the subdir and channel from the folders above it.
bool MatchSpecParser::parseFileName(Pos b, Pos e)
{
    const std::string_view whole = m_text.substr(b, e - b);
    const Pos slash = whole.rfind('/');
    const Pos fnBegin = slash == npos ? 0 : slash + 1;
    const std::string_view fn = whole.substr(fnBegin);
    const std::string_view stem = fn.substr(0, fn.size() - (endsWith(fn, ".conda") ? 6 : 8));
    const Pos dash2 = stem.rfind('-');
    const Pos dash1 = dash2 == npos || dash2 == 0 ? npos : stem.rfind('-', dash2 - 1);
    if (dash1 == npos || dash1 == 0 || dash2 == dash1 + 1 || dash2 + 1 == stem.size())
        return failed(b + fnBegin, "package file name must be name-version-build");
    const Pos at = b + fnBegin;
    const std::string_view version = stem.substr(dash1 + 1, dash2 - dash1 - 1);
    if (!setName(at, at + dash1) || !setVersion(version, at + dash1 + 1, VersionSpec::BareVersion::Exact)
        || !setBuild(stem.substr(dash2 + 1), at + dash2 + 1))
        return false;
    m_spec.m_fn.assign(fn);
    if (slash != npos) {
        m_spec.m_url.assign(whole);
        if (slash > 0 && !setChannel(whole.substr(0, slash), b))
            return false;
    }
    return true;
}

Pos MatchSpecParser::skipSpace(Pos i, Pos e) const
{
    while (i < e && detail::isSpace(m_text[i]))
        ++i;
    return i;
}

bool MatchSpecParser::failed(Pos pos, std::string reason)
{
    m_error = fail(pos, std::move(reason));
    return false;
}

util::Error MatchSpecParser::fail(Pos pos, std::string reason) const
{
    return util::makeErrorAt(ErrorCode::InvalidMatchSpec, std::move(reason), detail::columnPosition(pos));
}

Result<MatchSpec> MatchSpec::parse(std::string_view text)
{
    return MatchSpecParser(text).run();
}

} // namespace core::spec
