// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace core::solve {

/** The value of a hex digit (either case); -1 for any other character. */
inline int hexDigitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/**
 * A fast pull reader over JSON text held in memory (a mapped repodata.json). It validates the
 * syntax as it goes, never allocates for strings without escapes, and stops at the first error,
 * which it keeps with its byte offset. Strings returned as views stay valid until the next read
 * when they contained escapes, and as long as the text otherwise.
 */
class JsonCursor final
{
public:
    enum class Type { Object, Array, String, Number, True, False, Null, Error };

    /** Bounds that keep hostile input from using unbounded memory or stack. */
    static constexpr int s_maxDepth = 64;

    explicit JsonCursor(std::string_view text) : m_text(text) {}

    /** Type of the next value, after white space; Error at end of input or on a bad character. */
    Type peek();

    /** Consumes '{'. Then loop on nextKey() until it returns false (the '}' is consumed). */
    bool beginObject();
    bool nextKey(std::string_view &key);
    /** Consumes '['. Then loop on nextElement() until it returns false (the ']' is consumed). */
    bool beginArray();
    bool nextElement();

    bool readString(std::string_view &out);
    /** A non-negative integer; fractions and exponents are an error, so is overflow. */
    bool readUInt(std::uint64_t &out);
    /** Any number, as its text. */
    bool readNumber(std::string_view &out);
    /** Skips one value of any type, checking its syntax. */
    bool skipValue();

    bool failed() const { return !m_error.empty(); }
    const std::string &error() const { return m_error; }
    std::size_t errorOffset() const { return m_errorOffset; }
    std::size_t offset() const { return m_pos; }
    /** 1-based line and column of a byte offset. */
    void lineColumn(std::size_t offset, std::size_t &line, std::size_t &column) const;
    /** Sets an error at the current position (for callers that find a value of the wrong type). */
    bool fail(std::string why);

private:
    void skipSpace();
    bool expect(char c);
    bool afterValue();
    bool readStringSlow(std::size_t start, std::string_view &out);
    bool skipValueAt(int depth);

    std::string_view m_text;
    std::size_t m_pos = 0;
    std::string m_scratch;
    std::string m_error;
    std::size_t m_errorOffset = 0;
    // After a key or element is read, we remember whether a ',' or the closer may follow.
    bool m_first = true;
};

} // namespace core::solve
