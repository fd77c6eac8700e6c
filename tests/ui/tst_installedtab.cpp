// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The Inventory page's Installed tab as a user meets it: on a copy of the demo whose hosts have
// real RPM databases (rpmbuild, rpm --root) and conda-meta folders, Gather Installed runs the real
// ansible-playbook as a job; the facts land in the workspace's cache and show in the tab, in the
// pin matrix, the two-host view, "Which hosts have…", the deploy change, and Run for Real.
#include "core/checks/hostfacts.h"
#include "core/jobs/ansiblerunjob.h"
#include "core/jobs/jobqueue.h"
#include "tests/support/copytree.h"
#include "tests/support/testhosts.h"
#include "ui/mainwindow.h"
#include "ui/models/changetablemodel.h"
#include "ui/models/hostdiffmodel.h"
#include "ui/models/hostdriftmodel.h"
#include "ui/models/pinmatrixfiltermodel.h"
#include "ui/models/pinmatrixmodel.h"
#include "ui/views/ansiblereviewview.h"
#include "ui/views/inventorychecker.h"
#include "ui/views/inventoryhoststab.h"
#include "ui/views/inventoryinstalledtab.h"
#include "ui/views/inventorymatrixtab.h"
#include "ui/views/inventorypage.h"
#include "ui/views/jobspage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using core::checks::DriftStatus;

namespace {

constexpr int s_timeout = 180000;

/** The row of the drift model with @p host and @p package (and @p where, when given), or -1. */
int findRow(const QAbstractItemModel *model, const QString &host, const QString &package, const QString &where = {})
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, ui::HostDriftModel::HostColumn).data().toString() == host
            && model->index(r, ui::HostDriftModel::PackageColumn).data().toString() == package
            && (where.isEmpty() || model->index(r, ui::HostDriftModel::WhereColumn).data().toString() == where))
            return r;
    return -1;
}

} // namespace

class TestInstalledTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("deploydeck-test"));
        QSettings().clear();
    }

    void onlyDriftKeepsHostsNotReached()
    {
        // Two hosts whose facts read as pinned; the second was not reached at the last gathering.
        const auto host = [](const char *name, bool reachable) {
            core::checks::HostDrift d;
            d.host = name;
            d.reachable = reachable;
            d.gathered = "2026-12-06T08:00:00Z";
            if (!reachable)
                d.error = "ssh: connect to host port 22: Connection refused";
            core::checks::RpmDrift e;
            e.scope = "packages_stable";
            e.name = "python-taurus";
            e.pin = "4.7.1";
            e.installed = "4.7.1-1.el7";
            e.status = DriftStatus::Ok;
            d.rpm.push_back(e);
            return d;
        };
        ui::HostDriftModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDrift({ host("reached", true), host("down", false) });
        QCOMPARE(model.rowCount(), 2);
        model.setOnlyDrift(true);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ui::HostDriftModel::HostColumn).data().toString(), QStringLiteral("down"));
    }

    void gathersShowsAndSearches()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ws = dir.filePath(QStringLiteral("ws"));
        QVERIFY(testsupport::copyTree(QStringLiteral(DEPLOYDECK_SOURCE_DIR "/resources/demo"), ws));
        // Each demo host reads its RPMs and conda environments from a folder of its own here.
        const QString hosts = dir.filePath(QStringLiteral("hosts"));
        {
            // In place of the demo's own host folders (resources/demo/hosts), which tst_driftcli uses.
            QFile vars(ws + QStringLiteral("/inventory/group_vars/all.yml"));
            QVERIFY(vars.open(QIODevice::ReadOnly));
            QString text = QString::fromUtf8(vars.readAll());
            vars.close();
            const QString demoHosts = QStringLiteral("{{ inventory_dir }}/../hosts/");
            QCOMPARE(text.count(demoHosts), 2);
            text.replace(demoHosts, hosts + QLatin1Char('/'));
            QVERIFY(vars.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QVERIFY(vars.write(text.toUtf8()) > 0);
        }
        // cr-ws01: fandango 10.8 where 10.9 is pinned; taurus (default) and sdm installed; tango-tools
        // with pytango 9.3.6 where >=9.4 is pinned, without itango and dsconfig.
        const QString failed = testsupport::makeRpmDatabase(hosts + QStringLiteral("/cr-ws01/rpm"),
            { { QStringLiteral("python-fandango"), QStringLiteral("10.8") },
                { QStringLiteral("python-taurus"), QStringLiteral("4.7.1") },
                { QStringLiteral("python36-sdm"), QStringLiteral("1.0") } },
            dir.filePath(QStringLiteral("rpmbuild")));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(testsupport::writeCondaEnvironment(hosts + QStringLiteral("/cr-ws01/conda/envs/tango-tools"),
            { { QStringLiteral("python"), QStringLiteral("3.11.7"), QStringLiteral("hab00c5b_1_cpython") },
                { QStringLiteral("pytango"), QStringLiteral("9.3.6"), QStringLiteral("py311h1_0") } }));

        ui::MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(ws));
        auto *inventory = qobject_cast<ui::InventoryPage *>(window.pages()[3]);
        auto *jobs = qobject_cast<ui::JobsPage *>(window.pages()[4]);
        QVERIFY(inventory && jobs);
        window.showPage(3);
        ui::InventoryInstalledTab *tab = inventory->installedTab();
        QTRY_VERIFY_WITH_TIMEOUT(tab->isEnabled(), s_timeout);
        auto *summary = tab->findChild<QLabel *>(QStringLiteral("installedSummary"));
        QTRY_VERIFY2_WITH_TIMEOUT(
            summary->text().contains(QStringLiteral("Nothing gathered yet")), qPrintable(summary->text()), s_timeout);
        QAbstractItemModelTester tester(tab->driftModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // A limit that matches no host runs nothing and says so.
        auto *gather = tab->findChild<QPushButton *>(QStringLiteral("gatherInstalled"));
        auto *limit = tab->findChild<QLineEdit *>(QStringLiteral("gatherLimit"));
        QVERIFY(gather && limit);
        limit->setText(QStringLiteral("nosuchhost"));
        gather->click();
        QVERIFY2(summary->text().contains(QStringLiteral("matches no host")), qPrintable(summary->text()));
        QCOMPARE(jobs->queue()->jobs().size(), 0);

        // Gather Installed on two hosts of the limit: a real ansible-playbook run, as a job.
        limit->setText(QStringLiteral("cr-ws01:cr-ws02"));
        gather->click();
        QTRY_COMPARE_WITH_TIMEOUT(jobs->queue()->jobs().size(), 1, s_timeout);
        auto *limited = qobject_cast<core::jobs::AnsibleRunJob *>(jobs->queue()->jobs().first());
        QVERIFY(limited);
        QCOMPARE(limited->options().limit, QStringLiteral("cr-ws01:cr-ws02"));
        QTRY_VERIFY_WITH_TIMEOUT(limited->isFinished(), s_timeout);
        QTRY_VERIFY2_WITH_TIMEOUT(
            summary->text().startsWith(QStringLiteral("Facts of 2 of 9 host")), qPrintable(summary->text()), s_timeout);
        // The seven hosts not gathered yet are not counted as drifting.
        QVERIFY2(summary->text().contains(QStringLiteral("; 2 drift from their pins, 0 not reached")),
            qPrintable(summary->text()));
        QVERIFY(QFile::exists(ws + QStringLiteral("/.deploydeck/facts/cr-ws02.json")));
        QVERIFY(!QFile::exists(ws + QStringLiteral("/.deploydeck/facts/cr-ws03.json")));

        // Re-run on the Jobs page gathers again, and its findings reach the cache as well.
        QVERIFY(QFile::remove(ws + QStringLiteral("/.deploydeck/facts/cr-ws02.json")));
        QVERIFY(jobs->selectJob(limited->id()));
        QTRY_VERIFY_WITH_TIMEOUT(jobs->rerunAction()->isEnabled(), s_timeout);
        auto *again = qobject_cast<core::jobs::AnsibleRunJob *>(jobs->rerunCurrentJob());
        QVERIFY(again && again != limited);
        QCOMPARE(again->options().limit, QStringLiteral("cr-ws01:cr-ws02"));
        QTRY_VERIFY_WITH_TIMEOUT(again->isFinished(), s_timeout);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(ws + QStringLiteral("/.deploydeck/facts/cr-ws02.json")), s_timeout);

        // Then every host.
        QSignalSpy updated(inventory, &ui::InventoryPage::installedUpdated);
        limit->clear();
        gather->click();
        QTRY_COMPARE_WITH_TIMEOUT(jobs->queue()->jobs().size(), 3, s_timeout);
        core::jobs::AnsibleRunJob *job = nullptr;
        for (core::jobs::Job *j : jobs->queue()->jobs())
            if (j != limited && j != again)
                job = qobject_cast<core::jobs::AnsibleRunJob *>(j);
        QVERIFY(job);
        QCOMPARE(QFileInfo(job->options().playbook).fileName(), QStringLiteral("gather_installed.yml"));
        QVERIFY(job->options().limit.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), s_timeout);
        QTRY_VERIFY2_WITH_TIMEOUT(
            summary->text().startsWith(QStringLiteral("Facts of 9 of 9 host")), qPrintable(summary->text()), s_timeout);
        QVERIFY(QFile::exists(ws + QStringLiteral("/.deploydeck/facts/cr-ws01.json")));
        QVERIFY(!updated.isEmpty()); // the matrix and the two-host view were given the installed state

        // The tab: fandango as another version, taurus as pinned, pytango another version, itango missing.
        const ui::HostDriftModel *drift = tab->driftModel();
        const int fandango = findRow(
            drift, QStringLiteral("cr-ws01"), QStringLiteral("python-fandango"), QStringLiteral("packages_stable"));
        QVERIFY(fandango >= 0);
        QCOMPARE(drift->index(fandango, 0).data(ui::HostDriftModel::StatusRole).toInt(), int(DriftStatus::Mismatch));
        QCOMPARE(drift->index(fandango, ui::HostDriftModel::InstalledColumn).data().toString(),
            QStringLiteral("10.8-1.el7"));
        const int taurus = findRow(
            drift, QStringLiteral("cr-ws01"), QStringLiteral("python-taurus"), QStringLiteral("packages_stable"));
        QVERIFY(taurus >= 0);
        QCOMPARE(drift->index(taurus, 0).data(ui::HostDriftModel::StatusRole).toInt(), int(DriftStatus::Ok));
        const int pytango = findRow(drift, QStringLiteral("cr-ws01"), QStringLiteral("pytango"));
        QVERIFY(pytango >= 0);
        QCOMPARE(drift->index(pytango, 0).data(ui::HostDriftModel::StatusRole).toInt(), int(DriftStatus::Mismatch));
        QCOMPARE(drift->index(findRow(drift, QStringLiteral("cr-ws01"), QStringLiteral("itango")), 0)
                     .data(ui::HostDriftModel::StatusRole)
                     .toInt(),
            int(DriftStatus::Missing));
        // Only drift leaves the rows that are as pinned out.
        const int all = drift->rowCount();
        tab->findChild<QCheckBox *>(QStringLiteral("onlyDrift"))->setChecked(true);
        QVERIFY(drift->rowCount() < all);
        for (int r = 0; r < drift->rowCount(); ++r)
            QVERIFY(drift->index(r, 0).data(ui::HostDriftModel::StatusRole).toInt() != int(DriftStatus::Ok));
        QVERIFY(findRow(drift, QStringLiteral("cr-ws01"), QStringLiteral("python-fandango"),
                    QStringLiteral("packages_stable"))
            >= 0);
        tab->findChild<QCheckBox *>(QStringLiteral("onlyDrift"))->setChecked(false);

        // Which hosts have pytango 9.3: cr-ws01 alone.
        QSignalSpy searched(tab, &ui::InventoryInstalledTab::searchDone);
        tab->search(QStringLiteral("pytango=9.3"));
        QVERIFY(searched.wait(s_timeout));
        QCOMPARE(tab->searchModel()->rowCount(), 1);
        QCOMPARE(tab->searchModel()->item(0, 0)->text(), QStringLiteral("cr-ws01"));
        QCOMPARE(tab->searchModel()->item(0, 1)->text(), QStringLiteral("tango-tools"));
        // Its columns fit their headers ("Environment or RPM" was cut off).
        auto *found = tab->findChild<QTableView *>(QStringLiteral("whichHostsHaveTable"));
        QVERIFY(found);
        for (int c = 0; c < found->model()->columnCount() - 1; ++c)
            QVERIFY2(found->columnWidth(c) >= found->horizontalHeader()->sectionSizeHint(c), qPrintable(QString::number(c)));
        tab->search(QStringLiteral("pytango >=>"));
        QVERIFY(searched.wait(s_timeout));
        QCOMPARE(tab->searchModel()->rowCount(), 0);
        QVERIFY(tab->findChild<QLabel *>(QStringLiteral("whichHostsHaveSummary"))
                    ->text()
                    .startsWith(QStringLiteral("Not a match spec")));

        // The deploy change of cr-ws01's tango-tools, once today's solves are in: pytango up, itango new.
        QTRY_VERIFY_WITH_TIMEOUT(!inventory->checker()->results().empty(), s_timeout);
        auto *table = tab->findChild<QTableView *>(QStringLiteral("driftTable"));
        table->setCurrentIndex(drift->index(findRow(drift, QStringLiteral("cr-ws01"), QStringLiteral("pytango")), 0));
        QTRY_VERIFY_WITH_TIMEOUT(tab->deployModel()->rowCount() > 0, s_timeout);
        QVERIFY2(tab->findChild<QLabel *>(QStringLiteral("deployChangeSummary"))
                     ->text()
                     .startsWith(QStringLiteral("Deploying tango-tools on cr-ws01 now changes")),
            qPrintable(tab->findChild<QLabel *>(QStringLiteral("deployChangeSummary"))->text()));

        // The pin matrix shows what cr-ws01 has beside its fandango pin, and filters on it.
        ui::PinMatrixModel *matrix = inventory->matrixModel();
        const int row = matrix->rowOf({ core::inventory::PinKind::Rpm, "packages_stable", "python-fandango" });
        const int column = matrix->columnOf(QStringLiteral("cr-ws01"));
        QVERIFY(row >= 0 && column >= 0);
        const QModelIndex cell = matrix->index(row, column);
        QVERIFY(cell.data(ui::PinMatrixModel::InstalledDriftRole).toBool());
        QCOMPARE(cell.data().toString(), QStringLiteral("10.9 (installed 10.8-1.el7)"));
        QVERIFY(
            cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Installed: 10.8-1.el7 — other version")));
        ui::PinMatrixFilterModel *filter = inventory->matrixFilter();
        const int rows = filter->rowCount();
        inventory->matrixTab()->findChild<QCheckBox *>(QStringLiteral("onlyInstalledDrift"))->setChecked(true);
        QVERIFY(filter->rowCount() > 0 && filter->rowCount() < rows);
        for (int r = 0; r < filter->rowCount(); ++r)
            QVERIFY(filter->index(r, 0).data(ui::PinMatrixModel::RowInstalledDriftRole).toBool());

        // The two-host view likewise.
        ui::HostDiffModel *diff = inventory->diffModel();
        inventory->hostsTab()
            ->findChild<QComboBox *>(QStringLiteral("leftHost"))
            ->setCurrentText(QStringLiteral("cr-ws01"));
        inventory->hostsTab()
            ->findChild<QComboBox *>(QStringLiteral("rightHost"))
            ->setCurrentText(QStringLiteral("cr-ws03"));
        QCOMPARE(diff->leftHost(), QStringLiteral("cr-ws01"));
        int fandangoRow = -1;
        for (int r = 0; r < diff->rowCount(); ++r)
            if (diff->index(r, ui::HostDiffModel::PackageColumn).data().toString() == QStringLiteral("python-fandango"))
                fandangoRow = r;
        QVERIFY(fandangoRow >= 0);
        QCOMPARE(
            diff->index(fandangoRow, ui::HostDiffModel::LeftColumn).data(ui::HostDiffModel::InstalledRole).toString(),
            QStringLiteral("10.8-1.el7"));
        QVERIFY(diff->index(fandangoRow, ui::HostDiffModel::LeftColumn)
                    .data(ui::HostDiffModel::InstalledDriftRole)
                    .toBool());

        // Run for Real hears of it: the review view holds cr-ws01's drift.
        const QStringList reasons = jobs->reviewView()->hostDrift().value(QStringLiteral("cr-ws01"));
        QVERIFY2(reasons.join(QLatin1Char('\n')).contains(QStringLiteral("python-fandango 10.9: 10.8-1.el7")),
            qPrintable(reasons.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestInstalledTab)
#include "tst_installedtab.moc"
