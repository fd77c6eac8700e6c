// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/envfile/environmentfile.h"
#include "ui/models/diagnosticsmodel.h"

#include <QString>

#include <functional>
#include <string>
#include <vector>

namespace ui {

/** What the editor's text says, before any solve: diagnostics, and the specs to solve. */
struct EnvironmentCheck
{
    bool parsed = false;                                  ///< the YAML was read (errors may remain in specs)
    std::vector<Diagnostic> diagnostics;                  ///< errors and warnings with line and column
    std::vector<core::envfile::Dependency> dependencies;  ///< conda specs that parse, with their place
    std::vector<std::string> pip;                         ///< `pip:` requirements as written
    std::vector<std::string> channels;                    ///< the file's channels, as written

    bool hasErrors() const;
    /** The specs of dependencies, in order. */
    std::vector<std::string> specs() const;
};

/**
 * Reads environment.yml @p text (not the saved file): a YAML syntax error or a bad value becomes an
 * error at its line and column; every dependency is parsed as a match spec and a bad one is an error
 * at the column the parser names; unknown keys and subsections are warnings (CEP 24), and so is a
 * channel @p isKnownChannel does not know (when given). Cheap: meant to run on each edit.
 */
EnvironmentCheck checkEnvironment(const QString &text, const QString &path,
                                  const std::function<bool(const std::string &)> &isKnownChannel = {});

} // namespace ui
