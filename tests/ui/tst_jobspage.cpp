// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// Drives the Jobs page with hand-driven jobs, and end to end with the real ansible-playbook on the
// demo workspace (local hosts writing into a temporary deploy_root).
#include "tests/support/copytree.h"
#include "tests/support/messageboxes.h"
#include "tests/support/requirements.h"
#include "ui/views/jobspage.h"

#include "core/jobs/ansiblerunjob.h"
#include "core/jobs/jobhistory.h"
#include "core/jobs/jobqueue.h"
#include "core/util/atomicfile.h"
#include "tests/core/jobs/fakejob.h"
#include "ui/mainwindow.h"
#include "ui/models/ansiblerecapmodel.h"
#include "ui/models/ansiblereviewmodel.h"
#include "ui/models/joblogmodel.h"
#include "ui/models/jobtablemodel.h"
#include "ui/views/ansiblereviewview.h"
#include "ui/views/ansiblerundialog.h"
#include "ui/widgets/diffview.h"
#include "ui/widgets/logview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using core::jobs::AnsibleRunJob;
using core::jobs::Job;
using core::jobs::JobState;
using tests::FakeJob;
using ui::JobsPage;

namespace {

constexpr int s_ansibleTimeout = 240000;
const QString s_fakeKind = QStringLiteral("fake");

/** A page on its own history folder, with its history read and a "fake" kind that can re-run. */
std::unique_ptr<JobsPage> makePage(const QString &root)
{
    auto page = std::make_unique<JobsPage>(root);
    page->factory().registerKind(s_fakeKind, [](const QVariantMap &parameters) -> core::util::Result<std::unique_ptr<Job>> {
        return std::unique_ptr<Job>(std::make_unique<FakeJob>(s_fakeKind, parameters.value(QStringLiteral("title")).toString(),
                                                              parameters));
    });
    return page;
}

FakeJob *launchFake(JobsPage &page, const QString &title)
{
    auto *job = static_cast<FakeJob *>(
        page.launch(std::make_unique<FakeJob>(s_fakeKind, title, QVariantMap{{QStringLiteral("title"), title}})));
    return job;
}

QModelIndex sourceIndexOf(const JobsPage &page, const QString &id, int column)
{
    return page.jobModel()->index(page.jobModel()->rowOf(id), column);
}

void check(QListWidget *list, const QString &name)
{
    const QList<QListWidgetItem *> items = list->findItems(name, Qt::MatchExactly);
    QVERIFY2(items.size() == 1, qPrintable(name));
    items.front()->setCheckState(Qt::Checked);
}

} // namespace

class TestJobsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The run dialog remembers its last run per playbook: start from nothing remembered.
        QCoreApplication::setOrganizationName(QStringLiteral("deploydeck-test-jobspage"));
        QSettings().clear();
    }

    void showsLiveJobsWithTheirLog()
    {
        QTemporaryDir root;
        auto page = makePage(root.path());
        QAbstractItemModelTester tableTester(page->jobModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester logTester(page->logModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester viewTester(page->jobTable()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy running(page.get(), &JobsPage::runningCountChanged);
        QSignalSpy ended(page.get(), &JobsPage::jobEnded);
        QTRY_VERIFY(page->isHistoryLoaded());

        FakeJob *job = launchFake(*page, QStringLiteral("sync mini-conda-forge"));
        QCOMPARE(page->currentJobId(), job->id());
        QTRY_COMPARE(job->state(), JobState::Running);
        QCOMPARE(running.last().at(0).toInt(), 1);
        QCOMPARE(page->runningCount(), 1);
        QVERIFY(page->cancelAction()->isEnabled());
        QVERIFY(!page->rerunAction()->isEnabled());  // not while it runs

        for (int i = 0; i < 500; ++i)
            job->log(QStringLiteral("downloading %1").arg(i));
        QTRY_COMPARE(page->logModel()->rowCount(), 500);
        QCOMPARE(page->jobModel()->data(sourceIndexOf(*page, job->id(), ui::JobTableModel::StateColumn)).toString(),
                 QStringLiteral("Running"));
        QVERIFY(!page->detailTabs()->isTabEnabled(page->detailTabs()->indexOf(page->reviewView())));

        page->cancelAction()->trigger();
        QCOMPARE(job->state(), JobState::Cancelled);
        QCOMPARE(running.last().at(0).toInt(), 0);
        QCOMPARE(ended.count(), 1);
        QVERIFY(ended.at(0).at(0).toString().contains(QLatin1String("sync mini-conda-forge")));
        QCOMPARE(ended.at(0).at(1).value<JobState>(), JobState::Cancelled);
        QVERIFY(!page->cancelAction()->isEnabled());
        QVERIFY(page->rerunAction()->isEnabled());
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("jobDetails"))->text().contains(QLatin1String("Cancelled")));
    }

    /** A job that words its own summary (a sync) is shown in its words, not as a dump of its keys. */
    void aSummarySentenceIsShownAsItIs()
    {
        QTemporaryDir root;
        auto page = makePage(root.path());
        QTRY_VERIFY(page->isHistoryLoaded());
        FakeJob *job = launchFake(*page, QStringLiteral("sync target"));
        QTRY_COMPARE(job->state(), JobState::Running);
        const QString sentence
            = QStringLiteral("217 of 217 files into /srv/mini-conda-forge: 217 failed; 0 B downloaded.");
        job->complete(JobState::Failed, { { QStringLiteral("failed"), 217 }, { QStringLiteral("text"), sentence } });
        const QString details = page->findChild<QLabel *>(QStringLiteral("jobDetails"))->text();
        QVERIFY2(details.endsWith(sentence), qPrintable(details));
        QVERIFY2(!details.contains(QLatin1String("failed: 217")), qPrintable(details));
    }

    void newestJobComesFirst()
    {
        QTemporaryDir root;
        auto page = makePage(root.path());
        QTRY_VERIFY(page->isHistoryLoaded());
        FakeJob *first = launchFake(*page, QStringLiteral("first"));
        QTRY_COMPARE(first->state(), JobState::Running);
        first->complete();
        QTRY_VERIFY(QDateTime::currentDateTimeUtc() > first->startedAt());  // the next start is a later one
        FakeJob *second = launchFake(*page, QStringLiteral("second"));
        QTRY_COMPARE(second->state(), JobState::Running);
        const QAbstractItemModel *shown = page->jobTable()->model();
        QCOMPARE(shown->index(0, ui::JobTableModel::TitleColumn).data().toString(), QStringLiteral("second"));
        QCOMPARE(shown->index(1, ui::JobTableModel::TitleColumn).data().toString(), QStringLiteral("first"));
        second->complete(JobState::Failed);
    }

    void historySurvivesARestart()
    {
        QTemporaryDir root;
        QString finishedId;
        QString runningId;
        {
            auto page = makePage(root.path());
            QTRY_VERIFY(page->isHistoryLoaded());
            FakeJob *done = launchFake(*page, QStringLiteral("refresh channels"));
            QTRY_COMPARE(done->state(), JobState::Running);
            done->log(QStringLiteral("fetched linux-64\nfetched noarch"));
            done->complete(JobState::Succeeded, {{QStringLiteral("records"), 42}});
            FakeJob *left = launchFake(*page, QStringLiteral("still running"));
            QTRY_COMPARE(left->state(), JobState::Running);
            left->log(QStringLiteral("halfway"));
            finishedId = done->id();
            runningId = left->id();
        }  // the app ends while "still running" runs

        auto page = makePage(root.path());
        QAbstractItemModelTester tester(page->jobModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(page->isHistoryLoaded());
        QCOMPARE(page->jobModel()->rowCount(), 2);
        QCOMPARE(sourceIndexOf(*page, runningId, 0).data(ui::JobTableModel::StateRole).toInt(), int(JobState::Interrupted));
        QCOMPARE(sourceIndexOf(*page, finishedId, 0).data(ui::JobTableModel::StateRole).toInt(), int(JobState::Succeeded));
        QCOMPARE(sourceIndexOf(*page, finishedId, 0).data(ui::JobTableModel::IsLiveRole).toBool(), false);

        QVERIFY(page->selectJob(finishedId));
        QTRY_COMPARE(page->logModel()->lines(), (QStringList{QStringLiteral("fetched linux-64"), QStringLiteral("fetched noarch")}));
        QVERIFY(!page->cancelAction()->isEnabled());
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("jobDetails"))->text().contains(QLatin1String("records: 42")));
        QVERIFY(page->selectJob(runningId));
        QTRY_COMPARE(page->logModel()->lines(), QStringList{QStringLiteral("halfway")});
        QVERIFY(page->rerunAction()->isEnabled());  // an interrupted job can be run again
    }

    void rerunMakesANewJobWithTheSameParameters()
    {
        QTemporaryDir root;
        auto page = makePage(root.path());
        QTRY_VERIFY(page->isHistoryLoaded());
        FakeJob *job = launchFake(*page, QStringLiteral("sync target"));
        QTRY_COMPARE(job->state(), JobState::Running);
        job->complete(JobState::Failed);
        QVERIFY(page->rerunAction()->isEnabled());

        page->rerunAction()->trigger();
        QCOMPARE(page->queue()->jobs().size(), 2);
        Job *again = page->queue()->jobs().last();
        QVERIFY(again->id() != job->id());
        QCOMPARE(again->kind(), job->kind());
        QCOMPARE(again->parameters(), job->parameters());
        QCOMPARE(page->currentJobId(), again->id());
        QTRY_COMPARE(again->state(), JobState::Running);
        static_cast<FakeJob *>(again)->complete();

        // A kind no factory knows cannot be run again.
        auto unknown = std::make_unique<FakeJob>(QStringLiteral("retired-kind"));
        FakeJob *orphan = static_cast<FakeJob *>(page->launch(std::move(unknown)));
        QTRY_COMPARE(orphan->state(), JobState::Running);
        orphan->complete();
        QVERIFY(!page->rerunAction()->isEnabled());
        QVERIFY(!page->rerunCurrentJob());
    }

    void mainWindowShowsRunningJobsAndTheirEnd()
    {
        QTemporaryDir data;
        qputenv("XDG_DATA_HOME", data.path().toUtf8());  // the window's page keeps its history there
        ui::MainWindow window;
        JobsPage *page = nullptr;
        for (ui::Page *p : window.pages())
            if (auto *jobs = qobject_cast<JobsPage *>(p))
                page = jobs;
        QVERIFY(page);
        QCOMPARE(page->history()->root(), data.path() + QStringLiteral("/deploydeck/jobs"));
        QListWidgetItem *item = window.findChild<QListWidget *>(QStringLiteral("sidebar"))->item(4);
        QCOMPARE(item->text(), QStringLiteral("Jobs"));

        FakeJob *job = launchFake(*page, QStringLiteral("refresh conda-forge"));
        QTRY_COMPARE(item->text(), QStringLiteral("Jobs (1)"));
        job->complete(JobState::Failed);
        QCOMPARE(item->text(), QStringLiteral("Jobs"));
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("refresh conda-forge")));
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("failed")));
        qunsetenv("XDG_DATA_HOME");
    }

    void checkDiffReviewThenRunForReal()
    {
        REQUIRE_OR_SKIP(!QStandardPaths::findExecutable(QStringLiteral("ansible-playbook")).isEmpty(),
            QStringLiteral("ansible-playbook is not installed (Debian package ansible-core)"));
        QTemporaryDir root;
        QTemporaryDir target;
        QTemporaryDir demo; // a copy: the test changes a file beside the playbook
        QVERIFY(testsupport::copyTree(QStringLiteral(DEPLOYDECK_SOURCE_DIR "/resources/demo"), demo.path()));
        const QString deployRoot = target.filePath(QStringLiteral("deploy"));
        auto workspace = core::envfile::readWorkspace(demo.path().toStdString());
        QVERIFY(workspace.ok());
        auto page = makePage(root.path());
        page->setWorkspace(*workspace);

        // The dialog: two hosts ticked, deploy_root pointing into the temporary folder.
        page->runPlaybookAction()->trigger();
        auto *dialog = page->findChild<ui::AnsibleRunDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isInventoryLoaded());
        auto *limitList = dialog->findChild<QListWidget *>(QStringLiteral("limitList"));
        check(limitList, QStringLiteral("cr-ws01"));
        check(limitList, QStringLiteral("b110a-ws01"));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("extraVars"))->setPlainText(QStringLiteral("deploy_root=") + deployRoot);
        dialog->findChild<QPushButton *>(QStringLiteral("runButton"))->click();
        QCOMPARE(page->queue()->jobs().size(), 1);
        auto *check = qobject_cast<AnsibleRunJob *>(page->queue()->jobs().front());
        QVERIFY(check);
        QVERIFY(check->options().check && check->options().diff);
        QCOMPARE(check->options().limit, QStringLiteral("cr-ws01,b110a-ws01"));
        QCOMPARE(check->eventsFile(), page->history()->jobFolder(check->id()) + QStringLiteral("/events.jsonl"));
        QCOMPARE(page->detailTabs()->currentWidget(), page->reviewView());

        QTRY_VERIFY_WITH_TIMEOUT(check->isFinished(), s_ansibleTimeout);
        QCOMPARE(check->state(), JobState::Succeeded);
        QVERIFY(!QFileInfo::exists(deployRoot));  // check mode changes nothing
        // The summary line: counts in words, not the run's fingerprint of file hashes.
        const QString details = page->findChild<QLabel *>(QStringLiteral("jobDetails"))->text();
        QVERIFY2(details.contains(QLatin1String("changed: ")) && !details.contains(QLatin1String("fingerprint")),
            qPrintable(details));

        // The review: a changed task with its diff shown, both hosts, the recap.
        ui::AnsibleReviewView *review = page->reviewView();
        QAbstractItemModelTester reviewTester(review->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(review->reviewedHosts().size(), 2);
        const QModelIndex shown = review->grid()->currentIndex();
        QVERIFY(shown.isValid());
        QCOMPARE(shown.data(ui::AnsibleReviewModel::StatusRole).toInt(), int(core::jobs::TaskStatus::Changed));
        QVERIFY(shown.data(ui::AnsibleReviewModel::DiffCountRole).toInt() > 0);
        QVERIFY(review->diffView()->addedCount() > 0);
        QVERIFY(review->diffView()->unifiedText().contains(QLatin1String("\n+")));
        review->diffView()->setMode(ui::DiffView::Mode::SideBySide);
        QVERIFY(!review->diffView()->afterText().isEmpty());
        QCOMPARE(review->recapModel()->rowCount(), 2);
        QVERIFY(QFileInfo::exists(check->eventsFile()));

        // A file beside the playbook changed since the check: the real run is refused, saying which.
        auto *runForReal = review->findChild<QPushButton *>(QStringLiteral("runForReal"));
        QVERIFY(runForReal->isEnabled());
        const QString added = QFileInfo(check->options().playbook).absolutePath() + QStringLiteral("/late-change.yml");
        QVERIFY(core::util::writeFileAtomically(added, "- hosts: all\n").ok());
        auto stale = testsupport::answerNextBox(QMessageBox::Ok);
        runForReal->click();
        QVERIFY(stale->shown);
        QVERIFY2(
            stale->informativeText.contains(QStringLiteral("added: ") + added), qPrintable(stale->informativeText));
        QCOMPARE(page->queue()->jobs().size(), 1);
        QVERIFY(QFile::remove(added));

        // As it was: a confirmation with what the check found and the command line; Cancel starts nothing.
        auto cancelled = testsupport::answerNextBox(QMessageBox::Cancel);
        runForReal->click();
        QVERIFY(cancelled->shown);
        QVERIFY2(cancelled->informativeText.contains(QStringLiteral("ansible-playbook")),
            qPrintable(cancelled->informativeText));
        QVERIFY2(
            cancelled->informativeText.contains(QStringLiteral("--limit")), qPrintable(cancelled->informativeText));
        QVERIFY2(
            cancelled->informativeText.contains(QStringLiteral("cr-ws01")), qPrintable(cancelled->informativeText));
        QCOMPARE(page->queue()->jobs().size(), 1);

        // The inventory checks say b110a-ws01 would break: the confirmation names it with why, and
        // leaves it out unless it is ticked in.
        review->setHostsThatWouldBreak(check->options().inventory,
            { { QStringLiteral("b110a-ws01"), { QStringLiteral("sardana_env does not solve") } },
                { QStringLiteral("not-reviewed"), { QStringLiteral("pin python=3.99 (packages)") } } });
        // ... and the Installed tab says what cr-ws01 has that differs from its pins.
        review->setHostDrift(check->options().inventory,
            { { QStringLiteral("cr-ws01"), { QStringLiteral("python-fandango 10.9: 10.8-1.el7") } },
                { QStringLiteral("not-reviewed"), { QStringLiteral("never gathered") } } });
        auto leftOut = testsupport::answerNextBox(QStringLiteral("confirmRealRun"));
        runForReal->click();
        QVERIFY(leftOut->shown);
        QVERIFY2(leftOut->informativeText.contains(QStringLiteral("b110a-ws01: sardana_env does not solve")),
            qPrintable(leftOut->informativeText));
        QVERIFY(leftOut->informativeText.contains(QStringLiteral("They are left out.")));
        QVERIFY(!leftOut->informativeText.contains(QStringLiteral("not-reviewed")));
        QVERIFY2(leftOut->informativeText.contains(QStringLiteral("What these hosts have installed differs from their pins:\n"
                                                                  "cr-ws01: python-fandango 10.9: 10.8-1.el7")),
            qPrintable(leftOut->informativeText));
        QCOMPARE(page->queue()->jobs().size(), 2);
        auto *withoutBroken = qobject_cast<AnsibleRunJob *>(page->queue()->jobs().last());
        QVERIFY(withoutBroken && !withoutBroken->options().check);
        QCOMPARE(withoutBroken->options().limit, QStringLiteral("cr-ws01"));
        QTRY_VERIFY_WITH_TIMEOUT(withoutBroken->isFinished(), s_ansibleTimeout);
        QCOMPARE(withoutBroken->state(), JobState::Succeeded);
        QVERIFY(!QFileInfo::exists(deployRoot + QStringLiteral("/b110a-ws01")));
        QVERIFY(page->selectJob(check->id()));
        QTRY_VERIFY(runForReal->isEnabled());

        // Run for real: the same run without --check, on the reviewed hosts only (the one that would
        // break ticked in), approved from the check.
        auto confirmed = testsupport::answerNextBox([](QMessageBox *box) -> QAbstractButton * {
            box->checkBox()->setChecked(true);
            for (QAbstractButton *button : box->buttons())
                if (button->objectName() == QLatin1String("confirmRealRun"))
                    return button;
            return nullptr;
        });
        runForReal->click();
        QVERIFY(confirmed->shown);
        QCOMPARE(page->queue()->jobs().size(), 3);
        auto *real = qobject_cast<AnsibleRunJob *>(page->queue()->jobs().last());
        QVERIFY(real && !real->options().check);
        QCOMPARE(real->options().approvedFrom, check->id());
        QStringList limited = real->options().limit.split(QLatin1Char(','));
        limited.sort();
        QCOMPARE(limited, (QStringList{QStringLiteral("b110a-ws01"), QStringLiteral("cr-ws01")}));
        QTRY_VERIFY_WITH_TIMEOUT(real->isFinished(), s_ansibleTimeout);
        QCOMPARE(real->state(), JobState::Succeeded);
        for (const char *file : {"cr-ws01/packages.txt", "cr-ws01/tangorc", "b110a-ws01/packages.txt", "b110a-ws01/tangorc"})
            QVERIFY2(QFileInfo::exists(deployRoot + QLatin1Char('/') + QLatin1String(file)), file);
        QVERIFY(!QFileInfo::exists(deployRoot + QStringLiteral("/cr-ws02")));
        QVERIFY(real->logLines()
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("approved from check run ") + check->id()));
        QCOMPARE(real->summary().value(QStringLiteral("approvedFrom")).toString(), check->id());

        // After a restart the check run's review is read back from its events file.
        const QString checkId = check->id();
        page.reset();
        auto again = makePage(root.path());
        QTRY_VERIFY(again->isHistoryLoaded());
        QVERIFY(again->selectJob(checkId));
        QTRY_VERIFY(again->reviewView()->model()->rowCount() > 0);
        QCOMPARE(again->reviewView()->reviewedHosts().size(), 2);
        QVERIFY(again->reviewView()->findChild<QPushButton *>(QStringLiteral("runForReal"))->isEnabled());
        QTRY_VERIFY(again->logModel()->rowCount() > 0);
        QVERIFY(again->logModel()->lines().join(QLatin1Char('\n')).contains(QLatin1String("PLAY RECAP")));
    }
};

QTEST_MAIN(TestJobsPage)
#include "tst_jobspage.moc"
