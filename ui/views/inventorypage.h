// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/util/result.h"
#include "ui/views/page.h"

#include <memory>

class QLabel;
class QTabWidget;

namespace ui {

class HostDiffModel;
class HostEnvironmentModel;
class InventoryCheckTab;
class InventoryChecker;
class InventoryHostsTab;
class InventoryImpactTab;
class InventoryInstalledTab;
class InventoryMatrixTab;
class InventoryReadinessTab;
struct InventorySnapshot;
class PinCheckModel;
class PinMatrixFilterModel;
class PinMatrixModel;
class WorkspaceContext;

/**
 * The Compare page: package pins and conda environments across the hosts of the workspace's
 * inventory. It loads the inventory and hands the snapshot to its tabs, each a widget of its own:
 * the pin matrix (InventoryMatrixTab), two hosts side by side (InventoryHostsTab), the pin check
 * (InventoryCheckTab), the impact of the selected package or a proposed pin (InventoryImpactTab),
 * offline readiness against the sync target with the sync plan that would complete it
 * (InventoryReadinessTab), and what the hosts really have installed (InventoryInstalledTab). All
 * but the first two follow one InventoryChecker, which the page owns.
 *
 * The inventory loads on the thread pool; solving goes through the workspace's SolveService
 * (InventoryChecker). Nothing blocks the GUI thread.
 */
class InventoryPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryPage)
public:
    explicit InventoryPage(QWidget *parent = nullptr);
    ~InventoryPage() override;

    void setWorkspace(const core::envfile::Workspace &workspace) override;
    void setContext(WorkspaceContext *context) override;
    /** Reload Inventory (F5) and Filter Packages (Ctrl+F). */
    QList<QAction *> pageActions() const override { return { m_reloadAction, m_findAction }; }

    /** Loads @p sources (an inventory file or folder) in the background; setWorkspace() calls it. */
    void loadInventory(const QString &source);

    // The tabs and their models, for tests.
    InventoryMatrixTab *matrixTab() const { return m_matrixTab; }
    InventoryHostsTab *hostsTab() const { return m_hostsTab; }
    InventoryCheckTab *checkTab() const { return m_checkTab; }
    InventoryImpactTab *impactTab() const { return m_impactTab; }
    InventoryReadinessTab *readinessTab() const { return m_readinessTab; }
    /** What the hosts have installed against their pins (the facts cache), and Gather Installed. */
    InventoryInstalledTab *installedTab() const { return m_installedTab; }
    /** The background checks: pin checks, environment solves, and the hosts that would break. */
    InventoryChecker *checker() const { return m_checker; }
    PinMatrixModel *matrixModel() const;
    PinMatrixFilterModel *matrixFilter() const;
    HostDiffModel *diffModel() const;
    PinCheckModel *pinCheckModel() const;
    /** The pin check's table of every host's environments. */
    HostEnvironmentModel *environmentModel() const;
    HostEnvironmentModel *impactModel() const;
    HostEnvironmentModel *readinessModel() const;

    /** Writes the environments that are not ready offline as a spec list (one line each) to @p path. */
    [[nodiscard]] core::util::Result<void> saveSyncPlanSpecList(const QString &path) const;

Q_SIGNALS:
    /** The inventory is loaded and the matrix shown (or loading failed: see the summary). */
    void inventoryLoaded();
    /** The matrix was rebuilt (another group). */
    void matrixUpdated();
    /** The pin check and every environment's solve are done. */
    void checksFinished();
    /** The impact tab shows a new result. */
    void impactUpdated();
    /** The offline readiness tab shows a new result. */
    void readinessUpdated();
    /** The Installed tab compared the hosts' facts again; the matrix and two-host view show them. */
    void installedUpdated();

private:
    void createTabs();
    void createActions();
    void applySnapshot(std::shared_ptr<const InventorySnapshot> snapshot, const QString &error);

    std::unique_ptr<core::envfile::Workspace> m_workspace;
    std::shared_ptr<const InventorySnapshot> m_snapshot;
    InventoryChecker *m_checker = nullptr;
    int m_loadGeneration = 0;
    bool m_announceLoad = false; ///< inventoryLoaded() is due once the matrix of a new snapshot is shown

    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    InventoryMatrixTab *m_matrixTab = nullptr;
    InventoryHostsTab *m_hostsTab = nullptr;
    InventoryCheckTab *m_checkTab = nullptr;
    InventoryImpactTab *m_impactTab = nullptr;
    InventoryReadinessTab *m_readinessTab = nullptr;
    InventoryInstalledTab *m_installedTab = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_findAction = nullptr;
};

} // namespace ui
