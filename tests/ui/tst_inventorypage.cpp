// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The Inventory (Compare) page on a copy of the demo workspace, with a real SolveService loading
// the demo channel: the pin matrix with its drifting pins, filters, two hosts side by side with
// source tooltips, the pin check with the deliberately broken host, impact, offline readiness.
#include "core/envfile/speclist.h"
#include "core/envfile/workspace.h"
#include "tests/support/copytree.h"
#include "tests/support/requirements.h"
#include "ui/models/hostdiffmodel.h"
#include "ui/models/hostenvironmentmodel.h"
#include "ui/models/pincheckmodel.h"
#include "ui/models/pinmatrixfiltermodel.h"
#include "ui/models/pinmatrixmodel.h"
#include "ui/views/inventorypage.h"
#include "ui/workspacecontext.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using core::inventory::PinKey;
using core::inventory::PinKind;
using ui::HostEnvironmentModel;
using ui::InventoryPage;
using ui::PinMatrixModel;

using testsupport::copyTree;

namespace {

constexpr int s_timeout = 90000; // the first load of the demo channel builds its .solv cache

/** The row of @p model (host, environment columns) for @p host and @p environment, or -1. */
int rowOf(const QAbstractItemModel &model, const QString &host, const QString &environment)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, HostEnvironmentModel::HostColumn).data().toString() == host
            && model.index(r, HostEnvironmentModel::EnvironmentColumn).data().toString() == environment)
            return r;
    return -1;
}

QStringList hostsIn(const QAbstractItemModel &model)
{
    QStringList hosts;
    for (int r = 0; r < model.rowCount(); ++r)
        hosts << model.index(r, HostEnvironmentModel::HostColumn).data().toString();
    return hosts;
}

} // namespace

class TestInventoryPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(testsupport::copyDemoWithEmptyTarget(
            QStringLiteral(DEPLOYDECK_SOURCE_DIR "/resources/demo"), m_dir.path()));
        auto ws = core::envfile::readWorkspace(m_dir.path().toStdString());
        QVERIFY(ws.ok());
        m_context = std::make_unique<ui::WorkspaceContext>(*ws);
        m_page = std::make_unique<InventoryPage>();
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *> { m_page->matrixModel(),
                 m_page->matrixFilter(), m_page->diffModel(), m_page->pinCheckModel(), m_page->environmentModel(),
                 m_page->impactModel(), m_page->readinessModel() })
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(model, mode));
        m_loaded = std::make_unique<QSignalSpy>(m_page.get(), &InventoryPage::inventoryLoaded);
        m_checked = std::make_unique<QSignalSpy>(m_page.get(), &InventoryPage::checksFinished);
        m_ready = std::make_unique<QSignalSpy>(m_page.get(), &InventoryPage::readinessUpdated);
        m_page->setContext(m_context.get());
        m_page->setWorkspace(*ws);
        m_page->resize(1200, 800);
        m_page->show();
        QTRY_VERIFY_WITH_TIMEOUT(m_loaded->count() > 0, s_timeout);
    }

    void matrixHighlightsDrift_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("package");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("differs");
        const int rpm = int(PinKind::Rpm), conda = int(PinKind::Conda);
        QTest::newRow("fandango pinned on one host") << rpm << "packages_stable"
                                                     << "python-fandango"
                                                     << "b303a-ec01"
                                                     << "14.3.0" << true;
        QTest::newRow("its group neighbour") << rpm << "packages_stable"
                                             << "python-fandango"
                                             << "b303a-cc01"
                                             << "10.9" << false;
        QTest::newRow("sherlock kept back") << rpm << "packages_stable"
                                            << "python36-sherlock"
                                            << "cr-ws02"
                                            << "1.0.4" << true;
        QTest::newRow("rolled-back pytango") << conda << "sardana_env"
                                             << "pytango"
                                             << "b110a-cc01"
                                             << "=9.3.6" << true;
        QTest::newRow("the group's pytango") << conda << "sardana_env"
                                             << "pytango"
                                             << "b110a-ws01"
                                             << ">=9.5" << false;
    }

    void matrixHighlightsDrift()
    {
        QFETCH(int, kind);
        QFETCH(QString, scope);
        QFETCH(QString, package);
        QFETCH(QString, host);
        QFETCH(QString, value);
        QFETCH(bool, differs);
        const PinMatrixModel &model = *m_page->matrixModel();
        const int row = model.rowOf(PinKey { PinKind(kind), scope.toStdString(), package.toStdString() });
        const int column = model.columnOf(host);
        QVERIFY(row >= 0 && column >= 0);
        const QModelIndex cell = model.index(row, column);
        QCOMPARE(cell.data().toString(), value);
        QCOMPARE(cell.data(PinMatrixModel::DiffersRole).toBool(), differs);
        QCOMPARE(cell.data(Qt::BackgroundRole).isValid(), differs);
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Written at ")));
        QVERIFY(cell.data(PinMatrixModel::SourceRole).toString().contains(QStringLiteral("/inventory/")));
    }

    void filters()
    {
        auto *view = m_page->findChild<QTableView *>(QStringLiteral("pinMatrixView"));
        QVERIFY(view);
        const QAbstractItemModel &shown = *view->model();
        const int all = shown.rowCount();
        auto *name = m_page->findChild<QLineEdit *>(QStringLiteral("nameFilter"));
        name->setText(QStringLiteral("FANDANGO"));
        // packages_stable and versions (RPM), and the taurus-legacy environment's conda fandango.
        QCOMPARE(shown.rowCount(), 3);
        for (int r = 0; r < shown.rowCount(); ++r)
            QCOMPARE(
                shown.index(r, PinMatrixModel::PackageColumn).data().toString().contains(QStringLiteral("fandango")),
                true);
        name->clear();
        QCOMPARE(shown.rowCount(), all);

        auto *only = m_page->findChild<QCheckBox *>(QStringLiteral("onlyDifferences"));
        only->setChecked(true);
        QVERIFY(shown.rowCount() > 0 && shown.rowCount() < all);
        for (int r = 0; r < shown.rowCount(); ++r)
            QVERIFY(shown.index(r, 0).data(PinMatrixModel::RowDiffersRole).toBool());
        only->setChecked(false);

        // One group: its hosts only, compared with that group's majority.
        QSignalSpy updated(m_page.get(), &InventoryPage::matrixUpdated);
        auto *group = m_page->findChild<QComboBox *>(QStringLiteral("groupFilter"));
        group->setCurrentIndex(group->findData(QStringLiteral("beamline_b303")));
        QVERIFY(updated.wait(s_timeout));
        const PinMatrixModel &model = *m_page->matrixModel();
        QCOMPARE(model.columnCount(), PinMatrixModel::KeyColumnCount + 3);
        QVERIFY(model.columnOf(QStringLiteral("b303a-ec01")) > 0 && model.columnOf(QStringLiteral("cr-ws01")) < 0);
        const int taurus = model.rowOf(PinKey { PinKind::Rpm, "packages_stable", "python-taurus" });
        QVERIFY(model.index(taurus, model.columnOf(QStringLiteral("b303a-ec01")))
                    .data(PinMatrixModel::DiffersRole)
                    .toBool());

        auto *mode = m_page->findChild<QComboBox *>(QStringLiteral("columnMode"));
        mode->setCurrentIndex(1);
        QCOMPARE(model.headerData(PinMatrixModel::KeyColumnCount, Qt::Horizontal).toString(),
            QStringLiteral("beamline_b303"));
        QCOMPARE(model.index(taurus, PinMatrixModel::KeyColumnCount).data().toString(), QStringLiteral("default"));
        QVERIFY(model.index(taurus, PinMatrixModel::KeyColumnCount).data(PinMatrixModel::DiffersRole).toBool());
        mode->setCurrentIndex(0);
        group->setCurrentIndex(0);
        QVERIFY(updated.wait(s_timeout));
        QCOMPARE(model.columnCount(), PinMatrixModel::KeyColumnCount + 9);
    }

    void twoHosts()
    {
        m_page->findChild<QComboBox *>(QStringLiteral("leftHost"))->setCurrentText(QStringLiteral("b303a-cc01"));
        m_page->findChild<QComboBox *>(QStringLiteral("rightHost"))->setCurrentText(QStringLiteral("b303a-ec01"));
        const ui::HostDiffModel &diff = *m_page->diffModel();
        QCOMPARE(diff.leftHost(), QStringLiteral("b303a-cc01"));
        QCOMPARE(diff.rightHost(), QStringLiteral("b303a-ec01"));
        int fandango = -1, scans = -1;
        for (int r = 0; r < diff.rowCount(); ++r) {
            const QString scope = diff.index(r, ui::HostDiffModel::ScopeColumn).data().toString();
            const QString package = diff.index(r, ui::HostDiffModel::PackageColumn).data().toString();
            if (scope == QStringLiteral("packages_stable") && package == QStringLiteral("python-fandango"))
                fandango = r;
            if (scope == QStringLiteral("conda_envs/scans") && package == QStringLiteral("sardana"))
                scans = r;
        }
        QVERIFY(fandango >= 0 && scans >= 0);
        QVERIFY(diff.index(fandango, 0).data(ui::HostDiffModel::DiffersRole).toBool());
        QCOMPARE(diff.index(fandango, ui::HostDiffModel::LeftColumn).data().toString(), QStringLiteral("10.9"));
        QCOMPARE(diff.index(fandango, ui::HostDiffModel::RightColumn).data().toString(), QStringLiteral("14.3.0"));
        // Where each value is written, relative to the workspace, and the variable's history.
        const QModelIndex right = diff.index(fandango, ui::HostDiffModel::RightColumn);
        QVERIFY2(right.data(ui::HostDiffModel::SourceRole)
                     .toString()
                     .startsWith(QStringLiteral("inventory/host_vars/b303a-ec01.yml:")),
            qPrintable(right.data(ui::HostDiffModel::SourceRole).toString()));
        const QString tip = right.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("inventory/group_vars/all.yml:"))
                && tip.contains(QStringLiteral("inventory/group_vars/beamline_b303.yml:"))
                && tip.contains(QStringLiteral("inventory/host_vars/b303a-ec01.yml:"))
                && tip.contains(QStringLiteral("effective")),
            qPrintable(tip));
        QVERIFY(diff.index(fandango, ui::HostDiffModel::LeftColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("inventory/group_vars/beamline_b303.yml:")));
        // An environment only the experiment-control host has.
        QVERIFY(diff.index(scans, ui::HostDiffModel::LeftColumn).data().toString().isEmpty());
        QVERIFY(diff.index(scans, ui::HostDiffModel::RightColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("diffSummary"))
                    ->text()
                    .contains(QString::number(diff.differenceCount())));
    }

    void pinCheck()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_checked->count() > 0, s_timeout);
        const QAbstractItemModel &envs = *m_page->environmentModel();
        const int broken = rowOf(envs, QStringLiteral("b110a-cc01"), QStringLiteral("sardana_env"));
        QVERIFY(broken >= 0);
        QCOMPARE(
            envs.index(broken, HostEnvironmentModel::StatusColumn).data().toString(), QStringLiteral("unsolvable"));
        QVERIFY(envs.index(broken, 0)
                    .data(HostEnvironmentModel::ExplanationRole)
                    .toString()
                    .contains(QStringLiteral("pytango >=9.4.2")));
        const int fine = rowOf(envs, QStringLiteral("b110a-ws01"), QStringLiteral("sardana_env"));
        QCOMPARE(envs.index(fine, HostEnvironmentModel::StatusColumn).data().toString(), QStringLiteral("solved"));
        QCOMPARE(envs.rowCount(), 22);

        const ui::PinCheckModel &pins = *m_page->pinCheckModel();
        QCOMPARE(pins.failureCount(), 1);
        bool silx = false;
        for (int r = 0; r < pins.rowCount(); ++r)
            if (pins.index(r, ui::PinCheckModel::PackageColumn).data().toString() == QStringLiteral("silx")) {
                silx = pins.index(r, 0).data(ui::PinCheckModel::FailedRole).toBool();
                QCOMPARE(pins.index(r, 0).data(ui::PinCheckModel::HostsRole).toStringList().size(), 3);
            }
        QVERIFY(silx);
        const QString summary = m_page->findChild<QLabel *>(QStringLiteral("checkSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("Hosts that would break: cr-ws01, cr-ws02, cr-ws03, b110a-cc01")),
            qPrintable(summary));

        // Selecting the broken environment shows its explanation.
        auto *view = m_page->findChild<QTableView *>(QStringLiteral("environmentView"));
        for (int r = 0; r < view->model()->rowCount(); ++r)
            if (view->model()->index(r, 0).data().toString() == QStringLiteral("b110a-cc01")
                && view->model()->index(r, 1).data().toString() == QStringLiteral("sardana_env"))
                view->setCurrentIndex(view->model()->index(r, 0));
        QVERIFY(m_page->findChild<QPlainTextEdit *>(QStringLiteral("explanation"))
                    ->toPlainText()
                    .contains(QStringLiteral("pytango")));
    }

    void selectingPackageShowsUsage()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_checked->count() > 0, s_timeout);
        auto *view = m_page->findChild<QTableView *>(QStringLiteral("pinMatrixView"));
        const PinMatrixModel &model = *m_page->matrixModel();
        const int row = model.rowOf(PinKey { PinKind::Rpm, "packages_stable", "python-fandango" });
        QSignalSpy updated(m_page.get(), &InventoryPage::impactUpdated);
        view->setCurrentIndex(m_page->matrixFilter()->mapFromSource(model.index(row, PinMatrixModel::PackageColumn)));
        QCOMPARE(updated.count(), 1);
        QCOMPARE(m_page->impactModel()->rowCount(), 9);

        // A conda package: the hosts pinning it and every environment that installs it.
        const int numpy = model.rowOf(PinKey { PinKind::Conda, "sardana_env", "h5py" });
        view->setCurrentIndex(m_page->matrixFilter()->mapFromSource(model.index(numpy, PinMatrixModel::PackageColumn)));
        const auto &rows = m_page->impactModel()->rows();
        const auto installs = std::count_if(
            rows.begin(), rows.end(), [](const auto &r) { return r.status == QStringLiteral("installs"); });
        QCOMPARE(installs, 6); // the sardana_env of five beamline hosts that solve, and the scans environment
    }

    void impactOfProposedPin_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("package");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("hosts");
        QTest::addColumn<QString>("status");
        QTest::newRow("un-rolling the rollback fixes the broken host")
            << "sardana_env"
            << "pytango"
            << "b110a-cc01"
            << "=9.5.0" << QStringList { QStringLiteral("b110a-cc01") } << "fixed";
        QTest::newRow("a group_vars pin reaches the whole group")
            << "conda_envs/tango-tools"
            << "python"
            << "cr-ws02"
            << "=3.10"
            << QStringList { QStringLiteral("cr-ws01"), QStringLiteral("cr-ws02"), QStringLiteral("cr-ws03") }
            << "change";
        QTest::newRow("a pin that breaks")
            << "sardana_env"
            << "python"
            << "b303a-cc01"
            << "=3.8"
            << QStringList { QStringLiteral("b303a-cc01"), QStringLiteral("b303a-ec01"), QStringLiteral("b303a-ws01") }
            << "breaks";
    }

    void impactOfProposedPin()
    {
        QFETCH(QString, scope);
        QFETCH(QString, package);
        QFETCH(QString, host);
        QFETCH(QString, value);
        QFETCH(QStringList, hosts);
        QFETCH(QString, status);
        QTRY_VERIFY_WITH_TIMEOUT(m_checked->count() > 0, s_timeout);
        PinMatrixModel &model = *m_page->matrixModel();
        const QModelIndex cell = model.index(
            model.rowOf(PinKey { PinKind::Conda, scope.toStdString(), package.toStdString() }), model.columnOf(host));
        QVERIFY(model.flags(cell) & Qt::ItemIsEditable);
        QSignalSpy updated(m_page.get(), &InventoryPage::impactUpdated);
        QVERIFY(model.setData(cell, value));
        QVERIFY(cell.data(PinMatrixModel::EditedRole).toBool());
        QVERIFY(updated.wait(s_timeout));
        const QAbstractItemModel &impact = *m_page->impactModel();
        QCOMPARE(hostsIn(impact), hosts);
        for (int r = 0; r < impact.rowCount(); ++r)
            QCOMPARE(impact.index(r, HostEnvironmentModel::StatusColumn).data().toString().contains(status), true);
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("impactSummary"))->text().contains(package));
    }

    void impactOfRpmPinListsHosts()
    {
        PinMatrixModel &model = *m_page->matrixModel();
        const QModelIndex cell = model.index(model.rowOf(PinKey { PinKind::Rpm, "packages_stable", "python-taurus" }),
            model.columnOf(QStringLiteral("b303a-cc01")));
        QSignalSpy updated(m_page.get(), &InventoryPage::impactUpdated);
        QVERIFY(model.setData(cell, QStringLiteral("latest")));
        QCOMPARE(updated.count(), 1);
        // Written once in beamline_b303's group_vars: every host that inherits it, but not the one that overrides it.
        QCOMPARE(hostsIn(*m_page->impactModel()),
            (QStringList { QStringLiteral("b303a-cc01"), QStringLiteral("b303a-ws01") }));
    }

    void offlineReadiness()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_ready->count() > 0, s_timeout);
        const QAbstractItemModel &ready = *m_page->readinessModel();
        QCOMPARE(ready.rowCount(), 22);
        // The sync target starts empty: nothing is ready; silx cannot be synced from the workspace channels either.
        const int silx = rowOf(ready, QStringLiteral("cr-ws01"), QStringLiteral("conda_envs/silx"));
        QCOMPARE(
            ready.index(silx, HostEnvironmentModel::StatusColumn).data().toString(), QStringLiteral("not installable"));
        const int tools = rowOf(ready, QStringLiteral("cr-ws01"), QStringLiteral("conda_envs/tango-tools"));
        QVERIFY(ready.index(tools, HostEnvironmentModel::StatusColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("missing")));
        QVERIFY(ready.index(tools, 0)
                    .data(HostEnvironmentModel::ExplanationRole)
                    .toString()
                    .contains(QStringLiteral("pytango-")));
        QVERIFY(m_page->findChild<QPlainTextEdit *>(QStringLiteral("syncPlanText"))
                    ->toPlainText()
                    .contains(QStringLiteral("Sync plan for")));
        QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("makeSyncPlan"))->isEnabled());

        // The plan as a spec list the Spec lists page and `deploydeck sync-plan` read.
        const QString path = m_dir.filePath(QStringLiteral("speclists/offline.txt"));
        QVERIFY(m_page->saveSyncPlanSpecList(path).ok());
        auto list = core::envfile::readSpecList(path.toStdString());
        QVERIFY(list.ok());
        QStringList lines;
        for (const auto &line : list->specLines())
            lines << QString::fromStdString(line.text);
        QVERIFY2(lines.contains(QStringLiteral("python=3.11 pytango>=9.4 itango dsconfig=1.6.0")),
            qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(!lines.contains(QStringLiteral("python=3.9 silx=0.15.1"))); // kept as a comment
    }

    void rpmPinsChecked()
    {
        // Runs last: it changes the workspace. An empty yum repository and one that does not exist.
        REQUIRE_OR_SKIP(!QStandardPaths::findExecutable(QStringLiteral("createrepo_c")).isEmpty(),
            QStringLiteral("createrepo_c not installed (./deploydeck.sh installs it)"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("rpms"))));
        QProcess index;
        index.start(QStringLiteral("createrepo_c"), { QStringLiteral("-q"), m_dir.filePath(QStringLiteral("rpms")) });
        QVERIFY(index.waitForFinished(60000) && index.exitCode() == 0);
        QFile yml(m_dir.filePath(QStringLiteral("deploydeck.yml")));
        QVERIFY(yml.open(QIODevice::Append));
        yml.write("rpm_repositories:\n  - name: empty\n    url: ./rpms\n  - name: gone\n    url: ./nowhere\n");
        yml.close();
        auto ws = core::envfile::readWorkspace(m_dir.path().toStdString());
        QVERIFY(ws.ok());
        auto context = std::make_unique<ui::WorkspaceContext>(*ws);
        m_checked->clear();
        m_page->setContext(context.get());
        m_page->setWorkspace(*ws);
        const ui::PinCheckModel &pins = *m_page->pinCheckModel();
        const auto rpmRow = [&pins] {
            for (int r = 0; r < pins.rowCount(); ++r)
                if (pins.index(r, ui::PinCheckModel::KindColumn).data().toString() == QStringLiteral("rpm"))
                    return r;
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(m_checked->count() > 0 && rpmRow() >= 0, s_timeout);
        QCOMPARE(
            pins.index(rpmRow(), ui::PinCheckModel::StatusColumn).data().toString(), QStringLiteral("does not exist"));
        QTRY_VERIFY(m_page->findChild<QLabel *>(QStringLiteral("checkSummary"))
                        ->text()
                        .contains(QStringLiteral("RPM repositories not read: gone:")));
        m_page->setContext(nullptr);
        m_context = std::move(context);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::WorkspaceContext> m_context;
    std::unique_ptr<InventoryPage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    std::unique_ptr<QSignalSpy> m_loaded, m_checked, m_ready;
};

QTEST_MAIN(TestInventoryPage)
#include "tst_inventorypage.moc"
