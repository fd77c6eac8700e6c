// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/jobs/jobrecord.h"

#include <QJsonValue>

#include <array>
#include <utility>

namespace core::jobs {

namespace {

constexpr int s_formatVersion = 1;

const std::array<std::pair<JobState, const char *>, 6> &stateNames()
{
    static const std::array<std::pair<JobState, const char *>, 6> s_names{{
        {JobState::Queued, "queued"},
        {JobState::Running, "running"},
        {JobState::Succeeded, "succeeded"},
        {JobState::Failed, "failed"},
        {JobState::Cancelled, "cancelled"},
        {JobState::Interrupted, "interrupted"},
    }};
    return s_names;
}

// Milliseconds keep the round trip exact; ISO text would drop them.
QJsonValue timeToJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toMSecsSinceEpoch()) : QJsonValue();
}

QDateTime timeFromJson(const QJsonValue &value)
{
    return value.isDouble() ? QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble())) : QDateTime();
}

} // namespace

bool isFinalState(JobState state)
{
    return state != JobState::Queued && state != JobState::Running;
}

QString jobStateName(JobState state)
{
    for (const auto &[value, name] : stateNames())
        if (value == state)
            return QString::fromLatin1(name);
    return QString();
}

std::optional<JobState> jobStateFromName(const QString &name)
{
    for (const auto &[value, text] : stateNames())
        if (name == QLatin1String(text))
            return value;
    return std::nullopt;
}

QJsonObject jobRecordToJson(const JobRecord &record)
{
    QJsonObject progress { { QStringLiteral("value"), record.progress.value },
        { QStringLiteral("maximum"), record.progress.maximum }, { QStringLiteral("failed"), record.progress.failed } };
    return QJsonObject{
        {QStringLiteral("format"), s_formatVersion},
        {QStringLiteral("id"), record.id},
        {QStringLiteral("kind"), record.kind},
        {QStringLiteral("title"), record.title},
        {QStringLiteral("parameters"), QJsonObject::fromVariantMap(record.parameters)},
        {QStringLiteral("state"), jobStateName(record.state)},
        {QStringLiteral("progress"), progress},
        {QStringLiteral("created"), timeToJson(record.createdAt)},
        {QStringLiteral("started"), timeToJson(record.startedAt)},
        {QStringLiteral("finished"), timeToJson(record.finishedAt)},
        {QStringLiteral("summary"), QJsonObject::fromVariantMap(record.summary)},
    };
}

util::Result<JobRecord> jobRecordFromJson(const QJsonObject &object, const QString &location)
{
    const auto invalid = [&](const char *detail) {
        return util::makeError(util::ErrorCode::InvalidValue, detail, location.toStdString());
    };
    const QJsonValue id = object.value(QLatin1String("id"));
    const QJsonValue kind = object.value(QLatin1String("kind"));
    if (!id.isString() || id.toString().isEmpty())
        return invalid("missing or empty 'id'");
    if (!kind.isString() || kind.toString().isEmpty())
        return invalid("missing or empty 'kind'");
    const std::optional<JobState> state = jobStateFromName(object.value(QLatin1String("state")).toString());
    if (!state)
        return invalid("missing or unknown 'state'");

    JobRecord record;
    record.id = id.toString();
    record.kind = kind.toString();
    record.title = object.value(QLatin1String("title")).toString();
    record.parameters = object.value(QLatin1String("parameters")).toObject().toVariantMap();
    record.state = *state;
    const QJsonObject progress = object.value(QLatin1String("progress")).toObject();
    record.progress.value = qint64(progress.value(QLatin1String("value")).toDouble());
    record.progress.maximum = qint64(progress.value(QLatin1String("maximum")).toDouble());
    record.progress.failed = qint64(progress.value(QLatin1String("failed")).toDouble());
    record.createdAt = timeFromJson(object.value(QLatin1String("created")));
    record.startedAt = timeFromJson(object.value(QLatin1String("started")));
    record.finishedAt = timeFromJson(object.value(QLatin1String("finished")));
    record.summary = object.value(QLatin1String("summary")).toObject().toVariantMap();
    return record;
}

} // namespace core::jobs
