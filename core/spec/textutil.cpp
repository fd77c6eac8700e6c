// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/spec/textutil.h"

#include <algorithm>
#include <cstdio>

namespace core::spec::detail {

std::string foldedCopy(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), foldVersionChar);
    return out;
}

std::string lowerCopy(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), toLowerAscii);
    return out;
}

int compareFolded(std::string_view a, std::string_view b)
{
    const std::size_t n = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < n; ++i) {
        const auto x = static_cast<unsigned char>(foldVersionChar(a[i]));
        const auto y = static_cast<unsigned char>(foldVersionChar(b[i]));
        if (x != y)
            return x < y ? -1 : 1;
    }
    return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

bool equalsFolded(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && compareFolded(a, b) == 0;
}

bool startsWithFolded(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size() && compareFolded(text.substr(0, prefix.size()), prefix) == 0;
}

util::TextPosition columnPosition(std::size_t index)
{
    return util::TextPosition::atColumn(int(index + 1));
}

std::string quoteChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u < 0x7f)
        return std::string{'\'', c, '\''};
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%02X", u);
    return buf;
}

bool globMatch(std::string_view text, std::string_view pattern, bool ignoreCase)
{
    // Iterative matcher with one back-tracking point per '*': linear in practice, never exponential.
    const auto same = [ignoreCase](char a, char b) { return ignoreCase ? toLowerAscii(a) == toLowerAscii(b) : a == b; };
    std::size_t t = 0;
    std::size_t p = 0;
    std::size_t starP = std::string_view::npos;
    std::size_t starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] == '*') {
            starP = p++;
            starT = t;
        } else if (p < pattern.size() && same(pattern[p], text[t])) {
            ++p;
            ++t;
        } else if (starP != std::string_view::npos) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*')
        ++p;
    return p == pattern.size();
}

std::string_view trimmed(std::string_view text)
{
    std::size_t b = 0;
    std::size_t e = text.size();
    while (b < e && isSpace(text[b]))
        ++b;
    while (e > b && isSpace(text[e - 1]))
        --e;
    return text.substr(b, e - b);
}

} // namespace core::spec::detail
