// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/joblogmodel.h"

#include "core/jobs/job.h"

namespace ui {

JobLogModel::JobLogModel(QObject *parent)
    : QAbstractListModel(parent)
{
    // About 20 updates a second: the eye cannot follow faster, and each update is cheap.
    m_batchTimer.setInterval(50);
    m_batchTimer.setSingleShot(true);
    connect(&m_batchTimer, &QTimer::timeout, this, &JobLogModel::flush);
}

JobLogModel::~JobLogModel() = default;

void JobLogModel::setJob(core::jobs::Job *job)
{
    setLines(job ? job->logLines() : QStringList());
    follow(job);
}

void JobLogModel::follow(core::jobs::Job *job)
{
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    m_job = job;
    if (job)
        connect(job, &core::jobs::Job::logLineAdded, this, [this](const QString &line) { appendLines({line}); });
}

void JobLogModel::setLines(const QStringList &lines)
{
    follow(nullptr);
    m_batchTimer.stop();
    beginResetModel();
    m_lines = lines;
    m_pending.clear();
    endResetModel();
}

void JobLogModel::appendLines(const QStringList &lines)
{
    m_pending += lines;
    if (!m_pending.isEmpty() && !m_batchTimer.isActive())
        m_batchTimer.start();
}

void JobLogModel::flush()
{
    m_batchTimer.stop();
    if (m_pending.isEmpty())
        return;
    const int first = int(m_lines.size());
    beginInsertRows({}, first, first + int(m_pending.size()) - 1);
    m_lines += m_pending;
    m_pending.clear();
    endInsertRows();
}

int JobLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant JobLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return m_lines.at(index.row());
    case LineNumberRole:
        return index.row() + 1;
    case IsNoteRole:
        return m_lines.at(index.row()).startsWith(QLatin1String("deploydeck: "));
    default:
        return {};
    }
}

} // namespace ui
