// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/views/inventoryhoststab.h"

#include "core/util/qtext.h"
#include "ui/models/hostdiffmodel.h"
#include "ui/views/inventorysnapshot.h"
#include "ui/views/inventorywidgets.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

using core::util::qs;

InventoryHostsTab::InventoryHostsTab(QWidget *parent)
    : QWidget(parent)
    , m_leftHost(new QComboBox(this))
    , m_rightHost(new QComboBox(this))
    , m_diffSummary(new QLabel(this))
    , m_diffModel(new HostDiffModel(this))
{
    setObjectName(QStringLiteral("twoHostsTab"));
    m_leftHost->setObjectName(QStringLiteral("leftHost"));
    m_leftHost->setAccessibleName(tr("Left host"));
    m_rightHost->setObjectName(QStringLiteral("rightHost"));
    m_rightHost->setAccessibleName(tr("Right host"));
    auto *swap = new QToolButton(this);
    swap->setText(tr("⇄"));
    swap->setToolTip(tr("Swap the hosts"));
    swap->setAccessibleName(tr("Swap the hosts"));
    m_diffSummary->setObjectName(QStringLiteral("diffSummary"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_leftHost, 1);
    bar->addWidget(swap);
    bar->addWidget(m_rightHost, 1);
    bar->addWidget(m_diffSummary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(makeInventoryTable(this, QStringLiteral("hostDiffView"), m_diffModel, HeaderSorting::On), 1);

    connect(m_leftHost, &QComboBox::currentIndexChanged, this, [this] { updateDiff(); });
    connect(m_rightHost, &QComboBox::currentIndexChanged, this, [this] { updateDiff(); });
    connect(swap, &QToolButton::clicked, this, [this] {
        const int left = m_leftHost->currentIndex();
        const QSignalBlocker block(m_leftHost);
        m_leftHost->setCurrentIndex(m_rightHost->currentIndex());
        m_rightHost->setCurrentIndex(left);
        updateDiff();
    });
}

InventoryHostsTab::~InventoryHostsTab() = default;

void InventoryHostsTab::setSnapshot(std::shared_ptr<const InventorySnapshot> snapshot, const QString &workspaceRoot)
{
    m_snapshot = std::move(snapshot);
    m_workspaceRoot = workspaceRoot;
    {
        // Refilled without a comparison per item: one follows below.
        const QSignalBlocker b1(m_leftHost), b2(m_rightHost);
        m_leftHost->clear();
        m_rightHost->clear();
        if (m_snapshot) {
            // In the pin matrix's column order.
            for (const std::string &name : m_snapshot->inventory.hostsOf("all")) {
                m_leftHost->addItem(qs(name));
                m_rightHost->addItem(qs(name));
            }
            m_rightHost->setCurrentIndex(std::min(1, m_rightHost->count() - 1));
        }
    }
    updateDiff();
}

void InventoryHostsTab::updateDiff()
{
    const auto *left = m_snapshot ? m_snapshot->hostPins(m_leftHost->currentText().toStdString()) : nullptr;
    const auto *right = m_snapshot ? m_snapshot->hostPins(m_rightHost->currentText().toStdString()) : nullptr;
    if (!left || !right) {
        m_diffModel->clear();
        m_diffSummary->clear();
        return;
    }
    // The model keeps the inventory alive for its tooltips: share the snapshot's.
    std::shared_ptr<const core::inventory::Inventory> inventory(m_snapshot, &m_snapshot->inventory);
    m_diffModel->setHosts(inventory, *left, *right, m_workspaceRoot);
    m_diffSummary->setText(
        tr("%1 of %n pin(s) differ", nullptr, m_diffModel->rowCount()).arg(m_diffModel->differenceCount()));
}

} // namespace ui
