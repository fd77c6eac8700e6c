// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/jobs/ansiblereview.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPalette>

#include <vector>

namespace ui {

/**
 * The hosts × tasks grid of an Ansible run: one row per task (in the order they started, named
 * in the vertical header, so the names stay in view while scrolling across many hosts) and one
 * column per host (in the order they first reported). A cell shows the task's status on that
 * host as a symbol (statusSymbol(); a number after it counts its diffs), coloured from the
 * palette; a cell whose status only a minority of the task's hosts share
 * is marked "≠", and so is its task. Following a live run, setReview() inserts the new rows and
 * columns and updates the others, so views keep their selection.
 */
class AnsibleReviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnsibleReviewModel)
public:
    enum Role {
        StatusRole = Qt::UserRole, ///< int (core::jobs::TaskStatus); -1 when the task did not run there
        HostRole, ///< QString
        TaskIdRole, ///< QString; also on the vertical header
        DiffCountRole, ///< int
        IgnoredRole, ///< bool: failed, but ignore_errors
        SortRole,
        OutlierRole, ///< bool: a minority of the task's hosts ended this way (see outlierCount())
    };

    explicit AnsibleReviewModel(QObject *parent = nullptr);
    ~AnsibleReviewModel() override;

    void setReview(const core::jobs::AnsibleReview &review);
    const core::jobs::AnsibleReview &review() const { return m_review; }
    /** Colours are derived from @p palette (the view's). */
    void setPalette(const QPalette &palette);

    /** The result shown at @p index, or nullptr when the task did not run on that host. */
    const core::jobs::HostTaskResult *result(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &host, const QString &taskId) const;
    /** The first changed cell that has a diff, row by row; invalid when there is none. */
    QModelIndex firstDiff() const;
    /** Whether the task of @p row ended with @p status on at least one host. */
    bool rowHasStatus(int row, core::jobs::TaskStatus status) const;
    /**
     * How many hosts of the task of @p row ended differently from most of its hosts: "the same
     * on every host but one" is what a reviewer looks for. 0 when the task ran on fewer than three
     * hosts or no status has a majority.
     */
    int outlierCount(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** "ok", "changed" ... translated. */
    static QString statusText(core::jobs::TaskStatus status);
    /** What a cell shows for @p status: ✓ ok, Δ changed, ✗ failed, – skipped, ⊘ unreachable. */
    static QString statusSymbol(core::jobs::TaskStatus status);
    /** The symbols explained, for a line beside the grid. */
    static QString legend();

private:
    void reindex();
    QVariant taskHeader(int row, int role) const;
    QVariant cellData(const QModelIndex &index, int role) const;
    QString cellToolTip(const core::jobs::HostTaskResult &result, int row) const;
    QString outlierText(int row) const;
    bool isOutlier(int row, int column) const;

    core::jobs::AnsibleReview m_review;
    int m_taskCount = 0;  ///< rows announced to views (lags m_review briefly while inserting)
    int m_hostCount = 0;
    QHash<QString, int> m_rowOfTask;
    QHash<QString, int> m_columnOfHost;
    std::vector<int> m_cells;  ///< [row * hosts + host]: index into results, -1 for none
    std::vector<int> m_majority; ///< per row: the status most of its hosts ended with, or -1
    QPalette m_palette;
};

} // namespace ui
