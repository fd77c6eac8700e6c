// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/views/jobspage.h"
#include "ui/diagnostictext.h"

#include "core/jobs/ansibleeventparser.h"
#include "core/jobs/ansiblerunjob.h"
#include "core/jobs/jobhistory.h"
#include "core/jobs/jobqueue.h"
#include "core/util/whenfinished.h"
#include "ui/jobsession.h"
#include "ui/models/joblogmodel.h"
#include "ui/models/jobtablemodel.h"
#include "ui/views/ansiblereviewview.h"
#include "ui/views/ansiblerundialog.h"
#include "ui/widgets/elidedtext.h"
#include "ui/widgets/jobprogressdelegate.h"
#include "ui/widgets/jobstatedelegate.h"
#include "ui/widgets/logview.h"

#include <QAction>
#include <QDir>
#include <QFuture>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ui {

using core::jobs::AnsibleRunJob;
using core::jobs::Job;
using core::jobs::JobHistory;
using core::jobs::JobRecord;
using core::jobs::JobState;

namespace {

const QString s_eventsFile = QStringLiteral("/events.jsonl");

/** A past run's review, read on a worker thread. */
struct ReviewRead
{
    core::jobs::AnsibleReview review;
    bool found = false;
};

QString summaryText(const QVariantMap &summary)
{
    // A job that words its own summary (a sync) is shown in its words.
    if (const QString text = summary.value(QStringLiteral("text")).toString(); !text.isEmpty())
        return text;
    QStringList parts;
    // Values that are not words (a run's fingerprint of file hashes) or are empty say nothing here.
    for (auto it = summary.cbegin(); it != summary.cend(); ++it)
        if (const QString value = it.value().toString(); !value.isEmpty())
            parts << QStringLiteral("%1: %2").arg(it.key(), value);
    return parts.join(QStringLiteral(", "));
}

} // namespace

JobsPage::JobsPage(const QString &historyRoot, QWidget *parent)
    : JobsPage(new JobSession(historyRoot), parent)
{
    m_ownSession.reset(m_session);
}

JobsPage::JobsPage(JobSession *session, QWidget *parent)
    : Page(parent)
    , m_session(session)
    , m_jobModel(new JobTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_logModel(new JobLogModel(this))
{
    setObjectName(QStringLiteral("jobsPage"));
    connect(queue(), &core::jobs::JobQueue::jobAdded, this, &JobsPage::jobAdded);
    connect(queue(), &core::jobs::JobQueue::jobStarted, this, [this] { Q_EMIT runningCountChanged(runningCount()); });
    connect(queue(), &core::jobs::JobQueue::jobFinished, this, &JobsPage::jobFinished);
    connect(history(), &JobHistory::writeFailed, this, [this](const core::util::Error &error) {
        Q_EMIT statusChanged(tr("Cannot write the job history: %1").arg(DiagnosticText::errorText(error)));
    });
    m_jobModel->setQueue(queue());
    m_sorted->setSourceModel(m_jobModel);
    m_sorted->setSortRole(JobTableModel::SortRole);

    createActions();
    createLayout();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &JobsPage::currentRowChanged);
    connect(m_jobModel, &QAbstractItemModel::dataChanged, this, &JobsPage::updateActions);
    connect(m_reviewView, &AnsibleReviewView::realRunRequested, this, &JobsPage::launchAnsibleRun);
    updateActions();
    reloadHistory();
}

JobsPage::~JobsPage()
{
    // The queue goes first and takes its jobs along; nothing of that may call back into a page
    // that is half gone.
    queue()->disconnect(this);
    history()->disconnect(this);
    disconnect(m_reviewConnection);
    m_logModel->setJob(nullptr);
}

void JobsPage::createActions()
{
    m_runPlaybook = new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Run &Playbook…"), this);
    m_runPlaybook->setObjectName(QStringLiteral("runPlaybookAction"));
    m_runPlaybook->setToolTip(tr("Run ansible-playbook on the workspace's inventory"));
    connect(m_runPlaybook, &QAction::triggered, this, &JobsPage::openRunDialog);
    m_cancel = new QAction(QIcon::fromTheme(QStringLiteral("process-stop")), tr("&Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelAction"));
    connect(m_cancel, &QAction::triggered, this, &JobsPage::cancelCurrentJob);
    m_rerun = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Re-run"), this);
    m_rerun->setObjectName(QStringLiteral("rerunAction"));
    m_rerun->setToolTip(tr("Run the selected job again with the same parameters"));
    connect(m_rerun, &QAction::triggered, this, &JobsPage::rerunCurrentJob);
    m_runPlaybook->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_rerun->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reloadHistory = new QAction(tr("Re&load History"), this);
    m_reloadHistory->setObjectName(QStringLiteral("reloadHistoryAction"));
    m_reloadHistory->setShortcut(QKeySequence::Refresh);
    connect(m_reloadHistory, &QAction::triggered, this, &JobsPage::reloadHistory);
    // On the page itself as well as on the toolbar, so the shortcuts work wherever the focus is.
    addActions({m_runPlaybook, m_cancel, m_rerun, m_reloadHistory});
}

void JobsPage::createLayout()
{
    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions({m_runPlaybook, m_cancel, m_rerun});

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("jobTable"));
    m_table->setAccessibleName(tr("Jobs"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(JobTableModel::StartedColumn, Qt::DescendingOrder);  // newest first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(JobTableModel::TitleColumn, QHeaderView::Stretch);
    elideInTheMiddle(m_table); // a long command line keeps its end (the options) in view
    m_table->horizontalHeader()->setSectionResizeMode(JobTableModel::StartedColumn, QHeaderView::ResizeToContents);
    m_table->setItemDelegateForColumn(JobTableModel::StateColumn, new JobStateDelegate(m_table));
    m_table->setItemDelegateForColumn(JobTableModel::ProgressColumn, new JobProgressDelegate(m_table));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_cancel, m_rerun});

    m_logView = new LogView(this);
    m_logView->setModel(m_logModel);
    m_reviewView = new AnsibleReviewView(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("jobDetailTabs"));
    m_tabs->addTab(m_logView, tr("&Log"));
    m_tabs->addTab(m_reviewView, tr("Re&view"));
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("jobDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_details);
    lowerLayout->addWidget(m_tabs, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 140, 560 }); // a few jobs in view; the log or the review gets the rest

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addWidget(splitter, 1);
}

void JobsPage::setWorkspace(const core::envfile::Workspace &workspace)
{
    m_workspace = workspace;
}

int JobsPage::runningCount() const
{
    return queue()->runningCount();
}

void JobsPage::reloadHistory()
{
    // One small JSON file per past job: read them on a worker, with a history object of its own.
    core::util::whenFinished(this, QtConcurrent::run([root = history()->root()] { return JobHistory(root).load(); }),
        [this](const JobHistory::Loaded &loaded) {
            const QString shown = m_shownId;
            m_jobModel->setHistory(loaded.jobs);
            m_historyLoaded = true;
            if (!shown.isEmpty())
                selectJob(shown);
            if (!loaded.problems.empty())
                Q_EMIT statusChanged(tr("%n past job(s) could not be read", nullptr, int(loaded.problems.size())));
            Q_EMIT historyLoaded();
        });
}

void JobsPage::jobAdded(Job *job)
{
    // An Ansible run keeps its events beside its log, so that its review can be shown again later.
    auto *run = qobject_cast<AnsibleRunJob *>(job);
    if (!run || run->state() != JobState::Queued || !run->eventsFile().isEmpty())
        return;
    const QString folder = history()->jobFolder(job->id());
    if (QDir().mkpath(folder))
        run->setEventsFile(folder + s_eventsFile);
}

void JobsPage::jobFinished(Job *job)
{
    Q_EMIT runningCountChanged(runningCount());
    Q_EMIT jobEnded(tr("%1 “%2”: %3").arg(JobTableModel::kindText(job->kind()), job->title(),
                                           JobTableModel::stateText(job->state()).toLower()),
                    job->state());
    if (job->id() == m_shownId)
        updateActions();
}

Job *JobsPage::launch(std::unique_ptr<Job> job)
{
    Job *queued = queue()->enqueue(std::move(job));
    selectJob(queued->id());
    return queued;
}

AnsibleRunJob *JobsPage::launchAnsibleRun(const core::jobs::AnsibleRunOptions &options)
{
    auto *run = static_cast<AnsibleRunJob *>(launch(std::make_unique<AnsibleRunJob>(options)));
    // A check+diff run is a review: show it filling up while Ansible goes on.
    if (options.check && options.diff)
        m_tabs->setCurrentWidget(m_reviewView);
    return run;
}

AnsibleRunDialog *JobsPage::openRunDialog()
{
    auto *dialog = new AnsibleRunDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AnsibleRunDialog::runRequested, this, &JobsPage::launchAnsibleRun);
    dialog->open();
    return dialog;
}

int JobsPage::currentSourceRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_sorted->mapToSource(current).row() : -1;
}

JobRecord JobsPage::currentRecord() const
{
    const int row = currentSourceRow();
    if (row < 0)
        return {};
    return m_jobModel->index(row, 0).data(JobTableModel::RecordRole).value<JobRecord>();
}

QString JobsPage::currentJobId() const
{
    return currentRecord().id;
}

bool JobsPage::selectJob(const QString &id)
{
    const int row = m_jobModel->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_sorted->mapFromSource(m_jobModel->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void JobsPage::cancelCurrentJob()
{
    if (Job *job = m_jobModel->job(currentSourceRow()); job && !job->isFinished())
        job->cancel();
}

Job *JobsPage::rerunCurrentJob()
{
    const JobRecord record = currentRecord();
    if (record.id.isEmpty())
        return nullptr;
    core::util::Result<std::unique_ptr<Job>> made = factory().rerun(record);
    if (!made) {
        Q_EMIT statusChanged(
            tr("Cannot run “%1” again: %2").arg(record.title, DiagnosticText::errorText(made.error())));
        return nullptr;
    }
    return launch(std::move(made).value());
}

void JobsPage::currentRowChanged()
{
    const JobRecord record = currentRecord();
    if (record.id != m_shownId) {
        m_shownId = record.id;
        ++m_loadGeneration;
        Job *job = m_jobModel->job(currentSourceRow());
        showLog(record.id, job);
        showReview(record, job);
    }
    updateActions();
}

void JobsPage::showLog(const QString &id, Job *job)
{
    if (job || id.isEmpty()) {
        m_logModel->setJob(job);
        return;
    }
    // A past job's log can be megabytes: read and split it on a worker.
    m_logModel->clear();
    core::util::whenFinished(this,
        QtConcurrent::run([root = history()->root(), id] { return JobHistory(root).readLog(id); }),
        [this, generation = m_loadGeneration](const core::util::Result<QStringList> &lines) {
            if (generation != m_loadGeneration)
                return;
            if (lines)
                m_logModel->setLines(*lines);
            else
                m_logModel->setLines(
                    { tr("deploydeck: the log cannot be read: %1").arg(DiagnosticText::errorText(lines.error())) });
        });
}

void JobsPage::showReview(const JobRecord &record, Job *job)
{
    disconnect(m_reviewConnection);
    const bool ansible = record.kind == AnsibleRunJob::kindName();
    m_tabs->setTabEnabled(m_tabs->indexOf(m_reviewView), ansible);
    if (!ansible) {
        m_reviewView->showMessage(record.id.isEmpty() ? tr("No job selected.") : tr("Only Ansible runs have a review."));
        return;
    }
    if (auto *run = qobject_cast<AnsibleRunJob *>(job)) {
        const auto refresh = [this, run] {
            m_reviewView->setCheckRun(run->id(), run->fingerprint());
            m_reviewView->setReview(run->review(), run->options());
        };
        m_reviewConnection = connect(run, &AnsibleRunJob::reviewChanged, this, refresh);
        refresh();
        return;
    }
    m_reviewView->setCheckRun(record.id, record.summary.value(QStringLiteral("fingerprint")).toMap());
    std::optional<core::jobs::AnsibleRunOptions> options;
    if (auto parsed = core::jobs::AnsibleRunOptions::fromParameters(record.parameters))
        options = *parsed;
    m_reviewView->showMessage(tr("Reading the events of this run…"));
    core::util::whenFinished(this, QtConcurrent::run([path = QString(history()->jobFolder(record.id) + s_eventsFile)] {
        ReviewRead read;
        if (auto parsed = core::jobs::AnsibleEventParser::parseFile(path)) {
            read.review = parsed->review();
            read.found = true;
        }
        return read;
    }),
        [this, options, generation = m_loadGeneration](const ReviewRead &read) {
            if (generation != m_loadGeneration)
                return;
            if (read.found)
                m_reviewView->setReview(read.review, options);
            else
                m_reviewView->showMessage(tr("The events of this run were not kept."));
        });
}

void JobsPage::updateActions()
{
    const JobRecord record = currentRecord();
    const Job *job = m_jobModel->job(currentSourceRow());
    m_cancel->setEnabled(job && !job->isFinished());
    m_rerun->setEnabled(!record.id.isEmpty() && factory().hasKind(record.kind) && isFinalState(record.state));
    if (record.id.isEmpty()) {
        m_details->setText(tr("Select a job to see its log."));
        return;
    }
    QString text = tr("%1 — %2").arg(record.title, JobTableModel::stateText(record.state));
    if (!record.summary.isEmpty())
        text += QStringLiteral(" — ") + summaryText(record.summary);
    m_details->setText(text);
}

} // namespace ui
