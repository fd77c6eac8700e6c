// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/jobs/ansibleeventparser.h"

#include "core/jobs/linesplitter.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace core::jobs;

namespace {

QByteArray recorded(const QString &name)
{
    QFile file(QFINDTESTDATA(QStringLiteral("../../data/cli-output/") + name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

AnsibleEventParser parseWhole(const QString &name)
{
    auto parsed = AnsibleEventParser::parseFile(QFINDTESTDATA(QStringLiteral("../../data/cli-output/") + name));
    return parsed ? std::move(parsed).value() : AnsibleEventParser(QStringLiteral("missing"));
}

const HostTaskResult *resultByName(const AnsibleReview &review, const QString &host, const QString &taskName)
{
    for (const AnsibleTask &task : review.tasks)
        if (task.name == taskName)
            return review.result(host, task.id);
    return nullptr;
}

int diffCount(const AnsibleReview &review)
{
    int n = 0;
    for (const HostTaskResult &r : review.results)
        n += int(r.diffs.size());
    return n;
}

} // namespace

class TestAnsibleEventParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordedStreams_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("hosts");
        QTest::addColumn<int>("tasks");
        QTest::addColumn<QList<int>>("statusCounts");  // ok, changed, failed, skipped, unreachable
        QTest::addColumn<int>("diffs");
        QTest::addColumn<int>("problems");
        QTest::addColumn<bool>("checkMode");

        const QStringList deployHosts{QStringLiteral("gamma"), QStringLiteral("beta"), QStringLiteral("alpha")};
        QTest::newRow("check and diff") << QStringLiteral("ansible-events-check-diff.jsonl") << deployHosts << 4
                                        << QList<int>{5, 6, 0, 1, 0} << 9 << 0 << true;
        QTest::newRow("real run") << QStringLiteral("ansible-events-real-run.jsonl") << deployHosts << 4
                                  << QList<int>{5, 6, 0, 1, 0} << 9 << 0 << false;
        QTest::newRow("failed task") << QStringLiteral("ansible-events-failed.jsonl")
                                     << QStringList{QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")}
                                     << 3 << QList<int>{2, 2, 2, 1, 0} << 0 << 0 << false;
        QTest::newRow("unreachable host") << QStringLiteral("ansible-events-unreachable.jsonl")
                                          << QStringList{QStringLiteral("delta"), QStringLiteral("alpha")} << 1
                                          << QList<int>{1, 0, 0, 0, 1} << 0 << 0 << false;
        QTest::newRow("malformed") << QStringLiteral("ansible-events-malformed.jsonl")
                                   << QStringList{QStringLiteral("alpha"), QStringLiteral("beta")} << 1
                                   << QList<int>{1, 1, 0, 0, 0} << 1 << 8 << false;
    }

    void recordedStreams()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, hosts);
        QFETCH(int, tasks);
        QFETCH(QList<int>, statusCounts);
        QFETCH(int, diffs);
        QFETCH(int, problems);
        QFETCH(bool, checkMode);
        QVERIFY(!recorded(file).isEmpty());
        const AnsibleEventParser parser = parseWhole(file);
        const AnsibleReview &review = parser.review();
        QCOMPARE(review.hosts, hosts);
        QCOMPARE(int(review.tasks.size()), tasks);
        const QList<TaskStatus> order{TaskStatus::Ok, TaskStatus::Changed, TaskStatus::Failed, TaskStatus::Skipped,
                                      TaskStatus::Unreachable};
        for (int i = 0; i < order.size(); ++i)
            QCOMPARE(review.count(order.at(i)), statusCounts.at(i));
        QCOMPARE(diffCount(review), diffs);
        QCOMPARE(int(parser.problems().size()), problems);
        QCOMPARE(review.checkMode, checkMode);
        QVERIFY(review.hasRecap);
        QCOMPARE(QStringList(review.recap.keys()), [&] { QStringList h = hosts; h.sort(); return h; }());
    }

    void checkDiffReview()
    {
        const AnsibleReview review = parseWhole(QStringLiteral("ansible-events-check-diff.jsonl")).review();
        QVERIFY(review.diffMode);
        QCOMPARE(review.playbook, QStringLiteral("deploy.yml"));
        QCOMPARE(review.plays.size(), std::size_t(1));
        QCOMPARE(review.plays.front().hostPatterns, QStringList{QStringLiteral("web:db")});
        QCOMPARE(review.changedHosts(), (QStringList{QStringLiteral("gamma"), QStringLiteral("beta"), QStringLiteral("alpha")}));

        const HostTaskResult *config = resultByName(review, QStringLiteral("alpha"), QStringLiteral("Write config"));
        QVERIFY(config);
        QCOMPARE(config->status, TaskStatus::Changed);
        QCOMPARE(config->diffs.size(), std::size_t(1));
        const FileDiff &diff = config->diffs.front();
        QCOMPARE(diff.beforeHeader, QStringLiteral("/tmp/deploydeck-rec/out/alpha.conf"));
        // The event names Ansible's temporary copy on the new side; the review heads it by the destination.
        QVERIFY(recorded(QStringLiteral("ansible-events-check-diff.jsonl"))
                    .contains("\"after_header\":\"/home/operator/.ansible/tmp/"));
        QCOMPARE(diff.afterHeader, diff.beforeHeader);
        QCOMPARE(diff.before, QStringLiteral("host=alpha\nversion=1\n"));
        QCOMPARE(diff.after, QStringLiteral("host=alpha\nversion=2\n"));
        QVERIFY(diff.hasBeforeAfter());

        const HostTaskResult *options = resultByName(review, QStringLiteral("beta"), QStringLiteral("Add options"));
        QVERIFY(options);
        QCOMPARE(options->items.size(), std::size_t(2));
        QCOMPARE(options->items.at(1).label, QStringLiteral("workers=4"));
        QCOMPARE(options->items.at(1).status, TaskStatus::Changed);

        QCOMPARE(resultByName(review, QStringLiteral("gamma"), QStringLiteral("Only on web"))->status, TaskStatus::Skipped);
        QVERIFY(review.tasks.back().handler);
        QCOMPARE(review.tasks.front().path, QStringLiteral("/tmp/deploydeck-rec/deploy.yml:5"));
        QCOMPARE(review.recap.value(QStringLiteral("gamma")), (HostStats{3, 2, 0, 0, 1, 0, 0}));
        QCOMPARE(review.totals().changed, 6);
    }

    void failedReview()
    {
        const AnsibleReview review = parseWhole(QStringLiteral("ansible-events-failed.jsonl")).review();
        const HostTaskResult *failed = resultByName(review, QStringLiteral("beta"), QStringLiteral("Check version"));
        QVERIFY(failed);
        QCOMPARE(failed->status, TaskStatus::Failed);
        QCOMPARE(failed->message, QStringLiteral("non-zero return code"));
        QCOMPARE(failed->standardOutput, QStringLiteral("checking"));
        QCOMPARE(failed->returnCode, std::optional<int>(1));
        QVERIFY(!failed->ignored);
        // beta stopped there; gamma's error was ignored and it went on.
        QCOMPARE(resultByName(review, QStringLiteral("beta"), QStringLiteral("After failure")), nullptr);
        const HostTaskResult *probe = resultByName(review, QStringLiteral("gamma"), QStringLiteral("Optional probe"));
        QVERIFY(probe && probe->status == TaskStatus::Failed && probe->ignored);
        QCOMPARE(review.recap.value(QStringLiteral("beta")).failed, 1);
        QCOMPARE(review.recap.value(QStringLiteral("gamma")).ignored, 1);
    }

    void unreachableReview()
    {
        const AnsibleReview review = parseWhole(QStringLiteral("ansible-events-unreachable.jsonl")).review();
        const HostTaskResult *ping = resultByName(review, QStringLiteral("delta"), QStringLiteral("Ping"));
        QVERIFY(ping);
        QCOMPARE(ping->status, TaskStatus::Unreachable);
        QVERIFY(ping->message.contains(QLatin1String("Connection refused")));
        QCOMPARE(review.recap.value(QStringLiteral("delta")).unreachable, 1);
        QCOMPARE(review.totals().unreachable, 1);
    }

    void gatheredDataAndUnreachableHosts()
    {
        AnsibleEventParser parser;
        for (const char *line : {
                 R"({"event":"task_start","seq":1,"task_id":"t1","play_id":"p","name":"deploydeck installed packages","action":"deploydeck_installed","path":"","handler":false})",
                 R"({"event":"host_result","seq":2,"host":"down","task_id":"t1","task":"x","status":"unreachable","changed":false,"ignored":false,"diffs":[],"msg":"Connection refused"})",
                 R"({"event":"host_result","seq":3,"host":"up","task_id":"t1","task":"x","status":"ok","changed":false,"ignored":false,"diffs":[],"data":{"format":1,"conda":{"envs":[]}}})",
                 R"({"event":"host_result","seq":4,"host":"broken","task_id":"t1","task":"x","status":"failed","changed":false,"ignored":false,"diffs":[],"msg":"python not found"})"})
            parser.parseLine(QString::fromUtf8(line));
        QVERIFY(parser.problems().empty());
        const auto hosts = gatheredHosts(parser.review());
        QCOMPARE(hosts.size(), std::size_t(3));
        QCOMPARE(hosts[0].host, QStringLiteral("down"));
        QCOMPARE(hosts[0].reachable, false);
        QCOMPARE(hosts[0].error, QStringLiteral("Connection refused"));
        QCOMPARE(hosts[1].reachable, true);
        QCOMPARE(hosts[1].data.value(QStringLiteral("format")).toInt(), 1);
        QVERIFY(hosts[1].error.isEmpty());
        QCOMPARE(hosts[2].reachable, true);
        QCOMPARE(hosts[2].error, QStringLiteral("python not found"));
        QVERIFY(hosts[2].data.isEmpty());
    }

    void problemsNameTheLine()
    {
        const QString file = QStringLiteral("ansible-events-malformed.jsonl");
        const AnsibleEventParser parser = parseWhole(file);
        QStringList locations;
        for (const core::util::Error &e : parser.problems())
            locations << QString::fromStdString(e.location).section(QLatin1Char(':'), 1);
        QCOMPARE(locations, (QStringList{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("5"), QStringLiteral("7"),
                                         QStringLiteral("8"), QStringLiteral("11"), QStringLiteral("12"), QStringLiteral("15")}));
        QCOMPARE(parser.problems().front().code, core::util::ErrorCode::ParseError);
        QCOMPARE(parser.problems().at(1).code, core::util::ErrorCode::InvalidValue);
        QCOMPARE(parser.eventCount(), 5);
        QCOMPARE(parser.lineCount(), 15);
        // Wrong types inside an accepted event fall back to empty values, never to a crash.
        const HostTaskResult *beta = parser.review().result(QStringLiteral("beta"), QStringLiteral("t1"));
        QVERIFY(beta);
        QCOMPARE(beta->returnCode, std::nullopt);
        QCOMPARE(beta->diffs.size(), std::size_t(1));
    }

    void chunkedFeedEqualsWhole_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("check and diff") << QStringLiteral("ansible-events-check-diff.jsonl");
        QTest::newRow("malformed") << QStringLiteral("ansible-events-malformed.jsonl");
    }

    void chunkedFeedEqualsWhole()
    {
        // The job reads the file while the plugin writes it: any cut between reads must give the
        // same review.
        QFETCH(QString, file);
        const QByteArray data = recorded(file);
        const AnsibleEventParser whole = parseWhole(file);
        QRandomGenerator random(7);
        for (int round = 0; round < 20; ++round) {
            AnsibleEventParser parser(file);
            LineSplitter splitter;
            for (qsizetype at = 0; at < data.size();) {
                const qsizetype n = std::min<qsizetype>(1 + random.bounded(300), data.size() - at);
                for (const QString &line : splitter.push(QByteArrayView(data).sliced(at, n)))
                    parser.parseLine(line);
                at += n;
            }
            for (const QString &line : splitter.finish())
                parser.parseLine(line);
            QCOMPARE(parser.review(), whole.review());
            QCOMPARE(parser.problems(), whole.problems());
        }
    }

    void missingFile()
    {
        const auto parsed = AnsibleEventParser::parseFile(QStringLiteral("/nonexistent/events.jsonl"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, core::util::ErrorCode::FileNotFound);
        QCOMPARE(parsed.error().location, std::string("/nonexistent/events.jsonl"));
    }

    void hostileLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("deep nesting") << QString(100000, QLatin1Char('[')) ;
        QTest::newRow("huge string") << QStringLiteral("{\"event\":\"host_result\",\"host\":\"") + QString(1 << 20, QLatin1Char('x'))
                                            + QStringLiteral("\",\"task_id\":\"t\",\"status\":\"ok\"}");
        QTest::newRow("nul bytes") << QString::fromUtf8("{\"event\":\"recap\",\"hosts\":{\"a\0b\":{}}}", 34);
        QTest::newRow("numbers as names") << QStringLiteral("{\"event\":12,\"host\":[1],\"task_id\":{}}");
    }

    void hostileLines()
    {
        QFETCH(QString, line);
        AnsibleEventParser parser;
        parser.parseLine(line);
        QCOMPARE(parser.lineCount(), 1);
        QVERIFY(parser.eventCount() + int(parser.problems().size()) <= 1);
    }
};

QTEST_GUILESS_MAIN(TestAnsibleEventParser)
#include "tst_ansibleeventparser.moc"
