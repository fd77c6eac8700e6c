// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/util/result.h"

#include <QPointer>
#include <QString>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ui {

class HostEnvironmentModel;
class InventoryChecker;

/**
 * The Inventory page's offline readiness, as @p checker finds it: which host environments the
 * workspace's sync target can install alone, the sync plan that would complete it, and "Make Sync
 * Plan…", which saves the environments that are not ready as a spec list. The checker is shared
 * with the page's other tabs and not owned. GUI thread only.
 */
class InventoryReadinessTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryReadinessTab)
public:
    explicit InventoryReadinessTab(InventoryChecker *checker, QWidget *parent = nullptr);
    ~InventoryReadinessTab() override;

    /** Where "Make Sync Plan…" proposes to save: @p root's speclists/ folder (the home folder when empty). */
    void setWorkspaceRoot(const QString &root) { m_workspaceRoot = root; }

    HostEnvironmentModel *readinessModel() const { return m_readinessModel; }

    /** Writes the environments that are not ready offline as a spec list (one line each) to @p path. */
    [[nodiscard]] core::util::Result<void> saveSyncPlanSpecList(const QString &path) const;

Q_SIGNALS:
    /** The tab shows a new result (or why there is none). */
    void readinessUpdated();
    /** A short status for the status bar (a plan saved, or why not). */
    void statusChanged(const QString &text);

private:
    void connectChecker();
    void showReadiness();
    void showFailure(const QString &error);
    void makeSyncPlan();

    QPointer<InventoryChecker> m_checker;
    QString m_workspaceRoot;
    QLabel *m_summary = nullptr;
    HostEnvironmentModel *m_readinessModel = nullptr;
    QPlainTextEdit *m_syncPlanText = nullptr;
    QPushButton *m_makeSyncPlan = nullptr;
};

} // namespace ui
