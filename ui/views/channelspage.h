// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "ui/views/page.h"

class QLabel;

namespace ui {

/** Browse the channels of the workspace: packages, versions, builds and dependencies. */
class ChannelsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelsPage)
public:
    explicit ChannelsPage(QWidget *parent = nullptr);
    ~ChannelsPage() override;

    void setWorkspace(const core::envfile::Workspace &workspace) override;

private:
    QLabel *m_summary = nullptr;
};

} // namespace ui
