// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/envfile/workspace.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QAction;

namespace ui {

class WorkspaceContext;

/** A page of the main window's sidebar. Pages get the workspace when one is opened. */
class Page : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Page)
public:
    using QWidget::QWidget;
    ~Page() override = default;

    /** Called on the GUI thread whenever a workspace is opened; start background work from here. */
    virtual void setWorkspace(const core::envfile::Workspace &workspace) = 0;

    /**
     * Called on the GUI thread with the shared context of a newly opened workspace (its
     * SolveService and loaded channels), before setWorkspace(). The main window owns it; a page
     * keeps at most a QPointer to it. The default ignores it.
     */
    virtual void setContext(WorkspaceContext *context) { Q_UNUSED(context); }

    /**
     * The page's commands, which the main window lists in its menu while the page is shown and in
     * Help › Keyboard Shortcuts. The page owns them and adds each to one of its own widgets with
     * the default Qt::WindowShortcut context, so a shortcut works while the page is shown (its
     * widgets are hidden otherwise) and two pages may use the same keys. None by default.
     */
    virtual QList<QAction *> pageActions() const { return {}; }

    /** The files this page holds unsaved edits of, absolute paths; the main window asks before dropping them. */
    virtual QStringList unsavedFiles() const { return {}; }
    /** Saves them; false, with the reason in the page's status, when one is not saved. */
    virtual bool saveAll() { return true; }
    /** Drops them: the files stay as they are on disk. */
    virtual void discardAll() { }

Q_SIGNALS:
    /** A short status for the status bar ("Solved in 12 ms"). */
    void statusChanged(const QString &text);
};

} // namespace ui
