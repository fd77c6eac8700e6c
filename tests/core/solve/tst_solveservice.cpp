// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "repodatafixture.h"

#include "core/solve/solveservice.h"

#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace core::solve;
using namespace testing;

class TestSolveService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsAndSolvesOffTheCallingThread()
    {
        QTemporaryDir dir;
        const QString path = writeRepodata(dir.path(), QStringLiteral("noarch"),
                                           {makePackage(QStringLiteral("a"), QStringLiteral("1"), {QStringLiteral("b")}),
                                            makePackage(QStringLiteral("b"), QStringLiteral("2"))});
        SolveService service;
        QCOMPARE(service.generation(), 0);
        auto loaded = service.load({source(QStringLiteral("c"), QStringLiteral("noarch"), path)}, noCache);
        QCOMPARE(service.generation(), 1);

        Request request;
        request.specs = {"a"};
        QFutureWatcher<core::util::Result<SolveOutcome>> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(service.solve(request));
        QVERIFY(finished.wait(10000));  // the event loop keeps running while the worker solves
        QVERIFY(loaded.result().ok());
        const auto outcome = watcher.result();
        QVERIFY(outcome.ok());
        QCOMPARE(std::get<Solution>(*outcome).packages.size(), std::size_t(2));

        auto worker = service.run<Qt::HANDLE>([](Database &) { return QThread::currentThreadId(); });
        worker.waitForFinished();
        QVERIFY(worker.result() != QThread::currentThreadId());
    }

    void failedLoadKeepsThePreviousDatabase()
    {
        QTemporaryDir dir;
        const QString path = writeRepodata(dir.path(), QStringLiteral("noarch"), {makePackage(QStringLiteral("a"), QStringLiteral("1"))});
        SolveService service;
        service.load({source(QStringLiteral("c"), QStringLiteral("noarch"), path)}, noCache);
        auto bad = service.load({source(QStringLiteral("c"), QStringLiteral("noarch"), dir.filePath(QStringLiteral("missing.json")))}, noCache);
        bad.waitForFinished();
        QVERIFY(!bad.result().ok());
        auto count = service.run<std::size_t>([](Database &db) { return db.packageCount(); });
        count.waitForFinished();
        QCOMPARE(count.result(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestSolveService)
#include "tst_solveservice.moc"
