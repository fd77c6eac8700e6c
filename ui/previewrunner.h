// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>
#include <utility>

namespace ui {

/**
 * The machinery every live preview shares (the Environments editor, the Spec lists editor):
 *
 * - **Debounce.** edited() restarts a single-shot timer; due() fires once the text has been still
 *   for the interval (250 ms by default), or at once with refreshNow().
 * - **Generations.** Each check of the text bumps generation(), so a preview can tell whether a
 *   result still answers the text on screen.
 * - **Runs.** startRun() begins the background work for one text: the run before it is cancelled
 *   (its cancel flag set, so queued tasks return at once) and whatever it still reports is dropped,
 *   because whenCurrent() hands a result over only while its run is the current one. So at most one
 *   run's results are ever applied, and never a stale one.
 *
 * GUI thread only.
 */
class PreviewRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewRunner)
public:
    explicit PreviewRunner(QObject *parent = nullptr);
    ~PreviewRunner() override;

    void setDebounceInterval(int milliseconds) { m_debounce.setInterval(milliseconds); }
    /** The text changed: due() follows once it has been still for the debounce interval. */
    void edited() { m_debounce.start(); }
    /** Whether an edit is waiting for the debounce. */
    bool isWaiting() const { return m_debounce.isActive(); }
    /** Stops a waiting debounce and emits due() now. */
    void refreshNow();

    /** The generation of the latest check; bump it when the text is checked again. */
    int generation() const { return m_generation; }
    int nextGeneration() { return ++m_generation; }

    /** Starts a run (cancelling the current one) and returns its id (never 0). */
    int startRun();
    /** Cancels the current run: its cancel flag is set and its results are dropped. */
    void cancelRun();
    /** Ends the current run normally; its late results are dropped, its flag is not set. */
    void finishRun()
    {
        m_runId = 0;
        m_cancel.reset();
    }
    /** The current run's id, or 0 when none runs. */
    int runId() const { return m_runId; }
    bool isRunning() const { return m_runId != 0; }
    /** The current run's cancel flag, for its background tasks to poll (null when none runs). */
    std::shared_ptr<std::atomic_bool> cancelFlag() const { return m_cancel; }

    /**
     * Calls @p handler with @p future's result on this object's thread, only if the run that was
     * current when this was called is still current then (and the future was not cancelled). The
     * result is moved out of the future, not copied: a plan holds every line's solution.
     */
    template <typename T, typename Handler> void whenCurrent(QFuture<T> future, Handler handler)
    {
        auto *watcher = new QFutureWatcher<T>(this);
        connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, id = m_runId, handler = std::move(handler)]() mutable {
                watcher->deleteLater();
                if (id != 0 && id == m_runId && !watcher->isCanceled() && watcher->future().resultCount() > 0)
                    handler(watcher->future().takeResult());
            });
        watcher->setFuture(std::move(future));
    }

Q_SIGNALS:
    /** The debounce elapsed, or refreshNow() was called: check the text again. */
    void due();

private:
    QTimer m_debounce;
    int m_generation = 0;
    int m_runId = 0;
    int m_runCounter = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace ui
