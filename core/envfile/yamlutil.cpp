// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/envfile/yamlutil.h"

namespace core::envfile::detail {

util::TextPosition position(const std::string &file, const YAML::Mark &mark)
{
    if (mark.line < 0)
        return util::TextPosition::in(file);
    return util::TextPosition::in(file, mark.line + 1, mark.column + 1);
}

util::TextPosition position(const std::string &file, const YAML::Node &node)
{
    return position(file, node.Mark());
}

std::string location(const std::string &file, const YAML::Mark &mark)
{
    return position(file, mark).text();
}

std::string location(const std::string &file, const YAML::Node &node)
{
    return location(file, node.Mark());
}

util::Result<YAML::Node> parseYaml(const std::string &text, const std::string &file)
{
    try {
        return YAML::Load(text);
    } catch (const YAML::Exception &e) {
        return util::makeErrorAt(util::ErrorCode::ParseError, e.msg, position(file, e.mark));
    }
}

} // namespace core::envfile::detail
