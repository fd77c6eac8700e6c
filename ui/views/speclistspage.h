// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "ui/views/page.h"

class QLabel;

namespace ui {

/** Edit spec lists and preview the sync plan of the local channel. */
class SpecListsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpecListsPage)
public:
    explicit SpecListsPage(QWidget *parent = nullptr);
    ~SpecListsPage() override;

    void setWorkspace(const core::envfile::Workspace &workspace) override;

private:
    QLabel *m_summary = nullptr;
};

} // namespace ui
