// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/solve/solution.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <string>
#include <vector>

namespace ui {

/**
 * What a solve would install: one row per package (name, version, build, channel, size, licence,
 * and why it is there), followed by the `pip:` requirements, which are listed but not solved.
 */
class PackageTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackageTableModel)
public:
    enum Column { NameColumn, VersionColumn, BuildColumn, ChannelColumn, SizeColumn, LicenseColumn, WhyColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,  ///< raw values: sizes as numbers, names in lower case
        NameRole,                 ///< the package name (the requirement text for pip rows)
        IsPipRole,                ///< true for a `pip:` requirement
        RequiredByRole,           ///< QStringList of the packages that depend on this one
        RequestedAsRole,          ///< QStringList of the user's specs this package satisfies
    };

    explicit PackageTableModel(QObject *parent = nullptr);
    ~PackageTableModel() override;

    /** Shows @p solution and the pip requirements @p pip (their text as written). */
    void setSolution(const core::solve::Solution &solution, const std::vector<std::string> &pip = {});
    /** Replaces the pip rows only (a reset only when they differ). */
    void setPip(const std::vector<std::string> &pip);
    /** Keeps only the pip rows (for an unsolvable or broken environment). */
    void clearSolution();

    /** Number of conda packages (pip rows not counted). */
    int packageCount() const { return int(m_packages.size()); }
    int pipCount() const { return int(m_pip.size()); }
    std::uint64_t downloadSize() const { return m_downloadSize; }
    /** The row of package @p name, or -1. */
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant packageData(const core::solve::SolvedPackage &package, int column, int role) const;
    QVariant pipData(const std::string &text, int column, int role) const;
    QString why(const core::solve::SolvedPackage &package) const;

    std::vector<core::solve::SolvedPackage> m_packages;
    std::vector<std::string> m_pip;
    std::uint64_t m_downloadSize = 0;
};

} // namespace ui
