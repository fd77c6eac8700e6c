// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/jobs/processjob.h"

#include "core/jobs/lineparser.h"
#include "processgroup.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace core::jobs;

namespace {

constexpr int s_timeout = 30000;

class Recorder final : public LineParser
{
public:
    void parseLine(const QString &line) override { lines.append(line); }
    QStringList lines;
};

std::unique_ptr<ProcessJob> makeJob(const QString &program, const QStringList &arguments)
{
    auto job = std::make_unique<ProcessJob>(QStringLiteral("process"), program, QVariantMap{});
    job->setProgram(program);
    job->setArguments(arguments);
    return job;
}

/** The log without deploydeck's own notes. */
QStringList programOutput(const Job &job)
{
    QStringList lines = job.logLines();
    lines.removeIf([](const QString &l) { return l.startsWith(QLatin1String("deploydeck: ")); });
    return lines;
}

bool waitFinished(Job &job)
{
    QSignalSpy finished(&job, &Job::finished);
    return job.isFinished() || finished.wait(s_timeout);
}

} // namespace

class TestProcessJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runs_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("output");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("exitCode");

        const auto sh = [](const char *script) { return QStringList{QStringLiteral("-c"), QString::fromUtf8(script)}; };
        QTest::newRow("success") << sh("printf 'a\\nb\\r\\nc'") << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}
                                 << int(JobState::Succeeded) << 0;
        QTest::newRow("exit code") << sh("echo out; echo err >&2; exit 3")
                                   << QStringList{QStringLiteral("out"), QStringLiteral("err")} << int(JobState::Failed) << 3;
        // Qt reports the signal's number as the exit code of a crashed program.
        QTest::newRow("killed by a signal") << sh("kill -9 $$") << QStringList() << int(JobState::Failed) << 9;
        QTest::newRow("no output") << sh("true") << QStringList() << int(JobState::Succeeded) << 0;
    }

    void runs()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, output);
        QFETCH(int, state);
        QFETCH(int, exitCode);
        auto job = makeJob(QStringLiteral("/bin/sh"), arguments);
        job->start();
        QVERIFY(waitFinished(*job));
        QStringList got = programOutput(*job);
        got.sort();  // stdout and stderr are read separately; their order is not defined
        output.sort();
        QCOMPARE(got, output);
        QCOMPARE(int(job->state()), state);
        QCOMPARE(job->summary().value(QStringLiteral("exitCode")).toInt(), exitCode);
        QVERIFY(job->finishedAt() >= job->startedAt());
    }

    void parsersGetTheirChannel()
    {
        auto job = makeJob(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("echo 1; echo 2 >&2; echo 3")});
        Recorder out;
        Recorder err;
        job->setLineParser(OutputChannel::StandardOutput, &out);
        job->setLineParser(OutputChannel::StandardError, &err);
        QSignalSpy added(job.get(), &Job::logLineAdded);
        job->start();
        QVERIFY(waitFinished(*job));
        QCOMPARE(out.lines, (QStringList{QStringLiteral("1"), QStringLiteral("3")}));
        QCOMPARE(err.lines, QStringList{QStringLiteral("2")});
        QCOMPARE(added.count(), job->logLines().size());
    }

    void environmentIsExplicit()
    {
        qputenv("DEPLOYDECK_TEST_LEAK", "secret");
        auto job = makeJob(QStringLiteral("/usr/bin/env"), {});
        job->start();
        QVERIFY(waitFinished(*job));
        const QStringList env = programOutput(*job);
        QVERIFY(env.contains(QStringLiteral("LC_ALL=C")));
        QVERIFY(!env.join(QLatin1Char('\n')).contains(QLatin1String("DEPLOYDECK_TEST_LEAK")));
        QVERIFY(std::any_of(env.begin(), env.end(), [](const QString &l) { return l.startsWith(QLatin1String("PATH=")); }));
    }

    void argumentsAreNotInterpreted()
    {
        QTemporaryDir dir;
        const QString marker = dir.filePath(QStringLiteral("pwned"));
        const QString nasty = QStringLiteral("it's \"q\" ; touch %1 $(touch %1) `touch %1` | x > y").arg(marker);
        auto job = makeJob(QStringLiteral("/usr/bin/printf"), {QStringLiteral("%s\\n"), nasty});
        job->start();
        QVERIFY(waitFinished(*job));
        QCOMPARE(programOutput(*job), QStringList{nasty});
        QVERIFY(!QFileInfo::exists(marker));
    }

    void workingDirectory()
    {
        QTemporaryDir dir;
        auto job = makeJob(QStringLiteral("/bin/pwd"), {});
        job->setWorkingDirectory(dir.path());
        job->start();
        QVERIFY(waitFinished(*job));
        QCOMPARE(programOutput(*job), QStringList{QFileInfo(dir.path()).canonicalFilePath()});
    }

    void programThatCannotStart()
    {
        auto job = makeJob(QStringLiteral("/nonexistent/ansible-playbook"), {});
        job->start();
        QVERIFY(waitFinished(*job));
        QCOMPARE(job->state(), JobState::Failed);
        QVERIFY(job->logLines().join(QLatin1Char('\n')).contains(QLatin1String("cannot start /nonexistent/ansible-playbook")));
        QCOMPARE(job->summary().value(QStringLiteral("error")).toString(), QStringLiteral("process-failed"));
    }

    void cancelEndsTheWholeGroup_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<bool>("needsKill");
        // A child in the background and one in the foreground: both must go.
        QTest::newRow("SIGTERM is enough") << QStringLiteral("sleep 3001 & sleep 3002 & echo ready; wait") << false;
        // Everything ignores SIGTERM (inherited): only SIGKILL after the grace period ends it.
        QTest::newRow("SIGTERM ignored") << QStringLiteral("trap '' TERM; sleep 3003 & echo ready; sleep 3004; wait") << true;
    }

    void cancelEndsTheWholeGroup()
    {
        QFETCH(QString, script);
        QFETCH(bool, needsKill);
        auto job = makeJob(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
        job->setKillGracePeriod(std::chrono::milliseconds(300));
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(job->logLines().contains(QStringLiteral("ready")), s_timeout);
        const qint64 group = job->processId();
        QVERIFY(group > 0);
        QVERIFY(tests::livingGroupMembers(group).size() >= 2);

        job->cancel();
        QVERIFY(waitFinished(*job));
        QCOMPARE(job->state(), JobState::Cancelled);
        QVERIFY(job->isCancelRequested());
        QVERIFY(job->logLines().contains(QStringLiteral("ready")));  // the log up to the cancel is kept
        QCOMPARE(job->logLines().join(QLatin1Char('\n')).contains(QLatin1String("SIGKILL")), needsKill);
        QTRY_VERIFY_WITH_TIMEOUT(tests::livingGroupMembers(group).isEmpty(), 5000);
    }

    void destroyingARunningJobEndsItsGroup()
    {
        auto job = makeJob(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("sleep 3005 & echo ready; wait")});
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(job->logLines().contains(QStringLiteral("ready")), s_timeout);
        const qint64 group = job->processId();
        // QProcess's destructor reaps the already killed child, and says so.
        QTest::ignoreMessage(QtWarningMsg, R"(QProcess: Destroyed while process ("/bin/sh") is still running.)");
        job.reset();
        QTRY_VERIFY_WITH_TIMEOUT(tests::livingGroupMembers(group).isEmpty(), 5000);
    }

    void minimalEnvironment()
    {
        const QProcessEnvironment env = ProcessJob::minimalEnvironment();
        QCOMPARE(env.value(QStringLiteral("LC_ALL")), QStringLiteral("C"));
        QVERIFY(env.contains(QStringLiteral("PATH")));
        QVERIFY(!env.contains(QStringLiteral("DEPLOYDECK_TEST_LEAK")));
    }
};

QTEST_GUILESS_MAIN(TestProcessJob)
#include "tst_processjob.moc"
