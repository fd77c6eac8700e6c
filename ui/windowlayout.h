// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <QByteArray>
#include <QPointer>
#include <QRect>
#include <QSize>
#include <QString>

#include <utility>
#include <vector>

class QMainWindow;
class QSplitter;

namespace ui {

/**
 * The main window's size and position and the sizes of its splitters, kept in QSettings between
 * runs. A restored geometry is fitted into the screen it lands on, a pane that was dragged shut
 * opens again at its default size, and reset() brings every splitter and the window back to the
 * defaults they had when the layout was made (View › Reset Layout).
 */
class WindowLayout final
{
public:
    /** @p splitters with their settings keys; their current sizes are the defaults. */
    WindowLayout(QMainWindow *window, std::vector<std::pair<QSplitter *, QString>> splitters, QSize defaultSize);

    void save() const;
    void restore();
    void reset();

    /** @p geometry moved and shrunk as little as needed to lie inside @p available. */
    static QRect fitted(QRect geometry, const QRect &available);

private:
    void fitToScreen();

    QPointer<QMainWindow> m_window;
    std::vector<std::pair<QPointer<QSplitter>, QString>> m_splitters;
    std::vector<QByteArray> m_defaults; ///< each splitter's state when the layout was made
    QSize m_defaultSize;
};

} // namespace ui
