// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/widgets/channelnotice.h"

#include "ui/workspacecontext.h"

#include <QHBoxLayout>
#include <QLabel>

namespace ui {

ChannelNotice::ChannelNotice(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("channelNotice"));
    setAccessibleName(tr("Channels left out"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("channelNoticeText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_text, 1);
    hide();
}

ChannelNotice::~ChannelNotice() = default;

void ChannelNotice::follow(WorkspaceContext *context)
{
    if (m_context)
        disconnect(m_context, nullptr, this, nullptr);
    m_context = context;
    if (context) {
        connect(context, &WorkspaceContext::channelsLoading, this, &ChannelNotice::update);
        connect(context, &WorkspaceContext::channelsLoaded, this, &ChannelNotice::update);
        connect(context, &WorkspaceContext::channelsFailed, this, &ChannelNotice::update);
    }
    update();
}

QString ChannelNotice::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void ChannelNotice::update()
{
    if (!m_context) {
        hide();
        return;
    }
    if (m_context->state() == WorkspaceContext::State::Failed) {
        m_text->setText(
            tr("⚠ The channels could not be loaded, so nothing can be solved: %1").arg(m_context->errorText()));
        show();
        return;
    }
    QStringList left;
    for (const std::string &channel : m_context->skippedChannels())
        left << QString::fromStdString(channel);
    if (left.isEmpty() || m_context->state() == WorkspaceContext::State::Loading) {
        hide();
        return;
    }
    // With strict channel priority a missing channel changes which builds win, not only what is found.
    m_text->setText(tr("⚠ Solves and plans on every page go without %n channel(s) that are not read: %1. "
                       "Fetch them on the Channels page (F5); until then the answers may differ from conda's.",
        nullptr, int(left.size()))
                        .arg(left.join(QStringLiteral(", "))));
    show();
}

} // namespace ui
