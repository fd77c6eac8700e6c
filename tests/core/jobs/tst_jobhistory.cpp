// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/jobs/jobhistory.h"

#include "core/jobs/jobqueue.h"
#include "core/util/atomicfile.h"
#include "fakejob.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace core::jobs;
using core::util::ErrorCode;
using tests::FakeJob;

namespace {

const JobRecord *findRecord(const std::vector<JobRecord> &records, const QString &id)
{
    for (const JobRecord &r : records)
        if (r.id == id)
            return &r;
    return nullptr;
}

} // namespace

class TestJobHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void survivesRestart()
    {
        QTemporaryDir root;
        std::vector<std::unique_ptr<FakeJob>> jobs;
        const QList<JobState> finalStates{JobState::Succeeded, JobState::Failed, JobState::Cancelled, JobState::Running,
                                          JobState::Queued};
        {
            JobHistory history(root.path());
            for (JobState state : finalStates) {
                auto job = std::make_unique<FakeJob>(QStringLiteral("fake"), jobStateName(state),
                                                     QVariantMap{{QStringLiteral("n"), int(state)}});
                history.track(job.get());
                if (state != JobState::Queued)
                    job->start();
                job->log(QStringLiteral("first line of ") + jobStateName(state));
                job->log(QStringLiteral("two\nlines with ünïcode"));
                job->report(2, 5);
                if (isFinalState(state))
                    job->complete(state, {{QStringLiteral("exitCode"), int(state)}});
                jobs.push_back(std::move(job));
            }
            history.flush();
        }  // the app ends with two jobs not finished

        JobHistory reloaded(root.path());
        const JobHistory::Loaded loaded = reloaded.load();
        QVERIFY(loaded.problems.empty());
        QCOMPARE(loaded.jobs.size(), std::size_t(finalStates.size()));
        for (const auto &job : jobs) {
            const JobRecord *record = findRecord(loaded.jobs, job->id());
            QVERIFY(record);
            const JobState expected = job->isFinished() ? job->state() : JobState::Interrupted;
            QCOMPARE(record->state, expected);
            QCOMPARE(record->kind, job->kind());
            QCOMPARE(record->title, job->title());
            QCOMPARE(record->parameters, job->parameters());
            QCOMPARE(record->progress, job->progress());
            QCOMPARE(record->startedAt, job->startedAt());
            QCOMPARE(record->finishedAt, job->finishedAt());
            QCOMPARE(record->summary.value(QStringLiteral("exitCode")).toInt(),
                     job->summary().value(QStringLiteral("exitCode")).toInt());
            const auto log = reloaded.readLog(job->id());
            QVERIFY(log.ok());
            QCOMPARE(*log, job->logLines());
        }
    }

    void logIsWrittenInBatchesAndOnFinish()
    {
        QTemporaryDir root;
        JobHistory history(root.path());
        history.setFlushInterval(10);
        FakeJob job(QStringLiteral("fake"));
        history.track(&job);
        job.start();
        QStringList expected;
        for (int i = 0; i < 20000; ++i) {
            expected << QStringLiteral("line %1").arg(i);
            job.log(expected.constLast());
        }
        // The timer writes without an explicit flush.
        QTRY_COMPARE(history.readLog(job.id()).value().size(), expected.size());
        job.log(QStringLiteral("last words"));
        job.complete(JobState::Failed);  // finishing flushes at once
        expected << QStringLiteral("last words");
        QCOMPARE(history.readLog(job.id()).value(), expected);
    }

    void attachToQueue()
    {
        QTemporaryDir root;
        JobHistory history(root.path());
        JobQueue queue;
        history.attach(&queue);
        auto *job = static_cast<FakeJob *>(queue.enqueue(std::make_unique<FakeJob>(QStringLiteral("fake"))));
        QTRY_COMPARE(job->state(), JobState::Running);
        job->log(QStringLiteral("hello"));
        job->complete();
        const auto loaded = history.load();
        QCOMPARE(loaded.jobs.size(), std::size_t(1));
        QCOMPARE(loaded.jobs.front().state, JobState::Succeeded);
        QCOMPARE(history.readLog(job->id()).value(), QStringList{QStringLiteral("hello")});
    }

    void brokenFoldersAreReportedAndSkipped_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("code");
        QTest::newRow("truncated json") << QStringLiteral("a1") << QByteArray("{\"id\": \"a1\", \"ki") << int(ErrorCode::ParseError);
        QTest::newRow("not an object") << QStringLiteral("a2") << QByteArray("[1, 2]") << int(ErrorCode::ParseError);
        QTest::newRow("missing kind") << QStringLiteral("a3") << QByteArray(R"({"id":"a3","state":"failed"})")
                                      << int(ErrorCode::InvalidValue);
        QTest::newRow("id of another folder") << QStringLiteral("a4")
                                              << QByteArray(R"({"id":"zz","kind":"k","state":"failed"})")
                                              << int(ErrorCode::InvalidValue);
        QTest::newRow("no metadata") << QStringLiteral("a5") << QByteArray() << int(ErrorCode::FileNotFound);
    }

    void brokenFoldersAreReportedAndSkipped()
    {
        QFETCH(QString, folder);
        QFETCH(QByteArray, content);
        QFETCH(int, code);
        QTemporaryDir root;
        {
            JobHistory history(root.path());
            FakeJob good(QStringLiteral("fake"));
            history.track(&good);
            good.start();
            good.complete();
        }
        const QString path = root.filePath(folder + QStringLiteral("/job.json"));
        QVERIFY(QDir().mkpath(root.filePath(folder)));
        if (!content.isEmpty())
            QVERIFY(core::util::writeFileAtomically(path, content).ok());

        const auto loaded = JobHistory(root.path()).load();
        QCOMPARE(loaded.jobs.size(), std::size_t(1));
        QCOMPARE(loaded.problems.size(), std::size_t(1));
        QCOMPARE(int(loaded.problems.front().code), code);
        QVERIFY(QString::fromStdString(loaded.problems.front().location).startsWith(path));
    }

    void readLogRefusesUnsafeIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("code");
        QTest::newRow("parent") << QStringLiteral("..") << int(ErrorCode::UnsafePath);
        QTest::newRow("path") << QStringLiteral("a/../../etc") << int(ErrorCode::UnsafePath);
        QTest::newRow("empty") << QString() << int(ErrorCode::UnsafePath);
        QTest::newRow("unknown") << QStringLiteral("0000-1111") << int(ErrorCode::FileNotFound);
    }

    void readLogRefusesUnsafeIds()
    {
        QFETCH(QString, id);
        QFETCH(int, code);
        QTemporaryDir root;
        const auto log = JobHistory(root.path()).readLog(id);
        QVERIFY(!log.ok());
        QCOMPARE(int(log.error().code), code);
    }

    void removeFinishedJob()
    {
        QTemporaryDir root;
        JobHistory history(root.path());
        FakeJob job(QStringLiteral("fake"));
        history.track(&job);
        job.start();
        QCOMPARE(int(history.remove(job.id()).error().code), int(ErrorCode::InvalidArgument));  // still running
        job.log(QStringLiteral("x"));
        job.complete();
        QVERIFY(history.remove(job.id()).ok());
        QVERIFY(!QDir(history.jobFolder(job.id())).exists());
        QVERIFY(history.load().jobs.empty());
    }

    void writeFailureIsReported()
    {
        QTemporaryDir dir;
        // The root is a file: nothing can be written below it.
        QVERIFY(core::util::writeFileAtomically(dir.filePath(QStringLiteral("root")), "x").ok());
        JobHistory history(dir.filePath(QStringLiteral("root")));
        QSignalSpy failed(&history, &JobHistory::writeFailed);
        FakeJob job(QStringLiteral("fake"));
        history.track(&job);
        job.start();
        job.log(QStringLiteral("still logged in memory"));
        job.complete();
        QVERIFY(failed.count() >= 2);
        QCOMPARE(job.logLines(), QStringList{QStringLiteral("still logged in memory")});
    }

    void defaultRootHonoursXdgDataHome()
    {
        const QByteArray old = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", "/tmp/xdg-test");
        QCOMPARE(JobHistory::defaultRoot(), QStringLiteral("/tmp/xdg-test/deploydeck/jobs"));
        if (old.isEmpty())
            qunsetenv("XDG_DATA_HOME");
        else
            qputenv("XDG_DATA_HOME", old);
        QVERIFY(JobHistory::defaultRoot().endsWith(QStringLiteral("/deploydeck/jobs")));
    }
};

QTEST_GUILESS_MAIN(TestJobHistory)
#include "tst_jobhistory.moc"
