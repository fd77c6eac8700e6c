// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/spec/matchspec.h"

#include "core/spec/textutil.h"

#include <algorithm>

namespace core::spec {

namespace {

// conda's StrMatch: a glob when the pattern has '*', otherwise the exact text.
bool strMatches(std::string_view value, std::string_view pattern)
{
    if (pattern.find('*') != std::string_view::npos)
        return detail::globMatch(value, pattern, false);
    return value == pattern;
}

bool isUrl(std::string_view s)
{
    return s.find("://") != std::string_view::npos;
}

std::string_view withoutTrailingSlash(std::string_view s)
{
    while (s.size() > 1 && s.back() == '/')
        s.remove_suffix(1);
    return s;
}

bool endsWithComponent(std::string_view url, std::string_view name)
{
    return url.size() > name.size() && url.substr(url.size() - name.size()) == name
        && url[url.size() - name.size() - 1] == '/';
}

// The channel of a record without one: its URL without the file name and the subdir folder.
std::string_view channelOfUrl(std::string_view url, std::string_view subdir)
{
    const std::size_t slash = url.rfind('/');
    if (slash == std::string_view::npos)
        return {};
    std::string_view dir = url.substr(0, slash);
    if (!subdir.empty() && endsWithComponent(dir, subdir))
        dir.remove_suffix(subdir.size() + 1);
    return dir;
}

bool channelMatches(std::string_view spec, const PackageRecord &record)
{
    if (spec.empty() || spec == "*")
        return true;
    spec = withoutTrailingSlash(spec);
    const std::string_view have = withoutTrailingSlash(
        record.channel.empty() ? channelOfUrl(record.url, record.subdir) : std::string_view(record.channel));
    if (spec.find('*') != std::string_view::npos)
        return detail::globMatch(have, spec, false);
    if (have == spec)
        return true;
    // "conda-forge" names the channel at https://conda.anaconda.org/conda-forge, and vice versa.
    if (isUrl(have) != isUrl(spec))
        return isUrl(have) ? endsWithComponent(have, spec) : endsWithComponent(spec, have);
    return false;
}

bool trackFeaturesMatch(const std::vector<std::string> &wanted, std::vector<std::string> have)
{
    std::sort(have.begin(), have.end());
    have.erase(std::unique(have.begin(), have.end()), have.end());
    return have == wanted;
}

// Bracket values that would not survive an unquoted round trip get single (or double) quotes.
std::string bracketValue(std::string_view value)
{
    if (value.find_first_of(" \t,[]=<>|'\"") == std::string_view::npos)
        return std::string(value);
    const char quote = value.find('\'') == std::string_view::npos ? '\'' : '"';
    return quote + std::string(value) + quote;
}

std::string joined(const std::vector<std::string> &items, char separator)
{
    std::string out;
    for (const auto &item : items) {
        if (!out.empty())
            out += separator;
        out += item;
    }
    return out;
}

} // namespace

bool MatchSpec::BuildNumberConstraint::matches(std::uint64_t n) const
{
    switch (op) {
    case Op::Equal: return n == value;
    case Op::NotEqual: return n != value;
    case Op::Less: return n < value;
    case Op::LessEqual: return n <= value;
    case Op::Greater: return n > value;
    case Op::GreaterEqual: return n >= value;
    }
    return false;
}

std::string MatchSpec::BuildNumberConstraint::str() const
{
    static constexpr const char *kSpelling[] = {"", "!=", "<", "<=", ">", ">="};
    return kSpelling[static_cast<int>(op)] + std::to_string(value);
}

bool MatchSpec::matchesName(std::string_view name) const
{
    if (m_name == "*")
        return true;
    if (m_name.find('*') != std::string::npos)
        return detail::globMatch(name, m_name, true);
    return detail::equalsIgnoringCase(name, m_name);
}

bool MatchSpec::matches(const PackageRecord &record) const
{
    if (!matchesName(record.name))
        return false;
    if (m_hasVersion && !m_version.matchesAll()) {
        const auto version = Version::parse(record.version);
        if (!version || !m_version.matches(version.value()))
            return false;
    }
    if (!m_build.empty() && !strMatches(record.build, m_build))
        return false;
    if (m_buildNumber && !m_buildNumber->matches(record.buildNumber))
        return false;
    if (!channelMatches(m_channel, record))
        return false;
    if (!m_subdir.empty() && !strMatches(record.subdir, m_subdir))
        return false;
    // Hashes are stored in lower case; repodata may spell them either way.
    if (!m_md5.empty() && !detail::equalsIgnoringCase(record.md5, m_md5))
        return false;
    if (!m_sha256.empty() && !detail::equalsIgnoringCase(record.sha256, m_sha256))
        return false;
    if (!m_license.empty() && !strMatches(record.license, m_license))
        return false;
    if (!m_trackFeatures.empty() && !trackFeaturesMatch(m_trackFeatures, record.trackFeatures))
        return false;
    if (!m_fn.empty() && !strMatches(record.fn, m_fn))
        return false;
    return m_url.empty() || strMatches(record.url, m_url);
}

std::string MatchSpec::toCondaBuildForm() const
{
    std::string out = m_name;
    const bool hasBuild = !m_build.empty() && m_build != "*";
    const bool hasVersion = m_hasVersion && !m_version.matchesAll();
    if (hasVersion || hasBuild) {
        out += ' ';
        // VersionSpec::str() has no blanks and writes prefixes as "1.5.*", never "=1.5", which
        // libsolv would read as exactly 1.5 when a build follows.
        out += hasVersion ? m_version.str() : std::string("*");
    }
    if (hasBuild) {
        out += ' ';
        out += m_build;
    }
    return out;
}

bool MatchSpec::isCondaBuildFormExact() const
{
    return (m_channel.empty() || m_channel == "*") && m_subdir.empty() && !m_buildNumber && m_md5.empty()
        && m_sha256.empty() && m_license.empty() && m_trackFeatures.empty() && m_fn.empty() && m_url.empty();
}

std::string MatchSpec::str() const
{
    std::string out;
    std::vector<std::string> brackets;
    if (!m_channel.empty()) {
        out = m_channel;
        if (!m_subdir.empty())
            out += '/' + m_subdir;
        out += "::";
    } else if (!m_subdir.empty()) {
        brackets.push_back("subdir=" + bracketValue(m_subdir));
    }
    out += m_name;
    // conda's spelling: "=1.2" for a prefix, "==1.2" for an exact version (then "=build" may
    // follow), anything with operators in brackets.
    bool exact = false;
    if (m_hasVersion && !m_version.matchesAll()) {
        const std::string v = m_version.str();
        const bool prefix = v.size() > 2 && v.ends_with(".*") && v.find_first_of("<>=!~,|()") == std::string::npos
            && v.find('*') == v.size() - 1;
        if (prefix) {
            out += '=' + v.substr(0, v.size() - 2);
        } else if (m_version.isExact()) {
            out += v.starts_with("==") ? v : "==" + v;
            exact = true;
        } else if ((v.starts_with("!=") || v.starts_with("~=")) && m_build.empty()
                   && v.find_first_of(",|()") == std::string::npos) {
            out += v;
        } else {
            brackets.push_back("version='" + v + "'");
        }
    }
    if (!m_build.empty()) {
        if (exact && m_build.find('*') == std::string::npos)
            out += '=' + m_build;
        else
            brackets.push_back("build=" + bracketValue(m_build));
    }
    if (m_buildNumber)
        brackets.push_back("build_number=" + bracketValue(m_buildNumber->str()));
    const std::pair<const char *, const std::string *> others[] = {
        {"md5", &m_md5}, {"sha256", &m_sha256}, {"license", &m_license}, {"fn", &m_fn}, {"url", &m_url}};
    for (const auto &[key, value] : others) {
        if (!value->empty())
            brackets.push_back(std::string(key) + '=' + bracketValue(*value));
    }
    if (!m_trackFeatures.empty())
        brackets.push_back("track_features=" + bracketValue(joined(m_trackFeatures, ',')));
    if (!brackets.empty())
        out += '[' + joined(brackets, ',') + ']';
    return out;
}

} // namespace core::spec
