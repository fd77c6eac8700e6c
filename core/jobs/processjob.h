// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/jobs/job.h"
#include "core/jobs/linesplitter.h"
#include "core/util/result.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

#include <chrono>

namespace core::jobs {

class LineParser;

/** Which output stream of a process a line came from. */
enum class OutputChannel {
    StandardOutput,
    StandardError,
};

/**
 * A job that runs one external program, asynchronously (no waitFor*, no nested event loop).
 *
 * - No shell: the program and its arguments are a list, passed as they are.
 * - The environment is exactly environment() (by default minimalEnvironment(), with LC_ALL=C),
 *   never the caller's whole environment.
 * - The child runs in its own session and process group (setsid), so cancel() reaches everything
 *   it started: SIGTERM to the group, then SIGKILL after killGracePeriod(). The job ends
 *   Cancelled and the log keeps every line read until then.
 * - stdout and stderr are split into lines, logged, and handed to an optional LineParser per
 *   channel.
 *
 * The job succeeds when the program exits with code 0; subclasses refine this in processEnded().
 */
class ProcessJob : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessJob)
public:
    ProcessJob(const QString &kind, const QString &title, const QVariantMap &parameters, QObject *parent = nullptr);
    ~ProcessJob() override;

    /**
     * PATH, HOME, USER, LOGNAME, TMPDIR and SSH_AUTH_SOCK taken from this process (when set), plus
     * LC_ALL=C and LANG=C so that output is predictable and parseable.
     */
    static QProcessEnvironment minimalEnvironment();

    const QString &program() const { return m_program; }
    void setProgram(const QString &program) { m_program = program; }
    const QStringList &arguments() const { return m_arguments; }
    void setArguments(const QStringList &arguments) { m_arguments = arguments; }
    const QProcessEnvironment &environment() const { return m_environment; }
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    const QString &workingDirectory() const { return m_workingDirectory; }
    void setWorkingDirectory(const QString &directory) { m_workingDirectory = directory; }

    std::chrono::milliseconds killGracePeriod() const { return m_gracePeriod; }
    void setKillGracePeriod(std::chrono::milliseconds period) { m_gracePeriod = period; }

    /** Lines of @p channel also go to @p parser (not owned; must outlive the job's run). */
    void setLineParser(OutputChannel channel, LineParser *parser);

    /** Process id of the started program, which is also its process group id; 0 before start. */
    qint64 processId() const { return m_pid; }

protected:
    void doStart() override;
    void doCancel() override;

    /** Called before the program starts; an error fails the job without starting it. */
    [[nodiscard]] virtual util::Result<void> prepareStart() { return {}; }
    /**
     * Called once the program has ended and all its output was read, before the job finishes;
     * may change the final @p state and add to @p summary (which holds exitCode and exitStatus).
     */
    virtual void processEnded(JobState &state, QVariantMap &summary);

private:
    void readChannel(OutputChannel channel);
    void handleLines(OutputChannel channel, const QStringList &lines);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    bool signalGroup(int signal) const;

    QString m_program;
    QStringList m_arguments;
    QProcessEnvironment m_environment;
    QString m_workingDirectory;
    std::chrono::milliseconds m_gracePeriod{3000};
    QProcess m_process;
    QTimer m_killTimer;
    LineSplitter m_stdoutSplitter;
    LineSplitter m_stderrSplitter;
    LineParser *m_stdoutParser = nullptr;
    LineParser *m_stderrParser = nullptr;
    qint64 m_pid = 0;
};

} // namespace core::jobs
