// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// PackageListModel and the PackageFilterModel proxy over it: rows, roles, sorting, and the name or
// match-spec filter.
#include "ui/models/packagefiltermodel.h"
#include "ui/models/packagelistmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using core::channel::BrowseIndex;
using core::spec::PackageRecord;
using ui::PackageFilterModel;
using ui::PackageListModel;

using namespace Qt::Literals::StringLiterals;
namespace {

PackageRecord makeRecord(const std::string &name, const std::string &version, const std::string &subdir = "linux-64",
                         std::uint64_t buildNumber = 0)
{
    PackageRecord r;
    r.name = name;
    r.version = version;
    r.build = "0";
    r.buildNumber = buildNumber;
    r.subdir = subdir;
    r.channel = "demo";
    r.license = name == "numpy" ? "BSD-3-Clause" : "MIT";
    r.timestamp = 1700000000000 + std::uint64_t(version.size());
    return r;
}

std::shared_ptr<const BrowseIndex> sampleIndex()
{
    return std::make_shared<const BrowseIndex>(BrowseIndex::build({
        makeRecord("numpy", "1.9.3"),
        makeRecord("numpy", "1.26.2"),
        makeRecord("numpy", "1.26.2", "linux-64", 1),
        makeRecord("pytango", "9.5.0"),
        makeRecord("python", "3.10.13"),
        makeRecord("sardana", "3.5.0", "noarch"),
        makeRecord("taurus", "5.1.8", "noarch"),
        makeRecord("taurus", "5.1.8", "linux-64"),
    }));
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, PackageListModel::NameColumn).data().toString();
    return out;
}

} // namespace

class TestPackageListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows();
    void emptyIndex();
    void rowOf();
    void sorting_data();
    void sorting();
    void looksLikeSpec_data();
    void looksLikeSpec();
    void filter_data();
    void filter();
    void filterFollowsNewIndex();
};

void TestPackageListModel::rows()
{
    PackageListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIndex(sampleIndex());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(PackageListModel::ColumnCount));
    QCOMPARE(names(model), (QStringList{u"numpy"_s, u"pytango"_s, u"python"_s, u"sardana"_s, u"taurus"_s}));
    const auto at = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
    QCOMPARE(at(0, PackageListModel::VersionColumn).toString(), QStringLiteral("1.26.2"));
    QCOMPARE(at(0, PackageListModel::BuildsColumn).toInt(), 3);
    QCOMPARE(at(0, PackageListModel::LicenseColumn).toString(), QStringLiteral("BSD-3-Clause"));
    QCOMPARE(at(0, PackageListModel::UpdatedColumn).toString(), QStringLiteral("2023-11-14"));
    QCOMPARE(at(4, PackageListModel::SubdirsColumn).toString(), QStringLiteral("linux-64, noarch"));
    QCOMPARE(at(3, 0, PackageListModel::NameRole).toString(), QStringLiteral("sardana"));
    QCOMPARE(at(3, 0, PackageListModel::IndexRole).toInt(), 3);
    QVERIFY(at(0, 0, Qt::ToolTipRole).toString().contains(QLatin1String("demo")));
    QCOMPARE(model.headerData(PackageListModel::VersionColumn, Qt::Horizontal).toString(), QStringLiteral("Latest version"));
}

void TestPackageListModel::emptyIndex()
{
    PackageListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIndex(sampleIndex());
    model.setIndex(nullptr);
    QCOMPARE(model.rowCount(), 0);
    model.setIndex(std::make_shared<const BrowseIndex>());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowOf(QStringLiteral("numpy")), -1);
}

void TestPackageListModel::rowOf()
{
    PackageListModel model;
    model.setIndex(sampleIndex());
    QCOMPARE(model.rowOf(QStringLiteral("numpy")), 0);
    QCOMPARE(model.rowOf(QStringLiteral("taurus")), 4);
    QCOMPARE(model.rowOf(QStringLiteral("taur")), -1);
}

void TestPackageListModel::sorting_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("name descending") << int(PackageListModel::NameColumn) << Qt::DescendingOrder
                                     << QStringList{u"taurus"_s, u"sardana"_s, u"python"_s, u"pytango"_s, u"numpy"_s};
    // conda's order, not text: 9.5.0 > 5.1.8 > 3.10.13 > 3.5.0 > 1.26.2
    QTest::newRow("version ascending") << int(PackageListModel::VersionColumn) << Qt::AscendingOrder
                                       << QStringList{u"numpy"_s, u"sardana"_s, u"python"_s, u"taurus"_s, u"pytango"_s};
    QTest::newRow("builds descending") << int(PackageListModel::BuildsColumn) << Qt::DescendingOrder
                                       << QStringList{u"numpy"_s, u"taurus"_s, u"pytango"_s, u"python"_s, u"sardana"_s};
}

void TestPackageListModel::sorting()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, expected);
    PackageListModel model;
    PackageFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIndex(sampleIndex());
    proxy.sort(column, order);
    QCOMPARE(names(proxy), expected);
}

void TestPackageListModel::looksLikeSpec_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("spec");
    QTest::newRow("name") << "numpy" << false;
    QTest::newRow("part of a name") << "sard" << false;
    QTest::newRow("trailing blank") << "numpy " << false;
    QTest::newRow("range") << "numpy >=1.20" << true;
    QTest::newRow("equals") << "numpy=1.2" << true;
    QTest::newRow("glob") << "py*" << true;
    QTest::newRow("brackets") << "numpy[build_number=1]" << true;
    QTest::newRow("channel") << "conda-forge::numpy" << true;
}

void TestPackageListModel::looksLikeSpec()
{
    QFETCH(QString, text);
    QFETCH(bool, spec);
    QCOMPARE(PackageFilterModel::looksLikeSpec(text), spec);
}

void TestPackageListModel::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("error");
    QTest::newRow("everything") << "" << QStringList{u"numpy"_s, u"pytango"_s, u"python"_s, u"sardana"_s, u"taurus"_s} << false;
    QTest::newRow("substring") << "py" << QStringList{u"numpy"_s, u"pytango"_s, u"python"_s} << false;
    QTest::newRow("case-insensitive") << "SARD" << QStringList{u"sardana"_s} << false;
    QTest::newRow("no match") << "scipy" << QStringList{} << false;
    QTest::newRow("spec with version") << "numpy >=1.26" << QStringList{u"numpy"_s} << false;
    QTest::newRow("spec no build matches") << "numpy >=2" << QStringList{} << false;
    QTest::newRow("spec exact name only") << "numpy=1.9" << QStringList{u"numpy"_s} << false;
    QTest::newRow("glob") << "py*" << QStringList{u"pytango"_s, u"python"_s} << false;
    QTest::newRow("glob with version") << "py* >=9" << QStringList{u"pytango"_s} << false;
    QTest::newRow("bracket") << "numpy[build_number=1]" << QStringList{u"numpy"_s} << false;
    QTest::newRow("subdir") << "*[subdir=noarch]" << QStringList{u"sardana"_s, u"taurus"_s} << false;
    QTest::newRow("broken spec filters by its name") << "python >=<" << QStringList{u"python"_s} << true;
}

void TestPackageListModel::filter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QFETCH(bool, error);
    PackageListModel model;
    PackageFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto index = sampleIndex();
    model.setIndex(index);
    proxy.setBrowseIndex(index);
    proxy.sort(PackageListModel::NameColumn);
    proxy.setFilterText(text);
    QCOMPARE(names(proxy), expected);
    QCOMPARE(!proxy.filterError().isEmpty(), error);
    QCOMPARE(proxy.matchSpec().has_value(), PackageFilterModel::looksLikeSpec(text) && !error);
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 5);
}

void TestPackageListModel::filterFollowsNewIndex()
{
    PackageListModel model;
    PackageFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilterText(QStringLiteral("numpy >=1.26"));
    QCOMPARE(proxy.rowCount(), 0);
    const auto index = sampleIndex();
    model.setIndex(index);
    proxy.setBrowseIndex(index);
    QCOMPARE(names(proxy), QStringList{u"numpy"_s});
    const auto older = std::make_shared<const BrowseIndex>(BrowseIndex::build({makeRecord("numpy", "1.9.3")}));
    model.setIndex(older);
    proxy.setBrowseIndex(older);
    QCOMPARE(proxy.rowCount(), 0);
}

QTEST_MAIN(TestPackageListModel)
#include "tst_packagelistmodel.moc"
