// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/inventory/pinmatrix.h"
#include "core/checks/environmentcheck.h"
#include "core/util/result.h"
#include "ui/views/page.h"

#include <QPointer>

#include <memory>

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace ui {

class HostDiffModel;
class HostEnvironmentModel;
class InventoryChecker;
struct InventorySnapshot;
class PinCheckModel;
class PinMatrixFilterModel;
class PinMatrixModel;
class WorkspaceContext;

/**
 * The Compare page: package pins and conda environments across the hosts of the workspace's
 * inventory. Tabs: the pin matrix (filter by group, name, only differences; hosts or groups as
 * columns; cells drifting from their group's majority highlighted; cells editable to propose a
 * value), two hosts side by side, the pin check (pins against the channels, environments solved per
 * host), the impact of the selected package or a proposed pin, and offline readiness against the
 * sync target with the sync plan that would complete it.
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
    QList<QAction *> pageActions() const override { return {m_reloadAction, m_findAction}; }

    /** Loads @p sources (an inventory file or folder) in the background; setWorkspace() calls it. */
    void loadInventory(const QString &source);

    PinMatrixModel *matrixModel() const { return m_matrixModel; }
    PinMatrixFilterModel *matrixFilter() const { return m_matrixFilter; }
    HostDiffModel *diffModel() const { return m_diffModel; }
    PinCheckModel *pinCheckModel() const { return m_pinCheckModel; }
    /** The pin check's table of every host's environments. */
    HostEnvironmentModel *environmentModel() const { return m_environmentModel; }
    HostEnvironmentModel *impactModel() const { return m_impactModel; }
    HostEnvironmentModel *readinessModel() const { return m_readinessModel; }

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

private:
    QWidget *createMatrixTab();
    QWidget *createDiffTab();
    QWidget *createCheckTab();
    QWidget *createImpactTab();
    QWidget *createReadinessTab();
    void connectChecker();
    void applySnapshot(std::shared_ptr<const InventorySnapshot> snapshot, const QString &error);
    void rebuildMatrix();
    void updateDiff();
    void updateCheckSummary();
    void showPackageUsage(int matrixRow);
    void showImpact(const QString &description, const std::vector<core::checks::EnvironmentImpact> &impacts);
    void showReadiness();
    void makeSyncPlan();
    static QTableView *makeTable(QWidget *parent, const QString &name, QAbstractItemModel *model, bool sortable);

    std::unique_ptr<core::envfile::Workspace> m_workspace;
    std::shared_ptr<const InventorySnapshot> m_snapshot;
    InventoryChecker *m_checker = nullptr;
    int m_loadGeneration = 0;
    int m_matrixGeneration = 0;
    bool m_announceLoad = false; ///< inventoryLoaded() is due once the matrix of a new snapshot is shown

    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_findAction = nullptr;
    // Matrix
    QComboBox *m_groupFilter = nullptr;
    QComboBox *m_columnMode = nullptr;
    QLineEdit *m_nameFilter = nullptr;
    QCheckBox *m_onlyDifferences = nullptr;
    QTableView *m_matrixView = nullptr;
    PinMatrixModel *m_matrixModel = nullptr;
    PinMatrixFilterModel *m_matrixFilter = nullptr;
    // Two hosts
    QComboBox *m_leftHost = nullptr;
    QComboBox *m_rightHost = nullptr;
    QLabel *m_diffSummary = nullptr;
    HostDiffModel *m_diffModel = nullptr;
    // Pin check
    QLabel *m_checkSummary = nullptr;
    PinCheckModel *m_pinCheckModel = nullptr;
    HostEnvironmentModel *m_environmentModel = nullptr;
    QPlainTextEdit *m_explanation = nullptr;
    // Impact
    QLabel *m_impactSummary = nullptr;
    HostEnvironmentModel *m_impactModel = nullptr;
    QPlainTextEdit *m_impactDetail = nullptr;
    // Offline readiness
    QLabel *m_readinessSummary = nullptr;
    HostEnvironmentModel *m_readinessModel = nullptr;
    QPlainTextEdit *m_syncPlanText = nullptr;
    QPushButton *m_makeSyncPlan = nullptr;
};

} // namespace ui
