// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/util/result.h"

#include <cstddef>
#include <string>
#include <string_view>

/** Small text helpers shared by the version and match spec parsers (internal to core/spec). */
namespace core::spec::detail {

inline constexpr std::string_view kWhitespace = " \t\n\r\v\f";

/** Python's str.strip() set for ASCII: blank, \t, \n, \v, \f, \r. */
inline bool isSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/** Whether @p c is one of @p set; a plain loop, cheaper than memchr for a handful of characters. */
inline bool isOneOf(char c, std::string_view set)
{
    for (const char x : set) {
        if (x == c)
            return true;
    }
    return false;
}

inline char toLowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; }

/** Folding for version text: lower case, and '-' as '_' (conda's normalisation). */
inline char foldVersionChar(char c) { return c == '-' ? '_' : toLowerAscii(c); }

/** @p text folded with foldVersionChar. */
std::string foldedCopy(std::string_view text);
/** @p text in lower case (ASCII). */
std::string lowerCopy(std::string_view text);
/** Comparisons of version text under foldVersionChar. */
int compareFolded(std::string_view a, std::string_view b);
bool equalsFolded(std::string_view a, std::string_view b);
bool startsWithFolded(std::string_view text, std::string_view prefix);

/** The position of the character at 0-based @p index in a one-line text (a spec). */
util::TextPosition columnPosition(std::size_t index);

/** 'c' for a printable character, otherwise its code as 0xNN. */
std::string quoteChar(char c);

/** ASCII case-insensitive equality. */
inline bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (toLowerAscii(a[i]) != toLowerAscii(b[i]))
            return false;
    }
    return true;
}

/** Whether @p text contains any character of @p set (without a memchr call per character). */
inline bool containsAny(std::string_view text, std::string_view set)
{
    for (const char c : text) {
        if (isOneOf(c, set))
            return true;
    }
    return false;
}

/** Whole-string glob match where only '*' is special (any run, possibly empty). */
bool globMatch(std::string_view text, std::string_view pattern, bool ignoreCase);

/** @p text without leading and trailing whitespace. */
std::string_view trimmed(std::string_view text);

} // namespace core::spec::detail
