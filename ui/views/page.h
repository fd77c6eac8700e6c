// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/envfile/workspace.h"

#include <QWidget>

namespace ui {

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

Q_SIGNALS:
    /** A short status for the status bar ("Solved in 12 ms"). */
    void statusChanged(const QString &text);
};

} // namespace ui
