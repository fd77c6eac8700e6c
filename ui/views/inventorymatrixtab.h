// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/inventory/pinmatrix.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLayout;
class QLineEdit;
class QTableView;

namespace ui {

struct InventorySnapshot;
class FrozenColumns;
class PinMatrixFilterModel;
class PinMatrixModel;

/**
 * The Inventory page's pin matrix: one row per pin, hosts (or groups) as columns, cells drifting
 * from their group's majority highlighted. Filters by group (a rebuild of the matrix), by package
 * name and to the rows that differ. Editing a cell proposes another value (pinProposed()).
 *
 * The matrix is built on the thread pool; a snapshot or group chosen meanwhile drops the older
 * build. GUI thread only.
 */
class InventoryMatrixTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryMatrixTab)
public:
    explicit InventoryMatrixTab(QWidget *parent = nullptr);
    ~InventoryMatrixTab() override;

    /**
     * Lists @p snapshot's groups and builds its matrix in the background (matrixUpdated() when it
     * is shown); nullptr empties the matrix at once.
     */
    void setSnapshot(std::shared_ptr<const InventorySnapshot> snapshot);
    /** Puts the focus in the package filter with its text selected (Filter Packages, Ctrl+F). */
    void focusFilter();

    PinMatrixModel *matrixModel() const { return m_matrixModel; }
    PinMatrixFilterModel *matrixFilter() const { return m_matrixFilter; }

Q_SIGNALS:
    /** The matrix of the current snapshot and group is shown. */
    void matrixUpdated();
    /** A cell of @p key's row became the current one. */
    void packageSelected(const core::inventory::PinKey &key);
    /** A cell was edited: @p value proposed for @p host's pin @p key. */
    void pinProposed(const core::inventory::PinKey &key, const QString &host, const QString &value);

private:
    QLayout *createFilterBar();
    void rebuildMatrix();

    std::shared_ptr<const InventorySnapshot> m_snapshot;
    int m_generation = 0; ///< drops matrices built for an older snapshot or group

    QComboBox *m_groupFilter = nullptr;
    QComboBox *m_columnMode = nullptr;
    QLineEdit *m_nameFilter = nullptr;
    QCheckBox *m_onlyDifferences = nullptr;
    QCheckBox *m_onlyInstalledDrift = nullptr;
    QTableView *m_matrixView = nullptr;
    FrozenColumns *m_frozen = nullptr; ///< kind, scope and package kept in view
    PinMatrixModel *m_matrixModel = nullptr;
    PinMatrixFilterModel *m_matrixFilter = nullptr;
};

} // namespace ui
