// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The Environments page's live preview on conda-forge-sized data: keystroke-to-updated-table
// latency (debounce included) while editing a sardana-like environment, and the longest stall of
// the GUI event loop meanwhile (how late a 5 ms timer fires). Prints figures; asserts nothing.
//
//   bench_envpreview [DATA_DIR] [KEYSTROKES]
#include "repodatagenerator.h"

#include "core/envfile/workspace.h"
#include "ui/models/packagetablemodel.h"
#include "ui/views/environmentpreview.h"
#include "ui/views/environmentspage.h"
#include "ui/widgets/codeeditor.h"
#include "ui/workspacecontext.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <iostream>

namespace {

std::string loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').mid(0, 3).join(' ').toStdString() : std::string("?");
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = std::size_t(std::clamp(p * double(values.size() - 1) + 0.5, 0.0, double(values.size() - 1)));
    return values[index];
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/**
 * How late a 5 ms timer fires: the longest the GUI event loop was kept from running (wall clock,
 * so on a loaded machine it includes time the thread waited for a CPU). For each gap it also
 * takes the CPU time the GUI thread used, which tells work on the GUI thread from waiting.
 */
class StallMonitor
{
public:
    StallMonitor()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const double gap = ms(m_clock), cpu = threadCpuMs() - m_cpu;
            m_clock.restart();
            m_cpu = threadCpuMs();
            m_lateness.push_back(std::max(0.0, gap - 5.0));
            if (gap - 5.0 > m_worst.first)
                m_worst = {gap - 5.0, cpu};
            m_maxCpu = std::max(m_maxCpu, cpu);
        });
    }
    void start()
    {
        m_lateness.clear();
        m_worst = {0, 0};
        m_maxCpu = 0;
        m_clock.start();
        m_cpu = threadCpuMs();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double max() const { return m_worst.first; }
    double p99() const { return percentile(m_lateness, 0.99); }
    /** GUI-thread CPU time within the longest gap. */
    double cpuInWorst() const { return m_worst.second; }
    /** The most GUI-thread CPU time within any one gap. */
    double maxCpu() const { return m_maxCpu; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_cpu = 0;
    std::vector<double> m_lateness;
    std::pair<double, double> m_worst{0, 0};
    double m_maxCpu = 0;
};

/** A workspace with the generated channel and one sardana-like environment file. */
QString writeWorkspace(const QString &root, const bench::GeneratedChannel &channel)
{
    QString env = QStringLiteral("name: sardana-like\nchannels:\n  - %1\ndependencies:\n")
                      .arg(QDir(QString::fromStdString(channel.root)).dirName());
    for (const auto &spec : channel.sardanaLike)
        env += QStringLiteral("  - %1\n").arg(QString::fromStdString(spec));
    env += QStringLiteral("  - pip:\n    - some-pip-package==1.0\n");
    const QString ws = QStringLiteral("name: bench\nchannels:\n  - %1\nplatform: linux-64\nenvironments:\n"
                                      "  - ./environments/sardana-like.yml\n")
                           .arg(QUrl::fromLocalFile(QString::fromStdString(channel.root)).toString());
    QDir(root).mkpath(QStringLiteral("environments"));
    QFile f(root + QStringLiteral("/deploydeck.yml"));
    QFile e(root + QStringLiteral("/environments/sardana-like.yml"));
    if (!f.open(QIODevice::WriteOnly) || !e.open(QIODevice::WriteOnly))
        return {};
    f.write(ws.toUtf8());
    e.write(env.toUtf8());
    return root;
}

/**
 * Runs the event loop for @p milliseconds. Not QTest::qWait(): it sleeps in 10 ms steps between
 * event batches, which would show up as stalls of its own.
 */
void spin(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

/** Puts the cursor at the end of the line holding @p text. */
void cursorAfter(ui::CodeEditor &editor, const QString &text)
{
    QTextCursor c = editor.document()->find(text);
    c.movePosition(QTextCursor::EndOfBlock);
    editor.setTextCursor(c);
}

struct Keystroke
{
    Qt::Key key;
    char text;  ///< 0 for Backspace
};

/**
 * Editing the python pin the way people do: "python=3.10" → "python=3.1" (no such Python: an
 * unsolvable request, explained) → "python=3.11" → "python=3.1" → "python=3.10", and again.
 */
std::vector<Keystroke> pythonEdits(int count)
{
    const Keystroke cycle[] = {{Qt::Key_Backspace, 0}, {Qt::Key_1, '1'}, {Qt::Key_Backspace, 0}, {Qt::Key_0, '0'}};
    std::vector<Keystroke> keys;
    for (int i = 0; i < count; ++i)
        keys.push_back(cycle[i % 4]);
    return keys;
}

void press(ui::CodeEditor &editor, const Keystroke &k)
{
    if (k.text)
        QTest::keyClick(&editor, k.text);
    else
        QTest::keyClick(&editor, k.key);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString dir = args.size() > 1 ? args[1]
                                        : QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
                                              QStringLiteral("/deploydeck/bench/conda-forge-like");
    const int keystrokes = args.size() > 2 ? args[2].toInt() : 40;

    QElapsedTimer t;
    t.start();
    const auto channel = bench::generateChannel(dir.toStdString());
    std::cout << "data: " << channel.records << " records, " << channel.bytes / 1000000 << " MB of JSON in " << channel.root
              << " (" << int(ms(t) / 1000) << " s)\n";

    QTemporaryDir tmp;
    auto ws = core::envfile::readWorkspace(writeWorkspace(tmp.path(), channel).toStdString());
    if (!ws) {
        std::cerr << "workspace: " << ws.error().message() << '\n';
        return 1;
    }
    t.restart();
    ui::WorkspaceContext context(*ws);
    QSignalSpy loaded(&context, &ui::WorkspaceContext::channelsLoaded);
    QSignalSpy failed(&context, &ui::WorkspaceContext::channelsFailed);
    while (loaded.isEmpty() && failed.isEmpty())
        spin(50);
    if (!failed.isEmpty()) {
        std::cerr << "load failed: " << failed.front().at(1).toString().toStdString() << '\n';
        return 1;
    }
    std::cout << "load: " << context.loadStats().records << " records in " << int(ms(t)) << " ms (from .solv cache: "
              << (context.loadStats().fromSolvCache ? "yes" : "no") << ")\n";

    ui::EnvironmentsPage page;
    page.resize(1400, 900);
    page.show();
    QSignalSpy updated(&page, &ui::EnvironmentsPage::previewUpdated);
    t.restart();
    page.setContext(&context);
    page.setWorkspace(*ws);
    while (page.preview()->state() != ui::EnvironmentPreview::State::Solved && t.elapsed() < 120000)
        spin(5);
    std::cout << "first preview: " << page.packageModel()->packageCount() << " packages in " << int(ms(t)) << " ms\n";

    ui::CodeEditor &editor = *page.editor();
    editor.setFocus();
    cursorAfter(editor, QStringLiteral("python=3.10"));
    StallMonitor stalls;
    stalls.start();

    // One keystroke at a time: each waits for its table, so every figure includes the full debounce.
    std::vector<double> latency, solvable, unsolvable;
    for (const Keystroke &k : pythonEdits(keystrokes)) {
        updated.clear();
        QElapsedTimer key;
        key.start();
        press(editor, k);
        if (!updated.wait(30000)) {
            std::cerr << "no preview after a keystroke\n";
            return 1;
        }
        const double took = ms(key);
        latency.push_back(took);
        (page.preview()->state() == ui::EnvironmentPreview::State::Solved ? solvable : unsolvable).push_back(took);
        spin(20);  // a short pause between keystrokes, as a person makes
    }

    // Bursts: four keys 60 ms apart, faster than the debounce, taking the pin from 3.10 to 3.11 and
    // back; timed from the last key. Only the last text is solved.
    std::vector<double> bursts;
    for (int b = 0; b < std::max(2, keystrokes / 4); ++b) {
        const Keystroke keys[] = {{Qt::Key_Backspace, 0}, {Qt::Key_Backspace, 0}, {Qt::Key_1, '1'},
                                  b % 2 ? Keystroke{Qt::Key_0, '0'} : Keystroke{Qt::Key_1, '1'}};
        for (int i = 0; i < 4; ++i) {
            press(editor, keys[i]);
            if (i < 3)
                spin(60);
        }
        QElapsedTimer key;
        key.start();
        updated.clear();
        if (!updated.wait(30000)) {
            std::cerr << "no preview after a burst\n";
            return 1;
        }
        bursts.push_back(ms(key));
        spin(20);
    }
    stalls.stop();

    std::printf("\nkeystroke to updated table (debounce %d ms included), %zu keystrokes:\n", 250, latency.size());
    std::printf("  all          p50 %6.1f ms   p95 %6.1f ms   max %6.1f ms   (target p95 <= 400 ms)\n",
                percentile(latency, 0.5), percentile(latency, 0.95), percentile(latency, 1.0));
    std::printf("  solvable     p50 %6.1f ms   p95 %6.1f ms   (%zu)\n", percentile(solvable, 0.5),
                percentile(solvable, 0.95), solvable.size());
    std::printf("  unsolvable   p50 %6.1f ms   p95 %6.1f ms   (%zu, with the explanation)\n",
                percentile(unsolvable, 0.5), percentile(unsolvable, 0.95), unsolvable.size());
    std::printf("  bursts of 4  p50 %6.1f ms   p95 %6.1f ms   (from the last key, %zu)\n", percentile(bursts, 0.5),
                percentile(bursts, 0.95), bursts.size());
    std::printf("GUI event loop stall while previewing: max %.1f ms, p99 %.1f ms   (target max <= 50 ms)\n",
                stalls.max(), stalls.p99());
    std::printf("  GUI-thread CPU time in the longest stall: %.1f ms; the most in any one gap: %.1f ms\n",
                stalls.cpuInWorst(), stalls.maxCpu());
    std::printf("  load average while measuring: %s\n", loadAverage().c_str());
    return 0;
}
