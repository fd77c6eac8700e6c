// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/mainwindow.h"

#include "core/jobs/syncjob.h"
#include "ui/views/channelspage.h"
#include "ui/views/environmentspage.h"
#include "ui/views/inventorypage.h"
#include "ui/views/jobspage.h"
#include "ui/views/speclistspage.h"
#include "ui/workspacecontext.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace ui {

namespace {
constexpr int s_maxRecent = 8;
const auto s_recentKey = QStringLiteral("workspaces/recent");
const auto s_lastKey = QStringLiteral("workspaces/last");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_workspaceLabel(new QLabel(this))
{
    setWindowTitle(tr("deploydeck"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/deploydeck.svg")));
    auto *splitter = new QSplitter(this);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setIconSize(QSize(24, 24));
    m_sidebar->setMaximumWidth(200);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    addPage(new ChannelsPage(this), tr("Channels"), QStringLiteral("channels"));
    addPage(new EnvironmentsPage(this), tr("Environments"), QStringLiteral("environments"));
    auto *specListsPage = new SpecListsPage(this);
    addPage(specListsPage, tr("Spec lists"), QStringLiteral("speclists"));
    addPage(new InventoryPage(this), tr("Inventory"), QStringLiteral("inventory"));
    auto *jobsPage = new JobsPage(this);
    addPage(jobsPage, tr("Jobs"), QStringLiteral("jobs"));
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
            [this, jobsPage, specListsPage](const core::jobs::SyncOptions &options) {
        core::jobs::Job *job = jobsPage->launch(std::make_unique<core::jobs::SyncJob>(options));
        connect(job, &core::jobs::Job::finished, specListsPage, &SpecListsPage::reloadTarget);
        showPage(int(m_pages.size()) - 1);
    });
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);

    statusBar()->addPermanentWidget(m_workspaceLabel);
    statusBar()->showMessage(tr("No workspace open"));
    createMenus();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1200, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page *page, const QString &title, const QString &iconName)
{
    const int index = int(m_pages.size());
    auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(iconName)), title, m_sidebar);
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(index + 1));
    m_stack->addWidget(page);
    m_pages.push_back(page);
    connect(page, &Page::statusChanged, this, [this](const QString &text) { statusBar()->showMessage(text); });
    auto *shortcut = new QAction(this);
    shortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    connect(shortcut, &QAction::triggered, this, [this, index] { showPage(index); });
    addAction(shortcut);
}

void MainWindow::showPage(int index)
{
    m_sidebar->setCurrentRow(index);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseWorkspace);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_sidebar->count(); ++i) {
        QAction *a = view->addAction(m_sidebar->item(i)->text(), this, [this, i] { showPage(i); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About deploydeck"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    updateRecentMenu();
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
        const QString message = tr("Cannot open the workspace:\n%1").arg(QString::fromStdString(ws.error().message()));
        statusBar()->showMessage(message);
        if (isVisible())
            QMessageBox::warning(this, tr("Open Workspace"), message);
        return false;
    }
    m_workspace = std::move(ws.value());
    const QString root = QString::fromStdString(m_workspace.root);
    // One SolveService per workspace, shared by the pages; it starts loading the channels now.
    WorkspaceContext *previous = m_context;
    m_context = new WorkspaceContext(m_workspace, this);
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
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
