// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// conda-lock.yml v1 (CEP 37, conda-lock's own format): metadata and a flat package list, each
// package tagged with the platform it is locked for.
#include "core/lock/lockfile.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <regex>

using core::util::ErrorCode;
using core::util::makeError;
using core::util::Result;

namespace core::lock {

namespace {

// A plain scalar that a YAML 1.1 reader such as PyYAML would not read back as a string (a
// number, bool or null): it must be quoted, or "1.10" comes back as 1.1.
bool needsQuotes(const std::string &s)
{
    static const std::regex special(
        R"(^([-+]?[0-9_]+(\.[0-9_]*)?([eE][-+]?[0-9]+)?|[-+]?\.[0-9_]+([eE][-+]?[0-9]+)?|0x[0-9a-fA-F_]+|0o?[0-7_]+|[0-9:]+(\.[0-9_]*)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|y|Y|n|N|yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~)$)");
    return s.empty() || std::regex_match(s, special);
}

void emitString(YAML::Emitter &out, const std::string &s)
{
    if (needsQuotes(s))
        out << YAML::SingleQuoted << s;
    else
        out << s;
}

void emitMetadata(YAML::Emitter &out, const LockFile &lock)
{
    out << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "content_hash" << YAML::Value << YAML::BeginMap;
    for (const auto &platform : lock.platforms)
        if (const auto it = lock.contentHash.find(platform); it != lock.contentHash.end()) {
            out << YAML::Key << platform << YAML::Value;
            emitString(out, it->second);
        }
    out << YAML::EndMap;
    out << YAML::Key << "channels" << YAML::Value << YAML::BeginSeq;
    for (const auto &channel : lock.channels)
        out << YAML::BeginMap << YAML::Key << "url" << YAML::Value << channel << YAML::Key << "used_env_vars"
            << YAML::Value << YAML::Flow << YAML::BeginSeq << YAML::EndSeq << YAML::EndMap;
    out << YAML::EndSeq;
    out << YAML::Key << "platforms" << YAML::Value << YAML::BeginSeq;
    for (const auto &platform : lock.platforms)
        out << platform;
    out << YAML::EndSeq;
    out << YAML::Key << "sources" << YAML::Value << YAML::BeginSeq;
    for (const auto &source : lock.sources)
        out << source;
    out << YAML::EndSeq << YAML::EndMap;
}

void emitPackage(YAML::Emitter &out, const LockedPackage &p)
{
    out << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << p.name;
    out << YAML::Key << "version" << YAML::Value;
    emitString(out, p.version);
    out << YAML::Key << "manager" << YAML::Value << p.manager;
    out << YAML::Key << "platform" << YAML::Value << p.platform;
    out << YAML::Key << "dependencies" << YAML::Value;
    if (p.dependencies.empty())
        out << YAML::Flow;
    out << YAML::BeginMap;
    for (const auto &[name, constraint] : p.dependencies) {
        out << YAML::Key << name << YAML::Value;
        emitString(out, constraint);
    }
    out << YAML::EndMap;
    out << YAML::Key << "url" << YAML::Value << p.url;
    out << YAML::Key << "hash" << YAML::Value << YAML::BeginMap;
    if (!p.md5.empty())
        out << YAML::Key << "md5" << YAML::Value << p.md5;
    if (!p.sha256.empty())
        out << YAML::Key << "sha256" << YAML::Value << p.sha256;
    out << YAML::EndMap;
    out << YAML::Key << "category" << YAML::Value << p.category;
    out << YAML::Key << "optional" << YAML::Value << p.optional;
    out << YAML::EndMap;
}

/** Reads a parsed conda-lock document; every error names path:line:column. */
class CondaLockReader
{
public:
    explicit CondaLockReader(const std::string &path) : m_path(path) {}

    Result<LockFile> read(const YAML::Node &root)
    {
        if (!root.IsMap())
            return bad(root, "a conda-lock file must be a mapping with 'version', 'metadata' and 'package'");
        const YAML::Node version = root["version"];
        if (!version)
            return bad(root, "missing 'version' (conda-lock v1 files have 'version: 1')", ErrorCode::ParseError);
        if (!version.IsScalar() || version.Scalar() != "1")
            return bad(version, "conda-lock version '" + (version.IsScalar() ? version.Scalar() : std::string("?"))
                                    + "' is not supported (only version 1)", ErrorCode::UnsupportedFormat);
        if (const YAML::Node metadata = root["metadata"]; metadata) {
            if (auto r = readMetadata(metadata); !r)
                return r.error();
        }
        if (const YAML::Node packages = root["package"]; packages && !packages.IsNull()) {
            if (!packages.IsSequence())
                return bad(packages, "'package' must be a list");
            for (const auto &node : packages)
                if (auto r = readPackage(node); !r)
                    return r.error();
        }
        for (const auto &p : m_lock.packages)
            if (std::find(m_lock.platforms.begin(), m_lock.platforms.end(), p.platform) == m_lock.platforms.end())
                m_lock.platforms.push_back(p.platform);
        return std::move(m_lock);
    }

private:
    util::Error bad(const YAML::Node &node, const std::string &why, ErrorCode code = ErrorCode::InvalidValue) const
    {
        const YAML::Mark mark = node.Mark();
        std::string where = m_path;
        if (mark.line >= 0)
            where += (where.empty() ? "" : ":") + std::to_string(mark.line + 1) + ':' + std::to_string(mark.column + 1);
        return makeError(code, why, where);
    }

    Result<std::vector<std::string>> stringList(const YAML::Node &node, const char *what) const
    {
        std::vector<std::string> items;
        if (!node || node.IsNull())
            return items;
        if (!node.IsSequence())
            return bad(node, std::string("'") + what + "' must be a list");
        for (const auto &item : node) {
            // Channels are {url, used_env_vars} maps; a bare string is accepted too.
            const YAML::Node value = item.IsMap() ? item["url"] : item;
            if (!value || !value.IsScalar())
                return bad(item, std::string("an entry of '") + what + "' must be a string");
            items.push_back(value.Scalar());
        }
        return items;
    }

    Result<void> readMetadata(const YAML::Node &metadata)
    {
        if (!metadata.IsMap())
            return bad(metadata, "'metadata' must be a mapping");
        auto channels = stringList(metadata["channels"], "channels");
        auto platforms = stringList(metadata["platforms"], "platforms");
        auto sources = stringList(metadata["sources"], "sources");
        for (const auto *r : {&channels, &platforms, &sources})
            if (!*r)
                return r->error();
        m_lock.channels = std::move(*channels);
        m_lock.platforms = std::move(*platforms);
        m_lock.sources = std::move(*sources);
        if (const YAML::Node hashes = metadata["content_hash"]; hashes && !hashes.IsNull()) {
            if (!hashes.IsMap())
                return bad(hashes, "'content_hash' must map platforms to hashes");
            for (const auto &entry : hashes)
                m_lock.contentHash[entry.first.Scalar()] = entry.second.IsScalar() ? entry.second.Scalar() : std::string();
        }
        return {};
    }

    Result<std::string> required(const YAML::Node &package, const char *key) const
    {
        const YAML::Node value = package[key];
        if (!value)
            return bad(package, std::string("package entry without '") + key + "'", ErrorCode::ParseError);
        if (!value.IsScalar())
            return bad(value, std::string("'") + key + "' must be a single value");
        return value.Scalar();
    }

    Result<void> readPackage(const YAML::Node &node)
    {
        if (!node.IsMap())
            return bad(node, "a package entry must be a mapping");
        LockedPackage p;
        p.line = node.Mark().line + 1;
        const std::pair<const char *, std::string *> fields[] = {
            {"name", &p.name}, {"version", &p.version}, {"manager", &p.manager}, {"platform", &p.platform}, {"url", &p.url}};
        for (const auto &[key, field] : fields) {
            auto value = required(node, key);
            if (!value)
                return value.error();
            *field = std::move(*value);
        }
        if (p.manager != "conda")
            return {};  // pip packages are not solved by conda; a comparison with a solve ignores them
        if (auto r = readHashes(node, p); !r)
            return r;
        if (auto r = readDependencies(node["dependencies"], p); !r)
            return r;
        if (const YAML::Node category = node["category"]; category && category.IsScalar())
            p.category = category.Scalar();
        if (const YAML::Node optional = node["optional"]; optional && optional.IsScalar())
            p.optional = optional.as<bool>(false);
        const auto file = packageFileOf(p.url);
        if (!file)
            return bad(node["url"], "the url of '" + p.name + "' does not end in name-version-build.conda or .tar.bz2");
        p.fn = file->fn;
        p.subdir = file->subdir;
        p.build = file->build;  // conda-lock has no build field; the file name has it
        m_lock.packages.push_back(std::move(p));
        return {};
    }

    Result<void> readHashes(const YAML::Node &node, LockedPackage &p) const
    {
        const YAML::Node hash = node["hash"];
        if (!hash)
            return bad(node, "package '" + p.name + "' has no 'hash'", ErrorCode::ParseError);
        if (!hash.IsMap())
            return bad(hash, "'hash' must be a mapping with md5 and/or sha256");
        if (const YAML::Node md5 = hash["md5"]; md5 && md5.IsScalar())
            p.md5 = md5.Scalar();
        if (const YAML::Node sha = hash["sha256"]; sha && sha.IsScalar())
            p.sha256 = sha.Scalar();
        if (p.md5.empty() && p.sha256.empty())
            return bad(hash, "package '" + p.name + "' has neither an md5 nor a sha256 hash");
        return {};
    }

    Result<void> readDependencies(const YAML::Node &deps, LockedPackage &p) const
    {
        if (!deps || deps.IsNull())
            return {};
        if (!deps.IsMap())
            return bad(deps, "'dependencies' must map names to constraints");
        for (const auto &entry : deps)
            p.dependencies[entry.first.Scalar()] = entry.second.IsScalar() ? entry.second.Scalar() : std::string("*");
        return {};
    }

    const std::string &m_path;
    LockFile m_lock;
};

// The "# ..." lines that open the file: yaml-cpp drops comments, so they are read here.
std::vector<std::string> leadingComments(const std::string &text)
{
    std::vector<std::string> comments;
    std::size_t pos = 0;
    while (pos < text.size() && text[pos] == '#') {
        const std::size_t nl = std::min(text.find('\n', pos), text.size());
        std::string comment = text.substr(pos + 1, nl - pos - 1);
        if (comment.starts_with(' '))
            comment.erase(0, 1);
        if (!comment.empty() && comment.back() == '\r')
            comment.pop_back();
        comments.push_back(std::move(comment));
        pos = nl + 1;
    }
    return comments;
}

} // namespace

std::string writeCondaLock(const LockFile &lock)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginMap;
    out << YAML::Key << "version" << YAML::Value << 1;
    emitMetadata(out, lock);
    out << YAML::Key << "package" << YAML::Value << YAML::BeginSeq;
    // Platform by platform, in the order of lock.platforms; packages keep their order within one.
    for (const auto &platform : lock.platforms)
        for (const auto &p : lock.packages)
            if (p.platform == platform)
                emitPackage(out, p);
    out << YAML::EndSeq << YAML::EndMap;
    std::string text;
    for (const auto &comment : lock.comments)
        text += comment.empty() ? "#\n" : "# " + comment + '\n';
    return text + out.c_str() + '\n';
}

Result<LockFile> parseCondaLock(const std::string &text, const std::string &path)
{
    YAML::Node root;
    try {
        root = YAML::Load(text);
    } catch (const YAML::Exception &e) {
        return makeError(ErrorCode::ParseError, e.msg,
                         path + (path.empty() ? "" : ":") + std::to_string(e.mark.line + 1) + ':' + std::to_string(e.mark.column + 1));
    }
    try {
        auto lock = CondaLockReader(path).read(root);
        if (lock)
            lock->comments = leadingComments(text);
        return lock;
    } catch (const YAML::Exception &e) {
        // Defensive: a conversion the checks above missed; never let yaml-cpp's exception escape.
        return makeError(ErrorCode::ParseError, e.msg, path);
    }
}

} // namespace core::lock
