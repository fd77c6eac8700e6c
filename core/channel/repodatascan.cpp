// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/channel/repodatascan.h"

#include <cctype>
#include <cstring>
#include <string_view>

using core::util::ErrorCode;
using core::util::makeError;
using core::util::Result;

namespace core::channel {

namespace {

constexpr int s_maxDepth = 512;

/** What an object is to the caller: the document itself, a records table, "info", or anything else. */
enum class Role { Top, TarBz2Records, CondaRecords, Info, Other };

/** A recursive-descent validator; the first error stops it and is kept in m_error. */
class Scanner
{
public:
    explicit Scanner(const QByteArray &data, std::vector<RawRecord> *records = nullptr)
        : m_p(data.constData()), m_begin(data.constData()), m_end(m_p + data.size()), m_records(records)
    {
    }

    Result<RepodataSummary> run()
    {
        skipWs();
        if (m_p == m_end || *m_p != '{')
            return fail("a JSON object at the top level");
        if (object(0, Role::Top) && (skipWs(), m_p != m_end))
            fail("end of data after the top-level object");
        if (!m_error.empty())
            return makeError(ErrorCode::ParseError, m_error);
        return m_summary;
    }

private:
    util::Error fail(std::string_view expected)
    {
        if (m_error.empty()) {
            std::int64_t line = 1;
            const char *lineStart = m_begin;
            for (const char *q = m_begin; q < m_p; ++q) {
                if (*q == '\n') {
                    ++line;
                    lineStart = q + 1;
                }
            }
            const char *what = m_p == m_end ? "the data ends (truncated?)" : "found something else";
            m_error = "invalid JSON at line " + std::to_string(line) + ", column " + std::to_string(m_p - lineStart + 1)
                + " (byte " + std::to_string(m_p - m_begin) + "): expected " + std::string(expected) + ", " + what;
        }
        return makeError(ErrorCode::ParseError, m_error);
    }

    void skipWs()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool expect(char c, std::string_view what)
    {
        skipWs();
        if (m_p != m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        fail(what);
        return false;
    }

    bool value(int depth, Role role)
    {
        skipWs();
        if (m_p == m_end)
            return fail("a value"), false;
        switch (*m_p) {
        case '{': return object(depth + 1, role);
        case '[': return array(depth + 1);
        case '"': return string(nullptr);
        case 't': return literal("true");
        case 'f': return literal("false");
        case 'n': return literal("null");
        default: return number();
        }
    }

    bool object(int depth, Role role)
    {
        if (depth > s_maxDepth)
            return fail("nesting of at most 512 levels"), false;
        ++m_p;  // '{'
        skipWs();
        if (m_p != m_end && *m_p == '}')
            return ++m_p, true;
        do {
            skipWs();
            std::string_view key;
            if (m_p == m_end || *m_p != '"' || !string(&key) || !expect(':', "':' after an object key"))
                return m_error.empty() ? (fail("a string key"), false) : false;
            const bool isRecord = role == Role::TarBz2Records || role == Role::CondaRecords;
            if (isRecord)
                ++m_summary.records;
            skipWs();
            const char *valueStart = m_p;
            if (!member(depth, role, key))
                return false;
            if (isRecord && m_records)
                m_records->push_back({key, std::string_view(valueStart, std::size_t(m_p - valueStart)), role == Role::CondaRecords});
            skipWs();
        } while (m_p != m_end && *m_p == ',' && ++m_p);
        return expect('}', "',' or '}' in an object");
    }

    bool member(int depth, Role role, std::string_view key)
    {
        if (role == Role::Info && key == "subdir") {
            skipWs();
            std::string_view subdir;
            if (m_p != m_end && *m_p == '"')
                return string(&subdir) && (m_summary.subdir = std::string(subdir), true);
        }
        Role child = Role::Other;
        if (role == Role::Top)
            child = key == "packages"         ? Role::TarBz2Records
                  : key == "packages.conda" ? Role::CondaRecords
                  : key == "info"           ? Role::Info
                                            : Role::Other;
        return value(depth, child);
    }

    bool array(int depth)
    {
        if (depth > s_maxDepth)
            return fail("nesting of at most 512 levels"), false;
        ++m_p;  // '['
        skipWs();
        if (m_p != m_end && *m_p == ']')
            return ++m_p, true;
        do {
            if (!value(depth, Role::Other))
                return false;
            skipWs();
        } while (m_p != m_end && *m_p == ',' && ++m_p);
        return expect(']', "',' or ']' in an array");
    }

    /** A string starting at '"'; @p raw, when given, receives the undecoded contents. */
    bool string(std::string_view *raw)
    {
        const char *start = ++m_p;
        while (m_p != m_end) {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                if (raw)
                    *raw = std::string_view(start, std::size_t(m_p - start));
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return fail("no control characters inside a string"), false;
            if (c == '\\' && !escape())
                return false;
            if (c != '\\')
                ++m_p;
        }
        return fail("the closing '\"' of a string"), false;
    }

    bool escape()
    {
        ++m_p;  // '\\'
        if (m_p == m_end)
            return fail("an escape sequence"), false;
        if (std::strchr("\"\\/bfnrt", *m_p) && *m_p) {
            ++m_p;
            return true;
        }
        if (*m_p != 'u')
            return fail("a valid escape sequence"), false;
        ++m_p;
        for (int i = 0; i < 4; ++i, ++m_p) {
            if (m_p == m_end || !std::isxdigit(static_cast<unsigned char>(*m_p)))
                return fail("four hex digits after \\u"), false;
        }
        return true;
    }

    bool literal(std::string_view word)
    {
        if (std::size_t(m_end - m_p) < word.size() || std::string_view(m_p, word.size()) != word)
            return fail(word), false;
        m_p += word.size();
        return true;
    }

    bool digits()
    {
        const char *start = m_p;
        while (m_p != m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        return m_p != start;
    }

    bool number()
    {
        if (m_p != m_end && *m_p == '-')
            ++m_p;
        if (m_p != m_end && *m_p == '0')
            ++m_p;
        else if (!digits())
            return fail("a value"), false;
        if (m_p != m_end && *m_p == '.' && (++m_p, !digits()))
            return fail("digits after '.'"), false;
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p != m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (!digits())
                return fail("digits in an exponent"), false;
        }
        return true;
    }

    const char *m_p;
    const char *m_begin;
    const char *m_end;
    std::vector<RawRecord> *m_records;
    RepodataSummary m_summary;
    std::string m_error;
};

} // namespace

Result<RepodataSummary> scanRepodata(const QByteArray &data)
{
    return Scanner(data).run();
}

Result<std::vector<RawRecord>> rawRecords(const QByteArray &data)
{
    std::vector<RawRecord> records;
    if (auto scanned = Scanner(data, &records).run(); !scanned)
        return scanned.error();
    return records;
}

} // namespace core::channel
