// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The Environments page on a copy of the demo workspace, with a real SolveService loading the demo
// channel: type into the editor, wait for the preview, check the table, diagnostics, conflicts and
// changes.
#include "core/envfile/workspace.h"
#include "core/lock/lockfile.h"
#include "tests/support/copytree.h"
#include "tests/support/shardedchannel.h"
#include "ui/mainwindow.h"
#include "ui/models/changetablemodel.h"
#include "ui/models/packagetablemodel.h"
#include "ui/models/problemtreemodel.h"
#include "ui/views/channelfetchpanel.h"
#include "ui/views/environmentpreview.h"
#include "ui/views/environmentspage.h"
#include "ui/widgets/codeeditor.h"
#include "ui/workspacecontext.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QDirIterator>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>
#include <QUrl>

#include <memory>

using ui::Diagnostic;
using ui::EnvironmentPreview;
using ui::EnvironmentsPage;

using testsupport::copyTree;

namespace {

constexpr int s_timeout = 60000;  // the first load of the demo channel builds its .solv cache

/** A page on a fresh copy of the demo workspace, with its own context. */
struct Fixture
{
    QTemporaryDir dir;
    core::envfile::Workspace workspace;
    std::unique_ptr<ui::WorkspaceContext> context;
    std::unique_ptr<EnvironmentsPage> page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;

    bool open()
    {
        // A test may have copied (and changed) the workspace already.
        if (!dir.isValid() || (!QFileInfo::exists(path("deploydeck.yml")) &&
                               !copyTree(QStringLiteral(DEPLOYDECK_SOURCE_DIR "/resources/demo"), dir.path())))
            return false;
        auto ws = core::envfile::readWorkspace(dir.path().toStdString());
        if (!ws)
            return false;
        workspace = *ws;
        context = std::make_unique<ui::WorkspaceContext>(workspace);
        page = std::make_unique<EnvironmentsPage>();
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        testers.push_back(std::make_unique<QAbstractItemModelTester>(page->packageModel(), mode));
        testers.push_back(std::make_unique<QAbstractItemModelTester>(page->changeModel(), mode));
        testers.push_back(std::make_unique<QAbstractItemModelTester>(page->problemModel(), mode));
        testers.push_back(std::make_unique<QAbstractItemModelTester>(page->diagnosticsModel(), mode));
        page->setContext(context.get());
        page->setWorkspace(workspace);
        page->resize(1200, 700);
        page->show();
        return true;
    }

    QString path(const char *relative) const { return dir.filePath(QString::fromLatin1(relative)); }

    /** 1-based number of the first line holding @p text. */
    int lineOf(const QString &text) const
    {
        return page->editor()->document()->find(text).blockNumber() + 1;
    }

    /** Selects @p from in the editor and types @p to over it, key by key. */
    void type(const QString &from, const QString &to)
    {
        ui::CodeEditor *editor = page->editor();
        QTextCursor c = from.isEmpty() ? QTextCursor(editor->document()) : editor->document()->find(from);
        if (from.isEmpty())
            c.movePosition(QTextCursor::End);
        editor->setTextCursor(c);
        editor->setFocus();
        // keyClicks() cannot send '\n': Return starts each new line.
        const QStringList lines = to.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(editor, Qt::Key_Return);
            QTest::keyClicks(editor, lines[i]);
        }
    }
};

/** Runs @p action and waits until the preview has caught up with it. */
template<typename F>
bool waitForPreview(EnvironmentsPage &page, F &&action)
{
    QSignalSpy updated(&page, &EnvironmentsPage::previewUpdated);
    action();
    return updated.wait(s_timeout) || updated.count() > 0;
}

QStringList column(const QAbstractItemModel &model, int col)
{
    QStringList values;
    for (int r = 0; r < model.rowCount(); ++r)
        values << model.index(r, col).data().toString();
    return values;
}

QString versionOf(const ui::PackageTableModel &model, const QString &name)
{
    const int row = model.rowOf(name);
    return row < 0 ? QString() : model.index(row, ui::PackageTableModel::VersionColumn).data().toString();
}

} // namespace

class TestEnvironmentsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("deploydeck-test"));
    }

    void mainWindowSharesOneContextPerWorkspace()
    {
        QTemporaryDir dir;
        QVERIFY(copyTree(QStringLiteral(DEPLOYDECK_SOURCE_DIR "/resources/demo"), dir.path()));
        ui::MainWindow window;
        QVERIFY(window.openWorkspace(dir.path()));
        QPointer<ui::WorkspaceContext> first = window.context();
        QVERIFY(first);
        EnvironmentsPage *page = nullptr;
        for (ui::Page *p : window.pages())
            if (auto *e = qobject_cast<EnvironmentsPage *>(p))
                page = e;
        QVERIFY(page);
        QTRY_COMPARE_WITH_TIMEOUT(page->preview()->state(), EnvironmentPreview::State::Solved, s_timeout);
        QVERIFY(first->isLoaded());

        // Opening a workspace again gives a new context; the old one goes once nothing runs on it.
        QVERIFY(window.openWorkspace(dir.path()));
        QVERIFY(window.context() && window.context() != first.data());
        QTRY_VERIFY_WITH_TIMEOUT(first.isNull(), s_timeout);
        QTRY_COMPARE_WITH_TIMEOUT(page->preview()->state(), EnvironmentPreview::State::Solved, s_timeout);
        QVERIFY(page->packageModel()->rowOf(QStringLiteral("sardana")) >= 0);
    }

    void solvesTheDemoEnvironment()
    {
        Fixture f;
        QVERIFY(f.open());
        QCOMPARE(f.page->currentPath(), f.path("environments/sardana.yml"));
        QVERIFY(f.page->environmentFiles().contains(f.path("environments/tango-tools.yml")));
        QTRY_COMPARE_WITH_TIMEOUT(f.page->preview()->state(), EnvironmentPreview::State::Solved, s_timeout);

        const auto &model = *f.page->packageModel();
        QVERIFY(model.rowOf(QStringLiteral("sardana")) >= 0);
        QVERIFY2(versionOf(model, QStringLiteral("python")).startsWith(QLatin1String("3.9.")),
                 qPrintable(versionOf(model, QStringLiteral("python"))));
        const int sardana = model.rowOf(QStringLiteral("sardana"));
        QCOMPARE(model.index(sardana, ui::PackageTableModel::WhyColumn).data().toString(),
                 QStringLiteral("requested (sardana=3.5.0)"));
        QVERIFY(model.index(model.rowOf(QStringLiteral("pytango")), ui::PackageTableModel::WhyColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("requested")));
        QVERIFY(model.index(model.rowOf(QStringLiteral("libgcc-ng")), ui::PackageTableModel::WhyColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("required by")));
        QVERIFY(model.packageCount() > 50);
        QVERIFY(model.downloadSize() > 0);
        QVERIFY(f.page->totalsText().contains(QString::number(model.packageCount())));
        QVERIFY(f.page->statusText().startsWith(QLatin1String("Solved in")));

        // pip requirements: listed after the packages, with their text, not solved.
        QCOMPARE(model.pipCount(), 2);
        const int pipRow = model.packageCount();
        QCOMPARE(model.index(pipRow, ui::PackageTableModel::NameColumn).data().toString(),
                 QStringLiteral("taurusgui-scangui3==1.1.3"));
        QCOMPARE(model.index(pipRow, ui::PackageTableModel::WhyColumn).data().toString(), QStringLiteral("pip, not solved"));
        QVERIFY(model.index(pipRow, 0).data(ui::PackageTableModel::IsPipRole).toBool());

        // Editing a pip line changes no solve, but the list follows the text.
        QVERIFY(waitForPreview(*f.page, [&] {
            f.type(QStringLiteral("taurusgui-quickgui3==2.1.3"), QStringLiteral("taurusgui-quickgui3==2.2"));
        }));
        QCOMPARE(model.index(pipRow + 1, ui::PackageTableModel::NameColumn).data().toString(),
                 QStringLiteral("taurusgui-quickgui3==2.2"));
        QVERIFY(model.rowOf(QStringLiteral("sardana")) >= 0);
    }

    void typingUpdatesThePreview()
    {
        Fixture f;
        QVERIFY(f.open());
        QTRY_COMPARE_WITH_TIMEOUT(f.page->preview()->state(), EnvironmentPreview::State::Solved, s_timeout);
        QVERIFY(f.page->packageModel()->rowOf(QStringLiteral("fandango")) < 0);
        QVERIFY(waitForPreview(
            *f.page, [&] { f.type(QStringLiteral("  - pytest"), QStringLiteral("  - pytest\nfandango")); }));
        QCOMPARE(f.page->preview()->state(), EnvironmentPreview::State::Solved);
        const int row = f.page->packageModel()->rowOf(QStringLiteral("fandango"));
        QVERIFY(row >= 0);
        QCOMPARE(f.page->packageModel()->index(row, ui::PackageTableModel::WhyColumn).data().toString(),
                 QStringLiteral("requested (fandango)"));
        QVERIFY(f.page->isModified(f.page->currentPath()));
        // The change list compares with the previous solve: fandango (and what it needs) came in.
        QVERIFY(f.page->changeSummary().contains(QLatin1String("installed")));
        const QStringList changed = column(*f.page->changeModel(), ui::ChangeTableModel::NameColumn);
        QVERIFY(changed.contains(QStringLiteral("fandango")));

        // Undo brings the text, and the preview, back.
        QVERIFY(waitForPreview(*f.page, [&] {
            while (f.page->editor()->document()->isUndoAvailable() && f.page->isModified(f.page->currentPath()))
                f.page->editor()->undo();
        }));
        QVERIFY2(!f.page->editor()->toPlainText().contains(QLatin1String("fandango")), qPrintable(f.page->editor()->toPlainText()));
        QTRY_VERIFY_WITH_TIMEOUT(f.page->packageModel()->rowOf(QStringLiteral("fandango")) < 0, s_timeout);
    }

    void invalidSpecIsUnderlined_data()
    {
        QTest::addColumn<QString>("typed");    // typed after "h5py" on its line ("  - h5py", spec at column 5)
        QTest::addColumn<int>("column");        // where the error is, in the line
        QTest::addColumn<QString>("reason");
        QTest::newRow("bad operator") << " <>1" << 10 << "invalid operator";
        QTest::newRow("unknown bracket key") << "[foo=1]" << 10 << "unknown key 'foo'";
        QTest::newRow("unclosed bracket") << "[version=1" << 9 << "missing ']'";
        QTest::newRow("equals without version") << "=" << 10 << "missing version";
    }
    void invalidSpecIsUnderlined()
    {
        QFETCH(QString, typed);
        QFETCH(int, column);
        QFETCH(QString, reason);
        Fixture f;
        QVERIFY(f.open());
        QTRY_COMPARE_WITH_TIMEOUT(f.page->preview()->state(), EnvironmentPreview::State::Solved, s_timeout);
        const int line = f.lineOf(QStringLiteral("  - h5py"));
        QVERIFY(waitForPreview(*f.page, [&] { f.type(QStringLiteral("  - h5py"), QStringLiteral("  - h5py") + typed); }));
        QCOMPARE(f.page->preview()->state(), EnvironmentPreview::State::Error);

        const auto &diagnostics = f.page->diagnosticsModel()->diagnostics();
        QCOMPARE(int(diagnostics.size()), 1);
        const Diagnostic &d = diagnostics.front();
        QCOMPARE(d.severity, Diagnostic::Severity::Error);
        QCOMPARE(d.line, line);
        QCOMPARE(d.column, column);
        QVERIFY2(d.message.contains(reason), qPrintable(d.message));
        // Underlined in the editor, with the reason as its tooltip.
        const Diagnostic *under = f.page->editor()->diagnosticAt(line, column);
        QVERIFY(under);
        QCOMPARE(under->message, d.message);
        QVERIFY(!f.page->editor()->underlinedText(d).isEmpty());
        QVERIFY(f.page->statusText().contains(QLatin1String("problem")));
    }

    void yamlErrorsAndUnknownKeys()
    {
        Fixture f;
        QVERIFY(f.open());
        QTRY_COMPARE_WITH_TIMEOUT(f.page->preview()->state(), EnvironmentPreview::State::Solved, s_timeout);
        // An unknown top-level key is a warning: the environment still solves.
        QVERIFY(waitForPreview(*f.page, [&] { f.type({}, QStringLiteral("flavour: spicy\n")); }));
        auto diagnostics = f.page->diagnosticsModel()->diagnostics();
        QCOMPARE(int(diagnostics.size()), 1);
        QCOMPARE(diagnostics.front().severity, Diagnostic::Severity::Warning);
        QCOMPARE(diagnostics.front().line, f.lineOf(QStringLiteral("flavour:")));
        QCOMPARE(diagnostics.front().column, 1);
        QVERIFY(diagnostics.front().message.contains(QLatin1String("flavour")));
        QTRY_COMPARE_WITH_TIMEOUT(f.page->preview()->state(), EnvironmentPreview::State::Solved, s_timeout);

        // A YAML syntax error (an unclosed flow sequence) is an error at its place.
        QVERIFY(waitForPreview(*f.page, [&] { f.type(QStringLiteral("flavour: spicy"), QStringLiteral("flavour: [spicy")); }));
        diagnostics = f.page->diagnosticsModel()->diagnostics();
        QCOMPARE(int(diagnostics.size()), 1);
        QCOMPARE(diagnostics.front().severity, Diagnostic::Severity::Error);
        const Diagnostic &error = diagnostics.front();
        const QString where = QStringLiteral("%1:%2 %3").arg(error.line).arg(error.column).arg(error.message);
        QVERIFY2(error.line >= f.lineOf(QStringLiteral("flavour:")), qPrintable(where));
        QVERIFY2(!f.page->editor()->underlinedText(error).isEmpty(), qPrintable(where));
        QCOMPARE(f.page->preview()->state(), EnvironmentPreview::State::Error);
        // In words a person typing YAML knows, not the parser's ("end of sequence flow not found").
        QVERIFY2(error.message.contains(QStringLiteral("“[” is not closed")), qPrintable(where));
        // The packages shown are the last solve's, not this text's: greyed until it solves again.
        QVERIFY(f.page->resultsAreStale());
        QVERIFY(waitForPreview(
            *f.page, [&] { f.type(QStringLiteral("flavour: [spicy"), QStringLiteral("flavour: [spicy]")); }));
        QTRY_COMPARE_WITH_TIMEOUT(f.page->preview()->state(), EnvironmentPreview::State::Solved, s_timeout);
        QVERIFY(!f.page->resultsAreStale());
    }

    /** Return keeps the YAML indentation and continues the dependency list, so a new line is valid at once. */
    void returnKeepsTheIndentation()
    {
        Fixture f;
        QVERIFY(f.open());
        QTRY_COMPARE_WITH_TIMEOUT(f.page->preview()->state(), EnvironmentPreview::State::Solved, s_timeout);
        const QString before = f.page->editor()->toPlainText();
        QVERIFY(before.contains(QStringLiteral("\n  - python=3.9\n")));
        QVERIFY(waitForPreview(
            *f.page, [&] { f.type(QStringLiteral("python=3.9"), QStringLiteral("python=3.9\nnumpy")); }));
        QVERIFY2(f.page->editor()->toPlainText().contains(QStringLiteral("\n  - python=3.9\n  - numpy\n")),
            qPrintable(f.page->editor()->toPlainText()));
        QTRY_COMPARE_WITH_TIMEOUT(f.page->preview()->state(), EnvironmentPreview::State::Solved, s_timeout);
        QVERIFY(f.page->packageModel()->rowOf(QStringLiteral("numpy")) >= 0);
        QVERIFY(f.page->diagnosticsModel()->diagnostics().empty());
    }

    void conflictIsExplainedAndFixed()
    {
        Fixture f;
        QVERIFY(f.open());
        // The explanation wraps at the pane's width: a long conflict line is read whole, not cut.
        QCOMPARE(f.page->findChild<QPlainTextEdit *>(QStringLiteral("problemText"))->lineWrapMode(),
            QPlainTextEdit::WidgetWidth);
        QTRY_COMPARE_WITH_TIMEOUT(f.page->preview()->state(), EnvironmentPreview::State::Solved, s_timeout);
        const int pythonLine = f.lineOf(QStringLiteral("python=3.9"));
        const int sardanaLine = f.lineOf(QStringLiteral("sardana=3.5.0"));

        // python 3.8 with sardana: every sardana needs pytango >=9.4.2, built for Python >=3.9 only.
        QVERIFY(waitForPreview(*f.page, [&] { f.type(QStringLiteral("python=3.9"), QStringLiteral("python=3.8")); }));
        QCOMPARE(f.page->preview()->state(), EnvironmentPreview::State::Unsolvable);
        const auto *problems = f.page->problemModel();
        QVERIFY(problems->rowCount() > 0);
        QVERIFY(f.page->problemView()->isExpanded(problems->index(0, 0)) || problems->rowCount(problems->index(0, 0)) == 0);
        const QString text = f.page->problemsText();
        QVERIFY2(text.contains(QLatin1String("python=3.8")), qPrintable(text));
        QCOMPARE(f.page->packageModel()->packageCount(), 0);
        QCOMPARE(f.page->packageModel()->pipCount(), 2);
        QVERIFY(f.page->statusText().startsWith(QLatin1String("Unsolvable")));

        // The specs the conflict starts from are marked in the editor.
        std::vector<int> marked;
        for (const auto &d : f.page->editor()->diagnostics())
            if (d.severity == Diagnostic::Severity::Conflict)
                marked.push_back(d.line);
        QVERIFY(std::find(marked.begin(), marked.end(), pythonLine) != marked.end());
        for (int r = 0; r < problems->rowCount(); ++r) {
            const QString root = problems->index(r, ui::ProblemTreeModel::RequirementColumn).data().toString();
            QVERIFY2(std::find(marked.begin(), marked.end(), f.lineOf(QStringLiteral("- ") + root)) != marked.end(),
                     qPrintable(root));
        }
        QVERIFY(std::find(marked.begin(), marked.end(), sardanaLine) == marked.end() ||
                text.contains(QLatin1String("sardana")));
        QVERIFY(f.page->editor()->diagnosticAt(pythonLine, 5));

        // Fixed with a newer Python: solvable again, and the change list says what moved.
        QVERIFY(waitForPreview(*f.page, [&] { f.type(QStringLiteral("python=3.8"), QStringLiteral("python=3.10")); }));
        QCOMPARE(f.page->preview()->state(), EnvironmentPreview::State::Solved);
        QCOMPARE(problems->rowCount(), 0);
        QVERIFY(f.page->editor()->diagnostics().empty());
        QVERIFY(versionOf(*f.page->packageModel(), QStringLiteral("python")).startsWith(QLatin1String("3.10.")));
        QVERIFY(changeKindOf(*f.page->changeModel(), QStringLiteral("python")) == int(core::lock::ChangeKind::Upgraded));
        QVERIFY(f.page->changeModel()->counts().upgraded > 0);
        QVERIFY(f.page->changeSummary().contains(QLatin1String("upgraded")));

        // And back to 3.9: python goes down again.
        QVERIFY(waitForPreview(*f.page, [&] { f.type(QStringLiteral("python=3.10"), QStringLiteral("python=3.9")); }));
        QCOMPARE(changeKindOf(*f.page->changeModel(), QStringLiteral("python")), int(core::lock::ChangeKind::Downgraded));
        QVERIFY(f.page->changeModel()->counts().downgraded > 0);
        const auto kindIndex = f.page->changeModel()->index(0, ui::ChangeTableModel::KindColumn);
        QVERIFY(kindIndex.data(Qt::ForegroundRole).value<QColor>().isValid());
    }

    void comparesWithALockFile()
    {
        Fixture f;
        QVERIFY(f.open());
        QTRY_COMPARE_WITH_TIMEOUT(f.page->preview()->state(), EnvironmentPreview::State::Solved, s_timeout);
        QVERIFY(!f.page->compareWithLockFile(f.path("no-such.lock")));
        QVERIFY(f.page->statusText().contains(QLatin1String("lock file")));
        // Python 3.10 locked, 3.9 solved: python is a downgrade against the lock.
        core::lock::LockFile lock;
        lock.platforms = {"linux-64"};
        core::lock::LockedPackage python;
        python.name = "python";
        python.version = "3.10.13";
        python.build = "hd12c33a_0_cpython";
        python.platform = python.subdir = "linux-64";
        python.fn = "python-3.10.13-hd12c33a_0_cpython.conda";
        python.url = "file:///x/" + python.fn;
        lock.packages.push_back(python);
        const QString lockPath = f.path("python.lock");
        QVERIFY(core::lock::writeLockFile(lockPath.toStdString(), lock, core::lock::LockFormat::Explicit).ok());
        QVERIFY(f.page->compareWithLockFile(lockPath));
        QCOMPARE(changeKindOf(*f.page->changeModel(), QStringLiteral("python")), int(core::lock::ChangeKind::Downgraded));
        QVERIFY(f.page->changeModel()->counts().installed > 0);  // everything else is not in the lock
        QVERIFY(f.page->compareWithLockFile({}));
        QCOMPARE(f.page->changeModel()->rowCount(), 0);
    }

    /** Export Lock File writes what `deploydeck lock` writes, in both formats, and refuses a stale solve. */
    void exportsTheSameLockAsTheCommandLine()
    {
        Fixture f;
        QVERIFY(f.open());
        QTRY_COMPARE_WITH_TIMEOUT(f.page->preview()->state(), EnvironmentPreview::State::Solved, s_timeout);
        QVERIFY(f.page->pageActions().contains(f.page->exportLockAction()));
        QTRY_VERIFY_WITH_TIMEOUT(f.page->preview()->isUpToDate(), s_timeout);
        QCOMPARE(f.page->preview()->state(), EnvironmentPreview::State::Solved);
        const QString env = f.page->currentPath();
        for (const char *name : { "gui.txt", "gui.yml" }) {
            QVERIFY2(f.page->exportLockFile(f.path(name)), qPrintable(f.page->statusText()));
            QVERIFY(f.page->statusText().contains(QLatin1String("Wrote")));
        }
        for (const char *name : { "cli.txt", "cli.yml" }) {
            QProcess cli;
            cli.start(QStringLiteral(DEPLOYDECK_APP),
                { QStringLiteral("lock"), QStringLiteral("--workspace"), f.dir.path(), QStringLiteral("-f"), env,
                    QStringLiteral("-p"), QStringLiteral("linux-64"), QStringLiteral("-o"), f.path(name) });
            QVERIFY(cli.waitForFinished(s_timeout));
            QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        }
        const auto read = [&](const char *name) {
            QFile file(f.path(name));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        QVERIFY(read("gui.txt").contains("@EXPLICIT"));
        QVERIFY(read("gui.txt").contains("#sha256:") || read("gui.txt").contains("#"));
        QCOMPARE(read("gui.txt"), read("cli.txt"));
        QVERIFY(read("gui.yml").contains("content_hash"));
        QCOMPARE(read("gui.yml"), read("cli.yml"));

        // An edit the preview has not solved yet: nothing is written.
        f.type(QStringLiteral("python=3.9"), QStringLiteral("python=3.10"));
        QVERIFY(!f.page->exportLockFile(f.path("stale.txt")));
        QVERIFY(f.page->statusText().contains(QLatin1String("Not exported")));
        QVERIFY(!QFileInfo::exists(f.path("stale.txt")));
    }

    void fileOperations()
    {
        Fixture f;
        QVERIFY(f.open());
        // New: from a template naming the workspace channel, opened at once.
        const QString created = f.page->newEnvironment(QStringLiteral("scratch"));
        QCOMPARE(created, f.path("environments/scratch.yml"));
        QCOMPARE(f.page->currentPath(), created);
        QVERIFY(f.page->editor()->toPlainText().contains(QLatin1String("mini-conda-forge")));
        QVERIFY(f.page->environmentFiles().contains(created));
        QVERIFY(f.page->newEnvironment(QStringLiteral("scratch")).isEmpty());  // exists
        QVERIFY(f.page->newEnvironment(QStringLiteral("../escape")).isEmpty());

        // Edit and save: written to disk, no longer modified.
        f.type({}, QStringLiteral("  - numpy\n"));
        QVERIFY(f.page->isModified(created));
        QVERIFY(f.page->save());
        QVERIFY(!f.page->isModified(created));
        QFile saved(created);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(saved.readAll()), f.page->editor()->toPlainText());

        // Duplicate: the text with the new name.
        const QString copy = f.page->duplicateEnvironment(QStringLiteral("scratch-copy.yml"));
        QCOMPARE(copy, f.path("environments/scratch-copy.yml"));
        QVERIFY(f.page->editor()->toPlainText().startsWith(QLatin1String("name: scratch-copy\n")));
        QVERIFY(f.page->editor()->toPlainText().contains(QLatin1String("  - numpy")));

        // Rename keeps unsaved edits; delete removes the file.
        f.type({}, QStringLiteral("  - h5py\n"));
        QVERIFY(f.page->renameEnvironment(QStringLiteral("renamed")));
        const QString renamed = f.path("environments/renamed.yml");
        QCOMPARE(f.page->currentPath(), renamed);
        QVERIFY(QFileInfo::exists(renamed) && !QFileInfo::exists(copy));
        QVERIFY(f.page->isModified(renamed));
        QVERIFY(f.page->editor()->toPlainText().contains(QLatin1String("  - h5py")));
        QVERIFY(f.page->deleteEnvironment());
        QVERIFY(!QFileInfo::exists(renamed));
        QVERIFY(!f.page->environmentFiles().contains(renamed));
        QVERIFY(!f.page->currentPath().isEmpty());  // another file is shown
    }

    void otherPlatformsReloadTheChannels()
    {
        Fixture f;
        // The demo workspace with a second platform, for which the demo channel has noarch only.
        QVERIFY(f.dir.isValid() && copyTree(QStringLiteral(DEPLOYDECK_SOURCE_DIR "/resources/demo"), f.dir.path()));
        QFile config(f.path("deploydeck.yml"));
        QVERIFY(config.open(QIODevice::ReadWrite));
        QByteArray text = config.readAll().replace("platforms:\n  - linux-64\n", "platforms:\n  - linux-64\n  - osx-64\n");
        QVERIFY(config.resize(0) && config.write(text) == text.size());
        config.close();
        QVERIFY(f.open());
        QTRY_COMPARE_WITH_TIMEOUT(f.page->preview()->state(), EnvironmentPreview::State::Solved, s_timeout);

        f.page->setPlatform(QStringLiteral("osx-64"));
        QTRY_COMPARE_WITH_TIMEOUT(f.page->preview()->state(), EnvironmentPreview::State::Unsolvable, s_timeout);
        QCOMPARE(f.context->platform(), QStringLiteral("osx-64"));
        QVERIFY(f.page->problemsText().contains(QLatin1String("python")));
        f.page->setPlatform(QStringLiteral("linux-64"));
        QTRY_COMPARE_WITH_TIMEOUT(f.page->preview()->state(), EnvironmentPreview::State::Solved, s_timeout);
        QVERIFY(f.page->packageModel()->rowOf(QStringLiteral("sardana")) >= 0);
    }

    /**
     * The workspace's channel_alias (a file:// folder that holds `conda-forge`) resolves the named
     * channel for the page's solves, and its exclude_newer leaves out what was published after it.
     */
    void workspaceAliasAndExcludeNewer_data()
    {
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<int>("state");
        QTest::newRow("alias") << QByteArray() << int(EnvironmentPreview::State::Solved);
        QTest::newRow("alias, exclude_newer before every record")
            << QByteArray("exclude_newer: 2000-01-01\n") << int(EnvironmentPreview::State::Unsolvable);
    }
    void workspaceAliasAndExcludeNewer()
    {
        QFETCH(QByteArray, extra);
        QFETCH(int, state);
        Fixture f;
        QVERIFY(f.dir.isValid() && copyTree(QStringLiteral(DEPLOYDECK_SOURCE_DIR "/resources/demo"), f.dir.path()));
        const QString alias = f.path("server");
        QVERIFY(copyTree(f.path("channels/mini-conda-forge"), alias + QStringLiteral("/conda-forge")));
        QVERIFY(QDir(f.path("channels/mini-conda-forge")).removeRecursively());
        QFile config(f.path("deploydeck.yml"));
        QVERIFY(config.open(QIODevice::ReadWrite));
        QByteArray text = config.readAll();
        QVERIFY(text.contains("  - ./channels/mini-conda-forge\n")
            && text.contains("channel_alias: https://conda.anaconda.org\n"));
        text.replace("  - ./channels/mini-conda-forge\n", "  - conda-forge\n");
        text.replace("channel_alias: https://conda.anaconda.org\n",
            QByteArray("channel_alias: " + QUrl::fromLocalFile(alias).toString().toUtf8() + "\n" + extra));
        QVERIFY(config.resize(0) && config.write(text) == text.size());
        config.close();
        QVERIFY(f.open());
        QTRY_COMPARE_WITH_TIMEOUT(int(f.page->preview()->state()), state, s_timeout);
        QVERIFY(f.context->isLoaded());
        QCOMPARE(f.context->skippedChannels(), std::vector<std::string> {});
        if (state == int(EnvironmentPreview::State::Solved))
            QVERIFY(f.page->packageModel()->rowOf(QStringLiteral("sardana")) >= 0);
        else
            QVERIFY(!f.page->problemsText().isEmpty());
    }

    /**
     * On a sharded channel (served by Python's http.server), the preview fetches the shards of the
     * names its environment reaches; a keystroke that adds a new name fetches just that name's
     * shards and appends their records: the database is not reloaded.
     */
    void aNewNameOnAShardedChannelFetchesOnlyItsShards()
    {
        testsupport::ShardedDemoServer served;
        QVERIFY2(served.start(), qPrintable(served.server.errorText()));
        Fixture f;
        QVERIFY(f.dir.isValid() && copyTree(QStringLiteral(DEPLOYDECK_SOURCE_DIR "/resources/demo"), f.dir.path()));
        QVERIFY(QDir(f.path("channels/mini-conda-forge")).removeRecursively());
        auto text = core::util::readFile(f.path("deploydeck.yml"));
        QVERIFY(text.ok());
        const QByteArray edited = served.servedDemoWorkspace(*text);
        QVERIFY(edited != *text);
        QVERIFY(core::util::writeFileAtomically(f.path("deploydeck.yml"), edited).ok());
        QVERIFY(f.open());
        // The Channels page's fetch: the shard indexes only, then the names the pages ask for.
        ui::ChannelFetchPanel panel;
        panel.setFetchOptions(served.options);
        panel.setContext(f.context.get());
        panel.setWorkspace(f.workspace);
        QTRY_COMPARE_WITH_TIMEOUT(f.page->preview()->state(), EnvironmentPreview::State::Solved, s_timeout);
        QVERIFY(f.context->hasShardedChannels());
        QVERIFY(f.page->packageModel()->rowOf(QStringLiteral("sardana")) >= 0);
        const int before = testsupport::cachedShards(served.cache.path());
        QVERIFY2(before > 100 && before < 169, qPrintable(QString::number(before)));
        QVERIFY(!f.context->isFollowed("dsconfig"));

        // dsconfig reaches 8 names the environment did not: 8 shards more, appended, no reload.
        QSignalSpy reloaded(f.context.get(), &ui::WorkspaceContext::channelsLoaded);
        QSignalSpy added(f.context.get(), &ui::WorkspaceContext::namesAdded);
        QVERIFY(waitForPreview(
            *f.page, [&] { f.type(QStringLiteral("  - pytest"), QStringLiteral("  - pytest\ndsconfig")); }));
        QTRY_COMPARE_WITH_TIMEOUT(f.page->preview()->state(), EnvironmentPreview::State::Solved, s_timeout);
        QTRY_VERIFY_WITH_TIMEOUT(f.page->packageModel()->rowOf(QStringLiteral("dsconfig")) >= 0, s_timeout);
        QCOMPARE(testsupport::cachedShards(served.cache.path()) - before, 8);
        QCOMPARE(reloaded.count(), 0);
        QVERIFY(added.count() >= 1);
        QVERIFY(f.context->isFollowed("dsconfig") && f.context->isFollowed("jsonschema"));
        QVERIFY(f.page->packageModel()->rowOf(QStringLiteral("sardana")) >= 0);
    }

    void emptyEnvironmentAndMissingChannels()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(!f.page->newEnvironment(QStringLiteral("empty")).isEmpty());
        QVERIFY(waitForPreview(*f.page, [&] {
            f.type(QStringLiteral("  - python"), QStringLiteral("  # nothing yet"));
        }));
        QTRY_COMPARE_WITH_TIMEOUT(f.page->preview()->state(), EnvironmentPreview::State::Solved, s_timeout);
        QCOMPARE(f.page->packageModel()->rowCount(), 0);

        // A workspace whose channel folder is missing: the preview says why instead of solving.
        QTemporaryDir broken;
        QFile config(broken.filePath(QStringLiteral("deploydeck.yml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("name: broken\nchannels:\n  - ./nowhere\nenvironments:\n  - ./env.yml\n");
        config.close();
        QFile env(broken.filePath(QStringLiteral("env.yml")));
        QVERIFY(env.open(QIODevice::WriteOnly));
        env.write("name: x\ndependencies:\n  - python\n");
        env.close();
        auto ws = core::envfile::readWorkspace(broken.path().toStdString());
        QVERIFY(ws.ok());
        ui::WorkspaceContext context(*ws);
        EnvironmentsPage page;
        page.setContext(&context);
        page.setWorkspace(*ws);
        QTRY_COMPARE_WITH_TIMEOUT(page.preview()->state(), EnvironmentPreview::State::Error, s_timeout);
        QTRY_VERIFY(page.statusText().contains(QLatin1String("nowhere")));
        QCOMPARE(context.state(), ui::WorkspaceContext::State::Failed);
    }

private:
    static int changeKindOf(const ui::ChangeTableModel &model, const QString &name)
    {
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.index(r, ui::ChangeTableModel::NameColumn).data().toString() == name)
                return model.index(r, 0).data(ui::ChangeTableModel::KindRole).toInt();
        return -1;
    }
};

QTEST_MAIN(TestEnvironmentsPage)
#include "tst_environmentspage.moc"
