// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/joblogmodel.h"

#include "tests/core/jobs/fakejob.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using tests::FakeJob;
using ui::JobLogModel;

class TestJobLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsAJobInBatches()
    {
        JobLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FakeJob job(QStringLiteral("ansible-run"));
        job.log(QStringLiteral("PLAY [all]"));
        model.setJob(&job);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.job(), static_cast<core::jobs::Job *>(&job));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (int i = 0; i < 1000; ++i)
            job.log(QStringLiteral("ok: [host%1]").arg(i));
        job.log(QStringLiteral("deploydeck: ansible-playbook exited with code 0"));
        QCOMPARE(model.rowCount(), 1);  // not yet: lines wait for the batch
        QTRY_COMPARE(model.rowCount(), 1002);
        QCOMPARE(inserted.count(), 1);  // one insert for the whole batch
        QCOMPARE(inserted.at(0).at(1).toInt(), 1);
        QCOMPARE(inserted.at(0).at(2).toInt(), 1001);
        QCOMPARE(model.lines(), job.logLines());

        QCOMPARE(model.data(model.index(1, 0)).toString(), QStringLiteral("ok: [host0]"));
        QCOMPARE(model.data(model.index(1, 0), JobLogModel::LineNumberRole).toInt(), 2);
        QCOMPARE(model.data(model.index(1, 0), JobLogModel::IsNoteRole).toBool(), false);
        QCOMPARE(model.data(model.index(1001, 0), JobLogModel::IsNoteRole).toBool(), true);
    }

    void copesWithManyLines()
    {
        JobLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FakeJob job(QStringLiteral("sync"));
        model.setJob(&job);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        constexpr int lines = 200000;
        for (int i = 0; i < lines; ++i) {
            job.log(QStringLiteral("downloading package %1").arg(i));
            if (i % 50000 == 49999)
                model.flush();  // what the batch timer does while the job keeps printing
        }
        model.flush();
        QCOMPARE(model.rowCount(), lines);
        QCOMPARE(inserted.count(), 4);
        QCOMPARE(model.data(model.index(lines - 1, 0)).toString(), QStringLiteral("downloading package 199999"));
    }

    void setLinesStopsFollowing()
    {
        JobLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FakeJob job(QStringLiteral("sync"));
        model.setJob(&job);
        job.log(QStringLiteral("pending when the log is replaced"));
        model.setLines({QStringLiteral("from the history"), QStringLiteral("second")});
        job.log(QStringLiteral("not shown"));
        model.flush();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.job(), nullptr);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void jobDeletedWhileFollowed()
    {
        JobLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto job = std::make_unique<FakeJob>(QStringLiteral("sync"));
        model.setJob(job.get());
        job->log(QStringLiteral("last words"));
        job.reset();
        QCOMPARE(model.job(), nullptr);
        model.flush();
        QCOMPARE(model.lines(), QStringList{QStringLiteral("last words")});  // kept
        model.setJob(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestJobLogModel)
#include "tst_joblogmodel.moc"
