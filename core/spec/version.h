// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/spec/smallvector.h"
#include "core/util/result.h"

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace core::spec {

namespace detail {
/** Kinds of version atoms, in the order conda sorts them. */
enum class AtomKind : std::uint8_t { Star, Dev, String, Number, Post };

/** One run of a version component, pointing into the version text. */
struct VersionAtom
{
    std::uint16_t offset = 0;
    std::uint16_t length = 0;   ///< a Number of length 0 is zero; numbers skip their leading zeros
    AtomKind kind = AtomKind::Number;
    bool segmentStart = false;  ///< first atom of a component
};
} // namespace detail

/**
 * A conda package version with conda's ordering (conda.models.version.VersionOrder).
 *
 * A version is `[epoch!]version[+local]`. The version and local parts split into components at `.`
 * and `_` (a `-` counts as `_` when the text has no `_`); each component splits into runs of digits,
 * runs of `*` and runs of other characters. Numbers compare numerically, everything else
 * case-insensitively, with `*` < `dev` < `_` < other strings < numbers < `post`; a component that
 * starts with a letter gets a leading 0 (`1.1.a1 == 1.1.0a1`) and missing components count as 0
 * (`1.0 == 1.0.0`). A trailing `_` stays part of the last component (`1.0.1_ < 1.0.1a`, openssl style).
 *
 * Plain value type, cheap to copy (components are kept inline up to a handful), safe across threads.
 * A default-constructed Version has empty text and compares equal to "0".
 */
class Version final
{
public:
    Version() = default;

    /**
     * Parses @p text (surrounding whitespace is ignored). Fails with ErrorCode::InvalidVersion, the
     * reason in Error::detail and "column N" (1-based, in @p text) in Error::location.
     */
    [[nodiscard]] static util::Result<Version> parse(std::string_view text);

    /** As parse(), for parsers that embed versions: columns in errors count from @p columnOffset (0-based). */
    [[nodiscard]] static util::Result<Version> parseAt(std::string_view text, std::size_t columnOffset);

    /** The text as given, without surrounding whitespace. */
    const std::string &str() const { return m_text; }

    /** conda's normalised form: lower case, dashes turned into underscores when they were separators. */
    std::string normalized() const;

    /** <0, 0 or >0 as conda orders the two versions; 0 for equivalent spellings such as 1.0 and 1.0.0. */
    int compare(const Version &other) const;

    /**
     * conda's VersionOrder.startswith: whether this version begins with @p prefix component-wise
     * (used by `1.2.*`, `=1.2` and `~=`); `1.2a` starts with `1.2`, `1.20` does not.
     */
    bool startsWith(const Version &prefix) const;

    bool hasLocal() const { return m_localBegin < m_atoms.size(); }

    /**
     * The epoch and version components, without the local part, in the notation of conda's
     * `VersionOrder.version` list, e.g. "[[0], [1], [2, 'a']]" ('post' is inf, 'dev' is 'DEV').
     */
    std::string componentsRepr() const;

    std::weak_ordering operator<=>(const Version &other) const
    {
        const int r = compare(other);
        return r < 0 ? std::weak_ordering::less : r > 0 ? std::weak_ordering::greater : std::weak_ordering::equivalent;
    }
    /** Equivalence in conda's order, not equality of the text ("1.0" == "1.0.0"). */
    bool operator==(const Version &other) const { return compare(other) == 0; }

private:
    friend class VersionParser;
    using Atoms = detail::SmallVector<detail::VersionAtom, 10>;

    std::string m_text;
    Atoms m_atoms;                  ///< epoch component, version components, then local components
    std::uint32_t m_localBegin = 0; ///< index of the first local atom, m_atoms.size() when none
};

} // namespace core::spec
