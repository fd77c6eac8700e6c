// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/jobs/jobrecord.h"

#include <QJsonDocument>
#include <QTest>

using namespace core::jobs;
using core::util::ErrorCode;

class TestJobRecord : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stateNamesRoundTrip()
    {
        for (JobState state : {JobState::Queued, JobState::Running, JobState::Succeeded, JobState::Failed,
                               JobState::Cancelled, JobState::Interrupted})
            QCOMPARE(jobStateFromName(jobStateName(state)), std::optional<JobState>(state));
        QCOMPARE(jobStateFromName(QStringLiteral("exploded")), std::nullopt);
        QVERIFY(!isFinalState(JobState::Running));
        QVERIFY(isFinalState(JobState::Interrupted));
    }

    void jsonRoundTrip()
    {
        JobRecord record;
        record.id = QStringLiteral("0b5c9a3e-1111-2222-3333-444455556666");
        record.kind = QStringLiteral("ansible-run");
        record.title = QStringLiteral("site.yml --check");
        record.parameters = {{QStringLiteral("playbook"), QStringLiteral("/srv/site.yml")},
                             {QStringLiteral("tags"), QStringList{QStringLiteral("a"), QStringLiteral("b")}},
                             {QStringLiteral("check"), true}};
        record.state = JobState::Failed;
        record.progress = {3, 7};
        record.createdAt = QDateTime::fromMSecsSinceEpoch(1767225600123, Qt::UTC);
        record.startedAt = record.createdAt.addMSecs(10);
        record.finishedAt = record.startedAt.addSecs(65);
        record.summary = {{QStringLiteral("exitCode"), 2}};

        // Through text, as the history stores it.
        const QByteArray text = QJsonDocument(jobRecordToJson(record)).toJson();
        const auto back = jobRecordFromJson(QJsonDocument::fromJson(text).object(), QStringLiteral("job.json"));
        QVERIFY(back.ok());
        QCOMPARE(back->id, record.id);
        QCOMPARE(back->state, record.state);
        QCOMPARE(back->progress, record.progress);
        QCOMPARE(back->startedAt, record.startedAt);
        QCOMPARE(back->finishedAt, record.finishedAt);
        QCOMPARE(back->parameters.value(QStringLiteral("tags")).toStringList(),
                 record.parameters.value(QStringLiteral("tags")).toStringList());
        QCOMPARE(back->summary.value(QStringLiteral("exitCode")).toInt(), 2);
        QVERIFY(!JobRecord().startedAt.isValid());
    }

    void badRecords_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("no id") << QByteArray(R"({"kind":"k","state":"running"})");
        QTest::newRow("empty kind") << QByteArray(R"({"id":"x","kind":"","state":"running"})");
        QTest::newRow("id not a string") << QByteArray(R"({"id":5,"kind":"k","state":"running"})");
        QTest::newRow("unknown state") << QByteArray(R"({"id":"x","kind":"k","state":"exploded"})");
        QTest::newRow("no state") << QByteArray(R"({"id":"x","kind":"k"})");
    }

    void badRecords()
    {
        QFETCH(QByteArray, json);
        const auto r = jobRecordFromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("/h/x/job.json"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidValue);
        QCOMPARE(r.error().location, std::string("/h/x/job.json"));
    }
};

QTEST_GUILESS_MAIN(TestJobRecord)
#include "tst_jobrecord.moc"
