// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The Compare page: loading the inventory and handing it to the tabs. Each tab is a widget of its
// own (inventory*tab.cpp); the checks run in InventoryChecker, which three of them follow.
#include "ui/views/inventorypage.h"

#include "core/util/qtext.h"
#include "ui/diagnostictext.h"
#include "ui/models/hostdiffmodel.h"
#include "ui/models/pinmatrixmodel.h"
#include "ui/views/inventorychecker.h"
#include "ui/views/inventorychecktab.h"
#include "ui/views/inventoryhoststab.h"
#include "ui/views/inventoryimpacttab.h"
#include "ui/views/inventoryinstalledtab.h"
#include "ui/views/inventorymatrixtab.h"
#include "ui/views/inventoryreadinesstab.h"
#include "ui/views/inventorysnapshot.h"

#include <QAction>
#include <QFutureWatcher>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace ui {

using core::util::qs;

InventoryPage::InventoryPage(QWidget *parent)
    : Page(parent)
    , m_checker(new InventoryChecker(this))
    , m_summary(new QLabel(tr("No workspace open"), this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("inventoryPage"));
    auto *layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_tabs->setObjectName(QStringLiteral("inventoryTabs"));
    createTabs();
    layout->addWidget(m_tabs, 1);
    createActions();
}

InventoryPage::~InventoryPage() = default;

void InventoryPage::createTabs()
{
    m_matrixTab = new InventoryMatrixTab(this);
    m_hostsTab = new InventoryHostsTab(this);
    m_checkTab = new InventoryCheckTab(m_checker, this);
    m_impactTab = new InventoryImpactTab(m_checker, this);
    m_readinessTab = new InventoryReadinessTab(m_checker, this);
    m_installedTab = new InventoryInstalledTab(m_checker, this);
    m_tabs->addTab(m_matrixTab, tr("Pin matrix"));
    m_tabs->addTab(m_hostsTab, tr("Two hosts"));
    m_tabs->addTab(m_checkTab, tr("Pin check"));
    m_tabs->addTab(m_impactTab, tr("Impact"));
    m_tabs->addTab(m_readinessTab, tr("Offline readiness"));
    m_tabs->addTab(m_installedTab, tr("Installed"));

    connect(m_matrixTab, &InventoryMatrixTab::matrixUpdated, this, [this] {
        Q_EMIT matrixUpdated();
        if (std::exchange(m_announceLoad, false))
            Q_EMIT inventoryLoaded();
    });
    connect(m_matrixTab, &InventoryMatrixTab::packageSelected, m_impactTab, &InventoryImpactTab::showPackageUsage);
    connect(m_matrixTab, &InventoryMatrixTab::pinProposed, m_checker, &InventoryChecker::proposePin);
    connect(m_checker, &InventoryChecker::statusChanged, this, &Page::statusChanged);
    // What the hosts have installed shows beside their pins in the matrix and the two-host view.
    connect(m_installedTab, &InventoryInstalledTab::driftUpdated, this, [this] {
        m_matrixTab->matrixModel()->setInstalled(m_installedTab->installedIndex());
        m_hostsTab->diffModel()->setInstalled(m_installedTab->installedIndex());
        Q_EMIT installedUpdated();
    });
    connect(m_checkTab, &InventoryCheckTab::checksFinished, this, &InventoryPage::checksFinished);
    connect(m_impactTab, &InventoryImpactTab::impactUpdated, this, &InventoryPage::impactUpdated);
    connect(m_readinessTab, &InventoryReadinessTab::readinessUpdated, this, &InventoryPage::readinessUpdated);
    connect(m_readinessTab, &InventoryReadinessTab::statusChanged, this, &Page::statusChanged);
}

void InventoryPage::createActions()
{
    m_reloadAction = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Reload Inventory"), this);
    m_reloadAction->setObjectName(QStringLiteral("reloadInventoryAction"));
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    connect(m_reloadAction, &QAction::triggered, this, [this] {
        if (m_workspace)
            setWorkspace(*m_workspace); // the files may have changed on disk
    });
    m_findAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Filter Packages"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_matrixTab); // whose filter this is
        m_matrixTab->focusFilter();
    });
    addActions({ m_reloadAction, m_findAction });
}

PinMatrixModel *InventoryPage::matrixModel() const
{
    return m_matrixTab->matrixModel();
}

PinMatrixFilterModel *InventoryPage::matrixFilter() const
{
    return m_matrixTab->matrixFilter();
}

HostDiffModel *InventoryPage::diffModel() const
{
    return m_hostsTab->diffModel();
}

PinCheckModel *InventoryPage::pinCheckModel() const
{
    return m_checkTab->pinCheckModel();
}

HostEnvironmentModel *InventoryPage::environmentModel() const
{
    return m_checkTab->environmentModel();
}

HostEnvironmentModel *InventoryPage::impactModel() const
{
    return m_impactTab->impactModel();
}

HostEnvironmentModel *InventoryPage::readinessModel() const
{
    return m_readinessTab->readinessModel();
}

core::util::Result<void> InventoryPage::saveSyncPlanSpecList(const QString &path) const
{
    return m_readinessTab->saveSyncPlanSpecList(path);
}

void InventoryPage::setContext(WorkspaceContext *context)
{
    m_checker->setContext(context);
}

void InventoryPage::setWorkspace(const core::envfile::Workspace &workspace)
{
    m_workspace = std::make_unique<core::envfile::Workspace>(workspace);
    m_readinessTab->setWorkspaceRoot(qs(workspace.root));
    if (workspace.inventory.empty()) {
        ++m_loadGeneration;
        applySnapshot(nullptr, tr("The workspace names no inventory (inventory: in deploydeck.yml)."));
        return;
    }
    loadInventory(qs(workspace.inventory));
}

void InventoryPage::loadInventory(const QString &source)
{
    const int generation = ++m_loadGeneration;
    m_summary->setText(tr("Loading the inventory %1…").arg(source));
    const InventoryReadOptions options
        = m_workspace ? InventoryReadOptions::forWorkspace(*m_workspace) : InventoryReadOptions {};
    auto *watcher = new QFutureWatcher<InventorySnapshotResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_loadGeneration)
            return; // another workspace was opened meanwhile
        const InventorySnapshotResult &result = watcher->result();
        if (result)
            applySnapshot(*result, {});
        else
            applySnapshot(nullptr, DiagnosticText::errorText(result.error()));
    });
    watcher->setFuture(QtConcurrent::run(readInventorySnapshot, source.toStdString(), options));
}

void InventoryPage::applySnapshot(std::shared_ptr<const InventorySnapshot> snapshot, const QString &error)
{
    m_snapshot = std::move(snapshot);
    m_announceLoad = m_snapshot != nullptr;
    m_checker->setSnapshot(m_snapshot);
    m_matrixTab->setSnapshot(m_snapshot);
    m_hostsTab->setSnapshot(m_snapshot, m_workspace ? qs(m_workspace->root) : QString());
    m_installedTab->setSnapshot(m_snapshot, m_workspace ? qs(m_workspace->root) : QString(),
        m_snapshot && !m_snapshot->inventory.sources.empty() ? qs(m_snapshot->inventory.sources.front()) : QString());
    if (!m_snapshot) {
        m_summary->setText(tr("Cannot read the inventory: %1").arg(error));
        Q_EMIT statusChanged(m_summary->text());
        Q_EMIT inventoryLoaded();
        return;
    }
    const auto &inv = m_snapshot->inventory;
    QStringList problems;
    for (const auto &d : inv.diagnostics)
        problems << qs(d.toString());
    for (const auto &p : m_snapshot->pins)
        for (const auto &d : p.warnings)
            problems << qs(d.toString());
    m_summary->setText(tr("%1: %n host(s)", nullptr, int(inv.hosts.size())).arg(qs(inv.sources.front()))
        + (problems.isEmpty() ? QString() : tr(" — %n warning(s)", nullptr, int(problems.size()))));
    m_summary->setToolTip(problems.join(QLatin1Char('\n')));
}

} // namespace ui
