// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The Spec lists page's preview on conda-forge-sized data: a 40-line spec list (sardana-like lines
// made from the generated channel's names) previewed cold, each line solved on its own, then one
// edited line re-previewed (only that line is solved again). Prints figures; asserts nothing.
//
//   bench_speclist [DATA_DIR] [EDITS]
#include "benchutil.h"
#include "repodatagenerator.h"

#include "core/envfile/workspace.h"
#include "ui/models/speclinemodel.h"
#include "ui/views/speclistpreview.h"
#include "ui/views/speclistspage.h"
#include "ui/widgets/codeeditor.h"
#include "ui/workspacecontext.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QUrl>

#include <cstdio>
#include <iostream>

namespace {

using bench::ms;
using bench::percentile;

constexpr int s_lines = 40;

/**
 * 40 sardana-like lines: a Python pin and a window of 3 to 9 of the generated sardana-like names,
 * shifted line by line so that no two lines ask for the same thing; the last line is the
 * generator's unsolvable request, as a real list sometimes has one.
 */
QString specListText(const bench::GeneratedChannel &channel)
{
    std::vector<std::string> names(channel.sardanaLike.begin() + 1, channel.sardanaLike.end());  // without python=3.10
    QString text = QStringLiteral("# generated: one solve per line\n");
    for (int i = 0; i < s_lines - 1; ++i) {
        QStringList specs{QStringLiteral("python=3.%1").arg(10 + i % 3)};
        const int count = 3 + i % 7;
        for (int k = 0; k < count; ++k)
            specs << QString::fromStdString(names[std::size_t(i * 2 + k) % names.size()]);
        text += specs.join(QLatin1Char(' ')) + QLatin1Char('\n');
    }
    QStringList unsolvable;
    for (const auto &s : channel.unsolvable)
        unsolvable << QString::fromStdString(s);
    return text + unsolvable.join(QLatin1Char(' ')) + QLatin1Char('\n');
}

/** A workspace with the generated channel, the spec list and an empty local sync target. */
QString writeWorkspace(const QString &root, const bench::GeneratedChannel &channel)
{
    const QString ws = QStringLiteral("name: bench\nchannels:\n  - %1\nplatform: linux-64\n"
                                      "spec_lists:\n  - ./speclists/bench.txt\nsync_target: ./target\n")
                           .arg(QUrl::fromLocalFile(QString::fromStdString(channel.root)).toString());
    QDir(root).mkpath(QStringLiteral("speclists"));
    QDir(root).mkpath(QStringLiteral("target"));
    QFile f(root + QStringLiteral("/deploydeck.yml"));
    QFile s(root + QStringLiteral("/speclists/bench.txt"));
    if (!f.open(QIODevice::WriteOnly) || !s.open(QIODevice::WriteOnly))
        return {};
    f.write(ws.toUtf8());
    s.write(specListText(channel).toUtf8());
    return root;
}

bool waitForPlan(ui::SpecListsPage &page, QSignalSpy &updated)
{
    while (!page.preview()->isUpToDate())
        if (!updated.wait(120000))
            return false;
    return true;
}

/** Line @p line (1-based) with its Python pin moved one minor version up (3.12 wraps to 3.10). */
void bumpPython(ui::CodeEditor &editor, int line)
{
    const QTextBlock block = editor.document()->findBlockByNumber(line - 1);
    QTextCursor c = editor.document()->find(QRegularExpression(QStringLiteral("python=3\\.\\d+")), block.position());
    const int minor = c.selectedText().section(QLatin1Char('.'), 1).toInt();
    c.insertText(QStringLiteral("python=3.%1").arg(minor >= 12 ? 10 : minor + 1));
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
    const int edits = args.size() > 2 ? args[2].toInt() : 12;

    QElapsedTimer t;
    t.start();
    const auto channel = bench::generateChannel(dir.toStdString());
    std::cout << "data: " << channel.records << " records in " << channel.root << " (" << int(ms(t) / 1000) << " s)\n";

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
        QTest::qWait(50);
    if (!failed.isEmpty()) {
        std::cerr << "load failed: " << failed.front().at(1).toString().toStdString() << '\n';
        return 1;
    }
    std::cout << "load: " << context.loadStats().records << " records in " << int(ms(t)) << " ms (from .solv cache: "
              << (context.loadStats().fromSolvCache ? "yes" : "no") << ")\n";

    // Cold: the channels are loaded, nothing of the list is solved yet.
    ui::SpecListsPage page;
    page.resize(1400, 900);
    QSignalSpy updated(&page, &ui::SpecListsPage::previewUpdated);
    t.restart();
    page.setContext(&context);
    page.setWorkspace(*ws);
    page.show();
    if (!waitForPlan(page, updated)) {
        std::cerr << "no preview\n";
        return 1;
    }
    const double cold = ms(t);
    const auto &lines = *page.lineModel();
    const int coldSolves = page.preview()->solveCount();
    std::printf("cold preview of %d lines: %.0f ms (%d solved, %d unsolvable, %d invalid; %d solves)   (target <= 3000 ms)\n",
                lines.rowCount(), cold, lines.count(ui::SpecLineStatus::Solved), lines.count(ui::SpecLineStatus::Unsolvable),
                lines.count(ui::SpecLineStatus::Invalid), coldSolves);
    std::printf("  union %zu package files, %zu missing in the target, plan %zu bytes\n",
                page.preview()->plan().platforms.front().packages.size(), page.preview()->plan().missing.size(),
                std::size_t(page.preview()->plan().downloadSize));

    // One edited line at a time, each a request not seen before: from the parse (debounce skipped)
    // to the updated plan, and once more from the edit with the 250 ms debounce.
    ui::CodeEditor &editor = *page.editor();
    std::vector<double> reparse, keystroke;
    int solves = page.preview()->solveCount();
    for (int i = 0; i < edits; ++i) {
        const int line = 2 + (i * 7) % (s_lines - 1);
        bumpPython(editor, line);
        updated.clear();
        QElapsedTimer edit;
        edit.start();
        const bool debounced = i % 2 == 1;
        if (!debounced)
            page.preview()->refresh();
        if (!waitForPlan(page, updated)) {
            std::cerr << "no preview after an edit\n";
            return 1;
        }
        (debounced ? keystroke : reparse).push_back(ms(edit));
        if (page.preview()->solveCount() != solves + 1)
            std::printf("  note: edit %d solved %d lines\n", i, page.preview()->solveCount() - solves);
        solves = page.preview()->solveCount();
        QTest::qWait(20);
    }
    std::printf("one edited line re-previewed, %zu edits:   p50 %6.1f ms   p95 %6.1f ms   max %6.1f ms   (target <= 300 ms)\n",
                reparse.size(), percentile(reparse, 0.5), percentile(reparse, 0.95), percentile(reparse, 1.0));
    std::printf("  from the edit, 250 ms debounce included, %zu edits: p50 %6.1f ms   p95 %6.1f ms\n", keystroke.size(),
                percentile(keystroke, 0.5), percentile(keystroke, 0.95));
    return 0;
}
