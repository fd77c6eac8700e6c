// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <QString>
#include <QTextStream>

namespace core::jobs {
class Job;
}

namespace app::cli {

/** stdout and stderr as UTF-8 text streams for the subcommands. */
QTextStream &out();
QTextStream &err();

/** Prints "deploydeck <command>: error: <message>" to stderr and returns ExitUsage. */
int usageError(const char *command, const QString &message);

/** Cancels @p job on SIGINT, SIGTERM, SIGHUP and SIGPIPE, so its processes never outlive us. */
void cancelOnSignals(core::jobs::Job *job);

/** Starts @p job, cancelling it on those signals, and runs the event loop until it has finished. */
void runToEnd(core::jobs::Job &job);

} // namespace app::cli
