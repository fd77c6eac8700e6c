// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/jobs/jobfactory.h"

#include <QObject>
#include <QString>

#include <memory>

namespace core::jobs {
class JobHistory;
class JobQueue;
}

namespace ui {

/**
 * The jobs of one run of the app: the queue that runs them, the history that keeps them across
 * restarts, and the factory that makes a job again from a history record, with every kind of job
 * registered (Ansible runs and channel syncs), so any finished job can be re-run. Owned by the
 * main window; the Jobs page shows it. GUI thread only.
 */
class JobSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobSession)

public:
    /** Keeps the history in @p historyRoot (JobHistory::defaultRoot() when empty). */
    explicit JobSession(const QString &historyRoot = {}, QObject *parent = nullptr);
    ~JobSession() override;

    core::jobs::JobQueue *queue() const { return m_queue.get(); }
    core::jobs::JobHistory *history() const { return m_history.get(); }
    core::jobs::JobFactory &factory() { return m_factory; }
    const core::jobs::JobFactory &factory() const { return m_factory; }

private:
    core::jobs::JobFactory m_factory;
    std::unique_ptr<core::jobs::JobHistory> m_history;
    std::unique_ptr<core::jobs::JobQueue> m_queue;  ///< last, so it and its jobs go first
};

} // namespace ui
