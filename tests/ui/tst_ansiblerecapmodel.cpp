// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/ansiblerecapmodel.h"

#include "core/jobs/ansibleeventparser.h"
#include "ui/models/statuscolors.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using core::jobs::AnsibleReview;
using ui::AnsibleRecapModel;

namespace {

AnsibleReview readReview(const QString &name)
{
    auto parsed = core::jobs::AnsibleEventParser::parseFile(
        QFINDTESTDATA(QStringLiteral("../data/cli-output/ansible-events-") + name + QStringLiteral(".jsonl")));
    return parsed ? parsed->review() : AnsibleReview();
}

} // namespace

class TestAnsibleRecapModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recap_data()
    {
        QTest::addColumn<QString>("stream");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QList<int>>("counts");  // ok changed unreachable failed skipped rescued ignored
        QTest::addColumn<int>("hosts");          // hosts in the recorded recap
        QTest::newRow("check-diff alpha") << QStringLiteral("check-diff") << QStringLiteral("alpha") << QList<int>{4, 2, 0, 0, 0, 0, 0} << 3;
        QTest::newRow("check-diff gamma") << QStringLiteral("check-diff") << QStringLiteral("gamma") << QList<int>{3, 2, 0, 0, 1, 0, 0} << 3;
        QTest::newRow("failed beta") << QStringLiteral("failed") << QStringLiteral("beta") << QList<int>{0, 0, 0, 1, 0, 0, 0} << 3;
        QTest::newRow("ignored gamma") << QStringLiteral("failed") << QStringLiteral("gamma") << QList<int>{3, 2, 0, 0, 0, 0, 1} << 3;
        QTest::newRow("unreachable delta") << QStringLiteral("unreachable") << QStringLiteral("delta") << QList<int>{0, 0, 1, 0, 0, 0, 0} << 2;
    }

    void recap()
    {
        QFETCH(QString, stream);
        QFETCH(QString, host);
        QFETCH(QList<int>, counts);
        QFETCH(int, hosts);
        AnsibleRecapModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReview(readReview(stream));
        QCOMPARE(model.rowCount(), hosts);
        int row = -1;
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.index(r, AnsibleRecapModel::HostColumn).data().toString() == host)
                row = r;
        QVERIFY(row >= 0);
        for (int column = AnsibleRecapModel::OkColumn; column < AnsibleRecapModel::ColumnCount; ++column) {
            const QModelIndex index = model.index(row, column);
            QCOMPARE(index.data().toInt(), counts.at(column - AnsibleRecapModel::OkColumn));
            QCOMPARE(index.data(AnsibleRecapModel::CountRole).toInt(), counts.at(column - AnsibleRecapModel::OkColumn));
        }
        QCOMPARE(model.index(row, 0).data(AnsibleRecapModel::CountRole).toInt(), -1);
    }

    void problemsAreColoured()
    {
        AnsibleRecapModel model;
        model.setReview(readReview(QStringLiteral("unreachable")));
        const QPalette palette = QGuiApplication::palette();
        // Rows sorted by host name, as Ansible prints its recap.
        QCOMPARE(model.index(0, AnsibleRecapModel::HostColumn).data().toString(), QStringLiteral("alpha"));
        QCOMPARE(model.index(1, AnsibleRecapModel::HostColumn).data().toString(), QStringLiteral("delta"));
        QCOMPARE(model.index(1, AnsibleRecapModel::UnreachableColumn).data(Qt::BackgroundRole).value<QColor>(),
                 ui::statuscolors::taskStatus(palette, core::jobs::TaskStatus::Unreachable));
        QCOMPARE(model.index(1, AnsibleRecapModel::HostColumn).data(Qt::BackgroundRole).value<QColor>(),
                 ui::statuscolors::taskStatus(palette, core::jobs::TaskStatus::Unreachable));
        QVERIFY(!model.index(0, AnsibleRecapModel::UnreachableColumn).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.headerData(AnsibleRecapModel::FailedColumn, Qt::Horizontal).toString(), QStringLiteral("failed"));
    }

    void resetsOnlyForANewRecap()
    {
        AnsibleRecapModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        AnsibleReview running = readReview(QStringLiteral("failed"));
        const auto recap = running.recap;
        running.recap.clear();
        running.hasRecap = false;
        model.setReview(running);
        model.setReview(running);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.rowCount(), 0);
        running.recap = recap;
        running.hasRecap = true;
        model.setReview(running);
        model.setReview(running);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 3);
    }
};

QTEST_MAIN(TestAnsibleRecapModel)
#include "tst_ansiblerecapmodel.moc"
