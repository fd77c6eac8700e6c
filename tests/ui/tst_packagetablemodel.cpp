// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/packagetablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using core::solve::SolvedPackage;
using ui::PackageTableModel;

namespace {

SolvedPackage package(const std::string &name, const std::string &version, std::uint64_t size,
                      std::vector<std::string> requestedAs, std::vector<std::string> requiredBy)
{
    SolvedPackage p;
    p.record.name = name;
    p.record.version = version;
    p.record.build = "h0_0";
    p.record.size = size;
    p.record.license = "MIT";
    p.record.channel = "file:///srv/channels/mini-conda-forge";
    p.record.subdir = "linux-64";
    p.requestedAs = std::move(requestedAs);
    p.requiredBy = std::move(requiredBy);
    return p;
}

core::solve::Solution solution()
{
    core::solve::Solution s;
    s.packages = {package("libzlib", "1.2.13", 1000, {}, {"python", "zlib", "openssl", "sqlite", "tk"}),
                  package("ncurses", "6.4", 2000, {}, {"python", "readline"}),
                  package("python", "3.9.18", 30000000, {"python=3.9"}, {"pip"}),
                  package("pip", "23.3", 1500000, {"pip"}, {})};
    s.downloadSize = 31503000;
    return s;
}

} // namespace

class TestPackageTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsASolution()
    {
        PackageTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSolution(solution(), {"taurusgui-scangui3==1.1.3"});
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(PackageTableModel::ColumnCount));
        QCOMPARE(model.packageCount(), 4);
        QCOMPARE(model.pipCount(), 1);
        QCOMPARE(model.downloadSize(), std::uint64_t(31503000));
        const int python = model.rowOf(QStringLiteral("python"));
        QCOMPARE(python, 2);
        QCOMPARE(model.index(python, PackageTableModel::VersionColumn).data().toString(), QStringLiteral("3.9.18"));
        QCOMPARE(model.index(python, PackageTableModel::BuildColumn).data().toString(), QStringLiteral("h0_0"));
        QCOMPARE(model.index(python, PackageTableModel::ChannelColumn).data().toString(), QStringLiteral("mini-conda-forge"));
        QCOMPARE(model.index(python, PackageTableModel::LicenseColumn).data().toString(), QStringLiteral("MIT"));
        QCOMPARE(model.index(python, PackageTableModel::SizeColumn).data(PackageTableModel::SortRole).toULongLong(), 30000000ULL);
        QVERIFY(!model.index(python, PackageTableModel::SizeColumn).data().toString().isEmpty());
        QCOMPARE(model.index(python, 0).data(PackageTableModel::RequestedAsRole).toStringList(), QStringList{QStringLiteral("python=3.9")});
        QCOMPARE(model.rowOf(QStringLiteral("nothere")), -1);
        QCOMPARE(model.headerData(PackageTableModel::WhyColumn, Qt::Horizontal).toString(), QStringLiteral("Why"));
    }

    void explainsWhy_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("why");
        QTest::newRow("requested") << "python" << "requested (python=3.9)";
        QTest::newRow("requested, also required") << "pip" << "requested (pip)";
        QTest::newRow("required by two") << "ncurses" << "required by python, readline";
        QTest::newRow("required by many") << "libzlib" << "required by python, zlib, openssl and 2 more";
        QTest::newRow("pip") << "taurusgui-scangui3==1.1.3" << "pip, not solved";
    }
    void explainsWhy()
    {
        QFETCH(QString, name);
        QFETCH(QString, why);
        PackageTableModel model;
        model.setSolution(solution(), {"taurusgui-scangui3==1.1.3"});
        int row = model.rowOf(name);
        if (row < 0)
            row = model.rowCount() - 1;
        QCOMPARE(model.index(row, PackageTableModel::NameColumn).data(PackageTableModel::NameRole).toString(), name);
        QCOMPARE(model.index(row, PackageTableModel::WhyColumn).data().toString(), why);
    }

    void pipRowsStayWhenTheSolveFails()
    {
        PackageTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSolution(solution(), {"a==1", "b"});
        model.clearSolution();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.packageCount(), 0);
        QCOMPARE(model.downloadSize(), std::uint64_t(0));
        QCOMPARE(model.index(1, PackageTableModel::NameColumn).data().toString(), QStringLiteral("b"));
        QCOMPARE(model.index(1, PackageTableModel::ChannelColumn).data().toString(), QStringLiteral("pip"));
        QVERIFY(model.index(0, 0).data(PackageTableModel::IsPipRole).toBool());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setPip({"a==1", "b"});
        QCOMPARE(resets.count(), 0);  // unchanged: no reset
        model.setPip({"a==2"});
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, PackageTableModel::NameColumn).data().toString(), QStringLiteral("a==2"));
        model.setSolution({}, {});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestPackageTableModel)
#include "tst_packagetablemodel.moc"
