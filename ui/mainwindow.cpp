// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/mainwindow.h"
#include "ui/demoworkspace.h"
#include "ui/diagnostictext.h"

#include "core/jobs/ansiblerunjob.h"
#include "core/jobs/jobqueue.h"
#include "core/sync/syncjob.h"
#include "ui/jobsession.h"
#include "ui/shortcutsdialog.h"
#include "ui/views/ansiblereviewview.h"
#include "ui/views/channelspage.h"
#include "ui/views/environmentspage.h"
#include "ui/views/inventorychecker.h"
#include "ui/views/inventoryinstalledtab.h"
#include "ui/views/inventorypage.h"
#include "ui/views/jobspage.h"
#include "ui/views/speclistspage.h"
#include "ui/widgets/channelnotice.h"
#include "ui/widgets/startpanel.h"
#include "ui/widgets/workspaceproblembar.h"
#include "ui/windowlayout.h"
#include "ui/workspacecontext.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace ui {

namespace {
constexpr int s_maxRecent = 8;
const auto s_recentKey = QStringLiteral("workspaces/recent");
const auto s_lastKey = QStringLiteral("workspaces/last");
const auto s_pageKey = QStringLiteral("window/page");

/** "&Open Recent" without its mnemonic, for the shortcuts list's group titles. */
QString withoutMnemonic(QString text)
{
    return text.remove(QLatin1Char('&'));
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_workspaceLabel(new QLabel(this))
{
    setWindowTitle(tr("deploydeck"));
    // The installed hicolor icon (SVG and PNG sizes) when the theme has it, else the built-in SVG.
    setWindowIcon(QIcon::fromTheme(QStringLiteral("se.maxiv.deploydeck"), QIcon(QStringLiteral(":/icons/deploydeck.svg"))));
    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setIconSize(QSize(24, 24));
    m_sidebar->setMaximumWidth(200);
    m_stack->setObjectName(QStringLiteral("pages"));
    m_start = new StartPanel(this);
    m_start->setDemoAvailable(!demoSource().isEmpty());
    connect(m_start, &StartPanel::openWorkspaceRequested, this, &MainWindow::chooseWorkspace);
    connect(m_start, &StartPanel::openDemoRequested, this, &MainWindow::openDemo);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({170, 1030});  // the sidebar as wide as its names, until the user says otherwise
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    m_problemBar = new WorkspaceProblemBar(central);
    connect(m_problemBar, &WorkspaceProblemBar::reloadRequested, this,
        [this](const QString &path) { openWorkspace(path); });
    centralLayout->addWidget(m_problemBar);
    m_channelNotice = new ChannelNotice(central);
    centralLayout->addWidget(m_channelNotice);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    auto *channelsPage = new ChannelsPage(this);
    addPage(channelsPage, tr("Channels"), QStringLiteral("channels"));
    // A channel added on the Channels page (Add Quetz Channel) is in deploydeck.yml: open it again.
    connect(channelsPage, &ChannelsPage::workspaceEdited, this, [this](const QString &file) { openWorkspace(file); });
    addPage(new EnvironmentsPage(this), tr("Environments"), QStringLiteral("environments"));
    auto *specListsPage = new SpecListsPage(this);
    addPage(specListsPage, tr("Spec lists"), QStringLiteral("speclists"));
    auto *inventoryPage = new InventoryPage(this);
    addPage(inventoryPage, tr("Inventory"), QStringLiteral("inventory"));
    m_jobs = std::make_unique<JobSession>();
    auto *jobsPage = new JobsPage(m_jobs.get(), this);
    addPage(jobsPage, tr("Jobs"), QStringLiteral("jobs"));
    // "Run for Real" lists the hosts the Inventory page's checks say would break.
    InventoryChecker *checker = inventoryPage->checker();
    connect(checker, &InventoryChecker::brokenHostsChanged, jobsPage, [checker, jobsPage] {
        jobsPage->reviewView()->setHostsThatWouldBreak(checker->inventorySource(), checker->brokenHostReasons());
    });
    // ... and what the hosts it targets have installed that differs from their pins.
    InventoryInstalledTab *installed = inventoryPage->installedTab();
    connect(installed, &InventoryInstalledTab::driftUpdated, jobsPage, [installed, jobsPage] {
        jobsPage->reviewView()->setHostDrift(installed->inventorySource(), installed->driftReasons());
    });
    // Gather Installed runs the gathering play as a job. The findings of every gathering of the open
    // inventory go into the facts cache, whether the tab started it or Re-run on the Jobs page did.
    connect(installed, &InventoryInstalledTab::gatherRequested, jobsPage, &JobsPage::launchAnsibleRun);
    connect(jobsPage->queue(), &core::jobs::JobQueue::jobFinished, installed, [installed](core::jobs::Job *job) {
        if (const auto *run = qobject_cast<const core::jobs::AnsibleRunJob *>(job);
            run && core::jobs::AnsibleRunJob::isGathering(run->options())
            && run->options().inventory == installed->inventorySource())
            installed->applyGathering(*run);
    });
    // The Jobs item shows how many jobs run; a job's end is told in the status bar (no tray icon:
    // not every desktop has one) and by QApplication::alert() when the window is in the background.
    QListWidgetItem *jobsItem = m_sidebar->item(m_sidebar->count() - 1);
    connect(jobsPage, &JobsPage::runningCountChanged, this, [jobsItem](int running) {
        jobsItem->setText(running > 0 ? tr("Jobs (%1)").arg(running) : tr("Jobs"));
    });
    connect(jobsPage, &JobsPage::jobEnded, this, [this](const QString &message) {
        statusBar()->showMessage(message, 15000);
        QApplication::alert(this);
    });
    // "Sync…" on the Spec lists page runs a sync job; the plan is read again once it is over.
    connect(specListsPage, &SpecListsPage::syncRequested, this,
            [this, jobsPage, specListsPage](const core::sync::SyncOptions &options) {
        core::jobs::Job *job = jobsPage->launch(std::make_unique<core::sync::SyncJob>(options));
        connect(job, &core::jobs::Job::finished, specListsPage, &SpecListsPage::reloadTarget);
        showPage(int(m_pages.size()) - 1);
    });
    statusBar()->addPermanentWidget(m_workspaceLabel);
    statusBar()->showMessage(tr("No workspace open"));
    createMenus();
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::onPageChanged);
    connect(m_sidebar, &QListWidget::itemClicked, this, [this] { onPageChanged(m_sidebar->currentRow()); });
    m_sidebar->setCurrentRow(0);
    onPageChanged(0);  // in case row 0 was current already (no signal then)
    restoreWindowState();
    // Until a workspace opens, the window says what one is and offers two ways in.
    m_stack->addWidget(m_start);
    m_stack->setCurrentWidget(m_start);
}

MainWindow::~MainWindow()
{
    // The pages go before the job session they show (members go before the child widgets).
    delete m_splitter;
}

void MainWindow::addPage(Page *page, const QString &title, const QString &iconName)
{
    const int index = int(m_pages.size());
    // SVG: sharp at any device pixel ratio (Qt 6 scales for high DPI on its own).
    auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(iconName)), title, m_sidebar);
    const QKeySequence key(Qt::CTRL | Qt::Key(Qt::Key_1 + index));
    item->setToolTip(tr("%1 (%2)").arg(title, key.toString(QKeySequence::NativeText)));
    m_stack->addWidget(page);
    m_pages.push_back(page);
    m_pageTitles << title;
    // Each page's latest message is its own: shown while the page is, and again when it comes back.
    connect(page, &Page::statusChanged, this, [this, page](const QString &text) {
        page->setProperty("deploydeckStatus", text);
        if (m_stack->currentWidget() == page)
            statusBar()->showMessage(text);
    });
}

void MainWindow::showPage(int index)
{
    if (m_sidebar->currentRow() == index)
        onPageChanged(index); // from the start panel to the page already selected
    else
        m_sidebar->setCurrentRow(index);
}

int MainWindow::currentPage() const
{
    return m_sidebar->currentRow();
}

void MainWindow::openDemo()
{
    const core::util::Result<QString> demo = demoWorkspace();
    if (!demo) {
        statusBar()->showMessage(tr("Cannot open the demo: %1").arg(DiagnosticText::errorText(demo.error())));
        return;
    }
    openWorkspace(*demo);
}

void MainWindow::onPageChanged(int index)
{
    if (index < 0 || index >= int(m_pages.size()))
        return;
    m_stack->setCurrentIndex(index);
    const QString status = m_pages[std::size_t(index)]->property("deploydeckStatus").toString();
    statusBar()->showMessage(status.isEmpty() && m_workspace.root.empty() ? tr("No workspace open") : status);
    m_pageGroup->actions().at(index)->setChecked(true);
    // The menu after View holds the shown page's commands only: their shortcuts work on that page.
    m_pageMenu->clear();
    m_pageMenu->setTitle(QStringLiteral("&") + m_pageTitles.at(index));
    const QList<QAction *> actions = m_pages[std::size_t(index)]->pageActions();
    m_pageMenu->addActions(actions);
    m_pageMenu->menuAction()->setVisible(!actions.isEmpty());
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Workspace…"), this,
                                    &MainWindow::chooseWorkspace);
    open->setObjectName(QStringLiteral("openWorkspaceAction"));
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this,
                                    &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_pageGroup = new QActionGroup(this);
    for (int i = 0; i < int(m_pages.size()); ++i) {
        QAction *a = view->addAction(m_sidebar->item(i)->icon(), m_pageTitles.at(i), this, [this, i] {
            showPage(i);
            // From the keyboard, the keyboard should land on the page.
            if (QWidget *first = m_pages[std::size_t(i)]->nextInFocusChain(); first && m_pages[std::size_t(i)]->isAncestorOf(first))
                first->setFocus(Qt::ShortcutFocusReason);
        });
        a->setObjectName(QStringLiteral("showPage%1Action").arg(i + 1));
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        a->setCheckable(true);
        m_pageGroup->addAction(a);
    }
    view->addSeparator();
    QAction *fullScreen = view->addAction(QIcon::fromTheme(QStringLiteral("view-fullscreen")), tr("&Full Screen"), this,
                                          [this](bool on) { setWindowState(windowState().setFlag(Qt::WindowFullScreen, on)); });
    fullScreen->setObjectName(QStringLiteral("fullScreenAction"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    QAction *resetLayout = view->addAction(tr("&Reset Layout"), this, [this] { m_layout->reset(); });
    resetLayout->setObjectName(QStringLiteral("resetLayoutAction"));
    resetLayout->setToolTip(tr("Every pane and the window back to their default sizes"));

    m_pageMenu = menuBar()->addMenu(QString());
    m_pageMenu->setObjectName(QStringLiteral("pageMenu"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(QIcon::fromTheme(QStringLiteral("help-keyboard-shortcuts")),
                                         tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(QIcon(QStringLiteral(":/icons/deploydeck.svg")), tr("&About deploydeck"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    updateRecentMenu();
}

QList<QPair<QString, QList<QAction *>>> MainWindow::shortcutGroups() const
{
    QList<QPair<QString, QList<QAction *>>> groups;
    for (QAction *menuAction : menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        if (!menu || menu == m_pageMenu)
            continue;  // the page menu is listed page by page below, for every page
        groups.append({withoutMnemonic(menu->title()), menu->actions()});
    }
    for (std::size_t i = 0; i < m_pages.size(); ++i)
        groups.append({tr("%1 page").arg(m_pageTitles.at(int(i))), m_pages[i]->pageActions()});
    return groups;
}

void MainWindow::showShortcuts()
{
    QList<ShortcutsDialog::Section> sections;
    for (const auto &[title, actions] : shortcutGroups())
        sections.append({title, actions});
    auto *dialog = new ShortcutsDialog(sections, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(s_recentKey).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(path, this, [this, path] { openWorkspace(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::chooseWorkspace()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Workspace"),
                                                          QString::fromStdString(m_workspace.root));
    if (!dir.isEmpty())
        openWorkspace(dir);
}

bool MainWindow::openWorkspace(const QString &path)
{
    auto ws = core::envfile::readWorkspace(path.toStdString());
    if (!ws) {
        // Stays above the pages until the file is fixed (it reloads by itself) or another workspace opens.
        const QString message = DiagnosticText::errorText(ws.error());
        statusBar()->showMessage(tr("Cannot open the workspace: %1").arg(message));
        m_problemBar->showProblem(path, message);
        return false;
    }
    // Opening (or reopening) a workspace drops the open documents: their edits are saved or dropped first.
    if (!confirmUnsaved(tr("Save your changes before the workspace is opened again?"))) {
        statusBar()->showMessage(tr("The workspace was not opened: your unsaved changes are kept"));
        return false;
    }
    m_problemBar->clear();
    m_workspace = std::move(ws.value());
    if (m_stack->currentWidget() == m_start)
        m_stack->setCurrentIndex(currentPage());
    const QString root = QString::fromStdString(m_workspace.root);
    // One SolveService per workspace, shared by the pages; it starts loading the channels now.
    WorkspaceContext *previous = m_context;
    m_context = new WorkspaceContext(m_workspace, this);
    m_channelNotice->follow(m_context);
    for (Page *page : m_pages) {
        page->setContext(m_context);
        page->setWorkspace(m_workspace);
    }
    if (previous)
        previous->retire();  // deleted once its load (if any) is over: no wait here
    setWindowTitle(tr("%1 — deploydeck").arg(QString::fromStdString(m_workspace.name)));
    m_workspaceLabel->setText(QDir::toNativeSeparators(root));
    statusBar()->showMessage(m_workspace.warnings.empty()
                                 ? tr("Opened %1").arg(root)
                                 : tr("Opened %1 with %n warning(s)", nullptr, int(m_workspace.warnings.size())).arg(root));

    QSettings settings;
    QStringList recent = settings.value(s_recentKey).toStringList();
    recent.removeAll(root);
    recent.prepend(root);
    while (recent.size() > s_maxRecent)
        recent.removeLast();
    settings.setValue(s_recentKey, recent);
    settings.setValue(s_lastKey, root);
    updateRecentMenu();
    Q_EMIT workspaceOpened(root);
    return true;
}

void MainWindow::openLastWorkspace()
{
    const QString last = QSettings().value(s_lastKey).toString();
    if (!last.isEmpty() && QFileInfo::exists(QDir(last).filePath(QStringLiteral("deploydeck.yml"))))
        openWorkspace(last);
}

bool MainWindow::confirmUnsaved(const QString &question)
{
    QStringList files;
    for (Page *page : m_pages)
        files << page->unsavedFiles();
    if (files.isEmpty())
        return true;
    for (QString &file : files)
        file = QDir::toNativeSeparators(file);
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"), question,
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("%n file(s) with unsaved changes:", nullptr, int(files.size())) + QLatin1Char('\n')
        + files.join(QLatin1Char('\n')));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        for (Page *page : m_pages)
            if (!page->saveAll())
                return false; // the page's status says why; nothing is dropped
        return true;
    case QMessageBox::Discard:
        for (Page *page : m_pages)
            page->discardAll();
        return true;
    default:
        return false;
    }
}

bool MainWindow::confirmQuitWithJobs()
{
    QStringList titles;
    for (const core::jobs::Job *job : m_jobs->queue()->jobs())
        if (!job->isFinished())
            titles << job->title();
    QMessageBox box(QMessageBox::Warning, tr("Jobs Are Running"),
        tr("%n job(s) have not finished. Quitting cancels them: a playbook run stops where it is, "
           "and a sync keeps what it has published.",
            nullptr, int(titles.size())),
        QMessageBox::NoButton, this);
    box.setInformativeText(titles.join(QLatin1Char('\n')));
    QPushButton *quit = box.addButton(tr("Cancel Jobs and Quit"), QMessageBox::DestructiveRole);
    quit->setObjectName(QStringLiteral("cancelJobsAndQuit"));
    QPushButton *keep = box.addButton(tr("Keep Running"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepRunning"));
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == quit;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    core::jobs::JobQueue *queue = m_jobs->queue();
    if (!m_quitting) {
        if (!confirmUnsaved(tr("Save your changes before quitting?"))) {
            event->ignore();
            return;
        }
        if (queue->unfinishedCount() > 0) {
            if (!confirmQuitWithJobs()) {
                event->ignore();
                return;
            }
            // The window closes once every job has ended and is in the history as cancelled by the quit.
            m_quitting = true;
            event->ignore();
            statusBar()->showMessage(tr("Cancelling the jobs before quitting…"));
            connect(queue, &core::jobs::JobQueue::jobFinished, this, [this, queue] {
                if (queue->unfinishedCount() == 0)
                    QTimer::singleShot(0, this, &QWidget::close);
            });
            queue->cancelAll(QStringLiteral("quit"));
            if (queue->unfinishedCount() == 0)
                QTimer::singleShot(0, this, &QWidget::close);
            return;
        }
    } else if (queue->unfinishedCount() > 0) {
        event->ignore(); // still cancelling
        return;
    }
    saveWindowState();
    event->accept();
}

std::vector<std::pair<QSplitter *, QString>> MainWindow::keptSplitters() const
{
    // The sidebar's splitter, then each page's in creation order; the key holds the number of
    // panes, so a layout that changed between versions starts from its defaults.
    std::vector<std::pair<QSplitter *, QString>> kept{{m_splitter, QStringLiteral("window/splitters/main")}};
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        const QList<QSplitter *> splitters = m_pages[i]->findChildren<QSplitter *>();
        for (int n = 0; n < splitters.size(); ++n)
            kept.emplace_back(splitters.at(n), QStringLiteral("window/splitters/page%1-%2-%3")
                                                   .arg(i + 1).arg(n).arg(splitters.at(n)->count()));
    }
    return kept;
}

void MainWindow::saveWindowState() const
{
    m_layout->save();
    QSettings().setValue(s_pageKey, currentPage());
}

void MainWindow::restoreWindowState()
{
    m_layout = std::make_unique<WindowLayout>(this, keptSplitters(), QSize(1200, 800));
    m_layout->restore();
    const int page = QSettings().value(s_pageKey, 0).toInt();
    if (page >= 0 && page < int(m_pages.size()))
        showPage(page);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About deploydeck"),
                       tr("<h3>deploydeck %1</h3>"
                          "<p>A desktop console for deploying conda environments and Ansible inventories.</p>"
                          "<p>Qt %2<br>libsolv %3 (conda)<br>yaml-cpp %4</p>")
                           .arg(QStringLiteral(DEPLOYDECK_VERSION), QString::fromLatin1(qVersion()),
                                QStringLiteral(LIBSOLV_VERSION_STRING), QStringLiteral(YAML_CPP_VERSION_STRING)));
}

} // namespace ui
