// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QObject>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <vector>

namespace ui {

class MainWindow;

/**
 * `deploydeck --workspace DIR --screenshots OUT`: shows each page in turn, waits until it shows
 * its content (channels indexed, solves done, inventory checked, a check-mode playbook run over),
 * saves OUT/<page>.png, then gathers what the hosts have installed (OUT/installed.png, the
 * Inventory page's Installed tab) and saves OUT/mainwindow.png, and quits. A page that is not ready within the
 * timeout is pictured as it is, with a warning; the exit code is then 1.
 */
class ScreenshotTour final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotTour)
public:
    /** Create it before the workspace is opened, so no page's ready signal is missed. */
    ScreenshotTour(MainWindow &window, const QString &outDir, QObject *parent = nullptr);
    ~ScreenshotTour() override;

    /** Starts with the first page; QCoreApplication::exit() is called at the end. */
    void start();

private:
    struct Step
    {
        QString name;                  ///< the file's base name
        std::function<void()> prepare; ///< run once when the page is shown (may be empty)
        std::function<bool()> ready;
        int page = -1;                 ///< the page shown; -1: the step's own index
    };

    void addSteps();
    void showStep();
    void poll();
    void grabStep();
    /** Saves the window's picture as OUT/@p name.png; false (and a warning) when it cannot. */
    bool save(const QString &name);
    void finish();
    void launchPlaybookCheck();
    /** The Inventory page's Installed tab, shown, and its Gather Installed pressed. */
    void gatherInstalled();
    /** The drift table with only what drifts, a drifting host environment's deploy change selected. */
    void pickDrift();

    MainWindow &m_window;
    QDir m_out;
    std::vector<Step> m_steps;
    std::size_t m_current = 0;
    QTimer m_poll;
    QElapsedTimer m_waited;
    bool m_inventoryChecked = false;
    bool m_playbookDone = false;
    bool m_gathering = false;   ///< Gather Installed was pressed
    bool m_gathered = false;    ///< and its facts compared
    bool m_picked = false;      ///< a drifting row selected and "Which hosts have" asked
    bool m_searched = false;    ///< and the search answered
    bool m_timedOut = false;
    QTemporaryDir m_deployRoot;  ///< deploy_root of the check-mode run (check mode writes nothing)
};

} // namespace ui
