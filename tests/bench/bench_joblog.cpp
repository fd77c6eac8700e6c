// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// A process prints 200,000 lines into the Jobs page's live log (a ProcessJob on the page's queue,
// with its history written to disk, the page shown): how long until every line is in the view,
// and how late a 5 ms timer on the GUI thread ever gets meanwhile (target: no stall > 50 ms).
// For comparison the same stream goes into a QPlainTextEdit (maximumBlockCount keeping all
// lines, appended in the same 50 ms batches): the alternative the log view was measured against.
//
//   bench_joblog [LINES [page|plaintext]]      (offscreen when there is no display)
#include "core/jobs/jobqueue.h"
#include "core/jobs/processjob.h"
#include "ui/models/joblogmodel.h"
#include "ui/views/jobspage.h"
#include "ui/widgets/logview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using core::jobs::Job;
using core::jobs::ProcessJob;

namespace {

/** Measures how late a 5 ms timer fires: the GUI thread's longest stalls. */
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_lateness.push_back(double(now - m_last) / 1e6 - 5.0);
            m_last = now;
        });
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }

    void stop() { m_timer.stop(); }
    double max() const { return m_lateness.empty() ? 0 : *std::max_element(m_lateness.begin(), m_lateness.end()); }
    double percentile(double p) const
    {
        if (m_lateness.empty())
            return 0;
        std::vector<double> sorted = m_lateness;
        std::sort(sorted.begin(), sorted.end());
        return sorted[std::min(sorted.size() - 1, size_t(p * double(sorted.size())))];
    }
    long over(double ms) const { return long(std::count_if(m_lateness.begin(), m_lateness.end(), [ms](double l) { return l > ms; })); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<double> m_lateness;
};

std::unique_ptr<ProcessJob> printingJob(int lines)
{
    auto job = std::make_unique<ProcessJob>(QStringLiteral("bench"), QStringLiteral("print %1 lines").arg(lines), QVariantMap{});
    job->setProgram(QStringLiteral("awk"));
    // Lines shaped like Ansible's verbose output, about 80 characters each.
    job->setArguments({QStringLiteral("-v"), QStringLiteral("n=%1").arg(lines),
                       QStringLiteral("BEGIN { for (i = 1; i <= n; i++) printf \"ok: [host%02d] => (item=%d) => "
                                      "{\\\"changed\\\": false, \\\"msg\\\": \\\"line %d\\\"}\\n\", i % 40, i, i }")});
    return job;
}

/** Runs the event loop until @p done() holds; returns the milliseconds it took. */
template<typename Done>
double runUntil(QElapsedTimer &clock, Done done)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(1);
    loop.exec();
    return double(clock.nsecsElapsed()) / 1e6;
}

void report(const char *what, int lines, double processMs, double shownMs, const StallMeter &meter)
{
    std::printf("%-34s %7d lines  process done %8.1f ms  all shown %8.1f ms  (%6.0f lines/s)\n", what, lines, processMs,
                shownMs, lines / (shownMs / 1000.0));
    std::printf("%-34s event-loop lateness: max %6.1f ms  p99 %5.1f ms  p50 %5.1f ms  stalls > 50 ms: %ld  %s\n", "",
                meter.max(), meter.percentile(0.99), meter.percentile(0.5), meter.over(50.0),
                meter.max() <= 50.0 ? "[ok: target <= 50 ms]" : "[MISSED: target <= 50 ms]");
}

void benchJobsPage(int lines)
{
    QTemporaryDir history;
    ui::JobsPage page(history.path());
    page.resize(1200, 800);
    page.show();
    QCoreApplication::processEvents();

    StallMeter meter;
    QElapsedTimer clock;
    clock.start();
    Job *job = page.launch(printingJob(lines));
    double processMs = 0;
    QObject::connect(job, &Job::finished, [&] { processMs = double(clock.nsecsElapsed()) / 1e6; });
    ui::JobLogModel *model = page.logModel();
    QListView *list = page.logView()->listView();
    // The share of a stall spent inserting a batch into the model and the view (following the tail).
    qint64 insertStart = 0;
    double longestInsert = 0;
    QObject::connect(model, &QAbstractItemModel::rowsAboutToBeInserted, [&] { insertStart = clock.nsecsElapsed(); });
    QObject::connect(model, &QAbstractItemModel::rowsInserted, [&] {
        longestInsert = std::max(longestInsert, double(clock.nsecsElapsed() - insertStart) / 1e6);
    });
    const double shownMs = runUntil(clock, [&] {
        // Every line in the model, and the view scrolled to the newest (follow tail).
        return job->isFinished() && model->rowCount() == job->logLines().size()
               && list->verticalScrollBar()->value() == list->verticalScrollBar()->maximum();
    });
    meter.stop();
    if (job->state() != core::jobs::JobState::Succeeded)
        std::printf("the printing process failed: %s\n", qPrintable(job->logLines().join(QLatin1Char('\n')).right(500)));
    report("Jobs page (QListView, JobLogModel)", int(model->rowCount()), processMs, shownMs, meter);
    std::printf("%-34s longest batch insert into model and view: %.1f ms\n", "", longestInsert);
}

void benchPlainTextEdit(int lines)
{
    QPlainTextEdit edit;
    edit.setReadOnly(true);
    edit.setMaximumBlockCount(lines + 100);
    edit.setLineWrapMode(QPlainTextEdit::NoWrap);
    edit.resize(1200, 600);
    edit.show();
    core::jobs::JobQueue queue;
    QStringList pending;
    QTimer batch;
    batch.setInterval(50);
    QObject::connect(&batch, &QTimer::timeout, [&] {
        if (pending.isEmpty())
            return;
        edit.appendPlainText(pending.join(QLatin1Char('\n')));
        pending.clear();
    });
    batch.start();
    QCoreApplication::processEvents();

    StallMeter meter;
    QElapsedTimer clock;
    clock.start();
    Job *job = queue.enqueue(printingJob(lines));
    QObject::connect(job, &Job::logLineAdded, [&](const QString &line) { pending << line; });
    double processMs = 0;
    QObject::connect(job, &Job::finished, [&] { processMs = double(clock.nsecsElapsed()) / 1e6; });
    const double shownMs = runUntil(clock, [&] {
        return job->isFinished() && pending.isEmpty() && edit.document()->blockCount() >= job->logLines().size();
    });
    meter.stop();
    report("QPlainTextEdit (maximumBlockCount)", edit.document()->blockCount(), processMs, shownMs, meter);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int lines = argc > 1 ? std::max(1, std::atoi(argv[1])) : 200000;
    std::printf("bench_joblog: a process printing %d lines into a live log view (platform %s)\n", lines,
                qPrintable(QGuiApplication::platformName()));
    const QString only = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    if (only.isEmpty() || only == QLatin1String("page"))
        benchJobsPage(lines);
    if (only.isEmpty() || only == QLatin1String("plaintext"))
        benchPlainTextEdit(lines);
    return 0;
}
