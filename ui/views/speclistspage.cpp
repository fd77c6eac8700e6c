// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/views/speclistspage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ui {

SpecListsPage::SpecListsPage(QWidget *parent)
    : Page(parent)
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("speclistsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Edit spec lists and preview the sync plan of the local channel."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addStretch();
}

SpecListsPage::~SpecListsPage() = default;

void SpecListsPage::setWorkspace(const core::envfile::Workspace &workspace)
{
    m_summary->setText(tr("Workspace: %1").arg(QString::fromStdString(workspace.name)));
}

} // namespace ui
