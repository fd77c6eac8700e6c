// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "ui/views/page.h"

class QLabel;

namespace ui {

/** Channel syncs, repodata refreshes and Ansible runs, with their logs. */
class JobsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsPage)
public:
    explicit JobsPage(QWidget *parent = nullptr);
    ~JobsPage() override;

    void setWorkspace(const core::envfile::Workspace &workspace) override;

private:
    QLabel *m_summary = nullptr;
};

} // namespace ui
