// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The Inventory page's tabs on their own, without the page: the pin matrix and the two hosts fed
// the demo inventory's snapshot, and the pin check, impact and offline readiness tabs following
// one InventoryChecker that solves the demo workspace with a real SolveService.
#include "core/envfile/workspace.h"
#include "tests/support/copytree.h"
#include "ui/models/hostdiffmodel.h"
#include "ui/models/hostenvironmentmodel.h"
#include "ui/models/pincheckmodel.h"
#include "ui/models/pinmatrixfiltermodel.h"
#include "ui/models/pinmatrixmodel.h"
#include "ui/views/inventorychecker.h"
#include "ui/views/inventorychecktab.h"
#include "ui/views/inventoryhoststab.h"
#include "ui/views/inventoryimpacttab.h"
#include "ui/views/inventorymatrixtab.h"
#include "ui/views/inventoryreadinesstab.h"
#include "ui/views/inventorysnapshot.h"
#include "ui/workspacecontext.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDirIterator>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <memory>

using core::inventory::PinKey;
using core::inventory::PinKind;
using ui::HostDiffModel;
using ui::HostEnvironmentModel;
using ui::PinMatrixModel;

using testsupport::copyTree;

namespace {

constexpr int s_timeout = 90000; // the first load of the demo channel builds its .solv cache

QStringList itemData(const QComboBox &box)
{
    QStringList data;
    for (int i = 0; i < box.count(); ++i)
        data << box.itemData(i).toString();
    return data;
}

QStringList itemTexts(const QComboBox &box)
{
    QStringList texts;
    for (int i = 0; i < box.count(); ++i)
        texts << box.itemText(i);
    return texts;
}

/** The row of @p diff for @p package in @p scope, or -1. */
int diffRow(const HostDiffModel &diff, const QString &scope, const QString &package)
{
    for (int r = 0; r < diff.rowCount(); ++r)
        if (diff.index(r, HostDiffModel::ScopeColumn).data().toString() == scope
            && diff.index(r, HostDiffModel::PackageColumn).data().toString() == package)
            return r;
    return -1;
}

/** The hosts of the demo inventory, in the order hosts.yml lists them. */
const QStringList s_demoHosts { QStringLiteral("cr-ws01"), QStringLiteral("cr-ws02"), QStringLiteral("cr-ws03"),
    QStringLiteral("b303a-cc01"), QStringLiteral("b303a-ec01"), QStringLiteral("b303a-ws01"),
    QStringLiteral("b110a-cc01"), QStringLiteral("b110a-ec01"), QStringLiteral("b110a-ws01") };

/**
 * The demo's distinct pins, one matrix row each: 16 RPM (8 packages in packages_stable and in
 * versions), 31 conda and pip (scans 5, silx 2, tango-tools 4, taurus-legacy 5, sardana_env 13 + 2
 * pip), and the channels (5) and wrappers (4, sardana_env has none) of the environments.
 */
constexpr int s_demoPinRows = 56;

} // namespace

class TestInventoryTabs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the .solv cache goes to ~/.qttest, not the user's cache
        // A copy: the checker reads the sync target (an empty local channel) and nothing here may touch the tree.
        QVERIFY(m_dir.isValid());
        QVERIFY(testsupport::copyDemoWithEmptyTarget(
            QStringLiteral(DEPLOYDECK_SOURCE_DIR "/resources/demo"), m_dir.path()));
        auto ws = core::envfile::readWorkspace(m_dir.path().toStdString());
        QVERIFY(ws.ok());
        m_workspace = *ws;
        auto snapshot = ui::readInventorySnapshot(m_workspace.inventory, ui::InventoryReadOptions::forWorkspace(*ws));
        QVERIFY(snapshot.ok());
        m_snapshot = *snapshot;
        QCOMPARE(int(m_snapshot->inventory.hosts.size()), 9);
        QCOMPARE(int(m_snapshot->pins.size()), 9);
    }

    void matrixTab()
    {
        ui::InventoryMatrixTab tab;
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        QAbstractItemModelTester matrixTester(tab.matrixModel(), mode);
        QAbstractItemModelTester filterTester(tab.matrixFilter(), mode);
        QSignalSpy updated(&tab, &ui::InventoryMatrixTab::matrixUpdated);
        tab.setSnapshot(m_snapshot);
        QVERIFY(updated.wait(s_timeout));

        const PinMatrixModel &model = *tab.matrixModel();
        QCOMPARE(model.columnCount(), PinMatrixModel::KeyColumnCount + 9);
        for (const QString &host : s_demoHosts)
            QVERIFY2(model.columnOf(host) >= PinMatrixModel::KeyColumnCount, qPrintable(host));
        QCOMPARE(model.rowCount(), s_demoPinRows);
        // The groups that have hosts, "all" left out: it is the "All hosts" entry.
        auto *group = tab.findChild<QComboBox *>(QStringLiteral("groupFilter"));
        QVERIFY(group);
        QStringList groups = itemData(*group);
        QCOMPARE(groups.takeFirst(), QString());
        groups.sort();
        QCOMPARE(groups,
            (QStringList { QStringLiteral("beamline_b110"), QStringLiteral("beamline_b303"),
                QStringLiteral("beamlines"), QStringLiteral("control_room"), QStringLiteral("experiment_control") }));

        // The control room's console that keeps the previous sherlock drifts from its group.
        const int sherlock = model.rowOf(PinKey { PinKind::Rpm, "packages_stable", "python36-sherlock" });
        QVERIFY(sherlock >= 0);
        QCOMPARE(model.index(sherlock, model.columnOf(QStringLiteral("cr-ws02"))).data().toString(),
            QStringLiteral("1.0.4"));
        QVERIFY(model.index(sherlock, model.columnOf(QStringLiteral("cr-ws02")))
                    .data(PinMatrixModel::DiffersRole)
                    .toBool());
        QCOMPARE(model.index(sherlock, model.columnOf(QStringLiteral("cr-ws01"))).data().toString(),
            QStringLiteral("latest"));

        // The package filter: packages_stable's and versions' RPM fandango, and taurus-legacy's conda one.
        auto *name = tab.findChild<QLineEdit *>(QStringLiteral("nameFilter"));
        QVERIFY(name);
        name->setText(QStringLiteral("fandango"));
        QCOMPARE(tab.matrixFilter()->rowCount(), 3);
        name->clear();
        QCOMPARE(tab.matrixFilter()->rowCount(), s_demoPinRows);

        // One group: the three consoles of the control room.
        group->setCurrentIndex(group->findData(QStringLiteral("control_room")));
        QVERIFY(updated.wait(s_timeout));
        QCOMPARE(model.columnCount(), PinMatrixModel::KeyColumnCount + 3);
        QVERIFY(model.columnOf(QStringLiteral("cr-ws03")) >= 0 && model.columnOf(QStringLiteral("b110a-ws01")) < 0);
        group->setCurrentIndex(0);
        QVERIFY(updated.wait(s_timeout));
        QCOMPARE(model.columnCount(), PinMatrixModel::KeyColumnCount + 9);

        // Kind, scope and package stay in view when the hosts are scrolled to the far right.
        auto *view = tab.findChild<QTableView *>(QStringLiteral("pinMatrixView"));
        QVERIFY(view);
        tab.resize(600, 400);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        auto *frozen = view->findChild<QTableView *>(QStringLiteral("pinMatrixViewFrozen"));
        QVERIFY(frozen);
        QTRY_VERIFY(frozen->isVisible());
        QVERIFY(view->horizontalScrollBar()->maximum() > 0);
        view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->maximum());
        QCOMPARE(frozen->model(), view->model());
        for (int column = 0; column < PinMatrixModel::KeyColumnCount; ++column) {
            QVERIFY(!frozen->isColumnHidden(column));
            QCOMPARE(frozen->columnWidth(column), view->columnWidth(column));
            const QRect cell = frozen->visualRect(frozen->model()->index(0, column));
            QVERIFY2(
                cell.left() >= 0 && cell.right() <= frozen->viewport()->width(), qPrintable(QString::number(column)));
        }
        QVERIFY(frozen->isColumnHidden(PinMatrixModel::KeyColumnCount));
        QCOMPARE(frozen->geometry().left(), view->frameWidth());
        // ... row for row with the table, scrolled up and down with it.
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        QCOMPARE(frozen->verticalScrollBar()->value(), view->verticalScrollBar()->value());
        for (int row = 0; row < view->model()->rowCount(); row += 7)
            QCOMPARE(frozen->rowViewportPosition(row), view->rowViewportPosition(row));
        // Its header sorts the table (it covers the table's own over those columns).
        const QHeaderView *frozenHeader = frozen->horizontalHeader();
        QTest::mouseClick(frozen->horizontalHeader()->viewport(), Qt::LeftButton, {},
            QPoint(
                frozenHeader->sectionViewportPosition(PinMatrixModel::PackageColumn) + 5, frozenHeader->height() / 2));
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(PinMatrixModel::PackageColumn));
        QCOMPARE(frozenHeader->sortIndicatorSection(), int(PinMatrixModel::PackageColumn));
        QVERIFY(view->model()->index(0, PinMatrixModel::PackageColumn).data().toString()
            <= view->model()->index(view->model()->rowCount() - 1, PinMatrixModel::PackageColumn).data().toString());
        view->sortByColumn(-1, Qt::AscendingOrder);

        // Selecting a cell names its pin; editing one proposes a value for that host.
        QSignalSpy selected(&tab, &ui::InventoryMatrixTab::packageSelected);
        const int fandango = model.rowOf(PinKey { PinKind::Rpm, "packages_stable", "python-fandango" });
        view->setCurrentIndex(tab.matrixFilter()->mapFromSource(model.index(fandango, PinMatrixModel::PackageColumn)));
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.first().first().value<PinKey>().package, std::string("python-fandango"));
        QSignalSpy proposed(&tab, &ui::InventoryMatrixTab::pinProposed);
        QVERIFY(tab.matrixModel()->setData(
            model.index(fandango, model.columnOf(QStringLiteral("b303a-ec01"))), QStringLiteral("10.9")));
        QCOMPARE(proposed.count(), 1);
        QCOMPARE(proposed.first().at(1).toString(), QStringLiteral("b303a-ec01"));
        QCOMPARE(proposed.first().at(2).toString(), QStringLiteral("10.9"));

        // No inventory: an empty matrix at once, and only "All hosts" to choose.
        tab.setSnapshot(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(group->count(), 1);
    }

    void hostsTab()
    {
        ui::InventoryHostsTab tab;
        QAbstractItemModelTester tester(tab.diffModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.setSnapshot(m_snapshot, QString::fromStdString(m_workspace.root));
        auto *left = tab.findChild<QComboBox *>(QStringLiteral("leftHost"));
        auto *right = tab.findChild<QComboBox *>(QStringLiteral("rightHost"));
        QVERIFY(left && right);
        // The pickers list the hosts in the pin matrix's column order.
        ui::InventoryMatrixTab matrix;
        QSignalSpy updated(&matrix, &ui::InventoryMatrixTab::matrixUpdated);
        matrix.setSnapshot(m_snapshot);
        QVERIFY(updated.wait(s_timeout));
        QStringList columns;
        for (int c = PinMatrixModel::KeyColumnCount; c < matrix.matrixModel()->columnCount(); ++c)
            columns << matrix.matrixModel()->headerData(c, Qt::Horizontal).toString();
        QCOMPARE(QSet<QString>(columns.begin(), columns.end()), QSet<QString>(s_demoHosts.begin(), s_demoHosts.end()));
        QCOMPARE(itemTexts(*left), columns);
        QCOMPARE(itemTexts(*right), columns);
        // The first two hosts are compared at once: consoles whose only difference is the kept-back sherlock.
        const HostDiffModel &diff = *tab.diffModel();
        QCOMPARE(diff.leftHost(), QStringLiteral("cr-ws01"));
        QCOMPARE(diff.rightHost(), QStringLiteral("cr-ws02"));
        QCOMPARE(diff.differenceCount(), 1);
        const int sherlock = diffRow(diff, QStringLiteral("packages_stable"), QStringLiteral("python36-sherlock"));
        QVERIFY(sherlock >= 0);
        QVERIFY(diff.index(sherlock, 0).data(HostDiffModel::DiffersRole).toBool());

        left->setCurrentText(QStringLiteral("b303a-cc01"));
        right->setCurrentText(QStringLiteral("b303a-ec01"));
        const int fandango = diffRow(diff, QStringLiteral("packages_stable"), QStringLiteral("python-fandango"));
        QVERIFY(fandango >= 0);
        QCOMPARE(diff.index(fandango, HostDiffModel::LeftColumn).data().toString(), QStringLiteral("10.9"));
        QCOMPARE(diff.index(fandango, HostDiffModel::RightColumn).data().toString(), QStringLiteral("14.3.0"));
        // Where the value is written, relative to the workspace the tab was given.
        QVERIFY2(diff.index(fandango, HostDiffModel::RightColumn)
                     .data(HostDiffModel::SourceRole)
                     .toString()
                     .startsWith(QStringLiteral("inventory/host_vars/b303a-ec01.yml:")),
            qPrintable(diff.index(fandango, HostDiffModel::RightColumn).data(HostDiffModel::SourceRole).toString()));
        auto *summary = tab.findChild<QLabel *>(QStringLiteral("diffSummary"));
        QVERIFY(summary);
        QVERIFY(summary->text().startsWith(QString::number(diff.differenceCount()) + QLatin1Char(' ')));

        auto *swap = tab.findChild<QToolButton *>();
        QVERIFY(swap);
        QTest::mouseClick(swap, Qt::LeftButton);
        QCOMPARE(diff.leftHost(), QStringLiteral("b303a-ec01"));
        QCOMPARE(diff.rightHost(), QStringLiteral("b303a-cc01"));
        QCOMPARE(diff.index(fandango, HostDiffModel::LeftColumn).data().toString(), QStringLiteral("14.3.0"));

        tab.setSnapshot(nullptr, {});
        QCOMPARE(left->count(), 0);
        QCOMPARE(diff.rowCount(), 0);
        QVERIFY(summary->text().isEmpty());
    }

    void checkerTabs()
    {
        ui::WorkspaceContext context(m_workspace);
        ui::InventoryChecker checker;
        checker.setContext(&context);
        ui::InventoryCheckTab check(&checker);
        ui::InventoryImpactTab impact(&checker);
        ui::InventoryReadinessTab readiness(&checker);
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        QAbstractItemModelTester pinTester(check.pinCheckModel(), mode);
        QAbstractItemModelTester environmentTester(check.environmentModel(), mode);
        QAbstractItemModelTester impactTester(impact.impactModel(), mode);
        QAbstractItemModelTester readinessTester(readiness.readinessModel(), mode);
        QSignalSpy checked(&check, &ui::InventoryCheckTab::checksFinished);
        QSignalSpy ready(&readiness, &ui::InventoryReadinessTab::readinessUpdated);
        checker.setSnapshot(m_snapshot);
        QVERIFY(checked.wait(s_timeout));

        // 22 host environments: three on each console of the control room (tango-tools, taurus-legacy,
        // silx), two on each beamline host (tango-tools, sardana) and b303a-ec01's scans.
        QCOMPARE(check.environmentModel()->rowCount(), 22);
        QCOMPARE(check.pinCheckModel()->failureCount(), 1); // silx=0.15.1 is not in the channel
        const QString summary = check.findChild<QLabel *>(QStringLiteral("checkSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("Hosts that would break: cr-ws01, cr-ws02, cr-ws03, b110a-cc01")),
            qPrintable(summary));

        // The impact tab reads the checker's results: every host pins fandango, six environments install h5py.
        QSignalSpy shown(&impact, &ui::InventoryImpactTab::impactUpdated);
        impact.showPackageUsage(PinKey { PinKind::Rpm, "packages_stable", "python-fandango" });
        QCOMPARE(shown.count(), 1);
        QCOMPARE(impact.impactModel()->rowCount(), 9);
        impact.showPackageUsage(PinKey { PinKind::Conda, "sardana_env", "h5py" });
        const auto &rows = impact.impactModel()->rows();
        QCOMPARE(std::count_if(
                     rows.begin(), rows.end(), [](const auto &r) { return r.status == QStringLiteral("installs"); }),
            6);

        // The sync target starts empty: no environment is ready, and there is a plan to save.
        QVERIFY(!ready.isEmpty() || ready.wait(s_timeout));
        QCOMPARE(readiness.readinessModel()->rowCount(), 22);
        QVERIFY(readiness.findChild<QPushButton *>(QStringLiteral("makeSyncPlan"))->isEnabled());
        const QString path = m_dir.filePath(QStringLiteral("speclists/offline.txt"));
        QVERIFY(readiness.saveSyncPlanSpecList(path).ok());
        QFile plan(path);
        QVERIFY(plan.open(QIODevice::ReadOnly));
        QVERIFY(plan.readAll().contains("\npython=3.11 pytango>=9.4 itango dsconfig=1.6.0\n"));
    }

private:
    QTemporaryDir m_dir;
    core::envfile::Workspace m_workspace;
    std::shared_ptr<const ui::InventorySnapshot> m_snapshot;
};

QTEST_MAIN(TestInventoryTabs)
#include "tst_inventorytabs.moc"
