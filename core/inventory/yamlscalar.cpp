// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The regular expressions are PyYAML's implicit resolvers (resolver.py), tried in PyYAML's order;
// the constructions follow SafeConstructor.construct_yaml_int/float/timestamp.
#include "core/inventory/yamlscalar.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <optional>
#include <regex>

namespace core::inventory {

namespace {

const std::regex &boolPattern()
{
    static const std::regex re("yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");
    return re;
}

const std::regex &floatPattern()
{
    static const std::regex re(R"([-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?)"
                               R"(|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?)"
                               R"(|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*)"
                               R"(|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))");
    return re;
}

const std::regex &intPattern()
{
    static const std::regex re(R"([-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*))"
                               R"(|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)");
    return re;
}

const std::regex &timestampPattern()
{
    static const std::regex re(R"(([0-9]{4})-([0-9]{1,2})-([0-9]{1,2}))"
                               R"((?:(?:[Tt]|[ \t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]*))?)"
                               R"((?:[ \t]*(Z|([-+])([0-9]{1,2})(?::([0-9]{2}))?))?)?)");
    return re;
}

std::string stripUnderscores(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (char c : s)
        if (c != '_')
            out += c;
    return out;
}

/** A big integer PyYAML would keep exactly: the digits, with the integer field saturated. */
Value bigInt(bool negative, const std::string &decimal)
{
    Value v = Value::makeInt(negative ? std::numeric_limits<std::int64_t>::min() : std::numeric_limits<std::int64_t>::max());
    v.text = (negative ? "-" : "") + decimal;
    return v;
}

std::optional<Value> constructInt(std::string_view plain)
{
    std::string s = stripUnderscores(plain);
    bool negative = false;
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
        negative = s[0] == '-';
        s.erase(0, 1);
    }
    if (s.empty())
        return std::nullopt;
    std::int64_t v = 0;
    if (s.find(':') != std::string::npos) {
        // Sexagesimal: 1:30 is 90.
        size_t start = 0;
        while (true) {
            const size_t colon = s.find(':', start);
            v = v * 60 + std::stoll(s.substr(start, colon - start));
            if (colon == std::string::npos)
                break;
            start = colon + 1;
        }
        return Value::makeInt(negative ? -v : v);
    }
    int base = 10;
    size_t skip = 0;
    if (s.size() > 1 && s[0] == '0') {
        base = s[1] == 'b' ? 2 : s[1] == 'x' ? 16 : 8;
        skip = base == 8 ? 1 : 2;
    }
    const auto res = std::from_chars(s.data() + skip, s.data() + s.size(), v, base);
    if (res.ec == std::errc::result_out_of_range && base == 10)
        return bigInt(negative, s);
    if (res.ec != std::errc() || res.ptr != s.data() + s.size())
        return std::nullopt;
    return Value::makeInt(negative ? -v : v);
}

Value constructFloat(std::string_view plain)
{
    std::string s = stripUnderscores(plain);
    for (char &c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    double sign = 1;
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
        sign = s[0] == '-' ? -1 : 1;
        s.erase(0, 1);
    }
    double v = 0;
    if (s == ".inf") {
        v = std::numeric_limits<double>::infinity();
    } else if (s == ".nan") {
        v = std::numeric_limits<double>::quiet_NaN();
    } else if (s.find(':') != std::string::npos) {
        size_t start = 0;
        while (true) {
            const size_t colon = s.find(':', start);
            v = v * 60 + std::strtod(s.substr(start, colon - start).c_str(), nullptr);
            if (colon == std::string::npos)
                break;
            start = colon + 1;
        }
    } else {
        v = std::strtod(s.c_str(), nullptr);
    }
    return Value::makeFloat(sign * v, std::string(plain));
}

bool validDate(int year, int month, int day)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1 || month < 1 || month > 12 || day < 1)
        return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= days[month - 1] + (month == 2 && leap ? 1 : 0);
}

/** datetime.date/datetime.isoformat() of the timestamp, which is how Ansible prints it; nullopt if invalid. */
std::optional<std::string> constructTimestamp(const std::smatch &m)
{
    // Without a time, YAML 1.1 wants two-digit months and days ("2001-1-4" is text).
    if (!m[4].matched && (m[2].length() != 2 || m[3].length() != 2))
        return std::nullopt;
    const int year = std::stoi(m[1]), month = std::stoi(m[2]), day = std::stoi(m[3]);
    if (!validDate(year, month, day))
        return std::nullopt;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    std::string out = buf;
    if (!m[4].matched)
        return out;
    const int hour = std::stoi(m[4]), minute = std::stoi(m[5]), second = std::stoi(m[6]);
    if (hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", hour, minute, second);
    out += buf;
    std::string fraction = m[7].matched ? m[7].str().substr(0, 6) : std::string();
    if (!fraction.empty() && fraction.find_first_not_of('0') != std::string::npos)
        out += '.' + fraction + std::string(6 - fraction.size(), '0');
    if (m[9].matched) {
        const int tzHour = std::stoi(m[10]), tzMinute = m[11].matched ? std::stoi(m[11]) : 0;
        if (tzHour > 23)
            return std::nullopt;
        std::snprintf(buf, sizeof buf, "%s%02d:%02d", m[9].str().c_str(), tzHour, tzMinute);
        out += buf;
    } else if (m[8].matched) {
        out += "+00:00";
    }
    return out;
}

} // namespace

Value resolveYaml11Scalar(std::string_view plain)
{
    if (plain.empty() || plain == "~" || plain == "null" || plain == "Null" || plain == "NULL")
        return Value::makeNull();
    const std::string s(plain);
    const char first = s[0];
    // Cheap filters first: the patterns below are slow to run and most scalars are names.
    const bool maybeBool = s.size() <= 5 && std::strchr("yYnNtTfFoO", first) != nullptr;
    const bool maybeNumber = s.find_first_not_of("0123456789_+-.:xXabcdefABCDEFinINaN tTzZ") == std::string::npos;
    if (maybeBool && std::regex_match(s, boolPattern()))
        return Value::makeBool(first == 'y' || first == 'Y' || first == 't' || first == 'T'
                               || s == "on" || s == "On" || s == "ON");
    const bool numeric = maybeNumber && ((first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.');
    if (numeric && std::regex_match(s, floatPattern()))
        return constructFloat(s);
    if (numeric && std::regex_match(s, intPattern())) {
        try {
            if (auto v = constructInt(s))
                return *v;
        } catch (const std::exception &) {
            // a sexagesimal part beyond 64 bits: left as text
        }
    }
    std::smatch m;
    if (numeric && first >= '0' && first <= '9' && std::regex_match(s, m, timestampPattern())) {
        if (auto text = constructTimestamp(m))
            return Value::makeString(*text);
    }
    return Value::makeString(s);
}

Value resolveJsonScalar(std::string_view plain)
{
    if (plain == "true" || plain == "false")
        return Value::makeBool(plain == "true");
    if (plain.empty() || plain == "null")
        return Value::makeNull();
    const bool isInteger = plain.find_first_of(".eE") == std::string_view::npos;
    if (isInteger) {
        std::int64_t v = 0;
        const auto res = std::from_chars(plain.data(), plain.data() + plain.size(), v);
        if (res.ec == std::errc() && res.ptr == plain.data() + plain.size())
            return Value::makeInt(v);
        if (res.ec == std::errc::result_out_of_range)
            return bigInt(plain[0] == '-', std::string(plain[0] == '-' ? plain.substr(1) : plain));
    }
    double d = 0;
    const auto res = std::from_chars(plain.data(), plain.data() + plain.size(), d);
    if (res.ec == std::errc() && res.ptr == plain.data() + plain.size())
        return Value::makeFloat(d, std::string(plain));
    return Value::makeString(std::string(plain));  // NaN, Infinity and the like
}

} // namespace core::inventory
