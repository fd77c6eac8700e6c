// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/jobsession.h"

#include "core/jobs/ansiblerunjob.h"
#include "core/jobs/jobhistory.h"
#include "core/jobs/jobqueue.h"
#include "core/sync/syncjob.h"

namespace ui {

JobSession::JobSession(const QString &historyRoot, QObject *parent)
    : QObject(parent)
    , m_history(std::make_unique<core::jobs::JobHistory>(historyRoot.isEmpty() ? core::jobs::JobHistory::defaultRoot()
                                                                               : historyRoot))
    , m_queue(std::make_unique<core::jobs::JobQueue>())
{
    // Every kind a job of this app can have: a record of any of them can be re-run.
    core::jobs::AnsibleRunJob::registerKind(m_factory);
    core::sync::SyncJob::registerKind(m_factory);
    // The history tracks a job before anyone else hears of it (an Ansible run's events file lives there).
    m_history->attach(m_queue.get());
}

JobSession::~JobSession() = default;

} // namespace ui
