// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// Python string literals for the INI typing: quotes (single, double, triple), raw strings, bytes,
// and the escapes Python decodes.
#include "core/inventory/pythonstring.h"

#include <cctype>

namespace core::inventory::detail {

namespace {

void appendUtf8(std::string &out, unsigned long cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

class StringReader
{
public:
    StringReader(std::string_view s, size_t &i) : m_s(s), m_i(i) {}

    bool readQuoted(std::string &out, bool raw, bool bytes)
    {
        const char q = m_s[m_i];
        const bool triple = m_i + 2 < m_s.size() && m_s[m_i + 1] == q && m_s[m_i + 2] == q;
        m_i += triple ? 3 : 1;
        while (m_i < m_s.size()) {
            const char c = m_s[m_i];
            if (c == q && (!triple || (m_i + 2 < m_s.size() && m_s[m_i + 1] == q && m_s[m_i + 2] == q))) {
                m_i += triple ? 3 : 1;
                return true;
            }
            if (bytes && static_cast<unsigned char>(c) >= 0x80)
                return false;
            if (c == '\n' && !triple)
                return false;
            if (c == '\\' && m_i + 1 < m_s.size()) {
                if (raw) {
                    out += c;
                    out += m_s[m_i + 1];
                    m_i += 2;
                } else if (!readEscape(out, bytes)) {
                    return false;
                }
                continue;
            }
            out += c;
            ++m_i;
        }
        return false;
    }

    bool readEscape(std::string &out, bool bytes)
    {
        const char e = m_s[m_i + 1];
        m_i += 2;
        switch (e) {
        case '\n': return true;
        case '\\': out += '\\'; return true;
        case '\'': out += '\''; return true;
        case '"': out += '"'; return true;
        case 'a': out += '\a'; return true;
        case 'b': out += '\b'; return true;
        case 'f': out += '\f'; return true;
        case 'n': out += '\n'; return true;
        case 'r': out += '\r'; return true;
        case 't': out += '\t'; return true;
        case 'v': out += '\v'; return true;
        case 'x': return readHexEscape(out, 2, bytes);
        case 'u':
            if (bytes)
                break;
            return readHexEscape(out, 4, false);
        case 'U':
            if (bytes)
                break;
            return readHexEscape(out, 8, false);
        case 'N':
            return bytes ? (out += "\\N", true) : false;  // named escapes: not worth a name table
        default:
            if (e >= '0' && e <= '7') {
                unsigned long v = static_cast<unsigned long>(e - '0');
                for (int n = 0; n < 2 && m_i < m_s.size() && m_s[m_i] >= '0' && m_s[m_i] <= '7'; ++n)
                    v = v * 8 + static_cast<unsigned long>(m_s[m_i++] - '0');
                appendUtf8(out, v);
                return true;
            }
        }
        out += '\\';  // Python keeps unknown escapes as they are
        out += e;
        return true;
    }

    bool readHexEscape(std::string &out, int length, bool bytes)
    {
        if (m_i + static_cast<size_t>(length) > m_s.size())
            return false;
        unsigned long v = 0;
        for (int n = 0; n < length; ++n) {
            const char h = m_s[m_i + static_cast<size_t>(n)];
            if (!std::isxdigit(static_cast<unsigned char>(h)))
                return false;
            v = v * 16 + static_cast<unsigned long>(std::isdigit(static_cast<unsigned char>(h)) ? h - '0'
                                                                                             : std::tolower(h) - 'a' + 10);
        }
        m_i += static_cast<size_t>(length);
        if (v > 0x10FFFF)
            return false;
        if (bytes)
            out += static_cast<char>(v);  // decoded as UTF-8 later by Ansible's to_text()
        else
            appendUtf8(out, v);
        return true;
    }

    std::string_view m_s;
    size_t &m_i;
};

} // namespace

bool readPythonString(std::string_view text, size_t &pos, std::string &out, bool raw, bool bytes)
{
    StringReader reader(text, pos);
    return reader.readQuoted(out, raw, bytes);
}

} // namespace core::inventory::detail
