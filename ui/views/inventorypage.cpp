// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/views/inventorypage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ui {

InventoryPage::InventoryPage(QWidget *parent)
    : Page(parent)
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("inventoryPage"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Compare package pins and conda environments across the hosts of the inventory."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addStretch();
}

InventoryPage::~InventoryPage() = default;

void InventoryPage::setWorkspace(const core::envfile::Workspace &workspace)
{
    m_summary->setText(tr("Workspace: %1").arg(QString::fromStdString(workspace.name)));
}

} // namespace ui
