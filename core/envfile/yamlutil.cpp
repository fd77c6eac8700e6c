// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/envfile/yamlutil.h"

namespace core::envfile::detail {

std::string location(const std::string &file, const YAML::Mark &mark)
{
    if (mark.line < 0)
        return file;
    return file + ':' + std::to_string(mark.line + 1) + ':' + std::to_string(mark.column + 1);
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
        return util::makeError(util::ErrorCode::ParseError, e.msg, location(file, e.mark));
    }
}

} // namespace core::envfile::detail
