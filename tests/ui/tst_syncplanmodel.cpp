// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/syncplanmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using core::solve::LineStatus;
using core::solve::PlanPackage;
using core::solve::PlatformPlan;
using ui::SyncPlanModel;

namespace {

PlanPackage package(const std::string &fn, const std::string &subdir, std::uint64_t size, std::vector<int> lines)
{
    PlanPackage p;
    p.record.name = fn.substr(0, fn.find('-'));
    p.record.fn = fn;
    p.record.subdir = subdir;
    p.record.size = size;
    p.record.url = "https://conda.anaconda.org/conda-forge/" + subdir + '/' + fn;
    p.lines = std::move(lines);
    return p;
}

core::solve::LineResult line(int number, LineStatus status)
{
    core::solve::LineResult r;
    r.lineNumber = number;
    r.status = status;
    return r;
}

PlatformPlan linuxPlan()
{
    PlatformPlan plan;
    plan.platform = "linux-64";
    plan.lines = {line(4, LineStatus::Solved), line(8, LineStatus::Solved), line(14, LineStatus::Unsolvable)};
    plan.missing = {package("python-3.9.18-h0755675_0_cpython.conda", "linux-64", 24'000'000, {4, 8}),
                    package("tzdata-2024a-h0c530f3_0.conda", "noarch", 120'000, {4, 8})};
    plan.packages = plan.missing;
    plan.downloadSize = 24'120'000;
    return plan;
}

PlatformPlan osxPlan()
{
    PlatformPlan plan;
    plan.platform = "osx-64";
    plan.lines = {line(4, LineStatus::Solved), line(8, LineStatus::Solved), line(14, LineStatus::Unsolvable)};
    plan.missing = {package("python-3.9.18-h07e1e5c_0_cpython.conda", "osx-64", 12'000'000, {4, 8}),
                    package("tzdata-2024a-h0c530f3_0.conda", "noarch", 120'000, {4})};
    plan.packages = plan.missing;
    plan.downloadSize = 12'120'000;
    return plan;
}

} // namespace

class TestSyncPlanModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void tree();
    void totals_data();
    void totals();
    void grandTotalCountsNoarchOnce();
    void cleared();
};

void TestSyncPlanModel::tree()
{
    SyncPlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(core::sync::combinePlans({linuxPlan(), osxPlan()}));
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex linux = model.index(0, 0);
    QCOMPARE(linux.data().toString(), QStringLiteral("linux-64"));
    QVERIFY(linux.data(SyncPlanModel::IsPlatformRole).toBool());
    QCOMPARE(model.index(0, SyncPlanModel::SizeColumn).data().toString(), QStringLiteral("24.1 MB"));
    QCOMPARE(model.rowCount(linux), 2);
    const QModelIndex python = model.index(0, SyncPlanModel::FileColumn, linux);
    QCOMPARE(python.data().toString(), QStringLiteral("python-3.9.18-h0755675_0_cpython.conda"));
    QCOMPARE(python.parent(), linux);
    QCOMPARE(python.data(SyncPlanModel::PlatformRole).toString(), QStringLiteral("linux-64"));
    QCOMPARE(model.index(0, SyncPlanModel::LinesColumn, linux).data().toString(), QStringLiteral("4, 8"));
    QCOMPARE(model.index(0, SyncPlanModel::SizeColumn, linux).data(SyncPlanModel::SizeRole).toULongLong(), 24'000'000ULL);
    QCOMPARE(model.index(1, SyncPlanModel::SubdirColumn, linux).data().toString(), QStringLiteral("noarch"));
    QCOMPARE(model.rowCount(python), 0);
}

void TestSyncPlanModel::totals_data()
{
    QTest::addColumn<bool>("withUnsolvable");
    QTest::addColumn<QString>("text");
    QTest::newRow("every line solves") << false << QStringLiteral("2 new package(s) to upload for linux-64, 24.1 MB");
    QTest::newRow("a line excluded")
        << true << QStringLiteral("2 new package(s) to upload for linux-64, 24.1 MB; excluded from the plan: line 14 (unsolvable)");
}

void TestSyncPlanModel::totals()
{
    QFETCH(bool, withUnsolvable);
    QFETCH(QString, text);
    PlatformPlan plan = linuxPlan();
    if (!withUnsolvable)
        plan.lines.pop_back();
    SyncPlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(core::sync::combinePlans({plan}));
    QCOMPARE(model.totalText(0), text);
    QCOMPARE(model.totals(), QStringList{text});  // one platform: no grand total
    QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), text);
    QVERIFY(model.totalText(1).isEmpty());
}

void TestSyncPlanModel::grandTotalCountsNoarchOnce()
{
    SyncPlanModel model;
    model.setPlan(core::sync::combinePlans({linuxPlan(), osxPlan()}));
    const QStringList totals = model.totals();
    QCOMPARE(totals.size(), 3);
    QVERIFY(totals[1].startsWith(QStringLiteral("2 new package(s) to upload for osx-64, 12.1 MB")));
    // The noarch tzdata is in both plans but is one file: 3 files, 36.1 MB.
    QCOMPARE(totals[2], QStringLiteral("In all: 3 package file(s), 36.1 MB"));
}

void TestSyncPlanModel::cleared()
{
    SyncPlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(core::sync::combinePlans({linuxPlan()}));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.totals().isEmpty());
}

QTEST_MAIN(TestSyncPlanModel)
#include "tst_syncplanmodel.moc"
