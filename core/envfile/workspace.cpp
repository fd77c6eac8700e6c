// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/envfile/workspace.h"

#include "core/envfile/yamlutil.h"
#include "core/util/atomicfile.h"
#include "core/util/excludenewer.h"

#include <QDir>
#include <QFileInfo>

#include <set>

using core::util::ErrorCode;
using core::util::makeError;
using core::util::Result;

namespace core::envfile {

namespace {

const std::set<std::string> s_platforms = {"linux-64", "linux-aarch64", "linux-ppc64le", "osx-64",
                                           "osx-arm64", "win-64", "noarch"};

/** Every accepted platform, for the error that names them. */
std::string platformList()
{
    std::string list;
    for (const std::string &p : s_platforms)
        list += (list.empty() ? "" : ", ") + p;
    return list;
}

/** Reads the keys of deploydeck.yml one by one; the first bad value stops with an error. */
class WorkspaceReader
{
public:
    WorkspaceReader(Workspace &ws, std::string file) : m_ws(ws), m_file(std::move(file)) {}

    Result<void> read(const YAML::Node &root)
    {
        if (!root.IsMap())
            return bad(root, "the file must be a mapping of keys (name, channels, ...)");
        for (const auto &entry : root) {
            const std::string key = entry.first.as<std::string>();
            if (auto r = readKey(key, entry.second); !r.ok())
                return r;
        }
        if (m_ws.platforms.empty())
            m_ws.platforms.push_back(m_ws.platform);
        return {};
    }

private:
    Result<void> readKey(const std::string &key, const YAML::Node &value)
    {
        if (key == "name")
            return scalar(value, m_ws.name);
        if (key == "channels")
            return channels(value);
        if (key == "channel_alias")
            return channel(value, m_ws.channelAlias); // "./server" is a folder beside deploydeck.yml
        if (key == "custom_channels")
            return customChannels(value);
        if (key == "channel_priority")
            return priority(value);
        if (key == "platform")
            return platform(value, m_ws.platform);
        if (key == "platforms")
            return platforms(value);
        if (key == "virtual_packages")
            return stringMap(value, m_ws.virtualPackages);
        if (key == "sync_target")
            return channel(value, m_ws.syncTarget);
        if (key == "sync_source")
            return syncSource(value);
        if (key == "inventory")
            return path(value, m_ws.inventory);
        if (key == "playbooks")
            return paths(value, m_ws.playbooks);
        if (key == "environments")
            return paths(value, m_ws.environments);
        if (key == "spec_lists")
            return paths(value, m_ws.specLists);
        if (key == "rpm_repositories")
            return rpmRepositories(value);
        if (key == "pin_variables")
            return pinVariables(value);
        if (key == "exclude_newer")
            return excludeNewer(value);
        m_ws.warnings.push_back(Diagnostic::at("unknown key '" + key + "' (ignored)", detail::position(m_file, value),
            util::ErrorCode::UnknownKey, { key }));
        return {};
    }

    Result<void> bad(const YAML::Node &node, const std::string &why)
    {
        return makeError(ErrorCode::InvalidValue, why, detail::location(m_file, node));
    }

    Result<void> scalar(const YAML::Node &node, std::string &out)
    {
        if (!node.IsScalar())
            return bad(node, "expected a single value");
        out = node.Scalar();
        return {};
    }

    Result<void> list(const YAML::Node &node, std::vector<std::string> &out)
    {
        if (!node.IsSequence())
            return bad(node, "expected a list");
        out.clear();
        for (const auto &item : node) {
            std::string s;
            if (auto r = scalar(item, s); !r.ok())
                return r;
            out.push_back(s);
        }
        return {};
    }

    Result<void> stringMap(const YAML::Node &node, std::map<std::string, std::string> &out)
    {
        if (!node.IsMap())
            return bad(node, "expected a mapping");
        for (const auto &entry : node) {
            std::string s;
            if (auto r = scalar(entry.second, s); !r.ok())
                return r;
            out[entry.first.as<std::string>()] = s;
        }
        return {};
    }

    /** Local paths are relative to the workspace and become file:// URLs; names and URLs stay. */
    std::string channelText(const std::string &text) const
    {
        if (text.rfind("./", 0) == 0 || text.rfind("../", 0) == 0)
            return "file://" + resolvePath(m_ws, text);
        return text;
    }

    Result<void> channel(const YAML::Node &node, std::string &out)
    {
        if (auto r = scalar(node, out); !r.ok())
            return r;
        out = channelText(out);
        return {};
    }

    Result<void> channels(const YAML::Node &node)
    {
        if (!node.IsSequence())
            return bad(node, "expected a list");
        m_ws.channels.clear();
        for (const auto &item : node) {
            WorkspaceChannel c;
            if (auto r = item.IsMap() ? channelEntry(item, c) : channel(item, c.name); !r.ok())
                return r;
            m_ws.channels.push_back(std::move(c));
        }
        return {};
    }

    /** One channel or a list of them. */
    Result<void> syncSource(const YAML::Node &node)
    {
        m_ws.syncSource.clear();
        if (!node.IsSequence()) {
            m_ws.syncSource.emplace_back();
            return channel(node, m_ws.syncSource.back());
        }
        for (const auto &item : node) {
            if (auto r = channel(item, m_ws.syncSource.emplace_back()); !r.ok())
                return r;
        }
        return {};
    }

    /** `{name: URL, ssl_verify: false}`: only these two keys, ssl_verify a YAML boolean. */
    Result<void> channelEntry(const YAML::Node &node, WorkspaceChannel &out)
    {
        for (const auto &entry : node) {
            const std::string key = entry.first.as<std::string>();
            if (key != "name" && key != "ssl_verify")
                return bad(entry.first, "a channel entry has 'name' and 'ssl_verify' only, not '" + key + "'");
        }
        if (!node["name"])
            return bad(node, "a channel entry needs a 'name'");
        if (auto r = channel(node["name"], out.name); !r.ok())
            return r;
        if (const YAML::Node verify = node["ssl_verify"]) {
            bool value = true;
            if (!verify.IsScalar() || !YAML::convert<bool>::decode(verify, value))
                return bad(verify, "ssl_verify must be true or false");
            out.sslVerify = value ? SslVerify::Yes : SslVerify::No;
        }
        return {};
    }

    Result<void> customChannels(const YAML::Node &node)
    {
        if (auto r = stringMap(node, m_ws.customChannels); !r.ok())
            return r;
        for (auto &[name, url] : m_ws.customChannels)
            url = channelText(url);
        return {};
    }

    /** A date, date-time or duration for every channel, or a map channel -> one of those. */
    Result<void> excludeNewer(const YAML::Node &node)
    {
        m_ws.excludeNewer.clear();
        if (node.IsScalar())
            return excludeNewerValue(node, std::string());
        if (!node.IsMap())
            return bad(node, "exclude_newer must be a date, a duration (7d) or a map channel -> date or duration");
        for (const auto &entry : node)
            if (auto r = excludeNewerValue(entry.second, entry.first.as<std::string>()); !r.ok())
                return r;
        return {};
    }

    Result<void> excludeNewerValue(const YAML::Node &node, const std::string &channel)
    {
        std::string text;
        if (auto r = scalar(node, text); !r.ok())
            return r;
        if (auto cutoff = util::parseExcludeNewer(text, util::nowMs()); !cutoff)
            return bad(node, "exclude_newer: " + cutoff.error().detail);
        m_ws.excludeNewer[channel] = text;
        return {};
    }

    Result<void> priority(const YAML::Node &node)
    {
        std::string p;
        if (auto r = scalar(node, p); !r.ok())
            return r;
        if (p != "strict" && p != "flexible")
            return bad(node, "channel_priority must be 'strict' or 'flexible', not '" + p + "'");
        m_ws.strictChannelPriority = p == "strict";
        return {};
    }

    Result<void> platform(const YAML::Node &node, std::string &out)
    {
        if (auto r = scalar(node, out); !r.ok())
            return r;
        if (!s_platforms.count(out))
            return bad(node, "unknown platform '" + out + "' (one of " + platformList() + ")");
        return {};
    }

    Result<void> platforms(const YAML::Node &node)
    {
        if (!node.IsSequence())
            return bad(node, "expected a list of platforms");
        m_ws.platforms.clear();
        for (const auto &item : node) {
            std::string p;
            if (auto r = platform(item, p); !r.ok())
                return r;
            m_ws.platforms.push_back(p);
        }
        return {};
    }

    Result<void> path(const YAML::Node &node, std::string &out)
    {
        if (auto r = scalar(node, out); !r.ok())
            return r;
        out = resolvePath(m_ws, out);
        return {};
    }

    Result<void> paths(const YAML::Node &node, std::vector<std::string> &out)
    {
        if (auto r = list(node, out); !r.ok())
            return r;
        for (auto &p : out)
            p = resolvePath(m_ws, p);
        return {};
    }

    Result<void> rpmRepositories(const YAML::Node &node)
    {
        if (!node.IsSequence())
            return bad(node, "expected a list of {name, url}");
        for (const auto &item : node) {
            if (!item.IsMap() || !item["url"])
                return bad(item, "an RPM repository needs at least a 'url'");
            RpmRepository repo;
            repo.url = item["url"].as<std::string>();
            repo.name = item["name"] ? item["name"].as<std::string>() : repo.url;
            if (repo.url.rfind("./", 0) == 0 || repo.url.rfind("../", 0) == 0)
                repo.url = "file://" + resolvePath(m_ws, repo.url);
            m_ws.rpmRepositories.push_back(repo);
        }
        return {};
    }

    Result<void> pinVariables(const YAML::Node &node)
    {
        if (!node.IsMap())
            return bad(node, "expected a mapping with rpm, conda and environment lists");
        for (const auto &entry : node) {
            const std::string key = entry.first.as<std::string>();
            std::vector<std::string> *target = key == "rpm"           ? &m_ws.rpmPinVariables
                                               : key == "conda"       ? &m_ws.condaEnvVariables
                                               : key == "environment" ? &m_ws.environmentVariables
                                                                      : nullptr;
            if (!target) {
                m_ws.warnings.push_back(Diagnostic::at("unknown key 'pin_variables." + key + "' (ignored)",
                    detail::position(m_file, entry.second), util::ErrorCode::UnknownKey, { "pin_variables." + key }));
                continue;
            }
            if (auto r = list(entry.second, *target); !r.ok())
                return r;
        }
        return {};
    }

    Workspace &m_ws;
    std::string m_file;
};

} // namespace

std::vector<std::string> syncSourceChannels(const Workspace &workspace)
{
    if (!workspace.syncSource.empty())
        return workspace.syncSource;
    std::vector<std::string> names;
    for (const auto &c : workspace.channels)
        names.push_back(c.name);
    return names;
}

std::string resolvePath(const Workspace &workspace, const std::string &path)
{
    if (path.empty())
        return path;
    const QString p = QString::fromStdString(path);
    if (QFileInfo(p).isAbsolute())
        return QDir::cleanPath(p).toStdString();
    return QDir::cleanPath(QDir(QString::fromStdString(workspace.root)).absoluteFilePath(p)).toStdString();
}

Result<Workspace> readWorkspace(const std::string &path)
{
    QFileInfo info(QString::fromStdString(path));
    if (info.isDir())
        info = QFileInfo(QDir(info.absoluteFilePath()).filePath(QStringLiteral("deploydeck.yml")));
    if (!info.exists())
        return makeError(ErrorCode::FileNotFound, "no workspace here (a workspace is a folder with a deploydeck.yml)",
                         info.absoluteFilePath().toStdString());
    auto bytes = util::readFile(info.absoluteFilePath());
    if (!bytes)
        return bytes.error();
    return parseWorkspace(bytes->toStdString(), info.absoluteFilePath().toStdString());
}

Result<Workspace> parseWorkspace(const std::string &yaml, const std::string &file)
{
    const QFileInfo info(QString::fromStdString(file));
    Workspace ws;
    ws.file = info.absoluteFilePath().toStdString();
    ws.root = info.absolutePath().toStdString();
    auto root = detail::parseYaml(yaml, ws.file);
    if (!root)
        return root.error();
    try {
        if (auto r = WorkspaceReader(ws, ws.file).read(*root); !r.ok())
            return r.error();
    } catch (const YAML::Exception &e) {
        return makeError(ErrorCode::InvalidValue, e.msg, detail::location(ws.file, e.mark));
    }
    if (ws.name.empty())
        ws.name = info.dir().dirName().toStdString();
    return ws;
}

} // namespace core::envfile
