// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/buildtreemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using core::spec::PackageRecord;
using ui::BuildTreeModel;

using namespace Qt::Literals::StringLiterals;
namespace {

PackageRecord makeBuild(const std::string &version, const std::string &build, std::uint64_t buildNumber,
                        const std::string &subdir = "linux-64", const std::string &channel = "demo")
{
    PackageRecord r;
    r.name = "pytango";
    r.version = version;
    r.build = build;
    r.buildNumber = buildNumber;
    r.subdir = subdir;
    r.channel = channel;
    r.fn = r.dist() + ".conda";
    r.size = 2048;
    r.timestamp = 1700000000000 + buildNumber * 86400000;
    return r;
}

/** Newest first, as BrowseIndex::builds() gives them. */
std::vector<PackageRecord> sampleBuilds()
{
    return {makeBuild("9.5.0", "py311h1_1", 1), makeBuild("9.5.0", "py310h2_0", 0),
            makeBuild("9.5.0", "py310h2_0", 0, "linux-64", "other"), makeBuild("9.4.2", "py39h3_0", 0),
            makeBuild("9.3.6", "py38h4_0", 0, "linux-aarch64")};
}

} // namespace

class TestBuildTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionsAndBuilds();
    void records();
    void indexOfBuild_data();
    void indexOfBuild();
    void cleared();
    void buildsOfAVersionAreOrdered();
};

void TestBuildTreeModel::versionsAndBuilds()
{
    BuildTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBuilds(sampleBuilds());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.versionCount(), 3);
    QCOMPARE(model.buildCount(), 5);
    QStringList versions;
    for (int r = 0; r < model.rowCount(); ++r)
        versions << model.index(r, 0).data().toString();
    QCOMPARE(versions, (QStringList{u"9.5.0"_s, u"9.4.2"_s, u"9.3.6"_s}));

    const QModelIndex newest = model.index(0, 0);
    QCOMPARE(model.rowCount(newest), 3);
    QVERIFY(newest.data(BuildTreeModel::IsVersionRole).toBool());
    QCOMPARE(model.index(0, BuildTreeModel::BuildNumberColumn).data().toString(), QStringLiteral("3 build(s)"));
    QCOMPARE(model.index(0, BuildTreeModel::ChannelColumn).data().toString(), QStringLiteral("demo, other"));
    QCOMPARE(model.index(0, BuildTreeModel::DateColumn).data().toString(), QStringLiteral("2023-11-15"));

    const QModelIndex build = model.index(1, BuildTreeModel::VersionColumn, newest);
    QCOMPARE(build.parent(), newest);
    QVERIFY(!build.data(BuildTreeModel::IsVersionRole).toBool());
    QCOMPARE(build.data().toString(), QStringLiteral("py310h2_0"));
    QCOMPARE(model.index(0, BuildTreeModel::BuildNumberColumn, newest).data().toULongLong(), 1ull);
    QCOMPARE(model.index(2, BuildTreeModel::ChannelColumn, newest).data().toString(), QStringLiteral("other"));
    QCOMPARE(model.index(0, BuildTreeModel::SizeColumn, newest).data(BuildTreeModel::SortRole).toULongLong(), 2048ull);
    QVERIFY(!model.index(0, BuildTreeModel::SizeColumn, newest).data().toString().isEmpty());
    QCOMPARE(build.data(BuildTreeModel::FileNameRole).toString(), QStringLiteral("pytango-9.5.0-py310h2_0.conda"));
    QCOMPARE(model.rowCount(build), 0);
    QCOMPARE(model.index(0, 0, model.index(2, 0)).data(Qt::DisplayRole).toString(), QStringLiteral("py38h4_0"));
    QCOMPARE(model.index(0, BuildTreeModel::SubdirColumn, model.index(2, 0)).data().toString(),
             QStringLiteral("linux-aarch64"));
}

void TestBuildTreeModel::buildsOfAVersionAreOrdered()
{
    // Given in no order: the newest build number first, then look-alike build strings side by side.
    BuildTreeModel model;
    model.setBuilds({ makeBuild("9.5.0", "py311hbbbb_0", 0), makeBuild("9.5.0", "py310hzzzz_2", 2),
        makeBuild("9.5.0", "py311haaaa_0", 0) });
    const QModelIndex version = model.index(0, 0);
    QStringList builds;
    for (int r = 0; r < model.rowCount(version); ++r)
        builds << model.index(r, BuildTreeModel::VersionColumn, version).data().toString();
    QCOMPARE(builds, (QStringList { u"py310hzzzz_2"_s, u"py311haaaa_0"_s, u"py311hbbbb_0"_s }));
}

void TestBuildTreeModel::records()
{
    BuildTreeModel model;
    model.setBuilds(sampleBuilds());
    const PackageRecord *version = model.record(model.index(1, 0));
    QVERIFY(version);
    QCOMPARE(version->build, std::string("py39h3_0"));  // a version row stands for its newest build
    const PackageRecord *build = model.record(model.index(2, 0, model.index(0, 0)));
    QVERIFY(build);
    QCOMPARE(build->channel, std::string("other"));
    QCOMPARE(model.record(QModelIndex()), nullptr);
}

void TestBuildTreeModel::indexOfBuild_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<int>("versionRow");
    QTest::addColumn<int>("buildRow");
    QTest::newRow("first build") << "pytango-9.5.0-py311h1_1.conda" << "" << 0 << 0;
    QTest::newRow("first of two channels") << "pytango-9.5.0-py310h2_0.conda" << "" << 0 << 1;
    QTest::newRow("the other channel") << "pytango-9.5.0-py310h2_0.conda" << "other" << 0 << 2;
    QTest::newRow("older version") << "pytango-9.3.6-py38h4_0.conda" << "demo" << 2 << 0;
    QTest::newRow("unknown") << "pytango-1.0-0.conda" << "" << -1 << -1;
}

void TestBuildTreeModel::indexOfBuild()
{
    QFETCH(QString, fileName);
    QFETCH(QString, channel);
    QFETCH(int, versionRow);
    QFETCH(int, buildRow);
    BuildTreeModel model;
    model.setBuilds(sampleBuilds());
    const QModelIndex found = model.indexOfBuild(fileName, channel);
    QCOMPARE(found.isValid(), versionRow >= 0);
    if (versionRow < 0)
        return;
    QCOMPARE(found.parent().row(), versionRow);
    QCOMPARE(found.row(), buildRow);
    QCOMPARE(found.data(BuildTreeModel::FileNameRole).toString(), fileName);
}

void TestBuildTreeModel::cleared()
{
    BuildTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBuilds(sampleBuilds());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.buildCount(), 0);
    QVERIFY(!model.indexOfBuild(QStringLiteral("pytango-9.5.0-py311h1_1.conda")).isValid());
}

QTEST_MAIN(TestBuildTreeModel)
#include "tst_buildtreemodel.moc"
