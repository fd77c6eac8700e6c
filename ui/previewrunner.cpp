// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/previewrunner.h"

namespace ui {

PreviewRunner::PreviewRunner(QObject *parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &PreviewRunner::due);
}

PreviewRunner::~PreviewRunner()
{
    cancelRun(); // tasks still queued return at once
}

void PreviewRunner::refreshNow()
{
    m_debounce.stop();
    Q_EMIT due();
}

int PreviewRunner::startRun()
{
    cancelRun();
    m_runId = ++m_runCounter;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    return m_runId;
}

void PreviewRunner::cancelRun()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    m_runId = 0;
}

} // namespace ui
