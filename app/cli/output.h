// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <QString>
#include <QTextStream>

namespace app::cli {

/** stdout and stderr as UTF-8 text streams for the subcommands. */
QTextStream &out();
QTextStream &err();

/** Prints "deploydeck <command>: error: <message>" to stderr and returns ExitUsage. */
int usageError(const char *command, const QString &message);

} // namespace app::cli
