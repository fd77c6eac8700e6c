// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "app/cli/output.h"

#include "app/cli/command.h"

#include <cstdio>

namespace app::cli {

QTextStream &out()
{
    static QTextStream s_out(stdout);
    return s_out;
}

QTextStream &err()
{
    static QTextStream s_err(stderr);
    return s_err;
}

int usageError(const char *command, const QString &message)
{
    out().flush();
    err() << "deploydeck " << QString::fromUtf8(command) << ": error: " << message << Qt::endl;
    return ExitUsage;
}

} // namespace app::cli
