// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/envfile/workspaceedit.h"

#include "core/util/atomicfile.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <optional>
#include <vector>

using core::util::ErrorCode;
using core::util::makeError;
using core::util::Result;

namespace core::envfile {

namespace {

std::vector<std::string> splitLines(const std::string &text)
{
    std::vector<std::string> lines;
    size_t start = 0;
    while (start < text.size()) {
        const size_t end = text.find('\n', start);
        if (end == std::string::npos) {
            lines.push_back(text.substr(start));
            break;
        }
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

std::string joinLines(const std::vector<std::string> &lines)
{
    std::string text;
    for (const std::string &line : lines)
        text += line + '\n';
    return text;
}

/** The line without a trailing comment and surrounding blanks (a '#' starts a comment after a blank). */
std::string stripComment(const std::string &line)
{
    size_t cut = line.size();
    for (size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
            cut = i;
            break;
        }
    }
    std::string s = line.substr(0, cut);
    const auto notBlank = [](char c) { return c != ' ' && c != '\t' && c != '\r'; };
    s.erase(s.begin(), std::find_if(s.begin(), s.end(), notBlank));
    s.erase(std::find_if(s.rbegin(), s.rend(), notBlank).base(), s.end());
    return s;
}

bool isBlankOrComment(const std::string &line)
{
    return stripComment(line).empty();
}

/** @p value as a YAML scalar: plain when that reads back as the same string, else double-quoted. */
std::string yamlScalar(const std::string &value)
{
    const auto plainChar = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || std::string_view("._~/:@%+=?&-").find(c) != std::string_view::npos;
    };
    const bool plain = !value.empty() && std::all_of(value.begin(), value.end(), plainChar)
        && std::string_view("-?:@%&").find(value.front()) == std::string_view::npos && value.back() != ':'
        && value.find(": ") == std::string::npos;
    if (plain)
        return value;
    std::string quoted = "\"";
    for (char c : value) {
        if (c == '"' || c == '\\')
            quoted += '\\';
        quoted += c;
    }
    return quoted + '"';
}

/** Index of the top-level `channels:` line, if there is one. */
std::optional<size_t> findChannelsKey(const std::vector<std::string> &lines)
{
    for (size_t i = 0; i < lines.size(); ++i)
        if (lines[i].rfind("channels:", 0) == 0)
            return i;
    return std::nullopt;
}

bool sameChannel(std::string a, std::string b)
{
    while (a.size() > 1 && a.back() == '/')
        a.pop_back();
    while (b.size() > 1 && b.back() == '/')
        b.pop_back();
    return a == b;
}

} // namespace

Result<std::string> withChannelAdded(const std::string &yaml, const std::string &channel, const std::string &file)
{
    if (channel.empty() || channel.find_first_of("\n\r") != std::string::npos)
        return makeError(ErrorCode::InvalidArgument, "a channel must be one non-empty line", file);
    const std::string item = yamlScalar(channel);
    auto before = parseWorkspace(yaml, file);
    if (!before)
        return before.error();
    // Compared as the reader resolves them (relative paths become file:// URLs).
    auto alone = parseWorkspace("channels:\n  - " + item + "\n", file);
    if (!alone)
        return makeError(ErrorCode::InvalidValue, "not a channel: " + channel, file);
    for (const WorkspaceChannel &c : before->channels)
        if (sameChannel(c.name, alone->channels.front().name))
            return makeError(ErrorCode::InvalidArgument, "the workspace already lists channel " + channel, file);

    std::vector<std::string> lines = splitLines(yaml);
    const auto key = findChannelsKey(lines);
    if (!key) {
        if (!lines.empty() && !lines.back().empty())
            lines.emplace_back();
        lines.push_back("channels:");
        lines.push_back("  - " + item);
        return joinLines(lines);
    }
    const std::string rest = stripComment(lines[*key].substr(std::string("channels:").size()));
    const std::string where = file + ":" + std::to_string(*key + 1);
    if (rest == "[]") {
        lines[*key] = "channels:";
        lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(*key) + 1, "  - " + item);
        return joinLines(lines);
    }
    if (!rest.empty())
        return makeError(ErrorCode::UnsupportedFormat,
                         "channels is written on one line; add the channel by hand or make it a block list", where);

    // The block list: item lines ("- x", any indentation, also at column 0) and their continuation
    // lines (indented), with blank and comment lines between them.
    std::string indent = "  ";
    bool sawItem = false;
    size_t last = *key;
    for (size_t i = *key + 1; i < lines.size(); ++i) {
        const std::string &line = lines[i];
        if (isBlankOrComment(line))
            continue;
        const size_t first = line.find_first_not_of(" \t");
        const bool isItem = line.compare(first, 1, "-") == 0
            && (first + 1 == line.size() || line[first + 1] == ' ' || line[first + 1] == '\r');
        if (first == 0 && !isItem)
            break;  // the next top-level key
        if (isItem && !sawItem) {
            indent = line.substr(0, first);
            sawItem = true;
        }
        last = i;
    }
    lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(last) + 1, indent + "- " + item);
    return joinLines(lines);
}

Result<Workspace> addWorkspaceChannel(const std::string &workspace, const std::string &channel)
{
    QFileInfo info(QString::fromStdString(workspace));
    if (info.isDir())
        info = QFileInfo(QDir(info.absoluteFilePath()).filePath(QStringLiteral("deploydeck.yml")));
    const std::string file = info.absoluteFilePath().toStdString();
    auto bytes = util::readFile(info.absoluteFilePath());
    if (!bytes)
        return bytes.error();
    auto before = parseWorkspace(bytes->toStdString(), file);
    if (!before)
        return before.error();
    auto edited = withChannelAdded(bytes->toStdString(), channel, file);
    if (!edited)
        return edited.error();
    auto after = parseWorkspace(*edited, file);
    if (!after)
        return after.error();
    if (after->channels.size() != before->channels.size() + 1)
        return makeError(ErrorCode::Internal, "the edited file does not list channel " + channel, file);
    if (auto written = util::writeFileAtomically(info.absoluteFilePath(), QByteArray::fromStdString(*edited));
        !written.ok())
        return written.error();
    return after;
}

} // namespace core::envfile
