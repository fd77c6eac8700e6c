// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// Ansible types INI values with Python's ast.literal_eval(): whatever Python accepts as a literal
// becomes that value, anything else stays the raw text. This is a small recursive-descent reader
// for the literal subset of Python's grammar (numbers, strings, True/False/None, lists, tuples,
// dicts, sets); any construct it does not accept means "not a literal", as in Python.
#include "core/inventory/inivalue.h"
#include "core/inventory/pythonstring.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <optional>

namespace core::inventory {

namespace {

constexpr int kMaxNesting = 100;  // Python's own parser gives up at about 200 nested brackets

bool isIdentChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

/** Digits with single underscores between them, as Python allows: "1_000". */
size_t scanDigits(std::string_view s, size_t i, int base)
{
    auto isDigit = [base](char c) {
        const int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                      : std::isxdigit(static_cast<unsigned char>(c)) ? std::tolower(c) - 'a' + 10 : 99;
        return d < base;
    };
    if (i >= s.size() || !isDigit(s[i]))
        return i;
    ++i;
    while (i < s.size()) {
        if (isDigit(s[i]))
            ++i;
        else if (s[i] == '_' && i + 1 < s.size() && isDigit(s[i + 1]))
            i += 2;
        else
            break;
    }
    return i;
}

std::string withoutUnderscores(std::string_view s)
{
    std::string out;
    for (char c : s)
        if (c != '_')
            out += c;
    return out;
}

class LiteralReader
{
public:
    explicit LiteralReader(std::string_view text) : m_s(text) {}

    /** The literal, or nullopt when the text is not one. */
    std::optional<Value> read()
    {
        auto v = readTuple();
        skipSpace();
        if (!v || m_i != m_s.size())
            return std::nullopt;
        return v;
    }

private:
    void skipSpace()
    {
        while (m_i < m_s.size()) {
            const char c = m_s[m_i];
            if (c == ' ' || c == '\t' || c == '\f' || (m_depth > 0 && (c == '\n' || c == '\r'))) {
                ++m_i;
            } else if (c == '#') {
                while (m_i < m_s.size() && m_s[m_i] != '\n')
                    ++m_i;
            } else if (c == '\\' && m_i + 1 < m_s.size() && m_s[m_i + 1] == '\n') {
                m_i += 2;
            } else {
                break;
            }
        }
    }

    bool accept(char c)
    {
        skipSpace();
        if (m_i < m_s.size() && m_s[m_i] == c) {
            ++m_i;
            return true;
        }
        return false;
    }

    bool atCloser()
    {
        skipSpace();
        return m_i >= m_s.size() || m_s[m_i] == ')' || m_s[m_i] == ']' || m_s[m_i] == '}' || m_s[m_i] == ':';
    }

    /** expr (',' expr)* [','] — a bare comma makes a tuple (a list for us, as JSON has no tuples). */
    std::optional<Value> readTuple()
    {
        auto first = readExpression();
        if (!first)
            return std::nullopt;
        skipSpace();
        if (m_i >= m_s.size() || m_s[m_i] != ',')
            return first;
        std::vector<Value> items{std::move(*first)};
        while (accept(',')) {
            if (atCloser())
                break;
            auto next = readExpression();
            if (!next)
                return std::nullopt;
            items.push_back(std::move(*next));
        }
        return Value::makeList(std::move(items));
    }

    std::optional<Value> readExpression()
    {
        skipSpace();
        if (m_i < m_s.size() && (m_s[m_i] == '-' || m_s[m_i] == '+')) {
            // literal_eval accepts one sign in front of a number, nothing else.
            const bool negative = m_s[m_i] == '-';
            ++m_i;
            skipSpace();
            auto n = readNumber();
            if (!n)
                return std::nullopt;
            if (negative && n->type == Value::Type::Int) {
                if (!n->text.empty())
                    n->text = "-" + n->text;
                n->integer = -n->integer;
            } else if (negative) {
                n->real = -n->real;
                n->text.clear();
            }
            return n;
        }
        return readAtom();
    }

    std::optional<Value> readAtom()
    {
        skipSpace();
        if (m_i >= m_s.size())
            return std::nullopt;
        const char c = m_s[m_i];
        if (std::isdigit(static_cast<unsigned char>(c)) || (c == '.' && m_i + 1 < m_s.size()
                                                            && std::isdigit(static_cast<unsigned char>(m_s[m_i + 1]))))
            return readNumber();
        if (c == '[' || c == '(' || c == '{')
            return readBracketed(c);
        if (isQuote(c) || std::isalpha(static_cast<unsigned char>(c)))
            return readStringsOrName();
        return std::nullopt;
    }

    static bool isQuote(char c) { return c == '\'' || c == '"'; }

    std::optional<Value> readBracketed(char open)
    {
        if (++m_depth > kMaxNesting)
            return std::nullopt;
        ++m_i;
        std::optional<Value> result;
        if (open == '[')
            result = readSequence(']');
        else if (open == '(')
            result = readParenthesized();
        else
            result = readBraces();
        --m_depth;
        return result;
    }

    std::optional<Value> readSequence(char close)
    {
        std::vector<Value> items;
        while (!accept(close)) {
            auto v = readExpression();
            if (!v)
                return std::nullopt;
            items.push_back(std::move(*v));
            if (!accept(',')) {
                if (!accept(close))
                    return std::nullopt;
                break;
            }
        }
        return Value::makeList(std::move(items));
    }

    std::optional<Value> readParenthesized()
    {
        if (accept(')'))
            return Value::makeList();
        auto inner = readTuple();
        if (!inner || !accept(')'))
            return std::nullopt;
        return inner;
    }

    /** {} is a dict, {k: v, ...} a dict, {a, b} a set (a list for us). */
    std::optional<Value> readBraces()
    {
        if (accept('}'))
            return Value::makeMap();
        auto first = readExpression();
        if (!first)
            return std::nullopt;
        if (!accept(':')) {
            std::vector<Value> items{std::move(*first)};
            while (accept(',')) {
                if (accept('}'))
                    return Value::makeList(std::move(items));
                auto v = readExpression();
                if (!v)
                    return std::nullopt;
                items.push_back(std::move(*v));
            }
            return accept('}') ? std::optional<Value>(Value::makeList(std::move(items))) : std::nullopt;
        }
        Value map = Value::makeMap();
        std::optional<Value> key = std::move(first);
        while (true) {
            auto value = readExpression();
            const auto keyText = key ? dictKey(*key) : std::nullopt;
            if (!value || !keyText)
                return std::nullopt;
            map.set(*keyText, std::move(*value));
            if (!accept(','))
                break;
            if (accept('}'))
                return map;
            key = readExpression();
            if (!key || !accept(':'))
                return std::nullopt;
        }
        return accept('}') ? std::optional<Value>(std::move(map)) : std::nullopt;
    }

    /** How json.dumps writes a dict key; lists and dicts are unhashable, so not literals. */
    static std::optional<std::string> dictKey(const Value &key)
    {
        switch (key.type) {
        case Value::Type::String: return key.text;
        case Value::Type::Int: return key.text.empty() ? std::to_string(key.integer) : key.text;
        case Value::Type::Float: return pythonFloatRepr(key.real);
        case Value::Type::Bool: return std::string(key.boolean ? "true" : "false");
        case Value::Type::Null: return std::string("null");
        default: return std::nullopt;
        }
    }

    std::optional<Value> readNumber()
    {
        const size_t begin = m_i;
        if (m_i >= m_s.size())
            return std::nullopt;
        if (m_s[m_i] == '0' && m_i + 1 < m_s.size() && std::strchr("xXoObB", m_s[m_i + 1])) {
            const char kind = static_cast<char>(std::tolower(m_s[m_i + 1]));
            const int base = kind == 'x' ? 16 : kind == 'o' ? 8 : 2;
            size_t j = m_i + 2;
            if (j < m_s.size() && m_s[j] == '_')
                ++j;
            const size_t end = scanDigits(m_s, j, base);
            if (end == j || (end < m_s.size() && isIdentChar(m_s[end])))
                return std::nullopt;
            m_i = end;
            return makeInt(withoutUnderscores(m_s.substr(j, end - j)), base);
        }
        size_t j = scanDigits(m_s, m_i, 10);
        bool isFloat = false;
        if (j < m_s.size() && m_s[j] == '.') {
            isFloat = true;
            j = scanDigits(m_s, j + 1, 10);
        }
        if (j < m_s.size() && (m_s[j] == 'e' || m_s[j] == 'E')) {
            size_t k = j + 1;
            if (k < m_s.size() && (m_s[k] == '+' || m_s[k] == '-'))
                ++k;
            const size_t e = scanDigits(m_s, k, 10);
            if (e == k)
                return std::nullopt;
            isFloat = true;
            j = e;
        }
        // A number glued to a name ("1abc", "2j" complex) is not a literal we can hold.
        if (j == begin || (j < m_s.size() && (isIdentChar(m_s[j]) || m_s[j] == '.')))
            return std::nullopt;
        const std::string digits = withoutUnderscores(m_s.substr(begin, j - begin));
        m_i = j;
        if (isFloat)
            return Value::makeFloat(std::strtod(digits.c_str(), nullptr), std::string(m_s.substr(begin, j - begin)));
        // Python refuses leading zeros in decimal integers ("01"), but accepts "00".
        if (digits.size() > 1 && digits[0] == '0' && digits.find_first_not_of('0') != std::string::npos)
            return std::nullopt;
        return makeInt(digits, 10);
    }

    static Value makeInt(const std::string &digits, int base)
    {
        std::int64_t v = 0;
        const auto res = std::from_chars(digits.data(), digits.data() + digits.size(), v, base);
        if (res.ec == std::errc())
            return Value::makeInt(v);
        // Beyond 64 bits: keep Python's exact decimal digits (base 10 only; others saturate).
        Value big = Value::makeInt(INT64_MAX);
        if (base == 10)
            big.text = digits.substr(digits.find_first_not_of('0') == std::string::npos ? digits.size() - 1
                                                                                          : digits.find_first_not_of('0'));
        return big;
    }

    /** Adjacent string literals concatenate ("a" 'b'); a bare name is True/False/None or not a literal. */
    std::optional<Value> readStringsOrName()
    {
        std::string out;
        int kind = 0;  // 1 text, 2 bytes; mixing them is a SyntaxError in Python
        int count = 0;
        while (true) {
            skipSpace();
            const size_t save = m_i;
            size_t j = m_i;
            while (j < m_s.size() && std::isalpha(static_cast<unsigned char>(m_s[j])))
                ++j;
            std::string prefix(m_s.substr(m_i, j - m_i));
            for (char &c : prefix)
                c = static_cast<char>(std::tolower(c));
            if (j >= m_s.size() || !isQuote(m_s[j]) || !validPrefix(prefix)) {
                if (count > 0) {
                    m_i = save;
                    break;
                }
                return readName();
            }
            const int thisKind = prefix.find('b') != std::string::npos ? 2 : 1;
            if (prefix.find('f') != std::string::npos || (kind != 0 && kind != thisKind))
                return std::nullopt;  // f-strings are not literals; bytes + str is an error
            kind = thisKind;
            m_i = j;
            if (!detail::readPythonString(m_s, m_i, out, prefix.find('r') != std::string::npos, thisKind == 2))
                return std::nullopt;
            ++count;
        }
        return Value::makeString(std::move(out));
    }

    static bool validPrefix(const std::string &p)
    {
        return p.empty() || p == "r" || p == "u" || p == "b" || p == "br" || p == "rb" || p == "f" || p == "fr"
               || p == "rf";
    }

    std::optional<Value> readName()
    {
        size_t j = m_i;
        while (j < m_s.size() && isIdentChar(m_s[j]))
            ++j;
        const std::string_view name = m_s.substr(m_i, j - m_i);
        m_i = j;
        if (name == "True")
            return Value::makeBool(true);
        if (name == "False")
            return Value::makeBool(false);
        if (name == "None")
            return Value::makeNull();
        if (name == "set" && accept('(') && accept(')'))
            return Value::makeList();
        return std::nullopt;
    }

    std::string_view m_s;
    size_t m_i = 0;
    int m_depth = 0;
};

} // namespace

Value iniValue(std::string_view text)
{
    // literal_eval strips leading spaces and tabs itself; Ansible has stripped the rest.
    size_t start = 0;
    while (start < text.size() && (text[start] == ' ' || text[start] == '\t'))
        ++start;
    LiteralReader reader(text.substr(start));
    if (auto v = reader.read())
        return *v;
    return Value::makeString(std::string(text));
}

} // namespace core::inventory
