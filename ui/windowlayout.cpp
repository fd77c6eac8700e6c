// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/windowlayout.h"

#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSplitter>

#include <algorithm>

namespace ui {

namespace {
const auto s_geometryKey = QStringLiteral("window/geometry");
const auto s_stateKey = QStringLiteral("window/state");

bool hasClosedPane(const QSplitter &splitter)
{
    const QList<int> sizes = splitter.sizes();
    return std::any_of(sizes.begin(), sizes.end(), [](int size) { return size == 0; });
}
} // namespace

WindowLayout::WindowLayout(
    QMainWindow *window, std::vector<std::pair<QSplitter *, QString>> splitters, QSize defaultSize)
    : m_window(window)
    , m_defaultSize(defaultSize)
{
    for (auto &[splitter, key] : splitters) {
        m_defaults.push_back(splitter->saveState());
        m_splitters.emplace_back(splitter, key);
    }
}

void WindowLayout::save() const
{
    QSettings settings;
    settings.setValue(s_geometryKey, m_window->saveGeometry());
    settings.setValue(s_stateKey, m_window->saveState());
    for (const auto &[splitter, key] : m_splitters)
        if (splitter)
            settings.setValue(key, splitter->saveState());
}

void WindowLayout::restore()
{
    QSettings settings;
    if (!m_window->restoreGeometry(settings.value(s_geometryKey).toByteArray()))
        m_window->resize(m_defaultSize);
    m_window->restoreState(settings.value(s_stateKey).toByteArray());
    for (std::size_t i = 0; i < m_splitters.size(); ++i) {
        QSplitter *splitter = m_splitters[i].first;
        if (!splitter || !settings.contains(m_splitters[i].second))
            continue;
        splitter->restoreState(settings.value(m_splitters[i].second).toByteArray());
        // A pane dragged shut in an earlier run would stay out of sight with no handle to find.
        if (hasClosedPane(*splitter))
            splitter->restoreState(m_defaults[i]);
    }
    fitToScreen();
}

void WindowLayout::reset()
{
    for (std::size_t i = 0; i < m_splitters.size(); ++i)
        if (QSplitter *splitter = m_splitters[i].first)
            splitter->restoreState(m_defaults[i]);
    m_window->setWindowState(m_window->windowState() & ~(Qt::WindowMaximized | Qt::WindowFullScreen));
    m_window->resize(m_defaultSize);
    fitToScreen();
}

QRect WindowLayout::fitted(QRect geometry, const QRect &available)
{
    geometry.setWidth(std::min(geometry.width(), available.width()));
    geometry.setHeight(std::min(geometry.height(), available.height()));
    geometry.moveLeft(std::clamp(geometry.left(), available.left(), available.right() + 1 - geometry.width()));
    geometry.moveTop(std::clamp(geometry.top(), available.top(), available.bottom() + 1 - geometry.height()));
    return geometry;
}

void WindowLayout::fitToScreen()
{
    const QScreen *screen = m_window->screen() ? m_window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QRect wanted = m_window->geometry();
    const QRect fit = fitted(wanted, available);
    if (fit.size() != wanted.size())
        m_window->resize(fit.size());
    if (fit.topLeft() != wanted.topLeft())
        m_window->move(fit.topLeft());
}

} // namespace ui
