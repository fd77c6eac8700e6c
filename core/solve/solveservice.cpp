// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/solve/solveservice.h"

#include "core/solve/channelsources.h"
#include "core/solve/solver.h"

#include <exception>

namespace core::solve {

SolveService::SolveService(QObject *parent) : QObject(parent), m_database(std::make_unique<Database>())
{
    // One worker thread: libsolv is not thread-safe, and tasks must run in the order given.
    m_thread.setObjectName(QStringLiteral("deploydeck-solver"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

SolveService::~SolveService()
{
    m_thread.quit();  // the task running now finishes; queued ones are dropped, their futures cancelled
    m_thread.wait();
}

void SolveService::waitForDone()
{
    post<bool>([] { return true; }).waitForFinished();
}

QFuture<util::Result<LoadStats>> SolveService::load(std::vector<RepodataSource> sources, LoadOptions options)
{
    ++m_generation;
    return post<util::Result<LoadStats>>([this, sources = std::move(sources), options]() -> util::Result<LoadStats> {
        try {
            auto fresh = std::make_unique<Database>();
            auto stats = loadSources(*fresh, sources, options);
            if (stats)
                m_database = std::move(fresh);
            return stats;
        } catch (const std::exception &e) {
            return util::makeError(util::ErrorCode::Internal, e.what());
        }
    });
}

QFuture<util::Result<LoadStats>> SolveService::append(std::vector<RepodataSource> sources, LoadOptions options)
{
    ++m_generation;
    return post<util::Result<LoadStats>>([this, sources = std::move(sources), options]() -> util::Result<LoadStats> {
        try {
            return loadSources(*m_database, sources, options);
        } catch (const std::exception &e) {
            return util::makeError(util::ErrorCode::Internal, e.what());
        }
    });
}

QFuture<util::Result<SolveOutcome>> SolveService::solve(Request request)
{
    return post<util::Result<SolveOutcome>>([this, request = std::move(request)]() -> util::Result<SolveOutcome> {
        try {
            return core::solve::solve(*m_database, request);
        } catch (const std::exception &e) {
            return util::makeError(util::ErrorCode::Internal, e.what());
        }
    });
}

} // namespace core::solve
