// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/unionmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using core::solve::PlanPackage;
using ui::UnionModel;

namespace {

PlanPackage package(const std::string &name, const std::string &version, const std::string &subdir, std::vector<int> lines,
                    std::uint64_t size = 1000)
{
    PlanPackage p;
    p.record.name = name;
    p.record.version = version;
    p.record.build = "0";
    p.record.subdir = subdir;
    p.record.fn = name + '-' + version + "-0.conda";
    p.record.size = size;
    p.lines = std::move(lines);
    p.platforms = {subdir == "noarch" ? "linux-64" : subdir};
    return p;
}

/** linux-64 and osx-64 plans sharing a noarch file; the target lacks python 3.10 only. */
core::sync::SyncPlan twoPlatforms()
{
    core::solve::PlatformPlan linux;
    linux.platform = "linux-64";
    linux.packages = {package("python", "3.9.18", "linux-64", {4, 8}), package("python", "3.10.13", "linux-64", {5}),
                      package("tzdata", "2024a", "noarch", {4, 5, 8})};
    linux.missing = {linux.packages[1]};
    core::solve::PlatformPlan osx;
    osx.platform = "osx-64";
    auto tz = package("tzdata", "2024a", "noarch", {4, 9});
    tz.platforms = {"osx-64"};
    osx.packages = {package("python", "3.9.18", "osx-64", {4}), tz};
    return core::sync::combinePlans({linux, osx});
}

int rowOf(const UnionModel &model, const QString &name, const QString &version)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, UnionModel::NameColumn).data().toString() == name &&
            model.index(r, UnionModel::VersionColumn).data().toString() == version)
            return r;
    return -1;
}

} // namespace

class TestUnionModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void rows();
    void noarchOnce();
    void linesNeeding_data();
    void linesNeeding();
    void missing();
    void cleared();
};

void TestUnionModel::rows()
{
    UnionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(twoPlatforms());
    // python 3.9.18 twice (linux-64 and osx-64 are other files), 3.10.13 once, tzdata once.
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, UnionModel::NameColumn).data().toString(), QStringLiteral("python"));
    QCOMPARE(model.index(3, UnionModel::NameColumn).data().toString(), QStringLiteral("tzdata"));
    const int py39 = rowOf(model, QStringLiteral("python"), QStringLiteral("3.9.18"));
    QCOMPARE(model.index(py39, UnionModel::LinesColumn).data().toString(), QStringLiteral("4, 8"));
    QCOMPARE(model.index(py39, UnionModel::SizeColumn).data().toString(), QStringLiteral("1.0 kB"));
    QCOMPARE(model.index(py39, UnionModel::SizeColumn).data(UnionModel::SortRole).toULongLong(), 1000ULL);
    QCOMPARE(model.headerData(UnionModel::LinesColumn, Qt::Horizontal).toString(), QStringLiteral("Lines"));
}

void TestUnionModel::noarchOnce()
{
    UnionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(twoPlatforms());
    const int tz = rowOf(model, QStringLiteral("tzdata"), QStringLiteral("2024a"));
    QVERIFY(tz >= 0);
    // One noarch file serves both platforms: one row, the lines of both.
    QCOMPARE(model.index(tz, 0).data(UnionModel::LinesRole).value<QList<int>>(), (QList<int>{4, 5, 8, 9}));
    QCOMPARE(model.index(tz, UnionModel::SubdirColumn).data().toString(), QStringLiteral("noarch"));
}

void TestUnionModel::linesNeeding_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QList<int>>("lines");
    QTest::newRow("python, every build") << QStringLiteral("python") << QList<int>{4, 5, 8};
    QTest::newRow("noarch") << QStringLiteral("tzdata") << QList<int>{4, 5, 8, 9};
    QTest::newRow("absent") << QStringLiteral("numpy") << QList<int>{};
}

void TestUnionModel::linesNeeding()
{
    QFETCH(QString, name);
    QFETCH(QList<int>, lines);
    UnionModel model;
    model.setPlan(twoPlatforms());
    QCOMPARE(model.linesNeeding(name), lines);
}

void TestUnionModel::missing()
{
    UnionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(twoPlatforms());
    QCOMPARE(model.missingCount(), 1);
    const int py310 = rowOf(model, QStringLiteral("python"), QStringLiteral("3.10.13"));
    QVERIFY(model.index(py310, 0).data(UnionModel::MissingRole).toBool());
    QCOMPARE(model.index(py310, UnionModel::TargetColumn).data().toString(), QStringLiteral("missing"));
    const int tz = rowOf(model, QStringLiteral("tzdata"), QStringLiteral("2024a"));
    QCOMPARE(model.index(tz, UnionModel::TargetColumn).data().toString(), QStringLiteral("in target"));
}

void TestUnionModel::cleared()
{
    UnionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(twoPlatforms());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.missingCount(), 0);
}

QTEST_MAIN(TestUnionModel)
#include "tst_unionmodel.moc"
