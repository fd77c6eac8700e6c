// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/jobs/processjob.h"
#include "core/util/atomicfile.h"
#include "tests/support/copytree.h"
#include "tests/support/messageboxes.h"
#include "ui/mainwindow.h"
#include "ui/views/ansiblereviewview.h"
#include "ui/views/environmentspage.h"
#include "ui/views/jobspage.h"
#include "ui/views/page.h"
#include "ui/views/speclistpreview.h"
#include "ui/views/speclistspage.h"
#include "ui/workspacecontext.h"

#include <QCryptographicHash>
#include <QFrame>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

namespace {

QByteArray readText(const QString &path)
{
    auto bytes = core::util::readFile(path);
    return bytes ? *bytes : QByteArray("<unreadable>");
}

/** A window on a copy of the demo workspace, shown, with an unsaved edit of sardana.yml. */
struct EditedDemo
{
    QTemporaryDir dir;
    ui::MainWindow window;
    QString file;
    QByteArray saved;

    bool make()
    {
        if (!dir.isValid()
            || !testsupport::copyTree(QStringLiteral(DEPLOYDECK_SOURCE_DIR "/resources/demo"), dir.path())
            || !window.openWorkspace(dir.path()))
            return false;
        window.show();
        auto *page = qobject_cast<ui::EnvironmentsPage *>(window.pages()[1]);
        file = QDir(dir.path()).filePath(QStringLiteral("environments/sardana.yml"));
        saved = readText(file);
        if (!page || !page->openEnvironment(file))
            return false;
        QTextCursor(page->documentList()->currentDocument()).insertText(QStringLiteral("# edited\n"));
        return page->isModified(file);
    }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("deploydeck-test"));
        QSettings().clear();
    }

    void hasTheFivePages()
    {
        ui::MainWindow window;
        QCOMPARE(int(window.pages().size()), 5);
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        QVERIFY(sidebar);
        QStringList titles;
        for (int i = 0; i < sidebar->count(); ++i)
            titles << sidebar->item(i)->text();
        QCOMPARE(titles, (QStringList{QStringLiteral("Channels"), QStringLiteral("Environments"), QStringLiteral("Spec lists"),
                                      QStringLiteral("Inventory"), QStringLiteral("Jobs")}));
        window.showPage(3);
        QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(), window.pages()[3]);
    }

    /** Started without a workspace the window says what one is and offers Open Workspace and Open Demo. */
    void emptyStartOffersTheDemo()
    {
        const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        QVERIFY(data.contains(QLatin1String(".qttest"))); // test mode: not the user's own folder
        QDir(data + QStringLiteral("/deploydeck/demo")).removeRecursively();
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *start = window.findChild<QWidget *>(QStringLiteral("startPanel"));
        QVERIFY(start && start->isVisible());
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("startOpenWorkspace"))->isVisible());
        auto *demo = window.findChild<QPushButton *>(QStringLiteral("startOpenDemo"));
        QVERIFY(demo && demo->isVisible());
        demo->click();
        // A copy in the user's data folder is opened, so edits never touch the bundled files.
        const QString copy = QDir(data).filePath(QStringLiteral("deploydeck/demo"));
        QCOMPARE(QString::fromStdString(window.workspace().root), copy);
        QVERIFY(QFileInfo::exists(copy + QStringLiteral("/environments/sardana.yml")));
        QVERIFY(!start->isVisible());
        QCOMPARE(
            window.findChild<QStackedWidget *>()->currentWidget(), window.pages()[std::size_t(window.currentPage())]);
        // A second Open Demo opens the same copy, edits and all.
        QVERIFY(core::util::writeFileAtomically(copy + QStringLiteral("/environments/mine.yml"), "name: mine\n").ok());
        ui::MainWindow again;
        again.openDemo();
        QCOMPARE(QString::fromStdString(again.workspace().root), copy);
        QVERIFY(QFileInfo::exists(copy + QStringLiteral("/environments/mine.yml")));
    }

    /** A page's status message stays with its page: another page does not show it. */
    void statusMessagesBelongToTheirPage()
    {
        ui::MainWindow window;
        window.show();
        window.showPage(1);
        Q_EMIT window.pages()[2]->statusChanged(QStringLiteral("planned on the spec lists page"));
        QVERIFY(!window.statusBar()->currentMessage().contains(QLatin1String("spec lists page")));
        Q_EMIT window.pages()[1]->statusChanged(QStringLiteral("solved on the environments page"));
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("solved on the environments page"));
        window.showPage(2);
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("planned on the spec lists page"));
        window.showPage(3);
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("No workspace open"));
        window.showPage(1);
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("solved on the environments page"));
    }

    void opensTheDemoWorkspaceAndRemembersIt()
    {
        ui::MainWindow window;
        QVERIFY(window.openWorkspace(QStringLiteral(DEPLOYDECK_SOURCE_DIR "/resources/demo")));
        QVERIFY(window.windowTitle().contains(QLatin1String("MAX IV demo")));
        QCOMPARE(window.workspace().platform, std::string("linux-64"));
        const QString root = QString::fromStdString(window.workspace().root);
        QCOMPARE(QSettings().value(QStringLiteral("workspaces/last")).toString(), root);
        QVERIFY(QSettings().value(QStringLiteral("workspaces/recent")).toStringList().contains(root));

        ui::MainWindow again;
        again.openLastWorkspace();
        QCOMPARE(QString::fromStdString(again.workspace().root), root);
    }

    /**
     * At 1024×700 the review grid of a run on every demo host shows every host's column whole,
     * beside task names that give way (elided), and the filters hide the tasks they should.
     */
    void reviewMatrixShowsEveryHostAt1024x700()
    {
        using core::jobs::TaskStatus;
        const QStringList hosts { QStringLiteral("b110a-cc01"), QStringLiteral("b110a-ec01"),
            QStringLiteral("b110a-ws01"), QStringLiteral("b303a-cc01"), QStringLiteral("b303a-ec01"),
            QStringLiteral("b303a-ws01"), QStringLiteral("cr-ws01"), QStringLiteral("cr-ws02"),
            QStringLiteral("cr-ws03") };
        core::jobs::AnsibleReview review;
        review.playbook = QStringLiteral("deploy.yml");
        review.checkMode = true;
        review.hosts = hosts;
        review.hasRecap = true;
        const QStringList names { QStringLiteral(
                                      "Install the conda environments of the beamline from the facility channel"),
            QStringLiteral("Write the Tango database settings of every control-system host"),
            QStringLiteral("Check the running version"), QStringLiteral("Restart the device servers") };
        for (int t = 0; t < int(names.size()); ++t) {
            review.tasks.push_back({ QString::number(t), QStringLiteral("p"), names.at(t),
                QStringLiteral("ansible.builtin.copy"), QStringLiteral("deploy.yml:%1").arg(t), false });
            for (const QString &host : hosts) {
                core::jobs::HostTaskResult r;
                r.host = host;
                r.taskId = QString::number(t);
                // Task 0 changes everywhere (with a diff), task 2 fails on cr-ws03 alone.
                r.status = t == 0                                ? TaskStatus::Changed
                    : t == 2 && host == QLatin1String("cr-ws03") ? TaskStatus::Failed
                                                                 : TaskStatus::Ok;
                if (t == 0)
                    r.diffs.push_back({ QStringLiteral("/etc/a"), QStringLiteral("/etc/a"), QStringLiteral("a"),
                        QStringLiteral("b"), {}, {} });
                review.results.push_back(r);
            }
        }
        ui::MainWindow window;
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(4);
        auto *jobs = qobject_cast<ui::JobsPage *>(window.pages()[4]);
        QVERIFY(jobs);
        jobs->detailTabs()->setCurrentWidget(jobs->reviewView());
        core::jobs::AnsibleRunOptions options;
        options.playbook = QStringLiteral("deploy.yml");
        options.inventory = QStringLiteral("inventory");
        options.check = true;
        jobs->reviewView()->setReview(review, options);
        QTableView *grid = jobs->reviewView()->grid();
        QTRY_VERIFY(grid->isVisible() && grid->viewport()->width() > 0);
        QCOMPARE(window.width(), 1024);
        QHeaderView *header = grid->horizontalHeader();
        QCOMPARE(header->count(), int(hosts.size()));
        for (int column = 0; column < header->count(); ++column) {
            const int left = header->sectionViewportPosition(column);
            QVERIFY2(left >= 0 && left + header->sectionSize(column) <= grid->viewport()->width(),
                qPrintable(QStringLiteral("%1 at %2+%3 of %4")
                               .arg(hosts.at(column))
                               .arg(left)
                               .arg(header->sectionSize(column))
                               .arg(grid->viewport()->width())));
        }
        QVERIFY(grid->verticalHeader()->width() <= grid->width() / 2 + 1);
        QCOMPARE(grid->verticalHeader()->textElideMode(), Qt::ElideMiddle);

        // The filters: changed-only, failed-only, differing on a few hosts.
        const auto shownRows = [grid] {
            QList<int> rows;
            for (int row = 0; row < grid->model()->rowCount(); ++row)
                if (!grid->isRowHidden(row))
                    rows << row;
            return rows;
        };
        jobs->reviewView()->setTaskFilter(ui::AnsibleReviewView::TaskFilter::Changed);
        QCOMPARE(shownRows(), QList<int> { 0 });
        jobs->reviewView()->setTaskFilter(ui::AnsibleReviewView::TaskFilter::Failed);
        QCOMPARE(shownRows(), QList<int> { 2 });
        jobs->reviewView()->setTaskFilter(ui::AnsibleReviewView::TaskFilter::Differing);
        QCOMPARE(shownRows(), QList<int> { 2 });
        QCOMPARE(grid->model()->index(2, 8).data().toString(), QStringLiteral("≠✗"));
        jobs->reviewView()->setTaskFilter(ui::AnsibleReviewView::TaskFilter::All);
        QCOMPARE(shownRows().size(), 4);
    }

    /** Quitting with an unsaved edit asks Save/Discard/Cancel; Cancel keeps the window and the edit. */
    void quitWithUnsavedEditsAsks()
    {
        EditedDemo demo;
        QVERIFY(demo.make());
        auto asked = testsupport::answerNextBox(QMessageBox::Cancel);
        QVERIFY(!demo.window.close());
        QVERIFY(asked->shown);
        QVERIFY2(asked->informativeText.contains(QStringLiteral("sardana.yml")), qPrintable(asked->informativeText));
        QVERIFY(demo.window.isVisible());
        QVERIFY(demo.window.pages()[1]->unsavedFiles().contains(demo.file));

        testsupport::answerNextBox(QMessageBox::Discard);
        QVERIFY(demo.window.close());
        QCOMPARE(readText(demo.file), demo.saved);
    }

    void quitCanSaveFirst()
    {
        EditedDemo demo;
        QVERIFY(demo.make());
        auto asked = testsupport::answerNextBox(QMessageBox::Save);
        QVERIFY(demo.window.close());
        QVERIFY(asked->shown);
        QCOMPARE(readText(demo.file), QByteArray("# edited\n") + demo.saved);
    }

    /** Opening a workspace (again) would drop the documents: it asks too, and Cancel keeps them. */
    void reopeningTheWorkspaceAsks()
    {
        EditedDemo demo;
        QVERIFY(demo.make());
        auto asked = testsupport::answerNextBox(QMessageBox::Cancel);
        QVERIFY(!demo.window.openWorkspace(demo.dir.path()));
        QVERIFY(asked->shown);
        QVERIFY(demo.window.pages()[1]->unsavedFiles().contains(demo.file));
        QVERIFY(demo.window.statusBar()->currentMessage().contains(QStringLiteral("unsaved")));
        testsupport::answerNextBox(QMessageBox::Discard);
        QVERIFY(demo.window.close());
    }

    /** Quitting with a running job asks; Keep Running keeps both, and confirmed, the job ends cancelled by the quit. */
    void quitWithARunningJobAsks()
    {
        ui::MainWindow window;
        window.show();
        auto *jobs = qobject_cast<ui::JobsPage *>(window.pages()[4]);
        QVERIFY(jobs);
        auto process = std::make_unique<core::jobs::ProcessJob>(
            QStringLiteral("test"), QStringLiteral("a long task"), QVariantMap {});
        process->setProgram(QStringLiteral("sleep"));
        process->setArguments({ QStringLiteral("600") });
        core::jobs::Job *job = jobs->launch(std::move(process));
        QTRY_COMPARE(job->state(), core::jobs::JobState::Running);

        auto kept = testsupport::answerNextBox(QStringLiteral("keepRunning"));
        QVERIFY(!window.close());
        QVERIFY(kept->shown);
        QVERIFY2(kept->informativeText.contains(QStringLiteral("a long task")), qPrintable(kept->informativeText));
        QVERIFY(window.isVisible());
        QCOMPARE(job->state(), core::jobs::JobState::Running);

        auto quit = testsupport::answerNextBox(QStringLiteral("cancelJobsAndQuit"));
        window.close();
        QVERIFY(quit->shown);
        QTRY_VERIFY(!window.isVisible());
        QCOMPARE(job->state(), core::jobs::JobState::Cancelled);
        QCOMPARE(job->summary().value(QStringLiteral("cancelledBy")).toString(), QStringLiteral("quit"));
    }

    /**
     * The demo's main job as a newcomer meets it: Spec lists → Sync… → Yes. The job ends Succeeded;
     * the mirror holds the two new files, verified, and its source's records of all seven.
     */
    void syncsTheDemoFromTheSpecListsPage()
    {
        QTemporaryDir dir;
        QVERIFY(testsupport::copyTree(QStringLiteral(DEPLOYDECK_SOURCE_DIR "/resources/demo"), dir.path()));
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(dir.path()));
        auto *specLists = qobject_cast<ui::SpecListsPage *>(window.pages()[2]);
        auto *jobs = qobject_cast<ui::JobsPage *>(window.pages()[4]);
        QVERIFY(specLists && jobs);
        window.showPage(2);
        QTRY_VERIFY_WITH_TIMEOUT(specLists->preview()->isUpToDate() && specLists->syncAction()->isEnabled(), 120000);
        QCOMPARE(specLists->preview()->plan().missing.size(), std::size_t(2));

        QSignalSpy ended(jobs, &ui::JobsPage::jobEnded);
        auto asked = testsupport::answerNextBox(QMessageBox::Yes);
        specLists->syncAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 120000);
        QVERIFY(asked->shown);
        QVERIFY2(asked->text.contains(QStringLiteral("The source has changed the record of 5 file")),
            qPrintable(asked->text));
        QCOMPARE(ended.first().at(1).value<core::jobs::JobState>(), core::jobs::JobState::Succeeded);

        const auto records = [](const QString &channel) {
            QFile file(channel + QStringLiteral("/noarch/repodata.json"));
            return file.open(QIODevice::ReadOnly)
                ? QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("packages.conda")).toObject()
                : QJsonObject();
        };
        const QString mirror = dir.filePath(QStringLiteral("channels/mini-conda-forge"));
        const QJsonObject source = records(dir.filePath(QStringLiteral("channels/conda-forge")));
        const QJsonObject mirrored = records(mirror);
        for (const QString &fn : { QStringLiteral("itango-0.1.10-pyhd8ed1ab_0.conda"),
                 QStringLiteral("icepap-3.8.1-pyhd8ed1ab_0.conda"), QStringLiteral("taurus-5.1.8-pyhd8ed1ab_0.conda"),
                 QStringLiteral("sardana-3.5.0-pyhd8ed1ab_0.conda") }) {
            QVERIFY2(!source.value(fn).toObject().isEmpty(), qPrintable(fn));
            QCOMPARE(mirrored.value(fn).toObject(), source.value(fn).toObject());
            QFile file(mirror + QStringLiteral("/noarch/") + fn);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(fn));
            QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()),
                source.value(fn).toObject().value(QLatin1String("sha256")).toString());
        }
        // The plan is read again after the job: nothing is left to copy.
        QTRY_VERIFY_WITH_TIMEOUT(
            specLists->preview()->isUpToDate() && specLists->preview()->plan().missing.empty(), 120000);
    }

    /** A broken deploydeck.yml stays explained above the pages, with where, until it is fixed; then it opens by itself.
     */
    void brokenWorkspaceStaysShownUntilFixed()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("deploydeck.yml"));
        QVERIFY(core::util::writeFileAtomically(file, "name: broken\nplatform: linux-999\n").ok());
        ui::MainWindow window;
        QVERIFY(!window.openWorkspace(dir.path()));
        auto *bar = window.findChild<QFrame *>(QStringLiteral("workspaceProblemBar"));
        QVERIFY(bar);
        QVERIFY(!bar->isHidden());
        const QString text = bar->findChild<QLabel *>(QStringLiteral("workspaceProblemText"))->text();
        QVERIFY2(text.contains(QStringLiteral("deploydeck.yml:2:11")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("linux-999")), qPrintable(text));
        window.statusBar()->showMessage(QStringLiteral("something else"));
        QVERIFY(!bar->isHidden());

        // Fixed in another editor (an atomic replace): the workspace opens by itself and the bar goes.
        QVERIFY(core::util::writeFileAtomically(file, "name: fixed\nplatform: linux-64\n").ok());
        QTRY_COMPARE(window.workspace().name, std::string("fixed"));
        QVERIFY(bar->isHidden());
    }

    /** A channel the solves go without is named above every page until it is read. */
    void channelsLeftOutAreNamed()
    {
        QTemporaryDir dir;
        QVERIFY(testsupport::copyTree(QStringLiteral(DEPLOYDECK_SOURCE_DIR "/resources/demo"), dir.path()));
        const QString file = dir.filePath(QStringLiteral("deploydeck.yml"));
        QByteArray yaml = readText(file);
        QVERIFY(yaml.contains("  - ./channels/mini-conda-forge\n"));
        yaml.replace("  - ./channels/mini-conda-forge\n",
            "  - http://127.0.0.1:9/maxiv-kits\n  - ./channels/mini-conda-forge\n");
        QVERIFY(core::util::writeFileAtomically(file, yaml).ok());
        ui::MainWindow window;
        QVERIFY(window.openWorkspace(dir.path()));
        auto *notice = window.findChild<QFrame *>(QStringLiteral("channelNotice"));
        QVERIFY(notice);
        QTRY_VERIFY_WITH_TIMEOUT(!notice->isHidden(), 60000);
        const QString text = notice->findChild<QLabel *>(QStringLiteral("channelNoticeText"))->text();
        QVERIFY2(text.contains(QStringLiteral("http://127.0.0.1:9/maxiv-kits")), qPrintable(text));

        // The demo as it is has only its local channel: nothing is left out, nothing is shown.
        ui::MainWindow demo;
        QVERIFY(demo.openWorkspace(QStringLiteral(DEPLOYDECK_SOURCE_DIR "/resources/demo")));
        auto *none = demo.findChild<QFrame *>(QStringLiteral("channelNotice"));
        QSignalSpy loaded(demo.findChild<ui::WorkspaceContext *>(), &ui::WorkspaceContext::channelsLoaded);
        QVERIFY(loaded.wait(60000));
        QVERIFY(none->isHidden());
    }

    void badWorkspaceSaysWhy()
    {
        ui::MainWindow window;
        QVERIFY(!window.openWorkspace(QStringLiteral("/nonexistent/workspace")));
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("/nonexistent/workspace")));
        QVERIFY(window.workspace().root.empty());
    }

    void menusHaveShortcuts()
    {
        ui::MainWindow window;
        QStringList shortcuts;
        for (QAction *menu : window.menuBar()->actions())
            for (QAction *a : menu->menu()->actions())
                if (!a->shortcut().isEmpty())
                    shortcuts << a->shortcut().toString();
        QVERIFY(shortcuts.contains(QKeySequence(QKeySequence::Open).toString()));
        QVERIFY(shortcuts.contains(QStringLiteral("Ctrl+1")));
        QVERIFY(shortcuts.contains(QStringLiteral("Ctrl+5")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
