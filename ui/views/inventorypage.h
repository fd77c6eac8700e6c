// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "ui/views/page.h"

class QLabel;

namespace ui {

/** Compare package pins and conda environments across the hosts of the inventory. */
class InventoryPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryPage)
public:
    explicit InventoryPage(QWidget *parent = nullptr);
    ~InventoryPage() override;

    void setWorkspace(const core::envfile::Workspace &workspace) override;

private:
    QLabel *m_summary = nullptr;
};

} // namespace ui
