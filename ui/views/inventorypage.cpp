// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The Compare page: loading the inventory, the pin matrix and the two-host comparison. The
// checks (pin check, impact, offline readiness) are in inventorypagechecks.cpp.
#include "ui/views/inventorypage.h"

#include "ui/models/hostdiffmodel.h"
#include "ui/models/pinmatrixfiltermodel.h"
#include "ui/models/pinmatrixmodel.h"
#include "ui/views/inventorychecker.h"
#include "ui/workspacecontext.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

namespace ui {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

using SnapshotResult = core::util::Result<std::shared_ptr<const InventorySnapshot>>;

/** Loads and extracts on the thread pool; touches nothing but the files it reads. */
SnapshotResult readSnapshot(const std::string &source, const core::inventory::LoadOptions &options,
    const core::inventory::PinVariables &variables)
{
    auto inventory = core::inventory::loadInventory(source, options);
    if (!inventory)
        return inventory.error();
    auto snapshot = std::make_shared<InventorySnapshot>();
    snapshot->inventory = std::move(*inventory);
    snapshot->pins = core::inventory::extractAllPins(snapshot->inventory, variables);
    snapshot->variables = variables;
    return std::shared_ptr<const InventorySnapshot>(std::move(snapshot));
}

} // namespace

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
    m_tabs->addTab(createMatrixTab(), tr("Pin matrix"));
    m_tabs->addTab(createDiffTab(), tr("Two hosts"));
    m_tabs->addTab(createCheckTab(), tr("Pin check"));
    m_tabs->addTab(createImpactTab(), tr("Impact"));
    m_tabs->addTab(createReadinessTab(), tr("Offline readiness"));
    layout->addWidget(m_tabs, 1);
    connectChecker();

    m_reloadAction = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Reload Inventory"), this);
    m_reloadAction->setObjectName(QStringLiteral("reloadInventoryAction"));
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    connect(m_reloadAction, &QAction::triggered, this, [this] {
        if (m_workspace)
            setWorkspace(*m_workspace);  // the files may have changed on disk
    });
    m_findAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Filter Packages"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(0);  // the pin matrix, whose filter this is
        m_nameFilter->setFocus(Qt::ShortcutFocusReason);
        m_nameFilter->selectAll();
    });
    addActions({m_reloadAction, m_findAction});
}

InventoryPage::~InventoryPage() = default;

QTableView *InventoryPage::makeTable(QWidget *parent, const QString &name, QAbstractItemModel *model, bool sortable)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(name);
    if (sortable) {
        auto *proxy = new QSortFilterProxyModel(view);
        proxy->setSortRole(Qt::UserRole); // every model here keeps its SortRole at Qt::UserRole
        proxy->setSourceModel(model);
        view->setModel(proxy);
        view->setSortingEnabled(true);
        view->sortByColumn(-1, Qt::AscendingOrder); // the model's own order until a header is clicked
    } else {
        view->setModel(model);
    }
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    // Wide matrices: measure a sample of rows, not all of them, when fitting columns to their contents.
    view->horizontalHeader()->setResizeContentsPrecision(100);
    view->setWordWrap(false);
    connect(view->model(), &QAbstractItemModel::modelReset, view, [view] { view->resizeColumnsToContents(); });
    return view;
}

QWidget *InventoryPage::createMatrixTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *bar = new QHBoxLayout;
    m_groupFilter = new QComboBox(tab);
    m_groupFilter->setObjectName(QStringLiteral("groupFilter"));
    m_groupFilter->setAccessibleName(tr("Group"));
    m_groupFilter->setToolTip(tr("Show the hosts of one group, each compared with that group's majority"));
    m_columnMode = new QComboBox(tab);
    m_columnMode->setObjectName(QStringLiteral("columnMode"));
    m_columnMode->setAccessibleName(tr("Columns"));
    m_columnMode->addItem(tr("Hosts as columns"));
    m_columnMode->addItem(tr("Groups as columns"));
    m_nameFilter = new QLineEdit(tab);
    m_nameFilter->setObjectName(QStringLiteral("nameFilter"));
    m_nameFilter->setPlaceholderText(tr("Filter packages…"));
    m_nameFilter->setAccessibleName(tr("Package filter"));
    m_nameFilter->setClearButtonEnabled(true);
    m_onlyDifferences = new QCheckBox(tr("Only differences"), tab);
    m_onlyDifferences->setObjectName(QStringLiteral("onlyDifferences"));
    bar->addWidget(new QLabel(tr("Group:"), tab));
    bar->addWidget(m_groupFilter);
    bar->addWidget(m_columnMode);
    bar->addWidget(m_nameFilter, 1);
    bar->addWidget(m_onlyDifferences);
    layout->addLayout(bar);

    m_matrixModel = new PinMatrixModel(this);
    m_matrixFilter = new PinMatrixFilterModel(this);
    m_matrixFilter->setSourceModel(m_matrixModel);
    m_matrixView = makeTable(tab, QStringLiteral("pinMatrixView"), m_matrixFilter, false);
    m_matrixView->setSortingEnabled(true);
    m_matrixView->sortByColumn(-1, Qt::AscendingOrder);
    m_matrixView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_matrixView->setToolTip(tr("Double-click a conda, pip or RPM cell to propose another value and see its impact"));
    layout->addWidget(m_matrixView, 1);

    connect(m_nameFilter, &QLineEdit::textChanged, m_matrixFilter, &PinMatrixFilterModel::setNameFilter);
    connect(m_onlyDifferences, &QCheckBox::toggled, m_matrixFilter, &PinMatrixFilterModel::setOnlyDifferences);
    connect(m_groupFilter, &QComboBox::currentIndexChanged, this, [this] { rebuildMatrix(); });
    connect(m_columnMode, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_matrixModel->setColumnMode(
            index == 1 ? PinMatrixModel::ColumnMode::Groups : PinMatrixModel::ColumnMode::Hosts);
    });
    connect(
        m_matrixView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
            if (current.isValid())
                showPackageUsage(m_matrixFilter->mapToSource(current).row());
        });
    connect(m_matrixModel, &PinMatrixModel::pinEdited, this,
        [this](const core::inventory::PinKey &key, const QString &host, const QString &value) {
            m_checker->proposePin(key, host, value);
        });
    return tab;
}

QWidget *InventoryPage::createDiffTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *bar = new QHBoxLayout;
    m_leftHost = new QComboBox(tab);
    m_leftHost->setObjectName(QStringLiteral("leftHost"));
    m_leftHost->setAccessibleName(tr("Left host"));
    m_rightHost = new QComboBox(tab);
    m_rightHost->setObjectName(QStringLiteral("rightHost"));
    m_rightHost->setAccessibleName(tr("Right host"));
    auto *swap = new QToolButton(tab);
    swap->setText(tr("⇄"));
    swap->setToolTip(tr("Swap the hosts"));
    swap->setAccessibleName(tr("Swap the hosts"));
    m_diffSummary = new QLabel(tab);
    m_diffSummary->setObjectName(QStringLiteral("diffSummary"));
    bar->addWidget(m_leftHost, 1);
    bar->addWidget(swap);
    bar->addWidget(m_rightHost, 1);
    bar->addWidget(m_diffSummary, 1);
    layout->addLayout(bar);
    m_diffModel = new HostDiffModel(this);
    layout->addWidget(makeTable(tab, QStringLiteral("hostDiffView"), m_diffModel, true), 1);

    connect(m_leftHost, &QComboBox::currentIndexChanged, this, [this] { updateDiff(); });
    connect(m_rightHost, &QComboBox::currentIndexChanged, this, [this] { updateDiff(); });
    connect(swap, &QToolButton::clicked, this, [this] {
        const int left = m_leftHost->currentIndex();
        const QSignalBlocker block(m_leftHost);
        m_leftHost->setCurrentIndex(m_rightHost->currentIndex());
        m_rightHost->setCurrentIndex(left);
        updateDiff();
    });
    return tab;
}

void InventoryPage::setContext(WorkspaceContext *context)
{
    m_checker->setContext(context);
}

void InventoryPage::setWorkspace(const core::envfile::Workspace &workspace)
{
    m_workspace = std::make_unique<core::envfile::Workspace>(workspace);
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
    core::inventory::LoadOptions options;
    core::inventory::PinVariables variables;
    if (m_workspace) {
        variables = { m_workspace->rpmPinVariables, m_workspace->condaEnvVariables, m_workspace->environmentVariables };
        if (!m_workspace->playbooks.empty())
            options.playbookDir = QFileInfo(qs(m_workspace->playbooks.front())).absolutePath().toStdString();
    }
    auto *watcher = new QFutureWatcher<SnapshotResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_loadGeneration)
            return; // another workspace was opened meanwhile
        const SnapshotResult &result = watcher->result();
        if (result)
            applySnapshot(*result, {});
        else
            applySnapshot(nullptr, qs(result.error().message()));
    });
    watcher->setFuture(QtConcurrent::run(readSnapshot, source.toStdString(), options, variables));
}

void InventoryPage::applySnapshot(std::shared_ptr<const InventorySnapshot> snapshot, const QString &error)
{
    m_snapshot = std::move(snapshot);
    m_announceLoad = m_snapshot != nullptr;
    m_checker->setSnapshot(m_snapshot);
    {
        // Refilled without a matrix rebuild or a diff per item.
        const QSignalBlocker b1(m_groupFilter), b2(m_leftHost), b3(m_rightHost);
        m_groupFilter->clear();
        m_leftHost->clear();
        m_rightHost->clear();
        m_groupFilter->addItem(tr("All hosts"), QString());
        if (m_snapshot) {
            for (const auto &g : m_snapshot->inventory.groups)
                if (g.name != "all" && !m_snapshot->inventory.hostsOf(g.name).empty())
                    m_groupFilter->addItem(qs(g.name), qs(g.name));
            for (const auto &h : m_snapshot->inventory.hosts) {
                m_leftHost->addItem(qs(h.name));
                m_rightHost->addItem(qs(h.name));
            }
            m_rightHost->setCurrentIndex(std::min(1, m_rightHost->count() - 1));
        }
    }
    if (!m_snapshot) {
        m_summary->setText(tr("Cannot read the inventory: %1").arg(error));
        m_matrixModel->setMatrix({});
        m_diffModel->clear();
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
    rebuildMatrix();
    updateDiff();
}

void InventoryPage::rebuildMatrix()
{
    const int generation = ++m_matrixGeneration;
    if (!m_snapshot)
        return;
    core::inventory::PinMatrixOptions options;
    options.group = m_groupFilter->currentData().toString().toStdString();
    using MatrixResult = core::util::Result<core::inventory::PinMatrix>;
    auto *watcher = new QFutureWatcher<MatrixResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_matrixGeneration)
            return;
        const MatrixResult &matrix = watcher->result();
        m_matrixModel->setMatrix(matrix ? *matrix : core::inventory::PinMatrix {});
        Q_EMIT matrixUpdated();
        if (std::exchange(m_announceLoad, false))
            Q_EMIT inventoryLoaded();
    });
    auto snapshot = m_snapshot;
    watcher->setFuture(QtConcurrent::run(
        [snapshot, options] { return core::inventory::buildPinMatrix(snapshot->inventory, snapshot->pins, options); }));
}

void InventoryPage::updateDiff()
{
    const auto *left = m_snapshot ? m_snapshot->hostPins(m_leftHost->currentText().toStdString()) : nullptr;
    const auto *right = m_snapshot ? m_snapshot->hostPins(m_rightHost->currentText().toStdString()) : nullptr;
    if (!left || !right) {
        m_diffModel->clear();
        m_diffSummary->clear();
        return;
    }
    // The model keeps the inventory alive for its tooltips: share the snapshot's.
    std::shared_ptr<const core::inventory::Inventory> inventory(m_snapshot, &m_snapshot->inventory);
    m_diffModel->setHosts(inventory, *left, *right, m_workspace ? qs(m_workspace->root) : QString());
    m_diffSummary->setText(
        tr("%1 of %n pin(s) differ", nullptr, m_diffModel->rowCount()).arg(m_diffModel->differenceCount()));
}

} // namespace ui
