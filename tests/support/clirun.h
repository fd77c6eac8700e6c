// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// Runs the built `deploydeck` binary as a user would, for the command-line tests. Header-only so
// that DEPLOYDECK_BINARY_DIR comes from the test that includes it.

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace testsupport {

struct CliRun
{
    int code = -1;  ///< exit code; -1 when the process crashed or did not finish
    QString out;
    QString err;
};

inline CliRun runDeploydeck(const QStringList &arguments,
                            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                            int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DEPLOYDECK_BINARY_DIR "/app/deploydeck"), arguments);
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished)
        process.kill();
    CliRun run;
    run.code = finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace testsupport
