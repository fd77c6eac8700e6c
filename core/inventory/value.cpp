// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/inventory/value.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace core::inventory {

std::string Source::toString() const
{
    std::string s = file;
    if (line > 0) {
        s += ':' + std::to_string(line);
        if (column > 0)
            s += ':' + std::to_string(column);
    }
    return s;
}

Value Value::makeNull()
{
    return Value{};
}

Value Value::makeBool(bool value)
{
    Value v;
    v.type = Type::Bool;
    v.boolean = value;
    return v;
}

Value Value::makeInt(std::int64_t value)
{
    Value v;
    v.type = Type::Int;
    v.integer = value;
    return v;
}

Value Value::makeFloat(double value, std::string written)
{
    Value v;
    v.type = Type::Float;
    v.real = value;
    v.text = std::move(written);
    return v;
}

Value Value::makeString(std::string value)
{
    Value v;
    v.type = Type::String;
    v.text = std::move(value);
    return v;
}

Value Value::makeVault(std::string ciphertext)
{
    Value v;
    v.type = Type::Vault;
    v.text = std::move(ciphertext);
    return v;
}

Value Value::makeList()
{
    return makeList(std::vector<Value>());
}

Value Value::makeList(std::vector<Value> items)
{
    Value v;
    v.type = Type::List;
    v.items = std::move(items);
    return v;
}

Value Value::makeMap()
{
    return makeMap(std::vector<MapEntry>());
}

Value Value::makeMap(std::vector<MapEntry> entries)
{
    Value v;
    v.type = Type::Map;
    v.entries = std::move(entries);
    return v;
}

bool Value::containsVault() const
{
    if (type == Type::Vault)
        return true;
    if (type == Type::List)
        return std::any_of(items.begin(), items.end(), [](const Value &v) { return v.containsVault(); });
    if (type == Type::Map)
        return std::any_of(entries.begin(), entries.end(), [](const MapEntry &e) { return e.value.containsVault(); });
    return false;
}

const Value *Value::find(std::string_view key) const
{
    for (const MapEntry &e : entries)
        if (e.key == key)
            return &e.value;
    return nullptr;
}

void Value::set(std::string key, Value value)
{
    for (MapEntry &e : entries) {
        if (e.key == key) {
            e.value = std::move(value);
            return;
        }
    }
    entries.push_back(MapEntry{std::move(key), std::move(value), 0, 0});
}

bool Value::operator==(const Value &other) const
{
    if (type != other.type)
        return false;
    switch (type) {
    case Type::Null: return true;
    case Type::Bool: return boolean == other.boolean;
    case Type::Int: return integer == other.integer && text == other.text;
    case Type::Float: return real == other.real || (std::isnan(real) && std::isnan(other.real));
    case Type::String: return text == other.text && unsafe == other.unsafe;
    case Type::Vault: return text == other.text;
    case Type::List: return items == other.items;
    case Type::Map: return entries == other.entries;
    }
    return false;
}

std::string Value::toDisplayString() const
{
    switch (type) {
    case Type::Null: return "None";
    case Type::Bool: return boolean ? "True" : "False";
    case Type::Int: return text.empty() ? std::to_string(integer) : text;
    case Type::Float: return pythonFloatRepr(real);
    case Type::String: return text;
    case Type::Vault: return "encrypted";
    case Type::List:
    case Type::Map: return toJson(*this, 0);
    }
    return {};
}

std::string pythonFloatRepr(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "Infinity" : "-Infinity";
    // Shortest round-trip digits, then laid out as Python's repr does: positional notation for
    // exponents in [-4, 16), scientific with a two-digit exponent otherwise.
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    std::string sci(buf, res.ptr);
    const auto ePos = sci.find('e');
    std::string mantissa = sci.substr(0, ePos);
    const int exponent = std::stoi(sci.substr(ePos + 1));
    const bool negative = !mantissa.empty() && mantissa[0] == '-';
    if (negative)
        mantissa.erase(0, 1);
    std::string digits;
    for (char c : mantissa)
        if (c != '.')
            digits += c;
    std::string out = negative ? "-" : "";
    if (exponent >= -4 && exponent < 16) {
        if (exponent < 0) {
            out += "0." + std::string(static_cast<size_t>(-exponent - 1), '0') + digits;
        } else if (static_cast<int>(digits.size()) <= exponent + 1) {
            out += digits + std::string(static_cast<size_t>(exponent + 1 - static_cast<int>(digits.size())), '0') + ".0";
        } else {
            out += digits.substr(0, static_cast<size_t>(exponent + 1)) + '.' + digits.substr(static_cast<size_t>(exponent + 1));
        }
        return out;
    }
    out += digits.substr(0, 1);
    if (digits.size() > 1)
        out += '.' + digits.substr(1);
    char expBuf[16];
    std::snprintf(expBuf, sizeof expBuf, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
    return out + expBuf;
}

namespace {

// json.dumps(ensure_ascii=False) escapes only the quote, the backslash and control characters.
void appendJsonString(std::string &out, std::string_view s)
{
    out += '"';
    for (unsigned char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    out += '"';
}

class JsonWriter
{
public:
    explicit JsonWriter(int indent) : m_indent(indent) {}

    void write(const Value &v, int level)
    {
        switch (v.type) {
        case Value::Type::Null: m_out += "null"; break;
        case Value::Type::Bool: m_out += v.boolean ? "true" : "false"; break;
        case Value::Type::Int: m_out += v.text.empty() ? std::to_string(v.integer) : v.text; break;
        case Value::Type::Float: m_out += pythonFloatRepr(v.real); break;
        case Value::Type::String:
            if (v.unsafe)
                writeWrapped("__ansible_unsafe", v.text, level);
            else
                appendJsonString(m_out, v.text);
            break;
        case Value::Type::Vault: writeWrapped("__ansible_vault", v.text, level); break;
        case Value::Type::List: writeList(v, level); break;
        case Value::Type::Map: writeMap(v, level); break;
        }
    }

    std::string take() { return std::move(m_out); }

private:
    void newline(int level)
    {
        if (m_indent > 0) {
            m_out += '\n';
            m_out.append(static_cast<size_t>(level * m_indent), ' ');
        }
    }

    void separator(int level)
    {
        m_out += m_indent > 0 ? "," : ", ";
        newline(level);
    }

    void writeWrapped(const char *key, const std::string &text, int level)
    {
        Value wrapper = Value::makeMap({MapEntry{key, Value::makeString(text), 0, 0}});
        writeMap(wrapper, level);
    }

    void writeList(const Value &v, int level)
    {
        if (v.items.empty()) {
            m_out += "[]";
            return;
        }
        m_out += '[';
        newline(level + 1);
        for (size_t i = 0; i < v.items.size(); ++i) {
            if (i > 0)
                separator(level + 1);
            write(v.items[i], level + 1);
        }
        newline(level);
        m_out += ']';
    }

    void writeMap(const Value &v, int level)
    {
        if (v.entries.empty()) {
            m_out += "{}";
            return;
        }
        std::vector<const MapEntry *> sorted;
        sorted.reserve(v.entries.size());
        for (const MapEntry &e : v.entries)
            sorted.push_back(&e);
        std::sort(sorted.begin(), sorted.end(), [](const MapEntry *a, const MapEntry *b) { return a->key < b->key; });
        m_out += '{';
        newline(level + 1);
        for (size_t i = 0; i < sorted.size(); ++i) {
            if (i > 0)
                separator(level + 1);
            appendJsonString(m_out, sorted[i]->key);
            m_out += ": ";
            write(sorted[i]->value, level + 1);
        }
        newline(level);
        m_out += '}';
    }

    int m_indent;
    std::string m_out;
};

} // namespace

std::string toJson(const Value &value, int indent)
{
    JsonWriter writer(indent);
    writer.write(value, 0);
    return writer.take();
}

} // namespace core::inventory
