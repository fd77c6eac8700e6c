// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/envfile/workspace.h"

#include <QMainWindow>

#include <vector>

class QListWidget;
class QStackedWidget;
class QMenu;
class QLabel;

namespace ui {

class Page;
class WorkspaceContext;

/**
 * The main window: a sidebar of pages (Channels, Environments, Spec lists, Inventory, Jobs),
 * a status bar, File › Open workspace… and recent workspaces. Geometry and the last workspace
 * are kept in QSettings.
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

    /** The workspace currently open (empty root when none). */
    const core::envfile::Workspace &workspace() const { return m_workspace; }
    /** The pages in sidebar order. */
    const std::vector<Page *> &pages() const { return m_pages; }
    /** The shared context (SolveService, loaded channels) of the open workspace, or nullptr. */
    WorkspaceContext *context() const { return m_context; }
    /** Shows the page at @p index of the sidebar. */
    void showPage(int index);

Q_SIGNALS:
    void workspaceOpened(const QString &root);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void addPage(Page *page, const QString &title, const QString &iconName);
    void updateRecentMenu();
    void chooseWorkspace();
    void showAbout();

    core::envfile::Workspace m_workspace;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_workspaceLabel = nullptr;
    std::vector<Page *> m_pages;
    WorkspaceContext *m_context = nullptr;  ///< child; replaced by openWorkspace()
};

} // namespace ui
