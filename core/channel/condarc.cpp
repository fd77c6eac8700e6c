// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/channel/condarc.h"

#include "core/channel/urltext.h"

#include "core/util/atomicfile.h"

#include <QString>

#include <sstream>

using core::util::ErrorCode;
using core::util::makeError;
using core::util::Result;

namespace core::channel {

namespace {

using detail::trimmed;

/** Drops a '#' comment that is not inside quotes (YAML needs a space or line start before '#'). */
std::string stripComment(const std::string &line)
{
    char quote = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quote) {
            quote = c == quote ? 0 : quote;
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
            return line.substr(0, i);
        }
    }
    return line;
}

std::string unquote(const std::string &value)
{
    const std::string v = trimmed(value);
    if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front())
        return v.substr(1, v.size() - 2);
    return v;
}

/** Splits "[a, b]" or "{a: b}" contents at top-level commas. */
std::vector<std::string> splitFlow(const std::string &inner)
{
    std::vector<std::string> parts;
    std::string current;
    char quote = 0;
    for (const char c : inner) {
        if (quote)
            quote = c == quote ? 0 : quote;
        else if (c == '\'' || c == '"')
            quote = c;
        if (c == ',' && !quote) {
            parts.push_back(trimmed(current));
            current.clear();
        } else {
            current += c;
        }
    }
    if (!trimmed(current).empty())
        parts.push_back(trimmed(current));
    return parts;
}

/** Position of the ':' that separates a key from its value (followed by a space or the end). */
std::size_t keySeparator(const std::string &s)
{
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == ':' && (i + 1 == s.size() || s[i + 1] == ' ' || s[i + 1] == '\t'))
            return i;
    }
    return std::string::npos;
}

/** The reader: one top-level key at a time, its block lines added to it. */
class CondarcReader
{
public:
    CondarcReader(ChannelConfig config, std::string fileName) : m_config(std::move(config)), m_file(std::move(fileName)) {}

    Result<ChannelConfig> read(const std::string &text)
    {
        std::istringstream in(text);
        std::string raw;
        while (std::getline(in, raw)) {
            ++m_line;
            const std::string line = stripComment(raw);
            if (trimmed(line).empty() || trimmed(line) == "---")
                continue;
            auto r = line[0] == ' ' || line[0] == '\t' || line[0] == '-' ? blockLine(trimmed(line)) : topLine(line);
            if (!r)
                return r.error();
        }
        return std::move(m_config);
    }

private:
    Result<void> error(const std::string &what) const
    {
        return makeError(ErrorCode::ParseError, what, m_file + ":" + std::to_string(m_line));
    }

    bool isChannelKey() const
    {
        return m_key == "channel_alias" || m_key == "channels" || m_key == "default_channels"
            || m_key == "custom_channels";
    }

    Result<void> topLine(const std::string &line)
    {
        const auto colon = keySeparator(line);
        if (colon == std::string::npos)
            return error("expected 'key: value'");
        m_key = unquote(line.substr(0, colon));
        m_started = false;
        const std::string value = trimmed(line.substr(colon + 1));
        if (!isChannelKey() || value.empty())
            return {};
        if (value.front() == '&' || value.front() == '*' || value.front() == '|' || value.front() == '>')
            return error("anchors, aliases and block scalars are not supported in '" + m_key + "'");
        if (m_key == "channel_alias") {
            m_config.channelAlias = unquote(value);
            return {};
        }
        return flowValue(value);
    }

    Result<void> flowValue(const std::string &value)
    {
        const bool isMap = m_key == "custom_channels";
        if (value.front() != (isMap ? '{' : '[') || value.back() != (isMap ? '}' : ']'))
            return error(std::string("'") + m_key + "' must be a " + (isMap ? "mapping" : "list"));
        if (!isMap) {
            (m_key == "channels" ? m_config.channels : m_config.defaultChannels).clear();
            m_started = true;  // "channels: []" empties the list
        }
        for (const auto &item : splitFlow(value.substr(1, value.size() - 2))) {
            if (auto r = isMap ? mapEntry(item) : listItem(item); !r)
                return r;
        }
        return {};
    }

    Result<void> blockLine(const std::string &line)
    {
        if (!isChannelKey())
            return {};
        if (m_key == "channel_alias")
            return error("'channel_alias' must be a single URL");
        if (m_key == "custom_channels")
            return mapEntry(line);
        if (line.size() < 2 || line[0] != '-' || (line[1] != ' ' && line[1] != '\t'))
            return error("expected a list item '- value' under '" + m_key + "'");
        return listItem(trimmed(line.substr(2)));
    }

    Result<void> listItem(const std::string &item)
    {
        const std::string value = unquote(item);
        if (value.empty() || value.front() == '[' || value.front() == '{' || keySeparator(item) != std::string::npos)
            return error("expected a channel name or URL in '" + m_key + "'");
        auto &list = m_key == "channels" ? m_config.channels : m_config.defaultChannels;
        if (!m_started)
            list.clear();  // a key present in the file replaces the base's list
        m_started = true;
        list.push_back(value);
        return {};
    }

    Result<void> mapEntry(const std::string &entry)
    {
        const auto colon = keySeparator(entry);
        if (colon == std::string::npos)
            return error("expected 'name: URL' under 'custom_channels'");
        const std::string name = unquote(entry.substr(0, colon));
        const std::string url = unquote(entry.substr(colon + 1));
        if (name.empty() || url.empty())
            return error("expected 'name: URL' under 'custom_channels'");
        m_config.customChannels[name] = url;
        return {};
    }

    ChannelConfig m_config;
    std::string m_file;
    std::string m_key;
    bool m_started = false;
    int m_line = 0;
};

} // namespace

Result<ChannelConfig> parseCondarc(const std::string &text, const std::string &fileName, ChannelConfig base)
{
    return CondarcReader(std::move(base), fileName).read(text);
}

Result<ChannelConfig> readCondarc(const std::string &path, ChannelConfig base)
{
    auto data = util::readFile(QString::fromStdString(path));
    if (!data)
        return data.error();
    return parseCondarc(data->toStdString(), path, std::move(base));
}

} // namespace core::channel
