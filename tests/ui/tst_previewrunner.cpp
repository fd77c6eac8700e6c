// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/previewrunner.h"

#include <QPromise>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using ui::PreviewRunner;

class TestPreviewRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void editsWithinTheIntervalGiveOneCheck()
    {
        PreviewRunner runner;
        runner.setDebounceInterval(20);
        QSignalSpy due(&runner, &PreviewRunner::due);
        runner.edited();
        runner.edited();
        runner.edited();
        QVERIFY(runner.isWaiting());
        QVERIFY(due.wait());
        QCOMPARE(due.count(), 1);
        QVERIFY(!runner.isWaiting());
    }

    void refreshNowSkipsTheWait()
    {
        PreviewRunner runner;
        runner.setDebounceInterval(60'000);
        QSignalSpy due(&runner, &PreviewRunner::due);
        runner.edited();
        runner.refreshNow();
        QCOMPARE(due.count(), 1);
        QVERIFY(!runner.isWaiting());
    }

    void generationsCount()
    {
        PreviewRunner runner;
        QCOMPARE(runner.generation(), 0);
        QCOMPARE(runner.nextGeneration(), 1);
        QCOMPARE(runner.nextGeneration(), 2);
        QCOMPARE(runner.generation(), 2);
    }

    void aNewRunCancelsTheOldOne()
    {
        PreviewRunner runner;
        QVERIFY(!runner.isRunning());
        QVERIFY(!runner.cancelFlag());
        const int first = runner.startRun();
        QVERIFY(first != 0);
        const auto firstFlag = runner.cancelFlag();
        QVERIFY(firstFlag);
        QVERIFY(!firstFlag->load());
        const int second = runner.startRun();
        QVERIFY(second != first);
        QCOMPARE(runner.runId(), second);
        QVERIFY(firstFlag->load());
        QVERIFY(!runner.cancelFlag()->load());

        const auto secondFlag = runner.cancelFlag();
        runner.cancelRun();
        QVERIFY(secondFlag->load());
        QVERIFY(!runner.isRunning());
    }

    void finishingDoesNotRaiseTheFlag()
    {
        PreviewRunner runner;
        runner.startRun();
        const auto flag = runner.cancelFlag();
        runner.finishRun();
        QVERIFY(!runner.isRunning());
        QVERIFY(!flag->load());
    }

    void onlyTheCurrentRunsResultIsHandedOver()
    {
        PreviewRunner runner;
        std::optional<int> stale;
        std::optional<int> current;

        runner.startRun();
        QPromise<int> first;
        first.start();
        runner.whenCurrent(first.future(), [&](int value) { stale = value; });

        runner.startRun();
        QPromise<int> second;
        second.start();
        runner.whenCurrent(second.future(), [&](int value) { current = value; });

        // The stale run reports first; both watchers are told in the order the futures finished.
        first.addResult(1);
        first.finish();
        second.addResult(2);
        second.finish();
        QTRY_VERIFY(current.has_value());
        QCOMPARE(*current, 2);
        QVERIFY(!stale.has_value());
    }

    void aCancelledRunHandsNothingOver()
    {
        PreviewRunner runner;
        bool handled = false;
        std::optional<int> later;
        runner.startRun();
        QPromise<int> promise;
        promise.start();
        runner.whenCurrent(promise.future(), [&](int) { handled = true; });
        runner.cancelRun();
        promise.addResult(7);
        promise.finish();

        // A later run's result, finished after it, marks the point where the first was handled.
        runner.startRun();
        QPromise<int> marker;
        marker.start();
        runner.whenCurrent(marker.future(), [&](int value) { later = value; });
        marker.addResult(8);
        marker.finish();
        QTRY_VERIFY(later.has_value());
        QVERIFY(!handled);
    }

    void aResultIsMovedNotCopied()
    {
        PreviewRunner runner;
        std::unique_ptr<int> received;
        runner.startRun();
        QPromise<std::unique_ptr<int>> promise;
        promise.start();
        runner.whenCurrent(promise.future(), [&](std::unique_ptr<int> value) { received = std::move(value); });
        promise.addResult(std::make_unique<int>(5));
        promise.finish();
        QTRY_VERIFY(received != nullptr);
        QCOMPARE(*received, 5);
    }
};

QTEST_GUILESS_MAIN(TestPreviewRunner)
#include "tst_previewrunner.moc"
