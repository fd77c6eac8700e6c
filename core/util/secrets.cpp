// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/util/secrets.h"

namespace core::util {

namespace {

/** Masks the "/t/<token>" segments: a token runs to the next '/', '?', '#' or whitespace. */
std::string maskTokens(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t hit = text.find("/t/", pos);
        if (hit == std::string_view::npos) {
            out.append(text.substr(pos));
            break;
        }
        out.append(text.substr(pos, hit + 3 - pos));
        std::size_t end = hit + 3;
        while (end < text.size() && std::string_view("/?# \t\r\n\"'").find(text[end]) == std::string_view::npos)
            ++end;
        if (end > hit + 3)
            out.append("<TOKEN>");
        pos = end;
    }
    return out;
}

/** Masks "scheme://user:password@": the password runs from the first ':' after "://" to the '@'. */
std::string maskPasswords(std::string text)
{
    std::size_t pos = 0;
    while ((pos = text.find("://", pos)) != std::string::npos) {
        const std::size_t start = pos + 3;
        const std::size_t stop = text.find_first_of("/?# \t\r\n\"'", start);
        const std::size_t authorityEnd = stop == std::string::npos ? text.size() : stop;
        const std::size_t at = text.rfind('@', authorityEnd);
        const std::size_t colon = text.find(':', start);
        if (at != std::string::npos && at >= start && colon < at)
            text.replace(colon + 1, at - colon - 1, "<PASSWORD>");
        pos = start;
    }
    return text;
}

} // namespace

std::string maskSecrets(std::string_view text)
{
    return maskPasswords(maskTokens(text));
}

bool isSafeFileName(std::string_view name)
{
    if (name.empty() || name == "." || name == "..")
        return false;
    if (name.find_first_of(std::string_view("/\\\0", 3)) != std::string_view::npos)
        return false;
    return name.find("..") == std::string_view::npos;
}

} // namespace core::util
