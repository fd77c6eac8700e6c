// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// What a test needs from outside the project (peer data, a tool the setup installs): on a
// developer's machine without it the test is skipped and says why; in CI (CI=true), where the
// setup has installed everything and the peer data is laid beside the clone, a QSKIP would pass
// silently (ctest counts it as passed), so it fails instead. DEPLOYDECK_PEER_DATA pointing at no
// folder is always a failure: someone meant to test with peer data.

#include "core/util/peerdata.h"

#include <QFileInfo>
#include <QString>
#include <QTest>

namespace testsupport {

/** Whether a missing requirement fails the test instead of skipping it. */
inline bool requirementsAreMandatory()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

/** Why the peer data cannot be used ("" when it can), and whether that fails the test. */
struct PeerDataState
{
    QString dir;
    QString problem;
    bool fatal = false;
};

inline PeerDataState peerDataState()
{
    const QString fromEnv = qEnvironmentVariable("DEPLOYDECK_PEER_DATA");
    if (!fromEnv.isEmpty() && !QFileInfo(fromEnv).isDir())
        return { {}, QStringLiteral("DEPLOYDECK_PEER_DATA=%1 is not a folder").arg(fromEnv), true };
    const QString dir = core::util::peerDataDir();
    if (dir.isEmpty())
        return { {}, QStringLiteral("peer data not present (set DEPLOYDECK_PEER_DATA or place ../shared/data/peers)"),
            requirementsAreMandatory() };
    return { dir, {}, false };
}

} // namespace testsupport

/** Skips the test with @p reason when @p condition is false, or fails it where requirements are mandatory. */
#define REQUIRE_OR_SKIP(condition, reason)                                                                             \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            if (testsupport::requirementsAreMandatory())                                                               \
                QFAIL(qPrintable(QStringLiteral("missing in CI: ") + QString(reason)));                                \
            QSKIP(qPrintable(QString(reason)));                                                                        \
        }                                                                                                              \
    } while (false)

/**
 * Declares `const QString var`, the folder a testsupport::PeerDataState @p state names; skips with
 * its problem without one, or fails when the state says the absence is fatal.
 */
#define REQUIRE_FOLDER(var, state)                                                                                     \
    const testsupport::PeerDataState var##State = (state);                                                             \
    if (var##State.dir.isEmpty()) {                                                                                    \
        if (var##State.fatal)                                                                                          \
            QFAIL(qPrintable(var##State.problem));                                                                     \
        QSKIP(qPrintable(var##State.problem));                                                                         \
    }                                                                                                                  \
    const QString var = var##State.dir

/**
 * Declares `const QString var`, the peer data folder; skips (or fails, see above) without it. A
 * file the test then needs must be there: once the folder is, its absence is a failure.
 */
#define REQUIRE_PEER_DATA(var) REQUIRE_FOLDER(var, testsupport::peerDataState())
