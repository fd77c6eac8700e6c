// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/views/inventorymatrixtab.h"

#include "core/util/qtext.h"
#include "ui/models/pinmatrixfiltermodel.h"
#include "ui/models/pinmatrixmodel.h"
#include "ui/views/inventorysnapshot.h"
#include "ui/views/inventorywidgets.h"
#include "ui/widgets/frozencolumns.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ui {

using core::util::qs;

InventoryMatrixTab::InventoryMatrixTab(QWidget *parent)
    : QWidget(parent)
    , m_matrixModel(new PinMatrixModel(this))
    , m_matrixFilter(new PinMatrixFilterModel(this))
{
    setObjectName(QStringLiteral("pinMatrixTab"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(createFilterBar());
    m_matrixFilter->setSourceModel(m_matrixModel);
    m_matrixView = makeInventoryTable(this, QStringLiteral("pinMatrixView"), m_matrixFilter, HeaderSorting::Off);
    // The filter model is a proxy already: it sorts too, no second proxy. Cells are selected one by one.
    m_matrixView->setSortingEnabled(true);
    m_matrixView->sortByColumn(-1, Qt::AscendingOrder);
    m_matrixView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_matrixView->setToolTip(tr("Double-click a conda, pip or RPM cell to propose another value and see its impact"));
    // Kind, scope and package stay in view while many hosts scroll by.
    m_matrixView->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_frozen = new FrozenColumns(m_matrixView, PinMatrixModel::KeyColumnCount);
    layout->addWidget(m_matrixView, 1);

    connect(m_nameFilter, &QLineEdit::textChanged, m_matrixFilter, &PinMatrixFilterModel::setNameFilter);
    connect(m_onlyDifferences, &QCheckBox::toggled, m_matrixFilter, &PinMatrixFilterModel::setOnlyDifferences);
    connect(m_onlyInstalledDrift, &QCheckBox::toggled, m_matrixFilter, &PinMatrixFilterModel::setOnlyInstalledDrift);
    connect(m_groupFilter, &QComboBox::currentIndexChanged, this, [this] { rebuildMatrix(); });
    connect(m_columnMode, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_matrixModel->setColumnMode(
            index == 1 ? PinMatrixModel::ColumnMode::Groups : PinMatrixModel::ColumnMode::Hosts);
    });
    connect(
        m_matrixView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
            const int row = current.isValid() ? m_matrixFilter->mapToSource(current).row() : -1;
            if (row >= 0 && row < m_matrixModel->rowCount())
                Q_EMIT packageSelected(m_matrixModel->rowKey(row));
        });
    connect(m_matrixModel, &PinMatrixModel::pinEdited, this, &InventoryMatrixTab::pinProposed);
}

InventoryMatrixTab::~InventoryMatrixTab() = default;

QLayout *InventoryMatrixTab::createFilterBar()
{
    auto *bar = new QHBoxLayout;
    m_groupFilter = new QComboBox(this);
    m_groupFilter->setObjectName(QStringLiteral("groupFilter"));
    m_groupFilter->setAccessibleName(tr("Group"));
    m_groupFilter->setToolTip(tr("Show the hosts of one group, each compared with that group's majority"));
    m_columnMode = new QComboBox(this);
    m_columnMode->setObjectName(QStringLiteral("columnMode"));
    m_columnMode->setAccessibleName(tr("Columns"));
    m_columnMode->addItem(tr("Hosts as columns"));
    m_columnMode->addItem(tr("Groups as columns"));
    m_nameFilter = new QLineEdit(this);
    m_nameFilter->setObjectName(QStringLiteral("nameFilter"));
    m_nameFilter->setPlaceholderText(tr("Filter packages…"));
    m_nameFilter->setAccessibleName(tr("Package filter"));
    m_nameFilter->setClearButtonEnabled(true);
    m_onlyDifferences = new QCheckBox(tr("Only differences"), this);
    m_onlyDifferences->setObjectName(QStringLiteral("onlyDifferences"));
    m_onlyInstalledDrift = new QCheckBox(tr("Only installed drift"), this);
    m_onlyInstalledDrift->setObjectName(QStringLiteral("onlyInstalledDrift"));
    m_onlyInstalledDrift->setToolTip(tr("Rows where some host has not installed what it pins (Installed tab, Gather Installed)"));
    bar->addWidget(new QLabel(tr("Group:"), this));
    bar->addWidget(m_groupFilter);
    bar->addWidget(m_columnMode);
    bar->addWidget(m_nameFilter, 1);
    bar->addWidget(m_onlyDifferences);
    bar->addWidget(m_onlyInstalledDrift);
    return bar;
}

void InventoryMatrixTab::setSnapshot(std::shared_ptr<const InventorySnapshot> snapshot)
{
    m_snapshot = std::move(snapshot);
    {
        // Refilled without a rebuild per item: one follows below.
        const QSignalBlocker blocker(m_groupFilter);
        m_groupFilter->clear();
        m_groupFilter->addItem(tr("All hosts"), QString());
        if (m_snapshot)
            for (const auto &g : m_snapshot->inventory.groups)
                if (g.name != "all" && !m_snapshot->inventory.hostsOf(g.name).empty())
                    m_groupFilter->addItem(qs(g.name), qs(g.name));
    }
    rebuildMatrix();
}

void InventoryMatrixTab::focusFilter()
{
    m_nameFilter->setFocus(Qt::ShortcutFocusReason);
    m_nameFilter->selectAll();
}

void InventoryMatrixTab::rebuildMatrix()
{
    const int generation = ++m_generation;
    if (!m_snapshot) {
        m_matrixModel->setMatrix({});
        return;
    }
    core::inventory::PinMatrixOptions options;
    options.group = m_groupFilter->currentData().toString().toStdString();
    using MatrixResult = core::util::Result<core::inventory::PinMatrix>;
    auto *watcher = new QFutureWatcher<MatrixResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // another snapshot or group was chosen meanwhile
        const MatrixResult &matrix = watcher->result();
        m_matrixModel->setMatrix(matrix ? *matrix : core::inventory::PinMatrix {});
        Q_EMIT matrixUpdated();
    });
    auto snapshot = m_snapshot;
    watcher->setFuture(QtConcurrent::run(
        [snapshot, options] { return core::inventory::buildPinMatrix(snapshot->inventory, snapshot->pins, options); }));
}

} // namespace ui
