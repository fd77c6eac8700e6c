// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace core::jobs {

/**
 * Where a job is in its life. Queued → Running → one of the final states. Interrupted is only
 * ever read from the history: the job was running (or waiting) when the app ended.
 */
enum class JobState {
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
    Interrupted,
};

/** Whether @p state is one a job never leaves. */
bool isFinalState(JobState state);

/** Stable lower-case name ("running") used in the history files and in JSON output. */
QString jobStateName(JobState state);

/** The state named by jobStateName(), or nullopt for an unknown name. */
std::optional<JobState> jobStateFromName(const QString &name);

/** Progress of a job: determinate when maximum > 0 (value of maximum), indeterminate otherwise. */
struct JobProgress
{
    qint64 value = 0;
    qint64 maximum = 0;
    /** Parts that failed so far: a job that is failing shows it before it ends (0: none, or unknown). */
    qint64 failed = 0;

    bool isDeterminate() const { return maximum > 0; }
    bool operator==(const JobProgress &) const = default;
};

/**
 * A job as plain data: what the history stores and the job table shows. The log is kept apart
 * (it can be large and is read on demand).
 */
struct JobRecord
{
    QString id;
    QString kind;
    QString title;
    QVariantMap parameters;  ///< enough to run the job again (JobFactory)
    JobState state = JobState::Queued;
    JobProgress progress;
    QDateTime createdAt;
    QDateTime startedAt;     ///< invalid while queued
    QDateTime finishedAt;    ///< invalid until the job ends
    QVariantMap summary;     ///< kind-specific result data (exit code, per-host totals ...)

    bool operator==(const JobRecord &) const = default;
};

/** The record as the JSON object stored in a job's metadata file. */
QJsonObject jobRecordToJson(const JobRecord &record);

/**
 * Reads a record written by jobRecordToJson(). Missing or wrongly typed required keys (id, kind,
 * state) give InvalidValue with @p location; unknown keys are ignored for forward compatibility.
 */
[[nodiscard]] util::Result<JobRecord> jobRecordFromJson(const QJsonObject &object, const QString &location);

} // namespace core::jobs

Q_DECLARE_METATYPE(core::jobs::JobState)
Q_DECLARE_METATYPE(core::jobs::JobProgress)
Q_DECLARE_METATYPE(core::jobs::JobRecord)
