// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The [key=value, ...] part of a match spec (MatchSpecParser, continued).
#include "core/spec/matchspecparser.h"

#include "core/spec/textutil.h"

#include <algorithm>
#include <array>

namespace core::spec {

using Pos = MatchSpecParser::Pos;

namespace {

bool isKeyChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}
bool isHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

enum class Key : std::uint8_t {
    Version, Build, BuildNumber, Channel, Subdir, Md5, Sha256, License, TrackFeatures, Fn, Url
};
constexpr std::array<std::string_view, 11> kKeys = {"version", "build", "build_number", "channel", "subdir", "md5",
                                                    "sha256", "license", "track_features", "fn", "url"};

} // namespace

bool MatchSpecParser::parseBrackets(Pos open, Pos e)
{
    Pos p = open + 1;
    for (;;) {
        while (p < e && (detail::isSpace(m_text[p]) || m_text[p] == ','))
            ++p;
        if (p >= e)
            return failed(open, "missing ']' for this '['");
        if (m_text[p] == ']')
            break;
        if (!parseKeyValue(p, e))
            return false;
    }
    if (const Pos extra = skipSpace(p + 1, e); extra < e)
        return failed(extra, "unexpected text after ']'");
    return true;
}

// key=value, key='value' or key="value"; advances @p p past the value.
bool MatchSpecParser::parseKeyValue(Pos &p, Pos e)
{
    const Pos keyBegin = p;
    while (p < e && isKeyChar(m_text[p]))
        ++p;
    if (p == keyBegin)
        return failed(p, "expected a key such as version= (quote values that contain ',')");
    const std::string_view key = m_text.substr(keyBegin, p - keyBegin);
    p = skipSpace(p, e);
    // An item without a value ("nbconvert[execute]", a pip extra) is dropped, as conda does.
    if (p < e && (m_text[p] == ',' || m_text[p] == ']'))
        return true;
    if (p >= e || m_text[p] != '=')
        return failed(p, "expected '=' after '" + std::string(key) + "'");
    p = skipSpace(p + 1, e);
    Pos valueBegin = p;
    Pos valueEnd = p;
    if (p < e && (m_text[p] == '\'' || m_text[p] == '"')) {
        const Pos close = m_text.substr(0, e).find(m_text[p], p + 1);
        if (close == npos)
            return failed(p, "unterminated quote");
        valueBegin = p + 1;
        valueEnd = close;
        p = close + 1;
    } else {
        while (p < e && !detail::isSpace(m_text[p]) && m_text[p] != ',' && m_text[p] != ']') {
            if (m_text[p] == '\'' || m_text[p] == '"')
                return failed(p, "quote inside an unquoted value");
            ++p;
        }
        valueEnd = p;
    }
    if (valueBegin == valueEnd)
        return failed(valueBegin, "empty value for '" + std::string(key) + "'");
    if (p < e && !detail::isSpace(m_text[p]) && m_text[p] != ',' && m_text[p] != ']')
        return failed(p, "expected ',' or ']' after the value of '" + std::string(key) + "'");
    return applyKey(key, keyBegin, m_text.substr(valueBegin, valueEnd - valueBegin), valueBegin);
}

bool MatchSpecParser::applyKey(std::string_view key, Pos keyPos, std::string_view value, Pos pos)
{
    const auto it = std::find(kKeys.begin(), kKeys.end(), key);
    if (it == kKeys.end())
        return failed(keyPos, "unknown key '" + std::string(key) + "'");
    const auto index = static_cast<unsigned>(it - kKeys.begin());
    if (m_seenKeys & (1u << index))
        return failed(keyPos, "duplicate key '" + std::string(key) + "'");
    m_seenKeys |= 1u << index;
    switch (static_cast<Key>(index)) {
    case Key::Version: return setVersion(value, pos, VersionSpec::BareVersion::Exact);
    case Key::Build: return setBuild(detail::trimmed(value), pos + value.find_first_not_of(detail::kWhitespace));
    case Key::BuildNumber: return setBuildNumber(value, pos);
    case Key::Channel: return setChannel(value, pos);
    case Key::Subdir:
        m_subdirFromKey = true;
        return setPlain(m_spec.m_subdir, value, pos, "subdir");
    case Key::Md5: return setHash(m_spec.m_md5, value, pos, 32, "md5");
    case Key::Sha256: return setHash(m_spec.m_sha256, value, pos, 64, "sha256");
    case Key::License: m_spec.m_license.assign(detail::trimmed(value)); return true;
    case Key::TrackFeatures: return setTrackFeatures(value);
    case Key::Fn: return setPlain(m_spec.m_fn, value, pos, "fn");
    case Key::Url: return setPlain(m_spec.m_url, value, pos, "url");
    }
    return false;
}

bool MatchSpecParser::setPlain(std::string &out, std::string_view value, Pos pos, const char *what)
{
    for (Pos i = 0; i < value.size(); ++i) {
        if (detail::isSpace(value[i]))
            return failed(pos + i, std::string("blank in ") + what);
    }
    out.assign(value);
    return true;
}

bool MatchSpecParser::setHash(std::string &out, std::string_view value, Pos pos, std::size_t digits, const char *what)
{
    const auto bad = std::find_if_not(value.begin(), value.end(), isHex);
    if (bad != value.end() || value.size() != digits) {
        return failed(pos + static_cast<Pos>(bad - value.begin()),
                      std::string(what) + " must be " + std::to_string(digits) + " hexadecimal digits");
    }
    out = detail::lowerCopy(value);
    return true;
}

bool MatchSpecParser::setBuildNumber(std::string_view value, Pos pos)
{
    using Op = MatchSpec::BuildNumberConstraint::Op;
    static constexpr std::array<std::pair<std::string_view, Op>, 7> kOps = {
        {{"==", Op::Equal}, {"!=", Op::NotEqual}, {"<=", Op::LessEqual}, {">=", Op::GreaterEqual},
         {"<", Op::Less}, {">", Op::Greater}, {"=", Op::Equal}}};
    std::string_view text = detail::trimmed(value);
    Pos at = pos + std::min(value.find_first_not_of(detail::kWhitespace), value.size());
    if (text == "*") {
        m_spec.m_buildNumber.reset();
        return true;
    }
    MatchSpec::BuildNumberConstraint constraint;
    for (const auto &[spelling, op] : kOps) {
        if (text.substr(0, spelling.size()) == spelling) {
            constraint.op = op;
            text.remove_prefix(spelling.size());
            at += spelling.size();
            break;
        }
    }
    at += std::min(text.find_first_not_of(detail::kWhitespace), text.size());
    text = detail::trimmed(text);
    const bool digits = std::all_of(text.begin(), text.end(), [](char d) { return d >= '0' && d <= '9'; });
    if (text.empty() || text.size() > 18 || !digits)
        return failed(at, "build number must be a non-negative integer");
    constraint.value = std::stoull(std::string(text));
    m_spec.m_buildNumber = constraint;
    return true;
}

bool MatchSpecParser::setTrackFeatures(std::string_view value)
{
    auto &features = m_spec.m_trackFeatures;
    features.clear();
    Pos i = 0;
    while (i < value.size()) {
        const Pos end = std::min(value.find_first_of(", \t", i), value.size());
        if (end > i)
            features.emplace_back(value.substr(i, end - i));
        i = end + 1;
    }
    std::sort(features.begin(), features.end());
    features.erase(std::unique(features.begin(), features.end()), features.end());
    return true;
}

} // namespace core::spec
