// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/solve/database.h"
#include "core/solve/request.h"
#include "core/solve/solution.h"
#include "core/util/result.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <functional>
#include <memory>

namespace core::solve {

/**
 * Owns the Database of a workspace and runs everything that touches it — loading, solving,
 * browsing — one task at a time on a private worker thread, so the GUI thread never waits.
 * Results come back as QFutures; pick them up with QFutureWatcher or QFuture::then(context, ...).
 * Tasks run in the order they were started. Exceptions never leave a task.
 */
class SolveService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SolveService)
public:
    explicit SolveService(QObject *parent = nullptr);
    ~SolveService() override;

    /** Replaces the database with one loaded from @p sources (in order); the first error stops. */
    QFuture<util::Result<LoadStats>> load(std::vector<RepodataSource> sources, LoadOptions options);

    /**
     * Adds @p sources to the current database, keeping what it holds (records of names fetched
     * later, from shards); bumps the generation, as results computed before may differ after.
     */
    QFuture<util::Result<LoadStats>> append(std::vector<RepodataSource> sources, LoadOptions options);

    /** Solves against the current database. */
    QFuture<util::Result<SolveOutcome>> solve(Request request);

    /** Runs @p task with the database on the worker thread. */
    template<typename T>
    QFuture<T> run(std::function<T(Database &)> task)
    {
        return post<T>([this, task = std::move(task)] { return task(*m_database); });
    }

    /** The current generation: bumped by every load() and append(), so older results can be told apart. */
    int generation() const { return m_generation; }

    /** Waits for every queued task (for tests and shutdown; never call it on the GUI thread otherwise). */
    void waitForDone();

private:
    /**
     * Queues @p work on the worker thread. A QPromise rather than QtConcurrent: a QFuture from
     * QtConcurrent may run a task that has not started yet on whichever thread waits for it,
     * and the database must only ever be used from the worker.
     */
    template<typename T>
    QFuture<T> post(std::function<T()> work)
    {
        auto promise = std::make_shared<QPromise<T>>();
        QFuture<T> future = promise->future();
        promise->start();
        QMetaObject::invokeMethod(
            m_worker,
            [promise, work = std::move(work)] {
                promise->addResult(work());
                promise->finish();
            },
            Qt::QueuedConnection);
        return future;
    }

    QThread m_thread;
    QObject *m_worker = nullptr;
    std::unique_ptr<Database> m_database;
    int m_generation = 0;
};

} // namespace core::solve
