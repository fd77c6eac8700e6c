// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/spec/version.h"
#include "core/util/result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace core::spec {

/**
 * The version part of a match spec, as conda's VersionSpec reads it: terms joined by `,` (and) and
 * `|` (or; `,` binds tighter), with parentheses. A term is `*`, a bare version (exact: `1.2` matches
 * 1.2 and 1.2.0), a prefix (`1.2.*`, `1.2*`, `=1.2`), a comparison (`==`, `!=`, `<`, `<=`, `>`, `>=`,
 * `!=1.2.*` for "not a prefix"), a compatible release (`~=1.2.3`: >= 1.2.3 and 1.2.*) or a glob
 * with an inner `*` (`1.*.3`, matched on the text). Regular expressions (`^...$`) are rejected.
 *
 * Plain value type; a default-constructed VersionSpec matches every version.
 */
class VersionSpec final
{
public:
    /** How a bare version without operator or `*` is read: exact (`numpy 1.2`) or as prefix (`numpy=1.2`). */
    enum class BareVersion : bool { Exact, Prefix };

    VersionSpec() = default;

    /**
     * Parses @p text. Whitespace between tokens and after an operator is allowed. Fails with
     * ErrorCode::InvalidMatchSpec, a reason, and "column N" (1-based in @p text) as location.
     */
    [[nodiscard]] static util::Result<VersionSpec> parse(std::string_view text, BareVersion bare = BareVersion::Exact);

    /** As parse(), but columns in errors are counted from @p columnOffset (0-based position of @p text). */
    [[nodiscard]] static util::Result<VersionSpec> parseAt(std::string_view text, std::size_t columnOffset,
                                                           BareVersion bare = BareVersion::Exact);

    bool matches(const Version &version) const;

    /** Whether every version matches (`*` or nothing). */
    bool matchesAll() const;

    /** Whether this is a single exact (`==`) term. */
    bool isExact() const;

    /**
     * Normalised text without spaces, also the form libsolv's conda matcher accepts: prefixes as
     * `1.2.*`, `,` groups inside `|` unparenthesised, `|` groups inside `,` in parentheses.
     */
    std::string str() const;

    bool operator==(const VersionSpec &other) const { return str() == other.str(); }

    /** Operators of a term. */
    enum class Op : std::uint8_t {
        Any, Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual, StartsWith, NotStartsWith, Compatible,
        Glob
    };

    /** A node of the expression, stored in pre-order; `end` is one past the node's subtree. */
    struct Node
    {
        enum class Kind : std::uint8_t { Term, And, Or };
        Kind kind = Kind::Term;
        Op op = Op::Any;
        std::uint32_t end = 0;
        Version version;        ///< the operand of a comparison or prefix
        Version prefix;         ///< for Op::Compatible: the operand without its last component
        std::string text;       ///< the normalised term, e.g. ">=1.2", "1.2.*"
    };

private:
    friend class VersionSpecParser;

    bool matchesNode(std::uint32_t index, const Version &version) const;
    void appendNode(std::string &out, std::uint32_t index, bool insideAnd) const;

    std::vector<Node> m_nodes; ///< empty: matches everything
};

} // namespace core::spec
