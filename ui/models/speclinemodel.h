// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace ui {

/** How far one spec-list line got, over all the platforms it is planned for. */
enum class SpecLineStatus {
    Solving,     ///< some platform has no result yet
    Solved,      ///< solved on every platform
    Unsolvable,  ///< no solution on some platform: excluded from the plan there
    Invalid,     ///< a spec does not parse: not solved, excluded from the plan
    Error,       ///< the solver refused the request (or the channels did not load)
};

/** One row of the spec-list line table. */
struct SpecLineEntry
{
    int lineNumber = 0;          ///< 1-based line in the file
    QString specs;               ///< the line's specs, separated by one space
    SpecLineStatus status = SpecLineStatus::Solving;
    int packageCount = -1;       ///< packages of the solution (first platform); -1 when not solved
    QString platform;            ///< the platform the status comes from when it is not Solved
    QString detail;              ///< why it failed, one line (the tooltip)
    bool operator==(const SpecLineEntry &) const = default;
};

/**
 * The lines of a spec list that ask for a solve: line number, specs, status and package count.
 * Updates in place (dataChanged) when only statuses change, so selections survive a re-solve.
 */
class SpecLineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpecLineModel)
public:
    enum Column { LineColumn, SpecsColumn, StatusColumn, PackagesColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,  ///< raw values: numbers as numbers
        StatusRole,               ///< int(SpecLineStatus)
        LineNumberRole,           ///< the 1-based line number
    };

    explicit SpecLineModel(QObject *parent = nullptr);
    ~SpecLineModel() override;

    /**
     * Replaces the rows. When the new rows are for the same line numbers, only the rows that
     * differ are updated (dataChanged); otherwise the model is reset.
     */
    void setLines(std::vector<SpecLineEntry> lines);
    /** Replaces the row of @p entry's line number, if there is one. */
    void updateLine(const SpecLineEntry &entry);
    void clear();

    const std::vector<SpecLineEntry> &lines() const { return m_lines; }
    /** The row of 1-based @p lineNumber, or -1. */
    int rowOf(int lineNumber) const;
    /** How many rows have @p status. */
    int count(SpecLineStatus status) const;
    /** "solved", "unsolvable" … (translated). */
    static QString statusText(SpecLineStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const SpecLineEntry &entry, int column) const;
    QVariant sortData(const SpecLineEntry &entry, int column) const;
    QString toolTip(const SpecLineEntry &entry) const;

    std::vector<SpecLineEntry> m_lines;
};

} // namespace ui
