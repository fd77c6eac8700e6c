// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// Private to core/envfile: helpers around yaml-cpp. Include only from .cpp files of this module.
#include "core/util/result.h"

#include <yaml-cpp/yaml.h>

#include <string>

namespace core::envfile::detail {

/** Where a node is in @p file (1-based), or just the file when the node has no mark. */
util::TextPosition position(const std::string &file, const YAML::Mark &mark);
util::TextPosition position(const std::string &file, const YAML::Node &node);
/** The same as text: "file:line:column", or just the file. */
std::string location(const std::string &file, const YAML::Node &node);
std::string location(const std::string &file, const YAML::Mark &mark);

/** Parses YAML text; a syntax error becomes ParseError at file:line:column. */
util::Result<YAML::Node> parseYaml(const std::string &text, const std::string &file);

} // namespace core::envfile::detail
