// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/jobs/job.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace ui {

/**
 * A job's log, one row per line. Following a live job, new lines are collected and appended in
 * batches (one beginInsertRows() per batchInterval()), so a job printing tens of thousands of
 * lines a second costs the view a handful of updates, never one per line.
 */
class JobLogModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobLogModel)
public:
    enum Role {
        LineNumberRole = Qt::UserRole,  ///< int, from 1
        IsNoteRole,                     ///< bool: a line deploydeck added ("deploydeck: ...")
    };

    explicit JobLogModel(QObject *parent = nullptr);
    ~JobLogModel() override;

    /** Shows @p job's log so far and follows it; nullptr clears. */
    void setJob(core::jobs::Job *job);
    core::jobs::Job *job() const { return m_job; }
    /** Shows a finished log (a past job's, from the history); stops following. */
    void setLines(const QStringList &lines);
    void clear() { setLines({}); }

    /** Appends lines (in one batch with those waiting). */
    void appendLines(const QStringList &lines);
    /** Appends the waiting lines now. */
    void flush();

    int batchInterval() const { return m_batchTimer.interval(); }
    void setBatchInterval(int milliseconds) { m_batchTimer.setInterval(milliseconds); }

    const QStringList &lines() const { return m_lines; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void follow(core::jobs::Job *job);

    QStringList m_lines;
    QStringList m_pending;
    QPointer<core::jobs::Job> m_job;
    QTimer m_batchTimer;
};

} // namespace ui
