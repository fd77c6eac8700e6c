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
 * host, coloured from the palette. Following a live run, setReview() inserts the new rows and
 * columns and updates the others, so views keep their selection.
 */
class AnsibleReviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnsibleReviewModel)
public:
    enum Role {
        StatusRole = Qt::UserRole,  ///< int (core::jobs::TaskStatus); -1 when the task did not run there
        HostRole,                   ///< QString
        TaskIdRole,                 ///< QString; also on the vertical header
        DiffCountRole,              ///< int
        IgnoredRole,                ///< bool: failed, but ignore_errors
        SortRole,
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** "ok", "changed" ... translated. */
    static QString statusText(core::jobs::TaskStatus status);

private:
    void reindex();
    QVariant taskHeader(const core::jobs::AnsibleTask &task, int role) const;
    QVariant cellData(const core::jobs::HostTaskResult *result, const QString &host, const QString &taskId, int role) const;
    static QString cellToolTip(const core::jobs::HostTaskResult &result);

    core::jobs::AnsibleReview m_review;
    int m_taskCount = 0;  ///< rows announced to views (lags m_review briefly while inserting)
    int m_hostCount = 0;
    QHash<QString, int> m_rowOfTask;
    QHash<QString, int> m_columnOfHost;
    std::vector<int> m_cells;  ///< [row * hosts + host]: index into results, -1 for none
    QPalette m_palette;
};

} // namespace ui
