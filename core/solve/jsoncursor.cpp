// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/solve/jsoncursor.h"

#include <cstring>

namespace core::solve {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

void appendUtf8(std::string &out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

} // namespace

bool JsonCursor::fail(std::string why)
{
    if (m_error.empty()) {
        m_error = std::move(why);
        m_errorOffset = m_pos;
    }
    return false;
}

void JsonCursor::skipSpace()
{
    while (m_pos < m_text.size() && isSpace(m_text[m_pos]))
        ++m_pos;
}

bool JsonCursor::expect(char c)
{
    skipSpace();
    if (m_pos >= m_text.size())
        return fail(std::string("unexpected end of input, expected '") + c + "'");
    if (m_text[m_pos] != c)
        return fail(std::string("expected '") + c + "'");
    ++m_pos;
    return true;
}

JsonCursor::Type JsonCursor::peek()
{
    skipSpace();
    if (failed() || m_pos >= m_text.size())
        return Type::Error;
    switch (m_text[m_pos]) {
    case '{': return Type::Object;
    case '[': return Type::Array;
    case '"': return Type::String;
    case 't': return Type::True;
    case 'f': return Type::False;
    case 'n': return Type::Null;
    default:
        if (m_text[m_pos] == '-' || (m_text[m_pos] >= '0' && m_text[m_pos] <= '9'))
            return Type::Number;
        return Type::Error;
    }
}

bool JsonCursor::beginObject()
{
    m_first = true;
    return expect('{');
}

bool JsonCursor::beginArray()
{
    m_first = true;
    return expect('[');
}

// Shared by nextKey/nextElement: a closer ends the container, a ',' separates entries.
bool JsonCursor::afterValue()
{
    skipSpace();
    if (m_pos >= m_text.size())
        return fail("unexpected end of input inside an object or array");
    if (m_first) {
        m_first = false;
        return true;
    }
    if (m_text[m_pos] != ',')
        return fail("expected ',' or a closing bracket");
    ++m_pos;
    skipSpace();
    return true;
}

bool JsonCursor::nextKey(std::string_view &key)
{
    skipSpace();
    if (m_pos < m_text.size() && m_text[m_pos] == '}' ) {
        ++m_pos;
        m_first = false;
        return false;
    }
    if (!afterValue())
        return false;
    if (m_pos >= m_text.size() || m_text[m_pos] != '"')
        return fail("expected a key in double quotes");
    if (!readString(key))
        return false;
    if (!expect(':'))
        return false;
    m_first = false;
    return true;
}

bool JsonCursor::nextElement()
{
    skipSpace();
    if (m_pos < m_text.size() && m_text[m_pos] == ']') {
        ++m_pos;
        m_first = false;
        return false;
    }
    if (!afterValue())
        return false;
    m_first = false;
    return true;
}

bool JsonCursor::readString(std::string_view &out)
{
    skipSpace();
    if (m_pos >= m_text.size() || m_text[m_pos] != '"')
        return fail("expected a string");
    const std::size_t start = ++m_pos;
    // Fast path: find the closing quote; fall back when an escape or control character appears.
    const char *base = m_text.data();
    const std::size_t size = m_text.size();
    std::size_t i = start;
    while (i < size) {
        const char c = base[i];
        if (c == '"') {
            out = std::string_view(base + start, i - start);
            m_pos = i + 1;
            return true;
        }
        if (c == '\\' || static_cast<unsigned char>(c) < 0x20)
            return readStringSlow(start, out);
        ++i;
    }
    m_pos = size;
    return fail("unterminated string");
}

bool JsonCursor::readStringSlow(std::size_t start, std::string_view &out)
{
    m_scratch.clear();
    std::size_t i = start;
    while (i < m_text.size()) {
        const char c = m_text[i];
        if (c == '"') {
            out = m_scratch;
            m_pos = i + 1;
            return true;
        }
        if (static_cast<unsigned char>(c) < 0x20) {
            m_pos = i;
            return fail("control character in a string");
        }
        if (c != '\\') {
            m_scratch += c;
            ++i;
            continue;
        }
        if (++i >= m_text.size())
            break;
        const char e = m_text[i++];
        switch (e) {
        case '"': m_scratch += '"'; break;
        case '\\': m_scratch += '\\'; break;
        case '/': m_scratch += '/'; break;
        case 'b': m_scratch += '\b'; break;
        case 'f': m_scratch += '\f'; break;
        case 'n': m_scratch += '\n'; break;
        case 'r': m_scratch += '\r'; break;
        case 't': m_scratch += '\t'; break;
        case 'u': {
            std::uint32_t cp = 0;
            for (int k = 0; k < 4; ++k) {
                const int h = i < m_text.size() ? hexDigitValue(m_text[i++]) : -1;
                if (h < 0) {
                    m_pos = i;
                    return fail("bad \\u escape");
                }
                cp = cp * 16 + std::uint32_t(h);
            }
            // A high surrogate must be followed by a low one; together they make one code point.
            if (cp >= 0xD800 && cp < 0xDC00 && i + 6 <= m_text.size() && m_text[i] == '\\' && m_text[i + 1] == 'u') {
                std::uint32_t lo = 0;
                bool good = true;
                for (int k = 0; k < 4; ++k) {
                    const int h = hexDigitValue(m_text[i + 2 + k]);
                    good = good && h >= 0;
                    lo = lo * 16 + std::uint32_t(h < 0 ? 0 : h);
                }
                if (good && lo >= 0xDC00 && lo < 0xE000) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    i += 6;
                }
            }
            appendUtf8(m_scratch, cp);
            break;
        }
        default:
            m_pos = i;
            return fail("bad escape in a string");
        }
    }
    m_pos = m_text.size();
    return fail("unterminated string");
}

bool JsonCursor::readNumber(std::string_view &out)
{
    skipSpace();
    const std::size_t start = m_pos;
    std::size_t i = m_pos;
    const auto digits = [&] {
        const std::size_t from = i;
        while (i < m_text.size() && m_text[i] >= '0' && m_text[i] <= '9')
            ++i;
        return i > from;
    };
    if (i < m_text.size() && m_text[i] == '-')
        ++i;
    const auto bad = [&](const char *why) {
        m_pos = i;
        return fail(why);
    };
    if (!digits())
        return bad("expected a number");
    if (i < m_text.size() && m_text[i] == '.') {
        ++i;
        if (!digits())
            return bad("bad number");
    }
    if (i < m_text.size() && (m_text[i] == 'e' || m_text[i] == 'E')) {
        ++i;
        if (i < m_text.size() && (m_text[i] == '+' || m_text[i] == '-'))
            ++i;
        if (!digits())
            return bad("bad number");
    }
    out = m_text.substr(start, i - start);
    m_pos = i;
    return true;
}

bool JsonCursor::readUInt(std::uint64_t &out)
{
    std::string_view text;
    if (!readNumber(text))
        return false;
    out = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return fail("expected a whole non-negative number");
        const auto digit = std::uint64_t(c - '0');
        if (out > (UINT64_MAX - digit) / 10)
            return fail("number too large");
        out = out * 10 + digit;
    }
    return true;
}

bool JsonCursor::skipValue()
{
    return skipValueAt(0);
}

bool JsonCursor::skipValueAt(int depth)
{
    if (depth > s_maxDepth)
        return fail("JSON nested deeper than " + std::to_string(s_maxDepth) + " levels");
    std::string_view ignored;
    switch (peek()) {
    case Type::Object:
        if (!beginObject())
            return false;
        while (nextKey(ignored))
            if (!skipValueAt(depth + 1))
                return false;
        return !failed();
    case Type::Array:
        if (!beginArray())
            return false;
        while (nextElement())
            if (!skipValueAt(depth + 1))
                return false;
        return !failed();
    case Type::String:
        return readString(ignored);
    case Type::Number:
        return readNumber(ignored);
    case Type::True:
    case Type::False:
    case Type::Null: {
        const char *word = peek() == Type::True ? "true" : peek() == Type::False ? "false" : "null";
        const std::size_t n = std::strlen(word);
        if (m_text.substr(m_pos, n) != word)
            return fail("invalid literal");
        m_pos += n;
        return true;
    }
    case Type::Error:
        return fail(m_pos >= m_text.size() ? "unexpected end of input" : "unexpected character");
    }
    return false;
}

void JsonCursor::lineColumn(std::size_t offset, std::size_t &line, std::size_t &column) const
{
    line = 1;
    column = 1;
    const std::size_t end = offset < m_text.size() ? offset : m_text.size();
    for (std::size_t i = 0; i < end; ++i) {
        if (m_text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
}

} // namespace core::solve
