// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The Spec lists page on a copy of the demo workspace, with a real SolveService loading the demo
// channel: wait for the preview, check lines, union, sync plan, conflicts and diagnostics, type.
#include "core/envfile/workspace.h"
#include "core/util/atomicfile.h"
#include "tests/support/copytree.h"
#include "tests/support/messageboxes.h"
#include "tests/support/shardedchannel.h"
#include "ui/models/diagnosticsmodel.h"
#include "ui/models/problemtreemodel.h"
#include "ui/models/speclinemodel.h"
#include "ui/models/syncplanmodel.h"
#include "ui/models/unionmodel.h"
#include "ui/views/channelfetchpanel.h"
#include "ui/views/speclistpreview.h"
#include "ui/views/speclistspage.h"
#include "ui/widgets/codeeditor.h"
#include "ui/workspacecontext.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

#include <memory>

using ui::SpecLineStatus;
using ui::SpecListsPage;

using testsupport::copyTree;

namespace {

constexpr int s_timeout = 60000;  // the first load of the demo channel builds its .solv cache
const auto s_unsolvable = QStringLiteral("python=3.11 itango pytango=9.3");

/** The .conda records of @p channel's noarch repodata.json, by file name. */
QJsonObject noarchRecords(const QString &channel)
{
    auto text = core::util::readFile(channel + QStringLiteral("/noarch/repodata.json"));
    return text ? QJsonDocument::fromJson(*text).object().value(QLatin1String("packages.conda")).toObject()
                : QJsonObject();
}

/** A page on a fresh copy of the demo workspace, with its own context. */
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<ui::WorkspaceContext> context;
    std::unique_ptr<SpecListsPage> page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;

    /** Copies the demo; @p edit may change its deploydeck.yml text first. */
    bool open(const std::function<QByteArray(QByteArray)> &edit = {})
    {
        if (!dir.isValid() || !copyTree(QStringLiteral(DEPLOYDECK_SOURCE_DIR "/resources/demo"), dir.path()))
            return false;
        if (edit) {
            auto text = core::util::readFile(path("deploydeck.yml"));
            if (!text || !core::util::writeFileAtomically(path("deploydeck.yml"), edit(*text)))
                return false;
        }
        auto ws = core::envfile::readWorkspace(dir.path().toStdString());
        if (!ws)
            return false;
        context = std::make_unique<ui::WorkspaceContext>(*ws);
        page = std::make_unique<SpecListsPage>();
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
                 page->lineModel(), page->unionModel(), page->syncPlanModel(), page->problemModel(), page->diagnosticsModel()})
            testers.push_back(std::make_unique<QAbstractItemModelTester>(model, mode));
        page->setContext(context.get());
        page->setWorkspace(*ws);
        page->resize(1200, 700);
        page->show();  // the preview runs while the page is visible
        return true;
    }

    QString path(const char *relative) const { return dir.filePath(QString::fromLatin1(relative)); }

    /** 1-based number of the line that is exactly @p text. */
    int lineOf(const QString &text) const
    {
        for (QTextBlock b = page->editor()->document()->begin(); b.isValid(); b = b.next())
            if (b.text() == text)
                return b.blockNumber() + 1;
        return -1;
    }

    /** Waits until the preview is up to date with the text (a pending edit's debounce included). */
    bool waitForPlan()
    {
        QSignalSpy updated(page.get(), &SpecListsPage::previewUpdated);
        QElapsedTimer timer;
        timer.start();
        while (!page->preview()->isUpToDate() && timer.elapsed() < s_timeout)
            updated.wait(200);
        return page->preview()->isUpToDate();
    }

    /** Selects @p from in the editor and types @p to over it (or appends a line when @p from is empty). */
    void type(const QString &from, const QString &to)
    {
        ui::CodeEditor *editor = page->editor();
        QTextCursor c = from.isEmpty() ? QTextCursor(editor->document()) : editor->document()->find(from);
        if (from.isEmpty())
            c.movePosition(QTextCursor::End);
        editor->setTextCursor(c);
        editor->setFocus();
        if (from.isEmpty())
            QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, to);
    }

    const ui::SpecLineEntry *entry(int lineNumber) const
    {
        const int row = page->lineModel()->rowOf(lineNumber);
        return row < 0 ? nullptr : &page->lineModel()->lines()[std::size_t(row)];
    }
};

} // namespace

class TestSpecListsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void previewsTheDemoList()
    {
        Fixture f;
        QVERIFY(f.open());
        QCOMPARE(f.page->currentPath(), f.path("speclists/maxiv_packages_specs.txt"));
        QVERIFY(f.waitForPlan());
        const auto &lines = *f.page->lineModel();
        QCOMPARE(lines.rowCount(), 11);  // the demo's lines with specs
        QCOMPARE(lines.count(SpecLineStatus::Solved), 11);
        QCOMPARE(lines.count(SpecLineStatus::Unsolvable), 0);
        const auto *sardana = f.entry(f.lineOf(QStringLiteral(
            "python=3.9 sardana bitshuffle matplotlib pytango taurus taurus_pyqtgraph h5py hdf5plugin icepap sockio")));
        QVERIFY(sardana);
        QCOMPARE(sardana->status, SpecLineStatus::Solved);
        QVERIFY(sardana->packageCount > 50);
        QVERIFY(f.page->statusText().startsWith(QLatin1String("Planned in")));
    }

    void unsolvableLineIsExplainedAndExcluded()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.waitForPlan());
        QCOMPARE(f.lineOf(s_unsolvable), -1); // the shipped list has it fixed; type the mistake back
        f.type(QString(), s_unsolvable);
        QVERIFY(f.waitForPlan());
        const int line = f.lineOf(s_unsolvable);
        QVERIFY(line > 0);
        QCOMPARE(f.entry(line)->status, SpecLineStatus::Unsolvable);
        QVERIFY(!f.entry(line)->detail.isEmpty());

        // Nothing selected yet: the page shows the failing line by itself, tree and text.
        QCOMPARE(f.page->selectedLine(), line);
        QVERIFY(f.page->problemModel()->rowCount() > 0);
        QVERIFY2(f.page->lineDetailsText().contains(QLatin1String("pytango")), qPrintable(f.page->lineDetailsText()));
        QVERIFY(f.page->lineDetailsText().contains(QLatin1String("excluded from the sync plan")));

        // Marked in the editor and listed with the problems.
        const ui::Diagnostic *mark = f.page->editor()->diagnosticAt(line, 1);
        QVERIFY(mark);
        QCOMPARE(mark->severity, ui::Diagnostic::Severity::Conflict);
        QCOMPARE(f.page->diagnosticsModel()->count(ui::Diagnostic::Severity::Conflict), 1);

        // Excluded from the union and the plan, and named in the totals.
        const auto &plan = f.page->preview()->plan();
        for (const auto &p : plan.platforms.front().packages)
            QVERIFY(std::find(p.lines.begin(), p.lines.end(), line) == p.lines.end());
        QVERIFY(plan.hasFailedLines());
        QVERIFY2(f.page->totalsText().contains(QStringLiteral("line %1 (unsolvable)").arg(line)), qPrintable(f.page->totalsText()));
    }

    void planTotalsForLinux()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.waitForPlan());
        const auto &plan = f.page->preview()->plan();
        QCOMPARE(plan.platforms.size(), std::size_t(1));
        QCOMPARE(plan.platforms.front().platform, std::string("linux-64"));
        // Since the mirror's last sync its source published itango 0.1.10 and icepap 3.8.1, which the
        // spec list's lines pick: the two files to copy, with the sizes the source's repodata gives.
        const QJsonObject source = noarchRecords(f.path("channels/conda-forge"));
        const QStringList added { QStringLiteral("icepap-3.8.1-pyhd8ed1ab_0.conda"),
            QStringLiteral("itango-0.1.10-pyhd8ed1ab_0.conda") };
        QStringList missing;
        for (const auto &p : plan.platforms.front().missing)
            missing << QString::fromStdString(p.record.fn);
        missing.sort();
        QCOMPARE(missing, added);
        QVERIFY(plan.platforms.front().packages.size() > 150);
        std::uint64_t size = 0;
        for (const QString &fn : added)
            size += std::uint64_t(source.value(fn).toObject().value(QLatin1String("size")).toInteger());
        QVERIFY(size > 0);
        QCOMPARE(plan.platforms.front().downloadSize, size);
        const auto *model = f.page->syncPlanModel();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->rowCount(model->index(0, 0)), 2);
        QVERIFY2(f.page->totalsText().startsWith(QStringLiteral("2 new package(s) to upload for linux-64, ")),
            qPrintable(f.page->totalsText()));
        QVERIFY(!f.page->totalsText().contains(QLatin1String(", 0 B")));
        QCOMPARE(f.page->unionModel()->missingCount(), 2);

        // Sync… hands exactly the missing files to the sync job, into the mirror.
        const auto options = f.page->syncOptions();
        QCOMPARE(options.items.size(), plan.missing.size());
        QVERIFY(options.validate().ok());
        QVERIFY(options.target.endsWith(QLatin1String("channels/mini-conda-forge")));
        QVERIFY(f.page->syncAction()->isEnabled());
    }

    /**
     * Sync… reads the source's own records: the files the mirror holds under a record the source
     * has changed since (the demo's five repodata patches) are named in the question, and handed to
     * the job as records to replace, with the source's record, not as downloads.
     */
    void syncNamesRecordsTheSourceHasChanged()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.waitForPlan());
        const QString fn = QStringLiteral("taurus-5.1.8-pyhd8ed1ab_0.conda");
        const QJsonObject source = noarchRecords(f.path("channels/conda-forge")).value(fn).toObject();
        const QJsonObject mirrored = noarchRecords(f.path("channels/mini-conda-forge")).value(fn).toObject();
        QVERIFY(!source.isEmpty() && !mirrored.isEmpty());
        QVERIFY(source != mirrored); // the source tightened a dependency after the mirror took the file

        QSignalSpy requested(f.page.get(), &SpecListsPage::syncRequested);
        auto asked = testsupport::answerNextBox(QMessageBox::Yes);
        QTRY_VERIFY(f.page->syncAction()->isEnabled());
        f.page->syncAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(requested.count(), 1, s_timeout);
        QVERIFY2(asked->text.contains(QStringLiteral("The source has changed the record of 5 file")),
            qPrintable(asked->text));
        QVERIFY2(asked->text.contains(QStringLiteral("noarch/") + fn + QStringLiteral(": depends")),
            qPrintable(asked->text));
        QCOMPARE(f.page->lastRecordUpdates(), 5);
        const auto options = requested.first().first().value<core::sync::SyncOptions>();
        QCOMPARE(options.items.size(), std::size_t(7));
        QVERIFY2(options.source.endsWith(QLatin1String("/channels/conda-forge")), qPrintable(options.source));
        const auto update
            = std::find_if(options.items.begin(), options.items.end(), [&](const auto &i) { return i.fn == fn; });
        QVERIFY(update != options.items.end());
        QVERIFY(update->recordOnly);
        QCOMPARE(QJsonDocument::fromJson(update->record).object(), source);
        QVERIFY(!options.items.front().recordOnly);
        QVERIFY(!options.items.front().record.isEmpty()); // a file to copy carries the source's record too
        QCOMPARE(options.mode, core::sync::SyncMode::Copy);

        // The dry run: the same items, no question, a job that writes nothing.
        f.page->dryRunAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(requested.count(), 2, s_timeout);
        const auto dry = requested.last().first().value<core::sync::SyncOptions>();
        QCOMPARE(dry.mode, core::sync::SyncMode::DryRun);
        QCOMPARE(dry.items, options.items);
    }

    void unionShowsWhichLinesNeedPython()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.waitForPlan());
        const QList<int> python = f.page->unionModel()->linesNeeding(QStringLiteral("python"));
        QVERIFY(python.contains(f.lineOf(QStringLiteral("python=3.9"))));
        QVERIFY(python.contains(f.lineOf(QStringLiteral("python=3.9 pytest pip"))));
        QVERIFY(python.contains(
            f.lineOf(QStringLiteral("python=3.10 sardana taurus taurus_pyqtgraph h5py hdf5plugin matplotlib"))));
        QCOMPARE(f.page->unionModel()->linesNeeding(QStringLiteral("sardana")).size(), 2);
    }

    void invalidSpecIsUnderlined_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad operator") << QStringLiteral("python=3.9 numpy>>1") << 17
                                      << QStringLiteral("Invalid match spec “numpy>>1” (");
        QTest::newRow("version split from its name") << QStringLiteral("python=3.9 numpy >=1.6") << 18
                                                     << QStringLiteral("join a version to its name (numpy>=1.6)");
        QTest::newRow("unterminated quote")
            << QStringLiteral("h5py \"numpy >=1.6") << 6 << QStringLiteral("Unterminated quote \"");
    }

    void invalidSpecIsUnderlined()
    {
        QFETCH(QString, text);
        QFETCH(int, column);
        QFETCH(QString, message);
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.waitForPlan());
        f.type({}, text);
        QVERIFY(f.waitForPlan());
        const int line = f.lineOf(text);
        QVERIFY(line > 0);
        const ui::Diagnostic *d = f.page->editor()->diagnosticAt(line, column);
        QVERIFY(d);
        QCOMPARE(d->severity, ui::Diagnostic::Severity::Error);
        QCOMPARE(d->column, column);
        QVERIFY2(d->message.contains(message), qPrintable(d->message));
        const auto *problems = f.page->diagnosticsModel();
        QCOMPARE(problems->count(ui::Diagnostic::Severity::Error), 1);
        const int row = problems->rowCount() - 1;  // sorted by line: the appended line is last
        QCOMPARE(problems->index(row, ui::DiagnosticsModel::LineColumn).data().toInt(), line);
        QCOMPARE(problems->index(row, ui::DiagnosticsModel::ColumnColumn).data().toInt(), column);
        // The line is invalid, not solved, and kept out of the plan.
        QCOMPARE(f.entry(line)->status, SpecLineStatus::Invalid);
        for (const auto &p : f.page->preview()->plan().platforms.front().packages)
            QVERIFY(std::find(p.lines.begin(), p.lines.end(), line) == p.lines.end());
    }

    void characterColumns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("byteColumn");
        QTest::addColumn<int>("characterColumn");
        QTest::newRow("ascii") << QStringLiteral("numpy>>1") << 6 << 6;
        QTest::newRow("after a two-byte letter") << QStringLiteral("\u00e9 numpy") << 4 << 3;
        QTest::newRow("past the end") << QStringLiteral("ab") << 10 << 3;
    }

    void characterColumns()
    {
        QFETCH(QString, text);
        QFETCH(int, byteColumn);
        QFETCH(int, characterColumn);
        QCOMPARE(ui::characterColumn(text.toStdString(), byteColumn), characterColumn);
    }

    void editingOneLineSolvesOnlyThatLine()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.waitForPlan());
        const int before = f.page->preview()->solveCount();
        QVERIFY2(before >= 11, qPrintable(QString::number(before)));
        const int line = f.lineOf(QStringLiteral("python=3.11 dsconfig pyyaml click"));
        const int packagesBefore = f.entry(line)->packageCount;
        const QString original = f.page->editor()->toPlainText();

        f.type(QStringLiteral("pyyaml click"), QStringLiteral("pyyaml"));
        QVERIFY(f.waitForPlan());
        QCOMPARE(f.page->preview()->solveCount(), before + 1);
        QCOMPARE(f.entry(line)->status, SpecLineStatus::Solved);
        QCOMPARE(f.entry(line)->specs, QStringLiteral("python=3.11 dsconfig pyyaml"));
        QVERIFY(f.entry(line)->packageCount != packagesBefore);  // click and its needs are gone
        QCOMPARE(f.page->lineModel()->count(SpecLineStatus::Solved), 11);

        // Undo brings back specs solved before: nothing is solved again.
        ui::CodeEditor *editor = f.page->editor();
        while (editor->toPlainText() != original && editor->document()->isUndoAvailable())
            editor->undo();
        QVERIFY(f.waitForPlan());
        QCOMPARE(f.entry(line)->specs, QStringLiteral("python=3.11 dsconfig pyyaml click"));
        QCOMPARE(f.page->preview()->solveCount(), before + 1);
        QCOMPARE(f.entry(line)->packageCount, packagesBefore);
    }

    /**
     * On a sharded channel (served by Python's http.server) the plan is the flat channel's, and a
     * new line naming a package no line reached fetches that package's shard alone, appended to
     * the database without reloading it.
     */
    void aShardedChannelPlansAndGrowsLineByLine()
    {
        testsupport::ShardedDemoServer served;
        QVERIFY2(served.start(), qPrintable(served.server.errorText()));
        Fixture f;
        QVERIFY(f.open([&](const QByteArray &text) { return served.servedDemoWorkspace(text); }));
        ui::ChannelFetchPanel panel;
        panel.setFetchOptions(served.options);
        panel.setContext(f.context.get());
        auto ws = core::envfile::readWorkspace(f.dir.path().toStdString());
        QVERIFY(ws.ok());
        panel.setWorkspace(*ws);
        QTRY_VERIFY_WITH_TIMEOUT(f.context->hasShardedChannels(), s_timeout);
        QVERIFY(f.waitForPlan());
        QCOMPARE(f.page->lineModel()->rowCount(), 11);
        QCOMPARE(f.page->lineModel()->count(SpecLineStatus::Solved), 11);
        QCOMPARE(f.page->lineModel()->count(SpecLineStatus::Unsolvable), 0);
        const int before = testsupport::cachedShards(served.cache.path());
        QCOMPARE(before, 167); // every name the list reaches, each once
        QVERIFY(!f.context->isFollowed("typing-extensions"));

        QSignalSpy reloaded(f.context.get(), &ui::WorkspaceContext::channelsLoaded);
        f.type(QString(), QStringLiteral("python=3.11 typing-extensions"));
        QVERIFY(f.waitForPlan());
        const auto *added = f.entry(f.lineOf(QStringLiteral("python=3.11 typing-extensions")));
        QVERIFY(added);
        QCOMPARE(added->status, SpecLineStatus::Solved);
        QCOMPARE(testsupport::cachedShards(served.cache.path()), before + 1);
        QCOMPARE(reloaded.count(), 0);
        QCOMPARE(f.page->lineModel()->count(SpecLineStatus::Solved), 12);
    }

    void savesAtomically()
    {
        Fixture f;
        QVERIFY(f.open());
        const QString path = f.page->currentPath();
        f.type({}, QStringLiteral("python=3.10 pytest"));
        QVERIFY(f.page->isModified(path));
        QVERIFY(f.page->save());
        QVERIFY(!f.page->isModified(path));
        auto saved = core::util::readFile(path);
        QVERIFY(saved);
        QCOMPARE(QString::fromUtf8(*saved), f.page->editor()->toPlainText());
        QVERIFY(saved->endsWith("python=3.10 pytest"));
        QVERIFY(!f.page->openSpecList(f.path("speclists/none.txt")));
        QVERIFY(f.page->statusText().startsWith(QLatin1String("Cannot open")));
        QCOMPARE(f.page->currentPath(), path);
    }

    void plansEveryPlatform()
    {
        // osx-64 is not in the demo channel (only noarch is): its lines that need Python cannot solve
        // there, while linux-64 plans as before.
        Fixture f;
        QVERIFY(f.open([](QByteArray yml) { return yml.replace("  - linux-64\n", "  - linux-64\n  - osx-64\n"); }));
        QVERIFY(f.waitForPlan());
        const auto &plan = f.page->preview()->plan();
        QCOMPARE(plan.platforms.size(), std::size_t(2));
        QCOMPARE(plan.platforms[1].platform, std::string("osx-64"));
        QVERIFY(plan.platforms[0].missing.size() > 0);
        const auto *python = f.entry(f.lineOf(QStringLiteral("python=3.9")));
        QCOMPARE(python->status, SpecLineStatus::Unsolvable);
        QCOMPARE(python->platform, QStringLiteral("osx-64"));
        QVERIFY(f.page->preview()->lineResult(f.lineOf(QStringLiteral("python=3.9")), QStringLiteral("linux-64"))->status ==
                core::solve::LineStatus::Solved);
        QCOMPARE(f.page->syncPlanModel()->rowCount(), 2);
        QCOMPARE(f.page->totalsText().split(QLatin1Char('\n')).size(), 3);  // two platforms and the total
        // The shared database still holds linux-64 for the other pages.
        QCOMPARE(f.context->platform(), QStringLiteral("linux-64"));
    }
};

QTEST_MAIN(TestSpecListsPage)
#include "tst_speclistspage.moc"
