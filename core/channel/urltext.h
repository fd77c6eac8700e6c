// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// Small text helpers for channel names, URLs and .condarc values (internal to core/channel).

#include <string>
#include <string_view>

namespace core::channel::detail {

/** @p text without leading and trailing blanks, tabs and line ends. */
inline std::string trimmed(std::string_view text)
{
    const auto begin = text.find_first_not_of(" \t\r\n");
    if (begin == std::string_view::npos)
        return {};
    return std::string(text.substr(begin, text.find_last_not_of(" \t\r\n") - begin + 1));
}

/** @p url without trailing slashes ("https://h/c//" -> "https://h/c"). */
inline std::string withoutTrailingSlashes(std::string url)
{
    while (!url.empty() && url.back() == '/')
        url.pop_back();
    return url;
}

inline bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

} // namespace core::channel::detail
