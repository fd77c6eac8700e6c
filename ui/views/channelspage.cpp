// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/views/channelspage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ui {

ChannelsPage::ChannelsPage(QWidget *parent)
    : Page(parent)
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("channelsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Browse the channels of the workspace: packages, versions, builds and dependencies."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addStretch();
}

ChannelsPage::~ChannelsPage() = default;

void ChannelsPage::setWorkspace(const core::envfile::Workspace &workspace)
{
    m_summary->setText(tr("Workspace: %1").arg(QString::fromStdString(workspace.name)));
}

} // namespace ui
