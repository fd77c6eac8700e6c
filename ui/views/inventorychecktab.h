// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace ui {

class HostEnvironmentModel;
class InventoryChecker;
class PinCheckModel;

/**
 * The Inventory page's pin check, as @p checker finds it: every distinct pin against what the
 * channels (and RPM repositories) hold, every host's environments solved, the hosts that would
 * break, and the explanation of the selected environment. It follows the checker's signals and
 * reads its results; the checker is shared with the page's other tabs and not owned (a tab whose
 * checker is gone keeps showing what it showed last). GUI thread only.
 */
class InventoryCheckTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryCheckTab)
public:
    explicit InventoryCheckTab(InventoryChecker *checker, QWidget *parent = nullptr);
    ~InventoryCheckTab() override;

    PinCheckModel *pinCheckModel() const { return m_pinCheckModel; }
    /** Every host's environments, as solved. */
    HostEnvironmentModel *environmentModel() const { return m_environmentModel; }

Q_SIGNALS:
    /** The pin check and every environment's solve are done; the summary says what they found. */
    void checksFinished();

private:
    void connectChecker();
    void updateSummary();

    QPointer<InventoryChecker> m_checker;
    QLabel *m_summary = nullptr;
    PinCheckModel *m_pinCheckModel = nullptr;
    HostEnvironmentModel *m_environmentModel = nullptr;
    QPlainTextEdit *m_explanation = nullptr;
};

} // namespace ui
