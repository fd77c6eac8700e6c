// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/ansiblereviewmodel.h"

#include "core/jobs/ansibleeventparser.h"
#include "ui/models/statuscolors.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using core::jobs::AnsibleEventParser;
using core::jobs::AnsibleReview;
using core::jobs::TaskStatus;
using ui::AnsibleReviewModel;

namespace {

QString fixture(const QString &name)
{
    return QFINDTESTDATA(QStringLiteral("../data/cli-output/ansible-events-") + name + QStringLiteral(".jsonl"));
}

AnsibleReview readReview(const QString &name)
{
    auto parsed = AnsibleEventParser::parseFile(fixture(name));
    return parsed ? parsed->review() : AnsibleReview();
}

QModelIndex cell(const AnsibleReviewModel &model, const QString &host, const QString &taskName)
{
    for (const core::jobs::AnsibleTask &task : model.review().tasks)
        if (task.name == taskName)
            return model.indexOf(host, task.id);
    return {};
}

} // namespace

class TestAnsibleReviewModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void grid_data()
    {
        QTest::addColumn<QString>("stream");
        QTest::addColumn<int>("tasks");
        QTest::addColumn<QStringList>("hosts");
        QTest::newRow("check-diff") << QStringLiteral("check-diff") << 4
                                    << QStringList{QStringLiteral("gamma"), QStringLiteral("beta"), QStringLiteral("alpha")};
        QTest::newRow("failed") << QStringLiteral("failed") << 3
                                << QStringList{QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")};
        QTest::newRow("unreachable") << QStringLiteral("unreachable") << 1
                                     << QStringList{QStringLiteral("delta"), QStringLiteral("alpha")};
    }

    void grid()
    {
        QFETCH(QString, stream);
        QFETCH(int, tasks);
        QFETCH(QStringList, hosts);
        AnsibleReviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReview(readReview(stream));
        QCOMPARE(model.rowCount(), tasks);
        QCOMPARE(model.columnCount(), int(hosts.size()));
        for (int i = 0; i < hosts.size(); ++i)
            QCOMPARE(model.headerData(i, Qt::Horizontal).toString(), hosts.at(i));
        // Task names are the row headers, so they stay in view across many hosts.
        const core::jobs::AnsibleTask &first = model.review().tasks.front();
        // (marked "≠ " when the task ended differently on a minority of its hosts)
        QVERIFY(model.headerData(0, Qt::Vertical).toString().endsWith(first.name));
        QCOMPARE(
            model.headerData(0, Qt::Vertical, Qt::ToolTipRole).toString().section(QLatin1Char('\n'), 0, 0), first.name);
        QCOMPARE(model.headerData(0, Qt::Vertical, AnsibleReviewModel::TaskIdRole).toString(), first.id);
        QVERIFY(model.headerData(0, Qt::Vertical, Qt::ToolTipRole).toString().contains(first.action));
    }

    void cells_data()
    {
        QTest::addColumn<QString>("stream");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("task");
        QTest::addColumn<int>("status");  // -1: the task did not run there
        QTest::addColumn<int>("diffs");
        QTest::addColumn<bool>("ignored");
        QTest::newRow("changed file with its diff") << QStringLiteral("check-diff") << QStringLiteral("alpha")
                                                    << QStringLiteral("Write config") << int(TaskStatus::Changed) << 1 << false;
        QTest::newRow("new file: diff from nothing") << QStringLiteral("check-diff") << QStringLiteral("beta")
                                                     << QStringLiteral("Write config") << int(TaskStatus::Changed) << 1 << false;
        QTest::newRow("loop: one diff per item") << QStringLiteral("check-diff") << QStringLiteral("gamma")
                                                 << QStringLiteral("Add options") << int(TaskStatus::Changed) << 2 << false;
        QTest::newRow("handler ok") << QStringLiteral("check-diff") << QStringLiteral("beta")
                                    << QStringLiteral("Reload service") << int(TaskStatus::Ok) << 0 << false;
        QTest::newRow("failed task") << QStringLiteral("failed") << QStringLiteral("beta") << QStringLiteral("Check version")
                                     << int(TaskStatus::Failed) << 0 << false;
        QTest::newRow("ignored failure") << QStringLiteral("failed") << QStringLiteral("gamma")
                                         << QStringLiteral("Optional probe") << int(TaskStatus::Failed) << 0 << true;
        QTest::newRow("skipped") << QStringLiteral("failed") << QStringLiteral("alpha") << QStringLiteral("Optional probe")
                                 << int(TaskStatus::Skipped) << 0 << false;
        QTest::newRow("not run after a failure") << QStringLiteral("failed") << QStringLiteral("beta")
                                                 << QStringLiteral("After failure") << -1 << 0 << false;
        QTest::newRow("unreachable host") << QStringLiteral("unreachable") << QStringLiteral("delta") << QStringLiteral("Ping")
                                          << int(TaskStatus::Unreachable) << 0 << false;
        QTest::newRow("reachable host") << QStringLiteral("unreachable") << QStringLiteral("alpha") << QStringLiteral("Ping")
                                        << int(TaskStatus::Ok) << 0 << false;
    }

    void cells()
    {
        QFETCH(QString, stream);
        QFETCH(QString, host);
        QFETCH(QString, task);
        QFETCH(int, status);
        QFETCH(int, diffs);
        QFETCH(bool, ignored);
        AnsibleReviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReview(readReview(stream));
        int row = -1;
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.headerData(r, Qt::Vertical).toString().endsWith(task))
                row = r;
        QVERIFY(row >= 0);
        const int column = int(model.review().hosts.indexOf(host));
        const QModelIndex index = model.index(row, column);
        QCOMPARE(index.data(AnsibleReviewModel::StatusRole).toInt(), status);
        QCOMPARE(index.data(AnsibleReviewModel::DiffCountRole).toInt(), diffs);
        QCOMPARE(index.data(AnsibleReviewModel::IgnoredRole).toBool(), ignored);
        QCOMPARE(index.data(AnsibleReviewModel::HostRole).toString(), host);
        if (status < 0) {
            QVERIFY(!model.result(index));
            QVERIFY(index.data().toString().isEmpty());
            QVERIFY(!index.data(Qt::BackgroundRole).isValid());
            return;
        }
        QVERIFY(model.result(index));
        QCOMPARE(int(model.result(index)->diffs.size()), diffs);
        // The cell shows the status's symbol (and its diff count); the tooltip says it in words.
        QVERIFY(index.data().toString().contains(AnsibleReviewModel::statusSymbol(TaskStatus(status))));
        QCOMPARE(index.data().toString().endsWith(QString::number(diffs)), diffs > 0);
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(AnsibleReviewModel::statusText(TaskStatus(status))));
        QCOMPARE(index.data(Qt::BackgroundRole).value<QColor>(),
                 ui::statuscolors::taskStatus(QGuiApplication::palette(), TaskStatus(status)));
        if (stream != QLatin1String("failed") || status != int(TaskStatus::Failed))
            return;
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QLatin1String("non-zero return code")));
    }

    void marksTheOddHostOut()
    {
        AnsibleReviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReview(readReview(QStringLiteral("failed")));
        // "Check version": changed on alpha and gamma, failed on beta alone.
        const QModelIndex beta = cell(model, QStringLiteral("beta"), QStringLiteral("Check version"));
        const QModelIndex alpha = cell(model, QStringLiteral("alpha"), QStringLiteral("Check version"));
        QVERIFY(beta.isValid() && alpha.isValid());
        QVERIFY(beta.data(AnsibleReviewModel::OutlierRole).toBool());
        QVERIFY(!alpha.data(AnsibleReviewModel::OutlierRole).toBool());
        QCOMPARE(model.outlierCount(beta.row()), 1);
        QCOMPARE(beta.data().toString(), QStringLiteral("≠✗"));
        QVERIFY(beta.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(model.headerData(beta.row(), Qt::Vertical).toString().startsWith(QStringLiteral("≠ ")));
        const QString why = model.headerData(beta.row(), Qt::Vertical, Qt::ToolTipRole).toString();
        QVERIFY2(why.contains(QLatin1String("Differs on 1 host")), qPrintable(why));
        QVERIFY2(why.contains(QLatin1String("changed on the others: beta (failed)")), qPrintable(why));
        QVERIFY(model.rowHasStatus(beta.row(), TaskStatus::Failed));
        QVERIFY(!model.rowHasStatus(beta.row(), TaskStatus::Skipped));
        // Two hosts that disagree have no majority: neither is marked.
        const QModelIndex probe = cell(model, QStringLiteral("gamma"), QStringLiteral("Optional probe"));
        QCOMPARE(model.outlierCount(probe.row()), 0);
        QVERIFY(!probe.data(AnsibleReviewModel::OutlierRole).toBool());
        // The same result everywhere is not marked either, nor a host a `when:` skipped ("Only on web").
        model.setReview(readReview(QStringLiteral("check-diff")));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.outlierCount(row), 0);
    }

    void changedCellsWithDiffs()
    {
        AnsibleReviewModel model;
        model.setReview(readReview(QStringLiteral("check-diff")));
        const QModelIndex first = model.firstDiff();
        QVERIFY(first.isValid());
        QCOMPARE(first.data(AnsibleReviewModel::StatusRole).toInt(), int(TaskStatus::Changed));
        const core::jobs::FileDiff &diff = model.result(first)->diffs.front();
        QVERIFY(diff.hasBeforeAfter());
        QVERIFY(diff.after.contains(QLatin1String("version=2")));
        QCOMPARE(cell(model, QStringLiteral("alpha"), QStringLiteral("Write config")).data(AnsibleReviewModel::DiffCountRole).toInt(), 1);

        model.setReview(readReview(QStringLiteral("unreachable")));
        QVERIFY(!model.firstDiff().isValid());
    }

    void followsALiveRunIncrementally()
    {
        // Fed one event at a time, as a running job's reviewChanged() does: rows and columns are
        // inserted, never reset, and the end state equals the whole stream's.
        QFile file(fixture(QStringLiteral("check-diff")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        AnsibleReviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy rowsInserted(&model, &QAbstractItemModel::rowsInserted);
        AnsibleEventParser parser;
        QPersistentModelIndex firstCell;
        while (!file.atEnd()) {
            parser.parseLine(QString::fromUtf8(file.readLine()).trimmed());
            model.setReview(parser.review());
            if (!firstCell.isValid() && model.columnCount() > 0 && model.rowCount() > 0)
                firstCell = model.index(0, 0);
        }
        QCOMPARE(resets.count(), 0);
        QCOMPARE(rowsInserted.count(), 4);
        QCOMPARE(model.review(), readReview(QStringLiteral("check-diff")));
        QVERIFY(firstCell.isValid());
        QCOMPARE(firstCell.data(AnsibleReviewModel::HostRole).toString(), QStringLiteral("gamma"));
        QCOMPARE(firstCell.data(AnsibleReviewModel::StatusRole).toInt(), int(TaskStatus::Changed));

        // Another run replaces the grid.
        model.setReview(readReview(QStringLiteral("unreachable")));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 1);
    }

    void paletteChangeRecolours()
    {
        AnsibleReviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReview(readReview(QStringLiteral("failed")));
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(20, 20, 20));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setPalette(dark);
        QCOMPARE(changed.count(), 1);
        const QModelIndex failed = cell(model, QStringLiteral("beta"), QStringLiteral("Check version"));
        QCOMPARE(failed.data(Qt::BackgroundRole).value<QColor>(), ui::statuscolors::taskStatus(dark, TaskStatus::Failed));
        QVERIFY(failed.data(Qt::BackgroundRole).value<QColor>().lightness() < 100);
    }
};

QTEST_MAIN(TestAnsibleReviewModel)
#include "tst_ansiblereviewmodel.moc"
