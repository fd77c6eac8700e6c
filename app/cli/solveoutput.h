// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/solve/solution.h"

#include <QJsonObject>
#include <QString>

namespace app::cli {

/** "1.2 MB", "340 kB", "12 B". */

/** The table of a dry run, or the problems text, on stdout; @p milliseconds < 0: the packages of a lock file, not
 * solved. */
void printSolveTable(const core::solve::SolveOutcome &outcome, const std::string &platform, qint64 milliseconds);

/** mamba's `--dry-run --json` object for an outcome. */
QJsonObject solveJson(const core::solve::SolveOutcome &outcome);
void printSolveJson(const core::solve::SolveOutcome &outcome);

} // namespace app::cli
