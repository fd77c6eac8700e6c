// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// `deploydeck pins --check`: the conda pins of an inventory checked against the workspace's
// channels, and every host's conda environments solved.
#include "core/envfile/workspace.h"
#include "core/inventory/pins.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QStringList>

#include <string>
#include <vector>

namespace app::cli {

/** The options --check adds to `pins`: --platform, --strict, --flexible, --virtual, --no-virtual. */
QList<QCommandLineOption> pinsCheckOptions();

/**
 * Checks @p pins against the local channels of @p workspace for the --platform (default: the
 * workspace's platform) and prints the result, as text or JSON. Returns ExitOk when every conda pin
 * is available and every environment solves, ExitFailure when some does not, ExitUsage on bad input
 * (a remote channel, an unreadable channel folder, bad options).
 */
int runPinsCheck(const QCommandLineParser &args, const core::envfile::Workspace &workspace,
    const std::vector<core::inventory::HostPins> &pins, const core::inventory::PinVariables &variables, bool json);

/** Prints rows of text columns padded to the widest cell of each column (the pins tables). */
void printTable(const std::vector<QStringList> &rows);

/** The deploydeck.yml in the folder of @p path or the nearest folder above it, or "" when there is none. */
std::string findWorkspaceAbove(const std::string &path);

} // namespace app::cli
