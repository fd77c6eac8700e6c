// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <QFrame>

class QPushButton;

namespace ui {

/**
 * What the window shows while no workspace is open: what a workspace is, and two ways in, Open
 * Workspace… and Open Demo (the bundled demo, when it is there).
 */
class StartPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartPanel)
public:
    explicit StartPanel(QWidget *parent = nullptr);
    ~StartPanel() override;

    /** Offers Open Demo only when @p available. */
    void setDemoAvailable(bool available);

Q_SIGNALS:
    void openWorkspaceRequested();
    void openDemoRequested();

private:
    QPushButton *m_demo = nullptr;
};

} // namespace ui
