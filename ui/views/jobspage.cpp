// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/views/jobspage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ui {

JobsPage::JobsPage(QWidget *parent)
    : Page(parent)
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("jobsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Channel syncs, repodata refreshes and Ansible runs, with their logs."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addStretch();
}

JobsPage::~JobsPage() = default;

void JobsPage::setWorkspace(const core::envfile::Workspace &workspace)
{
    m_summary->setText(tr("Workspace: %1").arg(QString::fromStdString(workspace.name)));
}

} // namespace ui
