// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/jobs/processjob.h"

#include "core/jobs/lineparser.h"
#include "core/util/logging.h"

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace core::jobs {

ProcessJob::ProcessJob(const QString &kind, const QString &title, const QVariantMap &parameters, QObject *parent)
    : Job(kind, title, parameters, parent)
    , m_environment(minimalEnvironment())
{
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        appendLog(QStringLiteral("deploydeck: still running after the grace period; SIGKILL sent to process group %1")
                      .arg(m_pid));
        signalGroup(SIGKILL);
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] { readChannel(OutputChannel::StandardOutput); });
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] { readChannel(OutputChannel::StandardError); });
    connect(&m_process, &QProcess::finished, this, &ProcessJob::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &ProcessJob::onErrorOccurred);
}

ProcessJob::~ProcessJob()
{
    // Destroyed while running (the app quits): nothing of the run may outlive us. QProcess's own
    // destructor only kills the direct child, so take the whole group down first.
    m_process.disconnect(this);
    if (m_process.state() != QProcess::NotRunning)
        signalGroup(SIGKILL);
}

QProcessEnvironment ProcessJob::minimalEnvironment()
{
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    QProcessEnvironment env;
    for (const char *name : {"PATH", "HOME", "USER", "LOGNAME", "TMPDIR", "SSH_AUTH_SOCK"}) {
        const QString key = QString::fromLatin1(name);
        if (system.contains(key))
            env.insert(key, system.value(key));
    }
    if (!env.contains(QStringLiteral("PATH")))
        env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/local/bin:/usr/bin:/bin"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    return env;
}

void ProcessJob::setLineParser(OutputChannel channel, LineParser *parser)
{
    (channel == OutputChannel::StandardOutput ? m_stdoutParser : m_stderrParser) = parser;
}

void ProcessJob::doStart()
{
    if (const util::Result<void> prepared = prepareStart(); !prepared) {
        appendLog(QStringLiteral("deploydeck: cannot start: ") + QString::fromStdString(prepared.error().message()));
        finish(JobState::Failed, {{QStringLiteral("error"), QString::fromLatin1(util::errorCodeName(prepared.error().code))}});
        return;
    }
    m_process.setProgram(m_program);
    m_process.setArguments(m_arguments);
    m_process.setProcessEnvironment(m_environment);
    m_process.setWorkingDirectory(m_workingDirectory);
    // Nothing may wait for input (a password prompt would hang the job for ever).
    m_process.setStandardInputFile(QProcess::nullDevice());
    // Runs in the child between fork and exec: a new session makes the child the leader of a
    // process group that everything it starts joins, so cancel() can signal all of it at once.
    m_process.setChildProcessModifier([] { ::setsid(); });
    qCDebug(lcJobs) << "starting" << m_program << m_arguments;
    m_process.start();
    m_pid = m_process.processId();
}

void ProcessJob::doCancel()
{
    if (m_process.state() == QProcess::NotRunning)
        return;  // already ending; onFinished() will see the request
    appendLog(QStringLiteral("deploydeck: cancelled; SIGTERM sent to process group %1").arg(m_pid));
    signalGroup(SIGTERM);
    m_killTimer.start(m_gracePeriod);
}

bool ProcessJob::signalGroup(int signal) const
{
    if (m_pid <= 0)
        return false;
    if (::kill(pid_t(-m_pid), signal) == 0)
        return true;
    // Between fork and setsid() the group does not exist yet; the child alone is then the target.
    // Only while it has not been reaped, or its pid could belong to someone else.
    if (errno == ESRCH && m_process.state() != QProcess::NotRunning)
        return ::kill(pid_t(m_pid), signal) == 0;
    return false;
}

void ProcessJob::readChannel(OutputChannel channel)
{
    const bool isStdout = channel == OutputChannel::StandardOutput;
    const QByteArray data = isStdout ? m_process.readAllStandardOutput() : m_process.readAllStandardError();
    handleLines(channel, (isStdout ? m_stdoutSplitter : m_stderrSplitter).push(data));
}

void ProcessJob::handleLines(OutputChannel channel, const QStringList &lines)
{
    LineParser *parser = channel == OutputChannel::StandardOutput ? m_stdoutParser : m_stderrParser;
    for (const QString &line : lines) {
        appendLog(line);
        if (parser)
            parser->parseLine(line);
    }
}

void ProcessJob::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_killTimer.stop();
    readChannel(OutputChannel::StandardOutput);
    readChannel(OutputChannel::StandardError);
    handleLines(OutputChannel::StandardOutput, m_stdoutSplitter.finish());
    handleLines(OutputChannel::StandardError, m_stderrSplitter.finish());

    const bool crashed = status == QProcess::CrashExit;
    JobState state = crashed || exitCode != 0 ? JobState::Failed : JobState::Succeeded;
    if (isCancelRequested()) {
        state = JobState::Cancelled;
        // The leader is gone; whatever else of the group ignored SIGTERM goes now.
        signalGroup(SIGKILL);
    }
    // A process the user stopped was cancelled, whatever the signal made of its exit.
    const QString exitStatus = isCancelRequested() ? QStringLiteral("cancelled")
        : crashed                                  ? QStringLiteral("crashed")
                                                   : QStringLiteral("normal");
    QVariantMap summary { { QStringLiteral("exitCode"), exitCode }, { QStringLiteral("exitStatus"), exitStatus } };
    if (!isCancelRequested())
        appendLog(QStringLiteral("deploydeck: %1 %2 with code %3")
                      .arg(m_program, crashed ? QStringLiteral("crashed") : QStringLiteral("exited"))
                      .arg(exitCode));
    processEnded(state, summary);
    finish(state, summary);
}

void ProcessJob::onErrorOccurred(QProcess::ProcessError error)
{
    // Other errors are followed by finished(); a program that never started is not.
    if (error != QProcess::FailedToStart || isFinished())
        return;
    appendLog(QStringLiteral("deploydeck: cannot start %1: %2").arg(m_program, m_process.errorString()));
    finish(isCancelRequested() ? JobState::Cancelled : JobState::Failed,
           {{QStringLiteral("error"), QString::fromLatin1(util::errorCodeName(util::ErrorCode::ProcessFailed))}});
}

void ProcessJob::processEnded(JobState &, QVariantMap &)
{
}

} // namespace core::jobs
