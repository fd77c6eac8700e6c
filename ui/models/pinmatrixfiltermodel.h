// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <QSortFilterProxyModel>

namespace ui {

/**
 * Filters the pin matrix: by package name (a case-insensitive substring) and, optionally, to the
 * rows where the columns disagree. Reads PinMatrixModel's PackageRole, RowDiffersRole and SortRole;
 * the group filter is not here (the page rebuilds the matrix for a group, so the majorities are the
 * group's). GUI thread only.
 */
class PinMatrixFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PinMatrixFilterModel)
public:
    /** Same values as PinMatrixModel::Role. */
    enum SourceRole {
        SortRole = Qt::UserRole,
        DiffersRole,
        RowDiffersRole,
        PackageRole,
        RowInstalledDriftRole = Qt::UserRole + 10,
    };

    explicit PinMatrixFilterModel(QObject *parent = nullptr);
    ~PinMatrixFilterModel() override;

    QString nameFilter() const { return m_name; }
    bool onlyDifferences() const { return m_onlyDifferences; }
    bool onlyInstalledDrift() const { return m_onlyInstalledDrift; }

public Q_SLOTS:
    void setNameFilter(const QString &text);
    void setOnlyDifferences(bool only);
    /** Only rows where some host has not installed what it pins. */
    void setOnlyInstalledDrift(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_name;
    bool m_onlyDifferences = false;
    bool m_onlyInstalledDrift = false;
};

} // namespace ui
