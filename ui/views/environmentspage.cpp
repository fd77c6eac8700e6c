// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/views/environmentspage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ui {

EnvironmentsPage::EnvironmentsPage(QWidget *parent)
    : Page(parent)
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("environmentsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Edit environment files with a live solve preview."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addStretch();
}

EnvironmentsPage::~EnvironmentsPage() = default;

void EnvironmentsPage::setWorkspace(const core::envfile::Workspace &workspace)
{
    m_summary->setText(tr("Workspace: %1").arg(QString::fromStdString(workspace.name)));
}

} // namespace ui
