// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;

namespace ui {

class WorkspaceContext;

/**
 * A line above the pages that stays while the solves of every page go without some of the
 * workspace's channels: those that are not read yet (remote channels before the Channels page
 * fetched them), could not be fetched, or failed to load. Hidden when every channel is in.
 */
class ChannelNotice final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelNotice)
public:
    explicit ChannelNotice(QWidget *parent = nullptr);
    ~ChannelNotice() override;

    /** Follows @p context's loads (null: hides). */
    void follow(WorkspaceContext *context);
    QString text() const;

private:
    void update();

    QPointer<WorkspaceContext> m_context;
    QLabel *m_text = nullptr;
};

} // namespace ui
