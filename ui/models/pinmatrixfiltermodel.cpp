// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/pinmatrixfiltermodel.h"

#include "ui/models/pinmatrixmodel.h"

namespace ui {

PinMatrixFilterModel::PinMatrixFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

PinMatrixFilterModel::~PinMatrixFilterModel() = default;

void PinMatrixFilterModel::setNameFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_name)
        return;
    m_name = trimmed;
    invalidateFilter();
}

void PinMatrixFilterModel::setOnlyDifferences(bool only)
{
    if (only == m_onlyDifferences)
        return;
    m_onlyDifferences = only;
    invalidateFilter();
}

static_assert(int(PinMatrixFilterModel::RowInstalledDriftRole) == int(PinMatrixModel::RowInstalledDriftRole));
static_assert(int(PinMatrixFilterModel::PackageRole) == int(PinMatrixModel::PackageRole));

void PinMatrixFilterModel::setOnlyInstalledDrift(bool only)
{
    if (only == m_onlyInstalledDrift)
        return;
    m_onlyInstalledDrift = only;
    invalidateFilter();
}

bool PinMatrixFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_onlyDifferences && !index.data(RowDiffersRole).toBool())
        return false;
    if (m_onlyInstalledDrift && !index.data(RowInstalledDriftRole).toBool())
        return false;
    return m_name.isEmpty() || index.data(PackageRole).toString().contains(m_name, Qt::CaseInsensitive);
}

} // namespace ui
