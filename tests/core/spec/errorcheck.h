// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/util/result.h"

#include <QString>

/**
 * Empty when @p error has @p code, "column @p column" as location and a detail starting with
 * @p reason; otherwise a description of what differs, for QVERIFY2.
 */
inline QString errorMismatch(const core::util::Error &error, core::util::ErrorCode code, int column, const QString &reason)
{
    const QString location = QString::fromStdString(error.location);
    const QString detail = QString::fromStdString(error.detail);
    if (error.code != code)
        return QStringLiteral("code %1, expected %2").arg(QLatin1String(core::util::errorCodeName(error.code)),
                                                            QLatin1String(core::util::errorCodeName(code)));
    if (location != QStringLiteral("column %1").arg(column))
        return QStringLiteral("location '%1', expected column %2 (%3)").arg(location).arg(column).arg(detail);
    if (!detail.startsWith(reason))
        return QStringLiteral("detail '%1', expected '%2...'").arg(detail, reason);
    return {};
}

/** As errorMismatch() for a Result that must have failed. */
template<typename T>
QString failureMismatch(const core::util::Result<T> &result, core::util::ErrorCode code, int column, const QString &reason)
{
    return result.ok() ? QStringLiteral("parsed, expected an error") : errorMismatch(result.error(), code, column, reason);
}
