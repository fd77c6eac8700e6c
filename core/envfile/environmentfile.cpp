// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/envfile/environmentfile.h"

#include "core/envfile/yamlutil.h"
#include "core/spec/matchspec.h"
#include "core/util/atomicfile.h"

#include <QString>

#include <algorithm>

using core::util::ErrorCode;
using core::util::makeError;
using core::util::Result;

namespace core::envfile {

namespace {

Dependency dependencyAt(const YAML::Node &node)
{
    // A quoted scalar's mark is its opening quote (yaml-cpp tags it "!"); the spec starts after it.
    const int quote = node.Tag() == "!" ? 1 : 0;
    return Dependency { node.Scalar(), node.Mark().line + 1, node.Mark().column + 1 + quote };
}

class EnvironmentReader
{
public:
    EnvironmentReader(EnvironmentFile &env) : m_env(env) {}

    Result<void> read(const YAML::Node &root)
    {
        if (root.IsNull())
            return {};
        if (!root.IsMap())
            return bad(root, "an environment file must be a mapping (name, channels, dependencies)");
        for (const auto &entry : root) {
            const std::string key = entry.first.as<std::string>();
            const YAML::Node &value = entry.second;
            Result<void> r;
            if (key == "name")
                r = scalar(value, m_env.name);
            else if (key == "prefix")
                r = scalar(value, m_env.prefix);
            else if (key == "channels")
                r = channels(value);
            else if (key == "dependencies")
                r = dependencies(value);
            else if (key == "variables")
                r = variables(value);
            else
                unknownKey(entry.first, key);
            if (!r.ok())
                return r;
        }
        return {};
    }

private:
    Result<void> bad(const YAML::Node &node, const std::string &why)
    {
        return util::makeErrorAt(ErrorCode::InvalidValue, why, detail::position(m_env.path, node));
    }

    void unknownKey(const YAML::Node &node, const std::string &key)
    {
        m_env.warnings.push_back(Diagnostic::at(
            "unknown key '" + key + "' (ignored)", detail::position(m_env.path, node), ErrorCode::UnknownKey, { key }));
    }

    Result<void> scalar(const YAML::Node &node, std::string &out)
    {
        if (!node.IsScalar())
            return bad(node, "expected a single value");
        out = node.Scalar();
        return {};
    }

    Result<void> channels(const YAML::Node &node)
    {
        if (node.IsNull())
            return {};
        if (!node.IsSequence())
            return bad(node, "'channels' must be a list");
        for (const auto &item : node) {
            std::string channel;
            if (auto r = scalar(item, channel); !r.ok())
                return r;
            if (channel == "nodefaults")
                m_env.noDefaults = true;
            else
                m_env.channels.push_back(channel);
        }
        return {};
    }

    Result<void> dependencies(const YAML::Node &node)
    {
        if (node.IsNull())
            return {};
        if (!node.IsSequence())
            return bad(node, "'dependencies' must be a list");
        for (const auto &item : node) {
            if (item.IsScalar()) {
                m_env.dependencies.push_back(dependencyAt(item));
            } else if (item.IsMap()) {
                if (auto r = subsection(item); !r.ok())
                    return r;
            } else {
                return bad(item, "a dependency must be a match spec or a 'pip:' list");
            }
        }
        return {};
    }

    Result<void> subsection(const YAML::Node &item)
    {
        for (const auto &entry : item) {
            const std::string key = entry.first.as<std::string>();
            if (key != "pip") {
                unknownKey(entry.first, key);
                continue;
            }
            if (!entry.second.IsSequence())
                return bad(entry.second, "'pip' must be a list");
            for (const auto &p : entry.second) {
                if (!p.IsScalar())
                    return bad(p, "a pip requirement must be a single line");
                m_env.pip.push_back(dependencyAt(p));
            }
        }
        return {};
    }

    Result<void> variables(const YAML::Node &node)
    {
        if (node.IsNull())
            return {};
        if (!node.IsMap())
            return bad(node, "'variables' must be a mapping");
        for (const auto &entry : node) {
            if (!entry.second.IsScalar())
                return bad(entry.second, "a variable must have a single value");
            m_env.variables[entry.first.as<std::string>()] = entry.second.Scalar();
        }
        return {};
    }

    EnvironmentFile &m_env;
};

} // namespace

Result<EnvironmentFile> parseEnvironmentFile(const std::string &text, const std::string &path)
{
    EnvironmentFile env;
    env.path = path;
    auto root = detail::parseYaml(text, path);
    if (!root)
        return root.error();
    try {
        if (auto r = EnvironmentReader(env).read(*root); !r.ok())
            return r.error();
    } catch (const YAML::Exception &e) {
        return util::makeErrorAt(ErrorCode::InvalidValue, e.msg, detail::position(path, e.mark));
    }
    return env;
}

Result<void> checkDependencySpecs(const EnvironmentFile &env)
{
    for (const auto &dependency : env.dependencies) {
        auto spec = spec::MatchSpec::parse(dependency.spec);
        if (spec)
            continue;
        util::Error error = spec.error();
        // The spec's own column (1 when it has none) moved to where the spec stands in the file.
        const int column = dependency.column + std::max(error.position.column, 1) - 1;
        error.position = util::TextPosition::in(env.path, dependency.line, column, error.position.length);
        error.location = error.position.text();
        error.detail = "invalid match spec '" + dependency.spec + "': " + error.detail;
        return error;
    }
    return {};
}

Result<EnvironmentFile> readEnvironmentFile(const std::string &path)
{
    auto bytes = util::readFile(QString::fromStdString(path));
    if (!bytes)
        return bytes.error();
    return parseEnvironmentFile(bytes->toStdString(), path);
}

} // namespace core::envfile
