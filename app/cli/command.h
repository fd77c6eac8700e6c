// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <QStringList>

#include <functional>
#include <vector>

namespace app::cli {

/** Exit codes every subcommand uses. */
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,   ///< the job was done and the answer is "no" (unsolvable, differences, failed run)
    ExitUsage = 2,     ///< bad input: unknown option, unreadable file, malformed spec
};

/**
 * A headless subcommand (`deploydeck <name> ...`). run() gets the arguments after the name and
 * runs under a QCoreApplication; it prints to stdout/stderr and returns an ExitCode.
 */
struct Command
{
    const char *name;
    const char *summary;
    std::function<int(const QStringList &arguments)> run;
};

/** All registered subcommands, sorted by name. */
const std::vector<Command> &commands();

/** Registers a command at static-initialisation time; use through DEPLOYDECK_COMMAND. */
struct CommandRegistrar
{
    explicit CommandRegistrar(Command command);
};

} // namespace app::cli

#define DEPLOYDECK_CONCAT2(a, b) a##b
#define DEPLOYDECK_CONCAT(a, b) DEPLOYDECK_CONCAT2(a, b)
/** DEPLOYDECK_COMMAND("solve", "solve specs ...", &runSolve) in a file under cli/ registers a subcommand. */
#define DEPLOYDECK_COMMAND(name, summary, fn) \
    static const app::cli::CommandRegistrar DEPLOYDECK_CONCAT(s_registrar_, __LINE__){app::cli::Command{name, summary, fn}}
