// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/jobs/jobqueue.h"

#include "fakejob.h"

#include <QSignalSpy>
#include <QTest>

using namespace core::jobs;
using tests::FakeJob;

namespace {

struct JobSpec
{
    QString kind;
    QString key;
};

FakeJob *add(JobQueue &queue, const JobSpec &spec)
{
    auto job = std::make_unique<FakeJob>(spec.kind);
    job->setExclusiveKey(spec.key);
    return static_cast<FakeJob *>(queue.enqueue(std::move(job)));
}

/** Lets the queue's deferred scheduling run. */
void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

QString states(const JobQueue &queue)
{
    QString s;
    for (const Job *job : queue.jobs())
        s += job->state() == JobState::Running ? QLatin1Char('R') : job->state() == JobState::Queued ? QLatin1Char('Q') : QLatin1Char('F');
    return s;
}

} // namespace

Q_DECLARE_METATYPE(QList<JobSpec>)

class TestJobQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultConcurrencyIsTwo()
    {
        JobQueue queue;
        QCOMPARE(queue.concurrency(), 2);
        QSignalSpy started(&queue, &JobQueue::jobStarted);
        QSignalSpy finished(&queue, &JobQueue::jobFinished);
        FakeJob *a = add(queue, {QStringLiteral("k"), {}});
        add(queue, {QStringLiteral("k"), {}});
        FakeJob *c = add(queue, {QStringLiteral("k"), {}});
        QCOMPARE(a->state(), JobState::Queued);  // starting is deferred
        settle();
        QCOMPARE(states(queue), QStringLiteral("RRQ"));
        QCOMPARE(started.count(), 2);
        a->complete();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<Job *>(), static_cast<Job *>(a));
        settle();
        QCOMPARE(c->state(), JobState::Running);
        QCOMPARE(c->startCount, 1);
        QCOMPARE(queue.runningCount(), 2);
    }

    void limits_data()
    {
        QTest::addColumn<int>("concurrency");
        QTest::addColumn<int>("syncLimit");
        QTest::addColumn<QList<JobSpec>>("jobs");
        QTest::addColumn<QString>("expected");

        const QString sync = QStringLiteral("sync");
        const QString run = QStringLiteral("ansible-run");
        const QString local = QStringLiteral("/srv/channel");
        const QString quetz = QStringLiteral("https://quetz/get/x");
        QTest::newRow("concurrency 1") << 1 << 0 << QList<JobSpec>{{run, {}}, {run, {}}} << QStringLiteral("RQ");
        QTest::newRow("concurrency 3") << 3 << 0 << QList<JobSpec>{{run, {}}, {run, {}}, {run, {}}, {run, {}}}
                                       << QStringLiteral("RRRQ");
        QTest::newRow("one sync per target") << 4 << 0 << QList<JobSpec>{{sync, local}, {sync, local}, {sync, quetz}}
                                             << QStringLiteral("RQR");
        QTest::newRow("kind limit") << 4 << 1 << QList<JobSpec>{{sync, local}, {sync, quetz}, {run, {}}}
                                    << QStringLiteral("RQR");
        QTest::newRow("blocked job does not block others") << 2 << 0
                                                           << QList<JobSpec>{{sync, local}, {sync, local}, {run, {}}}
                                                           << QStringLiteral("RQR");
        QTest::newRow("key across kinds") << 4 << 0 << QList<JobSpec>{{sync, local}, {run, local}}
                                          << QStringLiteral("RQ");
    }

    void limits()
    {
        QFETCH(int, concurrency);
        QFETCH(int, syncLimit);
        QFETCH(QList<JobSpec>, jobs);
        QFETCH(QString, expected);
        JobQueue queue;
        queue.setConcurrency(concurrency);
        queue.setKindLimit(QStringLiteral("sync"), syncLimit);
        for (const JobSpec &spec : jobs)
            add(queue, spec);
        settle();
        QCOMPARE(states(queue), expected);
    }

    void raisingConcurrencyStartsWaitingJobs()
    {
        JobQueue queue;
        queue.setConcurrency(1);
        add(queue, {QStringLiteral("k"), {}});
        add(queue, {QStringLiteral("k"), {}});
        settle();
        QCOMPARE(states(queue), QStringLiteral("RQ"));
        queue.setConcurrency(5);
        settle();
        QCOMPARE(states(queue), QStringLiteral("RR"));
    }

    void cancelQueuedJob()
    {
        JobQueue queue;
        queue.setConcurrency(1);
        FakeJob *a = add(queue, {QStringLiteral("k"), {}});
        FakeJob *b = add(queue, {QStringLiteral("k"), {}});
        settle();
        QSignalSpy finished(&queue, &JobQueue::jobFinished);
        b->cancel();
        QCOMPARE(b->state(), JobState::Cancelled);
        QCOMPARE(finished.count(), 1);
        a->complete();
        settle();
        QCOMPARE(b->startCount, 0);
        QVERIFY(!b->startedAt().isValid());
        QVERIFY(b->finishedAt().isValid());
    }

    void cancelAll()
    {
        JobQueue queue;
        queue.setConcurrency(1);
        FakeJob *a = add(queue, {QStringLiteral("k"), {}});
        FakeJob *b = add(queue, {QStringLiteral("k"), {}});
        settle();
        queue.cancelAll();
        settle();
        QCOMPARE(a->state(), JobState::Cancelled);
        QCOMPARE(a->summary().value(QStringLiteral("how")).toString(), QStringLiteral("test"));
        QCOMPARE(b->state(), JobState::Cancelled);
        QCOMPARE(b->startCount, 0);
        QCOMPARE(queue.runningCount(), 0);
    }

    void lookupAndRemoval()
    {
        JobQueue queue;
        QSignalSpy added(&queue, &JobQueue::jobAdded);
        FakeJob *a = add(queue, {QStringLiteral("k"), {}});
        FakeJob *b = add(queue, {QStringLiteral("k"), {}});
        QCOMPARE(added.count(), 2);
        QCOMPARE(queue.job(b->id()), static_cast<Job *>(b));
        QCOMPARE(queue.job(QStringLiteral("nope")), nullptr);
        QVERIFY(a->id() != b->id());
        settle();
        a->complete(JobState::Failed);
        queue.removeFinished();
        QCOMPARE(queue.jobs().size(), 1);
        QCOMPARE(queue.jobs().first(), static_cast<Job *>(b));
    }

    void finishedJobIgnoresLaterCalls()
    {
        JobQueue queue;
        FakeJob *a = add(queue, {QStringLiteral("k"), {}});
        settle();
        QSignalSpy finished(a, &Job::finished);
        a->complete(JobState::Succeeded);
        a->complete(JobState::Failed);
        a->cancel();
        a->start();
        QCOMPARE(a->state(), JobState::Succeeded);
        QCOMPARE(finished.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestJobQueue)
#include "tst_jobqueue.moc"
