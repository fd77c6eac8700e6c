// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/jobtablemodel.h"

#include "core/jobs/jobqueue.h"
#include "tests/core/jobs/fakejob.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace core::jobs;
using tests::FakeJob;
using ui::JobTableModel;

namespace {

JobRecord pastJob(const QString &id, JobState state, qint64 startMs, qint64 durationMs)
{
    JobRecord r;
    r.id = id;
    r.kind = QStringLiteral("sync");
    r.title = QStringLiteral("sync ") + id;
    r.state = state;
    r.createdAt = QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC);
    r.startedAt = r.createdAt;
    if (durationMs >= 0)
        r.finishedAt = r.startedAt.addMSecs(durationMs);
    return r;
}

QVariant cell(const JobTableModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role);
}

} // namespace

class TestJobTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void historyAndLiveJobs()
    {
        JobTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHistory({pastJob(QStringLiteral("a"), JobState::Succeeded, 1000, 65000),
                          pastJob(QStringLiteral("b"), JobState::Interrupted, 2000, -1)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(JobTableModel::ColumnCount));
        QCOMPARE(cell(model, 0, JobTableModel::KindColumn).toString(), QStringLiteral("Channel sync"));
        QCOMPARE(cell(model, 0, JobTableModel::StateColumn).toString(), QStringLiteral("Succeeded"));
        QCOMPARE(cell(model, 0, JobTableModel::DurationColumn).toString(), QStringLiteral("1:05"));
        QCOMPARE(cell(model, 1, JobTableModel::StateColumn).toString(), QStringLiteral("Interrupted"));
        QCOMPARE(cell(model, 1, JobTableModel::DurationColumn).toString(), QString());
        QCOMPARE(cell(model, 1, 0, JobTableModel::IsLiveRole).toBool(), false);
        QCOMPARE(model.job(0), nullptr);

        JobQueue queue;
        queue.setConcurrency(1);
        model.setQueue(&queue);
        auto *first = static_cast<FakeJob *>(queue.enqueue(std::make_unique<FakeJob>(QStringLiteral("ansible-run"), QStringLiteral("site.yml"))));
        auto *second = static_cast<FakeJob *>(queue.enqueue(std::make_unique<FakeJob>(QStringLiteral("ansible-run"))));
        QCOMPARE(model.rowCount(), 4);
        const int row = model.rowOf(first->id());
        QCOMPARE(row, 2);
        QCOMPARE(model.job(row), static_cast<Job *>(first));
        QCOMPARE(cell(model, row, JobTableModel::TitleColumn).toString(), QStringLiteral("site.yml"));
        QCOMPARE(cell(model, row, JobTableModel::StateColumn).toString(), QStringLiteral("Queued"));
        QCOMPARE(cell(model, row, JobTableModel::StartedColumn).toString(), QString());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QTRY_COMPARE(cell(model, row, 0, JobTableModel::StateRole).toInt(), int(JobState::Running));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(cell(model, row, JobTableModel::ProgressColumn).toString(), QStringLiteral("working"));
        first->report(3, 4);
        QCOMPARE(cell(model, row, JobTableModel::ProgressColumn).toString(), QStringLiteral("75%"));
        QCOMPARE(cell(model, row, 0, JobTableModel::ProgressMaximumRole).toLongLong(), 4);
        QCOMPARE(cell(model, row, JobTableModel::StateColumn).toString(), QStringLiteral("Running"));
        first->report(3, 4, 2); // parts fail while it runs: the row says so before the end
        QCOMPARE(cell(model, row, JobTableModel::StateColumn).toString(), QStringLiteral("Running, 2 failed"));
        QCOMPARE(cell(model, row, 0, JobTableModel::ProgressFailedRole).toLongLong(), 2);
        QVERIFY(!cell(model, row, JobTableModel::StartedColumn).toString().isEmpty());
        first->complete(JobState::Failed);
        QCOMPARE(cell(model, row, JobTableModel::StateColumn).toString(), QStringLiteral("Failed"));
        QVERIFY(cell(model, row, 0, JobTableModel::DurationRole).toLongLong() >= 0);
        QTRY_COMPARE(cell(model, model.rowOf(second->id()), 0, JobTableModel::StateRole).toInt(), int(JobState::Running));
    }

    void liveJobWinsOverItsHistoryEntry()
    {
        JobTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FakeJob job(QStringLiteral("sync"));
        model.addJob(&job);
        model.addJob(&job);  // twice: still one row
        JobRecord stale = job.record();
        stale.state = JobState::Interrupted;
        model.setHistory({stale, pastJob(QStringLiteral("old"), JobState::Failed, 0, 10)});
        QCOMPARE(model.rowCount(), 2);
        const int row = model.rowOf(job.id());
        QCOMPARE(cell(model, row, 0, JobTableModel::IsLiveRole).toBool(), true);
        QCOMPARE(cell(model, row, 0, JobTableModel::StateRole).toInt(), int(JobState::Queued));
    }

    void deletedJobKeepsItsRow()
    {
        JobTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        JobQueue queue;
        model.setQueue(&queue);
        auto *job = static_cast<FakeJob *>(queue.enqueue(std::make_unique<FakeJob>(QStringLiteral("refresh"))));
        const QString id = job->id();
        QTRY_COMPARE(job->state(), JobState::Running);
        job->complete();
        queue.removeFinished();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.job(0), nullptr);
        QCOMPARE(cell(model, 0, 0, JobTableModel::IdRole).toString(), id);
        QCOMPARE(cell(model, 0, JobTableModel::StateColumn).toString(), QStringLiteral("Succeeded"));
        QCOMPARE(cell(model, 0, JobTableModel::KindColumn).toString(), QStringLiteral("Repodata refresh"));
        QCOMPARE(cell(model, 0, 0, JobTableModel::RecordRole).value<JobRecord>().id, id);
    }

    void sortRoles()
    {
        JobTableModel model;
        model.setHistory({pastJob(QStringLiteral("late"), JobState::Failed, 5000, 100),
                          pastJob(QStringLiteral("early"), JobState::Succeeded, 1000, 9000)});
        const auto sortKey = [&](int row, int column) { return cell(model, row, column, JobTableModel::SortRole); };
        QVERIFY(sortKey(0, JobTableModel::StartedColumn).toLongLong() > sortKey(1, JobTableModel::StartedColumn).toLongLong());
        QVERIFY(sortKey(0, JobTableModel::DurationColumn).toLongLong() < sortKey(1, JobTableModel::DurationColumn).toLongLong());
        QCOMPARE(sortKey(0, JobTableModel::StateColumn).toInt(), int(JobState::Failed));
        QCOMPARE(model.headerData(JobTableModel::DurationColumn, Qt::Horizontal).toString(), QStringLiteral("Duration"));
        QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    }

    void durationText_data()
    {
        QTest::addColumn<qint64>("milliseconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("not started") << qint64(-1) << QString();
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0 s");
        QTest::newRow("seconds") << qint64(59999) << QStringLiteral("59 s");
        QTest::newRow("minutes") << qint64(61000) << QStringLiteral("1:01");
        QTest::newRow("hours") << qint64(3723000) << QStringLiteral("1:02:03");
    }

    void durationText()
    {
        QFETCH(qint64, milliseconds);
        QFETCH(QString, text);
        QCOMPARE(JobTableModel::durationText(milliseconds), text);
    }
};

QTEST_MAIN(TestJobTableModel)
#include "tst_jobtablemodel.moc"
