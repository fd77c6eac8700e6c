// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/spec/matchspec.h"

#include <optional>
#include <string_view>

namespace core::spec {

/**
 * Reads one match spec in a single pass, keeping positions so every error names its column.
 * Internal to core/spec: MatchSpec::parse() is the public entry. matchspecparser.cpp reads the
 * channel, name, version and build; matchspecbrackets.cpp the [key=value] part.
 */
class MatchSpecParser final
{
public:
    using Pos = std::size_t;
    static constexpr Pos npos = std::string_view::npos;

    explicit MatchSpecParser(std::string_view text) : m_text(text) {}

    util::Result<MatchSpec> run();

private:
    Pos commentStart() const;
    bool parseMain(Pos b, Pos e);
    bool parseVersionAfterBrackets(Pos b, Pos open, Pos close, Pos e);
    Pos bracketClose(Pos open, Pos e) const;
    bool setName(Pos b, Pos e);
    bool parseVersionAndBuild(Pos b, Pos e);
    Pos versionWordEnd(Pos i, Pos e) const;
    Pos gluedBuildSeparator(Pos b, Pos e) const;
    bool setVersion(std::string_view text, Pos pos, VersionSpec::BareVersion bare);
    bool setBuild(std::string_view text, Pos pos);
    bool setChannel(std::string_view text, Pos pos);
    bool parseBrackets(Pos open, Pos e);
    bool parseKeyValue(Pos &p, Pos e);
    bool applyKey(std::string_view key, Pos keyPos, std::string_view value, Pos pos);
    bool setPlain(std::string &out, std::string_view value, Pos pos, const char *what);
    bool setHash(std::string &out, std::string_view value, Pos pos, std::size_t digits, const char *what);
    bool setBuildNumber(std::string_view value, Pos pos);
    bool setTrackFeatures(std::string_view value);
    bool parseFileName(Pos b, Pos e);
    Pos skipSpace(Pos i, Pos e) const;
    bool failed(Pos pos, std::string reason);
    util::Error fail(Pos pos, std::string reason) const;

    std::string_view m_text;
    MatchSpec m_spec;
    std::optional<util::Error> m_error;
    unsigned m_seenKeys = 0;       ///< bracket keys seen so far, one bit per key
    bool m_subdirFromKey = false;  ///< a [subdir=...] wins over a subdir in a channel
};

} // namespace core::spec
