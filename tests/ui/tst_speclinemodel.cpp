// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/speclinemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using ui::SpecLineEntry;
using ui::SpecLineModel;
using ui::SpecLineStatus;

Q_DECLARE_METATYPE(ui::SpecLineStatus)

namespace {

std::vector<SpecLineEntry> demoLines()
{
    return {{4, QStringLiteral("python=3.9"), SpecLineStatus::Solved, 24, {}, {}},
            {8, QStringLiteral("python=3.9 sardana"), SpecLineStatus::Solving, -1, {}, {}},
            {14, QStringLiteral("python=3.11 itango pytango=9.3"), SpecLineStatus::Unsolvable, -1, {},
             QStringLiteral("The following packages are incompatible")},
            {16, QStringLiteral("numpy>="), SpecLineStatus::Invalid, -1, {}, QStringLiteral("1:7: expected a version")}};
}

} // namespace

class TestSpecLineModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows();
    void status_data();
    void status();
    void sameLinesUpdateInPlace();
    void otherLinesReset();
    void updateLine();
    void platformInStatus();
};

void TestSpecLineModel::rows()
{
    SpecLineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLines(demoLines());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(SpecLineModel::ColumnCount));
    QCOMPARE(model.index(0, SpecLineModel::LineColumn).data().toInt(), 4);
    QCOMPARE(model.index(1, SpecLineModel::SpecsColumn).data().toString(), QStringLiteral("python=3.9 sardana"));
    QCOMPARE(model.index(0, SpecLineModel::PackagesColumn).data().toInt(), 24);
    QVERIFY(!model.index(1, SpecLineModel::PackagesColumn).data().isValid());  // not solved yet: no count
    QCOMPARE(model.rowOf(14), 2);
    QCOMPARE(model.rowOf(5), -1);
    QCOMPARE(model.count(SpecLineStatus::Unsolvable), 1);
    QVERIFY(model.index(2, SpecLineModel::SpecsColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("incompatible")));
    QCOMPARE(model.headerData(SpecLineModel::StatusColumn, Qt::Horizontal).toString(), QStringLiteral("Status"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestSpecLineModel::status_data()
{
    QTest::addColumn<SpecLineStatus>("status");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("tinted");
    QTest::newRow("solving") << SpecLineStatus::Solving << QStringLiteral("solving…") << false;
    QTest::newRow("solved") << SpecLineStatus::Solved << QStringLiteral("solved") << true;
    QTest::newRow("unsolvable") << SpecLineStatus::Unsolvable << QStringLiteral("unsolvable") << true;
    QTest::newRow("invalid") << SpecLineStatus::Invalid << QStringLiteral("invalid") << true;
    QTest::newRow("error") << SpecLineStatus::Error << QStringLiteral("error") << true;
}

void TestSpecLineModel::status()
{
    QFETCH(SpecLineStatus, status);
    QFETCH(QString, text);
    QFETCH(bool, tinted);
    SpecLineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLines({{3, QStringLiteral("python"), status, -1, {}, {}}});
    const QModelIndex cell = model.index(0, SpecLineModel::StatusColumn);
    QCOMPARE(cell.data().toString(), text);
    QCOMPARE(cell.data(SpecLineModel::StatusRole).toInt(), int(status));
    QCOMPARE(cell.data(SpecLineModel::SortRole).toInt(), int(status));
    QCOMPARE(cell.data(Qt::BackgroundRole).isValid(), tinted);
}

void TestSpecLineModel::sameLinesUpdateInPlace()
{
    SpecLineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLines(demoLines());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    auto lines = demoLines();
    lines[1].status = SpecLineStatus::Solved;
    lines[1].packageCount = 146;
    model.setLines(lines);
    // Only the row that changed: a view keeps its selection while lines get their results.
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.front().at(0).toModelIndex().row(), 1);
    QCOMPARE(model.index(1, SpecLineModel::PackagesColumn).data().toInt(), 146);
}

void TestSpecLineModel::otherLinesReset()
{
    SpecLineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLines(demoLines());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    auto lines = demoLines();
    for (auto &l : lines)
        ++l.lineNumber;  // a line was inserted above them all
    model.setLines(lines);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowOf(15), 2);
}

void TestSpecLineModel::updateLine()
{
    SpecLineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLines(demoLines());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.updateLine({8, QStringLiteral("python=3.9 sardana"), SpecLineStatus::Solved, 146, {}, {}});
    QCOMPARE(changed.count(), 1);
    model.updateLine({8, QStringLiteral("python=3.9 sardana"), SpecLineStatus::Solved, 146, {}, {}});
    QCOMPARE(changed.count(), 1);  // the same entry again changes nothing
    model.updateLine({99, QStringLiteral("pip"), SpecLineStatus::Solved, 3, {}, {}});
    QCOMPARE(changed.count(), 1);  // no such line
    QCOMPARE(model.count(SpecLineStatus::Solved), 2);
}

void TestSpecLineModel::platformInStatus()
{
    SpecLineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLines({{3, QStringLiteral("python=3.12"), SpecLineStatus::Unsolvable, -1, QStringLiteral("osx-arm64"), {}}});
    QCOMPARE(model.index(0, SpecLineModel::StatusColumn).data().toString(), QStringLiteral("unsolvable (osx-arm64)"));
}

QTEST_MAIN(TestSpecLineModel)
#include "tst_speclinemodel.moc"
