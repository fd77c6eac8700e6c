// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/views/ansiblereviewview.h"

#include "core/jobs/runapproval.h"

#include "ui/models/ansiblerecapmodel.h"
#include "ui/models/ansiblereviewmodel.h"
#include "ui/widgets/diffview.h"
#include "ui/widgets/rotatedheader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

using core::jobs::AnsibleReview;
using core::jobs::HostTaskResult;
using core::jobs::TaskStatus;

AnsibleReviewView::AnsibleReviewView(QWidget *parent)
    : QWidget(parent)
    , m_model(new AnsibleReviewModel(this))
    , m_recapModel(new AnsibleRecapModel(this))
    , m_summary(new QLabel(this))
    , m_runForReal(new QPushButton(this))
    , m_grid(new QTableView(this))
    , m_recap(new QTableView(this))
{
    setObjectName(QStringLiteral("ansibleReviewView"));
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    m_runForReal->setObjectName(QStringLiteral("runForReal"));
    m_runForReal->setText(tr("Run for Real"));
    m_runForReal->setEnabled(false);
    connect(m_runForReal, &QPushButton::clicked, this, &AnsibleReviewView::confirmRealRun);

    m_grid->setObjectName(QStringLiteral("reviewGrid"));
    m_grid->setAccessibleName(tr("Tasks by host"));
    // Hosts' names read upwards: a column is as narrow as its symbols, so that many hosts fit.
    m_grid->setHorizontalHeader(new RotatedHeader(16, m_grid));
    m_grid->setModel(m_model);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_grid->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Task names give way to the hosts: elided in the middle (the tooltip has the whole name).
    m_grid->verticalHeader()->setTextElideMode(Qt::ElideMiddle);
    m_grid->installEventFilter(this);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this, &AnsibleReviewView::showCell);

    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("taskFilter"));
    m_filter->setAccessibleName(tr("Tasks shown"));
    m_filter->addItem(tr("All tasks"), int(TaskFilter::All));
    m_filter->addItem(tr("Tasks with changes"), int(TaskFilter::Changed));
    m_filter->addItem(tr("Tasks that failed"), int(TaskFilter::Failed));
    m_filter->addItem(tr("Tasks that differ on a few hosts"), int(TaskFilter::Differing));
    connect(m_filter, &QComboBox::currentIndexChanged, this, &AnsibleReviewView::applyFilter);

    m_recap->setObjectName(QStringLiteral("recapTable"));
    m_recap->setAccessibleName(tr("Run recap per host"));
    m_recap->setModel(m_recapModel);
    m_recap->verticalHeader()->hide();
    m_recap->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    // The grid spans the whole width, so that the hosts fit; what a cell did goes below it.
    auto *lower = new QTabWidget(this);
    lower->setObjectName(QStringLiteral("reviewTabs"));
    lower->addTab(createDetails(), tr("Selected Task"));
    lower->addTab(m_recap, tr("Recap per Host"));
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("reviewSplitter"));
    vertical->addWidget(m_grid);
    vertical->addWidget(lower);
    vertical->setChildrenCollapsible(false);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    vertical->setSizes({ 360, 240 }); // the grid first: what ran where is what a review is about

    auto *legend = new QLabel(AnsibleReviewModel::legend(), this);
    legend->setObjectName(QStringLiteral("reviewLegend"));
    legend->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_runForReal);
    auto *filterBar = new QHBoxLayout;
    filterBar->addWidget(legend, 1);
    filterBar->addWidget(m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addLayout(filterBar);
    layout->addWidget(vertical, 1);
    showMessage(tr("No run selected."));
}

AnsibleReviewView::~AnsibleReviewView() = default;

QWidget *AnsibleReviewView::createDetails()
{
    auto *details = new QWidget(this);
    m_cellTitle = new QLabel(details);
    m_cellTitle->setObjectName(QStringLiteral("cellTitle"));
    m_cellTitle->setWordWrap(true);
    m_cellDetails = new QPlainTextEdit(details);
    m_cellDetails->setObjectName(QStringLiteral("cellDetails"));
    m_cellDetails->setAccessibleName(tr("Task details"));
    m_cellDetails->setReadOnly(true);
    m_cellDetails->setMaximumHeight(90);
    m_diffChoice = new QComboBox(details);
    m_diffChoice->setObjectName(QStringLiteral("diffChoice"));
    m_diffChoice->setAccessibleName(tr("Shown file diff"));
    m_diffView = new DiffView(details);
    connect(m_diffChoice, &QComboBox::currentIndexChanged, this, &AnsibleReviewView::showDiff);
    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_cellTitle);
    layout->addWidget(m_cellDetails);
    layout->addWidget(m_diffChoice);
    layout->addWidget(m_diffView, 1);
    return details;
}

void AnsibleReviewView::setReview(const AnsibleReview &review, const std::optional<core::jobs::AnsibleRunOptions> &options)
{
    m_message.clear();
    m_options = options;
    std::optional<HostTaskResult> shown;
    if (const HostTaskResult *r = m_model->result(m_grid->currentIndex()))
        shown = *r;
    m_model->setReview(review);
    m_recapModel->setReview(review);
    // A live run calls this often: redraw the selected cell only when its result changed (which
    // keeps the diff's scroll position), and show a first diff as soon as there is one.
    if (const QModelIndex current = m_grid->currentIndex(); current.isValid()) {
        const HostTaskResult *now = m_model->result(current);
        if (!now || !shown || !(*now == *shown))
            showCell(current);
    } else if (!selectFirstDiff()) {
        showCell({});
    }
    applyFilter();
    updateSummary();
}

void AnsibleReviewView::setTaskFilter(TaskFilter filter)
{
    m_filter->setCurrentIndex(m_filter->findData(int(filter)));
}

void AnsibleReviewView::applyFilter()
{
    const auto filter = TaskFilter(m_filter->currentData().toInt());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        bool shown = true;
        switch (filter) {
        case TaskFilter::All:
            break;
        case TaskFilter::Changed:
            shown = m_model->rowHasStatus(row, TaskStatus::Changed);
            break;
        case TaskFilter::Failed:
            shown
                = m_model->rowHasStatus(row, TaskStatus::Failed) || m_model->rowHasStatus(row, TaskStatus::Unreachable);
            break;
        case TaskFilter::Differing:
            shown = m_model->outlierCount(row) > 0;
            break;
        }
        m_grid->setRowHidden(row, !shown);
    }
    fitTaskNames();
}

void AnsibleReviewView::fitTaskNames()
{
    // At most half the grid (and never under 12 characters) for the task names: the rest is the hosts'.
    const int floor = m_grid->fontMetrics().averageCharWidth() * 12;
    m_grid->verticalHeader()->setMaximumWidth(std::max(floor, m_grid->width() / 2));
}

bool AnsibleReviewView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_grid && event->type() == QEvent::Resize)
        fitTaskNames();
    return QWidget::eventFilter(watched, event);
}

void AnsibleReviewView::setHostsThatWouldBreak(const QString &inventory, const QMap<QString, QStringList> &reasons)
{
    m_breakInventory = inventory;
    m_breakReasons = reasons;
}

void AnsibleReviewView::setHostDrift(const QString &inventory, const QMap<QString, QStringList> &drift)
{
    m_driftInventory = inventory;
    m_hostDrift = drift;
}

QMap<QString, QStringList> AnsibleReviewView::hostsThatWouldBreak(const core::jobs::AnsibleRunOptions &real) const
{
    QMap<QString, QStringList> found;
    const QString checked = QFileInfo(m_breakInventory).canonicalFilePath();
    if (checked.isEmpty() || QFileInfo(real.inventory).canonicalFilePath() != checked)
        return found;
    for (const QString &host : m_model->review().hosts)
        if (const auto reason = m_breakReasons.constFind(host); reason != m_breakReasons.cend())
            found.insert(host, *reason);
    return found;
}

void AnsibleReviewView::setCheckRun(const QString &jobId, const QVariantMap &fingerprint)
{
    m_checkId = jobId;
    m_checkFingerprint = fingerprint;
}

void AnsibleReviewView::confirmRealRun()
{
    std::optional<core::jobs::AnsibleRunOptions> real = realRunOptions();
    if (!real)
        return;
    const AnsibleReview &review = m_model->review();
    // What was reviewed must be what runs: the same files, options and hosts.
    const QStringList problems = core::jobs::approvalProblems(*m_options, m_checkFingerprint, review.hosts, *real);
    if (!problems.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("The Check Run Is Out of Date"),
            tr("The real run was not started: what would run is no longer what this check run reviewed. "
               "Run the check again and review it."),
            QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("staleCheckBox"));
        box.setInformativeText(problems.join(QLatin1Char('\n')));
        box.exec();
        return;
    }
    int diffs = 0;
    QSet<QString> changedTasks;
    for (const HostTaskResult &r : review.results) {
        diffs += int(r.diffs.size());
        if (r.status == TaskStatus::Changed)
            changedTasks.insert(r.taskId);
    }
    const QMap<QString, QStringList> breaking = hostsThatWouldBreak(*real);
    QStringList kept = review.hosts;
    for (const QString &host : breaking.keys())
        kept.removeAll(host);
    QMessageBox box(QMessageBox::Question, tr("Run for Real"), QString(), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmRealRunBox"));
    QPushButton *run = box.addButton(tr("Run for Real"), QMessageBox::AcceptRole);
    run->setObjectName(QStringLiteral("confirmRealRun"));
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    QCheckBox *include = nullptr;
    if (!breaking.isEmpty()) {
        // Hosts the checks say would break are a choice of their own, off unless ticked.
        include
            = new QCheckBox(tr("Deploy to the %n host(s) that would break too", nullptr, int(breaking.size())), &box);
        include->setObjectName(QStringLiteral("includeBrokenHosts"));
        box.setCheckBox(include);
    }
    const auto describe = [&] {
        const bool all = !include || include->isChecked();
        const QStringList hosts = all ? review.hosts : kept;
        run->setEnabled(!hosts.isEmpty());
        const core::jobs::AnsibleRunOptions chosen = core::jobs::realRunOptions(*m_options, hosts);
        box.setText(tr("Run %1 for real on %n host(s)? This changes the hosts.", nullptr, int(hosts.size()))
                        .arg(QFileInfo(chosen.playbook).fileName()));
        QString text
            = tr("The check run found %1 task(s) with changes, %2 diff(s), %3 failed and %4 unreachable on: %5")
                  .arg(changedTasks.size())
                  .arg(diffs)
                  .arg(review.count(TaskStatus::Failed))
                  .arg(review.count(TaskStatus::Unreachable))
                  .arg(review.hosts.join(QStringLiteral(", ")));
        if (!breaking.isEmpty()) {
            QStringList lines;
            for (auto it = breaking.cbegin(); it != breaking.cend(); ++it)
                lines << tr("%1: %2").arg(it.key(), it.value().join(QStringLiteral("; ")));
            text += QStringLiteral("\n\n") + tr("The inventory checks say these hosts would break:") + QLatin1Char('\n')
                + lines.join(QLatin1Char('\n'));
            text += QStringLiteral("\n") + (all ? tr("They are included.") : tr("They are left out."));
        }
        // What the targeted hosts have installed that differs from their pins (gathered facts).
        const QString driftChecked = QFileInfo(m_driftInventory).canonicalFilePath();
        if (!driftChecked.isEmpty() && QFileInfo(chosen.inventory).canonicalFilePath() == driftChecked) {
            QStringList lines;
            for (const QString &host : hosts)
                if (const auto found = m_hostDrift.constFind(host); found != m_hostDrift.cend())
                    lines << tr("%1: %2").arg(host, found->join(QStringLiteral("; ")));
            if (!lines.isEmpty())
                text += QStringLiteral("\n\n") + tr("What these hosts have installed differs from their pins:")
                    + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
        }
        text += QStringLiteral("\n\n") + tr("Command line:") + QLatin1Char('\n')
            + core::jobs::displayCommandLine(chosen);
        box.setInformativeText(text);
        return chosen;
    };
    describe();
    if (include)
        connect(include, &QCheckBox::toggled, &box, describe);
    box.exec();
    if (box.clickedButton() != run)
        return;
    core::jobs::AnsibleRunOptions chosen = describe();
    chosen.approvedFrom = m_checkId;
    Q_EMIT realRunRequested(chosen);
}

void AnsibleReviewView::showMessage(const QString &message)
{
    m_message = message;
    m_options.reset();
    m_model->setReview(AnsibleReview());
    m_recapModel->setReview(AnsibleReview());
    showCell({});
    updateSummary();
}

bool AnsibleReviewView::selectFirstDiff()
{
    const QModelIndex first = m_model->firstDiff();
    if (!first.isValid())
        return false;
    m_grid->setCurrentIndex(first);
    m_grid->scrollTo(first);
    return true;
}

QStringList AnsibleReviewView::reviewedHosts() const
{
    return m_model->review().hosts;
}

std::optional<core::jobs::AnsibleRunOptions> AnsibleReviewView::realRunOptions() const
{
    const AnsibleReview &review = m_model->review();
    // Only a finished check run is a review; its hosts are what the real run may touch.
    if (!m_options || !m_options->check || !review.hasRecap || review.hosts.isEmpty())
        return std::nullopt;
    return core::jobs::realRunOptions(*m_options, review.hosts);
}

void AnsibleReviewView::updateSummary()
{
    const std::optional<core::jobs::AnsibleRunOptions> real = realRunOptions();
    m_runForReal->setEnabled(real.has_value());
    m_runForReal->setToolTip(real ? tr("ansible-playbook without --check, limited to: %1").arg(real->limit)
                                  : tr("Offered once a check-mode run has ended"));
    if (!m_message.isEmpty()) {
        m_summary->setText(m_message);
        return;
    }
    const AnsibleReview &review = m_model->review();
    const QString mode = review.checkMode ? tr("check mode, nothing was changed") : tr("real run");
    QString text = tr("%1 (%2): %n task(s)", nullptr, int(review.tasks.size()))
                       .arg(QFileInfo(review.playbook).fileName(), mode);
    text += tr(" on %n host(s)", nullptr, int(review.hosts.size()));
    text += tr(" — %1 changed, %2 failed, %3 unreachable")
                .arg(review.count(TaskStatus::Changed))
                .arg(review.count(TaskStatus::Failed))
                .arg(review.count(TaskStatus::Unreachable));
    if (!review.hasRecap)
        text += tr(" (running…)");
    m_summary->setText(text);
}

void AnsibleReviewView::showCell(const QModelIndex &index)
{
    const HostTaskResult *result = m_model->result(index);
    const core::jobs::AnsibleTask *task = result ? m_model->review().task(result->taskId) : nullptr;
    m_cellTitle->setText(result ? tr("%1 on %2: %3")
                                      .arg(task ? task->name : result->taskId, result->host,
                                           AnsibleReviewModel::statusText(result->status))
                                : tr("Select a cell to see what the task did on that host."));
    QStringList details;
    if (result) {
        if (!result->message.isEmpty())
            details << result->message;
        for (const core::jobs::ItemResult &item : result->items)
            details << tr("item %1: %2 %3").arg(item.label, AnsibleReviewModel::statusText(item.status), item.message);
        if (!result->standardOutput.isEmpty())
            details << tr("stdout: %1").arg(result->standardOutput);
        if (!result->standardError.isEmpty())
            details << tr("stderr: %1").arg(result->standardError);
    }
    m_cellDetails->setPlainText(details.join(QLatin1Char('\n')));
    m_cellDetails->setVisible(!details.isEmpty());

    const QSignalBlocker blocker(m_diffChoice);
    const int previous = m_diffChoice->currentIndex();
    m_diffChoice->clear();
    const size_t diffs = result ? result->diffs.size() : 0;
    for (size_t i = 0; i < diffs; ++i) {
        const core::jobs::FileDiff &diff = result->diffs[i];
        const QString header = diff.beforeHeader.isEmpty() ? diff.afterHeader : diff.beforeHeader;
        m_diffChoice->addItem(tr("Diff %1 of %2: %3").arg(i + 1).arg(diffs).arg(header));
    }
    m_diffChoice->setVisible(diffs > 1);
    m_diffChoice->setCurrentIndex(previous >= 0 && size_t(previous) < diffs ? previous : 0);
    showDiff(m_diffChoice->currentIndex());
}

void AnsibleReviewView::showDiff(int diffIndex)
{
    const HostTaskResult *result = m_model->result(m_grid->currentIndex());
    if (!result || diffIndex < 0 || size_t(diffIndex) >= result->diffs.size()) {
        m_diffView->setMessage(result && result->status == TaskStatus::Changed
                                   ? tr("Changed, but the module reported no diff.")
                                   : QString());
        return;
    }
    m_diffView->setFileDiff(result->diffs[size_t(diffIndex)]);
}

void AnsibleReviewView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_model->setPalette(palette());
        m_recapModel->setPalette(palette());
    }
    QWidget::changeEvent(event);
}

} // namespace ui
