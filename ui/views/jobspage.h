// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/jobs/ansiblerunoptions.h"
#include "core/jobs/jobfactory.h"
#include "core/jobs/jobrecord.h"
#include "ui/jobsession.h"
#include "ui/views/page.h"

#include <memory>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace core::jobs {
class AnsibleRunJob;
class Job;
class JobHistory;
class JobQueue;
} // namespace core::jobs

namespace ui {

class AnsibleReviewView;
class AnsibleRunDialog;
class JobLogModel;
class JobTableModel;
class LogView;

/**
 * The Jobs page: every job of this session and of the history (newest first) with state,
 * progress and duration; the selected job's log, live or re-read from the history; the review
 * of an Ansible run; Cancel, Re-run (same kind and parameters, through the JobFactory) and
 * "Run Playbook…".
 *
 * Shows a JobSession: the queue, the history (by default under the XDG data folder; tests pass
 * their own root) and the factory that re-runs any kind of job. History and logs are read in the background, jobs run asynchronously: nothing
 * here blocks the GUI thread.
 */
class JobsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsPage)
public:
    /** Shows @p session, which must outlive the page (the main window's). */
    explicit JobsPage(JobSession *session, QWidget *parent = nullptr);
    /** With a session of its own that keeps the history in @p historyRoot (tests, benchmarks). */
    explicit JobsPage(const QString &historyRoot, QWidget *parent = nullptr);
    ~JobsPage() override;

    void setWorkspace(const core::envfile::Workspace &workspace) override;

    JobSession *session() const { return m_session; }
    core::jobs::JobQueue *queue() const { return m_session->queue(); }
    core::jobs::JobHistory *history() const { return m_session->history(); }
    core::jobs::JobFactory &factory() { return m_session->factory(); }
    JobTableModel *jobModel() const { return m_jobModel; }
    JobLogModel *logModel() const { return m_logModel; }
    QTableView *jobTable() const { return m_table; }
    LogView *logView() const { return m_logView; }
    AnsibleReviewView *reviewView() const { return m_reviewView; }
    /** "Log" and "Review" under the table. */
    QTabWidget *detailTabs() const { return m_tabs; }

    /** Queues @p job, selects it and returns it (owned by the queue). */
    core::jobs::Job *launch(std::unique_ptr<core::jobs::Job> job);
    /** Queues an ansible-playbook run; a check+diff run opens the review while it goes on. */
    core::jobs::AnsibleRunJob *launchAnsibleRun(const core::jobs::AnsibleRunOptions &options);
    /** Opens the run dialog on the workspace (not modal); Run launches the run. */
    AnsibleRunDialog *openRunDialog();

    /** The id of the selected job, or an empty string. */
    QString currentJobId() const;
    /** Selects the job @p id (live or from the history); false when it is not listed. */
    bool selectJob(const QString &id);
    /** Cancels the selected job if it is still running or queued. */
    void cancelCurrentJob();
    /** Runs the selected job again with the same kind and parameters; the new job, or nullptr. */
    core::jobs::Job *rerunCurrentJob();

    /** Re-reads the history in the background; historyLoaded() follows. */
    void reloadHistory();
    bool isHistoryLoaded() const { return m_historyLoaded; }
    int runningCount() const;

    QAction *runPlaybookAction() const { return m_runPlaybook; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *rerunAction() const { return m_rerun; }
    /** Run Playbook… (Ctrl+R), Cancel (Ctrl+.), Re-run (Ctrl+Shift+R), Reload History (F5). */
    QList<QAction *> pageActions() const override { return {m_runPlaybook, m_cancel, m_rerun, m_reloadHistory}; }

Q_SIGNALS:
    /** The number of running jobs changed (for the sidebar badge). */
    void runningCountChanged(int count);
    /** A job of this session ended; @p message says which and how, ready for the status bar. */
    void jobEnded(const QString &message, core::jobs::JobState state);
    void historyLoaded();

private:
    void createActions();
    void createLayout();
    void jobAdded(core::jobs::Job *job);
    void jobFinished(core::jobs::Job *job);
    void currentRowChanged();
    void showLog(const QString &id, core::jobs::Job *job);
    void showReview(const core::jobs::JobRecord &record, core::jobs::Job *job);
    void updateActions();
    core::jobs::JobRecord currentRecord() const;
    int currentSourceRow() const;

    core::envfile::Workspace m_workspace;
    std::unique_ptr<JobSession> m_ownSession;  ///< only with the historyRoot constructor
    JobSession *m_session = nullptr;
    JobTableModel *m_jobModel = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    JobLogModel *m_logModel = nullptr;
    QTableView *m_table = nullptr;
    QTabWidget *m_tabs = nullptr;
    LogView *m_logView = nullptr;
    AnsibleReviewView *m_reviewView = nullptr;
    QLabel *m_details = nullptr;
    QAction *m_runPlaybook = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_rerun = nullptr;
    QAction *m_reloadHistory = nullptr;
    QMetaObject::Connection m_reviewConnection;  ///< the shown live run's reviewChanged()
    QString m_shownId;
    int m_loadGeneration = 0;  ///< drops a log or review read for a job no longer selected
    bool m_historyLoaded = false;
};

} // namespace ui
