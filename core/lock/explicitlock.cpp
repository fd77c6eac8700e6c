// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// @EXPLICIT lock files (CEP 23): header comments, an "@EXPLICIT" line, then one package URL per
// line in install order, each with an optional hash fragment.
#include "core/lock/lockfile.h"

#include <algorithm>

using core::util::ErrorCode;
using core::util::makeError;
using core::util::Result;

namespace core::lock {

namespace {

const std::string s_platformKey = "platform: ";
const std::string s_inputHashKey = "input_hash: ";
const std::string s_channelsKey = "channels: ";

std::string trimmed(std::string_view s)
{
    const auto begin = s.find_first_not_of(" \t\r");
    if (begin == std::string_view::npos)
        return {};
    const auto end = s.find_last_not_of(" \t\r");
    return std::string(s.substr(begin, end - begin + 1));
}

bool isHex(std::string_view s, std::size_t length)
{
    return s.size() == length && std::all_of(s.begin(), s.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
}

std::vector<std::string> splitComma(const std::string &s)
{
    std::vector<std::string> parts;
    std::size_t pos = 0;
    while (pos <= s.size()) {
        const std::size_t comma = std::min(s.find(',', pos), s.size());
        if (std::string part = trimmed(std::string_view(s).substr(pos, comma - pos)); !part.empty())
            parts.push_back(std::move(part));
        pos = comma + 1;
    }
    return parts;
}

/** Reads the lines of one @EXPLICIT file into a LockFile. */
class ExplicitReader
{
public:
    ExplicitReader(const std::string &path) : m_path(path) {}

    Result<LockFile> read(const std::string &text)
    {
        std::size_t pos = 0;
        int number = 0;
        while (pos < text.size()) {
            const std::size_t nl = std::min(text.find('\n', pos), text.size());
            auto r = line(std::string_view(text).substr(pos, nl - pos), ++number);
            if (!r)
                return r.error();
            pos = nl + 1;
        }
        if (!m_explicitSeen)
            return makeError(ErrorCode::ParseError, "no '@EXPLICIT' line: not an explicit lock file", where(1, 1));
        for (auto &p : m_lock.packages)
            p.platform = m_lock.platforms.empty() ? std::string() : m_lock.platforms.front();
        return std::move(m_lock);
    }

private:
    std::string where(int line, std::size_t column) const
    {
        return (m_path.empty() ? std::string() : m_path + ':') + std::to_string(line) + ':' + std::to_string(column);
    }

    Result<void> line(std::string_view raw, int number)
    {
        const std::string text = trimmed(raw);
        if (text.empty())
            return {};
        if (text == "@EXPLICIT") {
            m_explicitSeen = true;
            return {};
        }
        if (text.front() == '#') {
            if (!m_explicitSeen)
                headerComment(trimmed(std::string_view(text).substr(1)));
            return {};
        }
        const std::size_t column = raw.find_first_not_of(" \t") + 1;
        if (!m_explicitSeen)
            return makeError(ErrorCode::ParseError, "package URL before the '@EXPLICIT' line", where(number, column));
        return packageLine(text, number, column);
    }

    // "# platform: linux-64", "# input_hash: ...", "# channels: a,b" carry data; the rest is kept as text.
    void headerComment(const std::string &comment)
    {
        if (comment.starts_with(s_platformKey))
            m_lock.platforms = {trimmed(std::string_view(comment).substr(s_platformKey.size()))};
        else if (comment.starts_with(s_inputHashKey))
            m_pendingHash = trimmed(std::string_view(comment).substr(s_inputHashKey.size()));
        else if (comment.starts_with(s_channelsKey))
            m_lock.channels = splitComma(comment.substr(s_channelsKey.size()));
        else
            m_lock.comments.push_back(comment);
        if (!m_pendingHash.empty() && !m_lock.platforms.empty())
            m_lock.contentHash[m_lock.platforms.front()] = m_pendingHash;
    }

    Result<void> packageLine(const std::string &text, int number, std::size_t column)
    {
        LockedPackage p;
        p.line = number;
        const std::size_t hashPos = text.find('#');
        p.url = text.substr(0, hashPos);
        if (hashPos != std::string::npos) {
            auto r = hashFragment(std::string_view(text).substr(hashPos + 1), p, number, column + hashPos + 1);
            if (!r)
                return r;
        }
        const auto file = packageFileOf(p.url);
        if (!file)
            return makeError(ErrorCode::ParseError,
                             "expected a package URL ending in name-version-build.conda or .tar.bz2, got '" + p.url + "'",
                             where(number, column));
        p.fn = file->fn;
        p.subdir = file->subdir;
        p.name = file->name;
        p.version = file->version;
        p.build = file->build;
        // Without "# platform:", the first platform-specific package tells (noarch says nothing).
        if (m_lock.platforms.empty() && !p.subdir.empty() && p.subdir != "noarch")
            m_lock.platforms = {p.subdir};
        m_lock.packages.push_back(std::move(p));
        return {};
    }

    // "#<md5>" (conda's legacy form), "#<sha256>" (CEP 23: a bare digest, told apart by its
    // length), "#md5:<hex>" or "#sha256:<hex>".
    Result<void> hashFragment(std::string_view fragment, LockedPackage &p, int number, std::size_t column)
    {
        if (fragment.starts_with("sha256:") && isHex(fragment.substr(7), 64)) {
            p.sha256 = std::string(fragment.substr(7));
            return {};
        }
        if (fragment.starts_with("md5:") && isHex(fragment.substr(4), 32)) {
            p.md5 = std::string(fragment.substr(4));
            return {};
        }
        if (isHex(fragment, 32)) {
            p.md5 = std::string(fragment);
            return {};
        }
        if (isHex(fragment, 64)) {
            p.sha256 = std::string(fragment);
            return {};
        }
        return makeError(ErrorCode::InvalidValue,
            "invalid hash '#" + std::string(fragment)
                + "': expected #sha256:<64 hex digits>, #md5:<32 hex digits>, #<sha256> or #<md5>",
            where(number, column));
    }

    const std::string &m_path;
    LockFile m_lock;
    std::string m_pendingHash;
    bool m_explicitSeen = false;
};

std::string channelsComment(const std::vector<std::string> &channels)
{
    std::string joined;
    for (const auto &c : channels)
        joined += (joined.empty() ? "" : ",") + c;
    return joined;
}

} // namespace

std::string writeExplicit(const LockFile &lock, ExplicitHash hash)
{
    const std::string platform = lock.platforms.empty() ? std::string() : lock.platforms.front();
    std::string text;
    for (const auto &comment : lock.comments)
        text += comment.empty() ? "#\n" : "# " + comment + '\n';
    if (!platform.empty())
        text += "# " + s_platformKey + platform + '\n';
    if (const auto it = lock.contentHash.find(platform); it != lock.contentHash.end() && !platform.empty())
        text += "# " + s_inputHashKey + it->second + '\n';
    if (!lock.channels.empty())
        text += "# " + s_channelsKey + channelsComment(lock.channels) + '\n';
    text += "@EXPLICIT\n";
    for (const auto &p : lock.packages) {
        if (!platform.empty() && p.platform != platform)
            continue;
        text += p.url;
        const bool useSha = hash == ExplicitHash::Sha256 ? !p.sha256.empty() : p.md5.empty() && !p.sha256.empty();
        if (useSha)
            text += "#sha256:" + p.sha256;
        else if (!p.md5.empty())
            text += "#md5:" + p.md5;
        text += '\n';
    }
    return text;
}

Result<LockFile> parseExplicit(const std::string &text, const std::string &path)
{
    return ExplicitReader(path).read(text);
}

} // namespace core::lock
