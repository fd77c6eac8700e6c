// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "app/cli/output.h"

#include "app/cli/command.h"
#include "core/jobs/job.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

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

namespace {

// Ctrl-C must reach the job's processes: they sit in their own process group, away from the
// terminal's signals. The handler only writes a byte; the event loop turns it into cancel().
// SIGPIPE (the reader of our output went away, as with `| head`) cancels too, rather than killing
// us and orphaning the run.
int s_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(s_signalPipe[1], &byte, 1);
}

} // namespace

void cancelOnSignals(core::jobs::Job *job)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(s_signalPipe[0], QSocketNotifier::Read, job);
    QObject::connect(notifier, &QSocketNotifier::activated, job, [job] {
        char byte;
        [[maybe_unused]] const ssize_t read = ::read(s_signalPipe[0], &byte, 1);
        job->cancel();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signal : {SIGINT, SIGTERM, SIGHUP, SIGPIPE})
        ::sigaction(signal, &action, nullptr);
}

void runToEnd(core::jobs::Job &job)
{
    QObject::connect(&job, &core::jobs::Job::finished, QCoreApplication::instance(), &QCoreApplication::quit,
        Qt::QueuedConnection);
    cancelOnSignals(&job);
    job.start();
    if (!job.isFinished())
        QCoreApplication::exec();
}

} // namespace app::cli
