// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/envfile/workspace.h"
#include "core/util/result.h"

#include <map>
#include <string>
#include <vector>

namespace core::envfile {

/** A dependency line of an environment file, with where it stands. */
struct Dependency
{
    std::string spec;
    int line = 0;     ///< 1-based
    int column = 0; ///< 1-based, of the spec's first character (after an opening quote)
    bool operator==(const Dependency &) const = default;
};

/** An environment.yml (CEP 24). */
struct EnvironmentFile
{
    std::string path;
    std::string name;
    std::string prefix;
    std::vector<std::string> channels;          ///< as written; "nodefaults" removed, see noDefaults
    bool noDefaults = false;
    std::vector<Dependency> dependencies;       ///< conda match specs
    std::vector<Dependency> pip;                ///< the `pip:` subsection, not solved
    std::map<std::string, std::string> variables;
    std::vector<Diagnostic> warnings;           ///< unknown keys and subsections
    bool operator==(const EnvironmentFile &) const = default;
};

/** Parses environment.yml text; @p path names it in errors (file:line:column). */
[[nodiscard]] util::Result<EnvironmentFile> parseEnvironmentFile(const std::string &text, const std::string &path);

/**
 * Checks every dependency of @p env as a match spec. The first that is not one is the error, its
 * location file:line:column of the character the spec's own error names.
 */
[[nodiscard]] util::Result<void> checkDependencySpecs(const EnvironmentFile &env);

/** Reads and parses an environment.yml file. */
[[nodiscard]] util::Result<EnvironmentFile> readEnvironmentFile(const std::string &path);

} // namespace core::envfile
