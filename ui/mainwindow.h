// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/envfile/workspace.h"

#include <QMainWindow>

#include <memory>
#include <vector>

class QAction;
class QActionGroup;
class QListWidget;
class QStackedWidget;
class QSplitter;
class QMenu;
class QLabel;

namespace ui {

class JobSession;
class WorkspaceProblemBar;
class ChannelNotice;
class Page;
class StartPanel;
class WindowLayout;
class WorkspaceContext;

/**
 * The main window: a sidebar of pages (Channels, Environments, Spec lists, Inventory, Jobs),
 * a status bar, File › Open workspace… and recent workspaces. Ctrl+1…Ctrl+5 show the pages; the
 * shown page's own commands (Page::pageActions()) fill a menu named after it, and Help › Keyboard
 * Shortcuts lists every shortcut from the actions themselves. The window's geometry, its splitters'
 * sizes, the page shown and the last workspace are kept in QSettings.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens the workspace in @p path (a folder or its deploydeck.yml); false and a message on error. */
    bool openWorkspace(const QString &path);
    /** Re-opens the workspace of the last session, if there was one and it still exists. */
    void openLastWorkspace();
    /** Opens the bundled demo workspace (a copy in the user's data folder, made once). */
    void openDemo();

    /** The workspace currently open (empty root when none). */
    const core::envfile::Workspace &workspace() const { return m_workspace; }
    /** The pages in sidebar order. */
    const std::vector<Page *> &pages() const { return m_pages; }
    /** The shared context (SolveService, loaded channels) of the open workspace, or nullptr. */
    WorkspaceContext *context() const { return m_context; }
    /** Shows the page at @p index of the sidebar. */
    void showPage(int index);
    /** The index of the page shown. */
    int currentPage() const;

    /**
     * The groups Help › Keyboard Shortcuts shows: the menu bar's menus (File, View, Help) and then
     * each page's commands under the page's title, as the QActions have them now.
     */
    QList<QPair<QString, QList<QAction *>>> shortcutGroups() const;
    /** Opens Help › Keyboard Shortcuts (not modal). */
    void showShortcuts();

Q_SIGNALS:
    void workspaceOpened(const QString &root);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void addPage(Page *page, const QString &title, const QString &iconName);
    void onPageChanged(int index);
    void saveWindowState() const;
    /** Save/Discard/Cancel for the pages' unsaved files, asked with @p question; true: go on (none left). */
    bool confirmUnsaved(const QString &question);
    /** Whether to cancel the unfinished jobs and quit. */
    bool confirmQuitWithJobs();
    void restoreWindowState();
    /** The splitters whose sizes are kept, each with the settings key it is kept under. */
    std::vector<std::pair<QSplitter *, QString>> keptSplitters() const;
    void updateRecentMenu();
    void chooseWorkspace();
    void showAbout();

    core::envfile::Workspace m_workspace;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_splitter = nullptr;
    WorkspaceProblemBar *m_problemBar = nullptr; ///< shown while the workspace cannot be opened
    ChannelNotice *m_channelNotice = nullptr; ///< shown while solves go without some channels
    StartPanel *m_start = nullptr; ///< in the page stack while no workspace is open
    QMenu *m_recentMenu = nullptr;
    QMenu *m_pageMenu = nullptr;          ///< the shown page's pageActions()
    QActionGroup *m_pageGroup = nullptr;  ///< View › one checkable action per page
    QStringList m_pageTitles;
    QLabel *m_workspaceLabel = nullptr;
    std::vector<Page *> m_pages;
    WorkspaceContext *m_context = nullptr;  ///< child; replaced by openWorkspace()
    std::unique_ptr<JobSession> m_jobs;     ///< the queue, history and factory of every job
    std::unique_ptr<WindowLayout> m_layout; ///< the window's and splitters' sizes, kept between runs
    bool m_quitting = false; ///< the quit was confirmed: closing once the jobs have ended
};

} // namespace ui
