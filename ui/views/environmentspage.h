// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "ui/views/page.h"

class QLabel;

namespace ui {

/** Edit environment files with a live solve preview. */
class EnvironmentsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentsPage)
public:
    explicit EnvironmentsPage(QWidget *parent = nullptr);
    ~EnvironmentsPage() override;

    void setWorkspace(const core::envfile::Workspace &workspace) override;

private:
    QLabel *m_summary = nullptr;
};

} // namespace ui
