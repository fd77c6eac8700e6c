// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/widgets/startpanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

StartPanel::StartPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("startPanel"));
    auto *title = new QLabel(tr("<h2>No workspace open</h2>"), this);
    auto *text = new QLabel(tr("A workspace is a folder with a <tt>deploydeck.yml</tt> that names your channels, "
                               "environment files, spec lists and Ansible inventory. Open yours, or try deploydeck "
                               "on the demo: a made-up beamline with its own small channel, inventory and playbook."),
        this);
    text->setWordWrap(true);
    text->setMaximumWidth(560);
    auto *open = new QPushButton(tr("Open Workspace…"), this);
    open->setObjectName(QStringLiteral("startOpenWorkspace"));
    m_demo = new QPushButton(tr("Open Demo"), this);
    m_demo->setObjectName(QStringLiteral("startOpenDemo"));
    connect(open, &QPushButton::clicked, this, &StartPanel::openWorkspaceRequested);
    connect(m_demo, &QPushButton::clicked, this, &StartPanel::openDemoRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(m_demo);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(1);
}

StartPanel::~StartPanel() = default;

void StartPanel::setDemoAvailable(bool available)
{
    m_demo->setVisible(available);
}

} // namespace ui
