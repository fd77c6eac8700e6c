// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/util/excludenewer.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <charconv>
#include <optional>

namespace core::util {

namespace {

const char *s_forms = "expected a date (2026-10-01), an ISO 8601 date-time (2026-10-01T12:00:00Z) or a duration "
                      "such as 7d, 12h or 2w";

/** Milliseconds of one unit of a duration; 0 for an unknown unit. */
std::int64_t unitMs(char unit)
{
    switch (unit) {
    case 's':
        return 1000;
    case 'm':
        return 60 * 1000;
    case 'h':
        return 3600 * 1000;
    case 'd':
        return 24 * 3600 * 1000;
    case 'w':
        return 7 * 24 * 3600 * 1000;
    default:
        return 0;
    }
}

std::optional<std::int64_t> durationMs(std::string_view text)
{
    if (text.size() < 2 || !unitMs(text.back()))
        return std::nullopt;
    std::int64_t count = 0;
    const std::string_view digits = text.substr(0, text.size() - 1);
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), count);
    // A hundred years of any unit is more than anyone means; the bound also keeps the product in range.
    if (ec != std::errc() || end != digits.data() + digits.size() || count < 0 || count > 100LL * 365 * 24 * 3600)
        return std::nullopt;
    return count * unitMs(text.back());
}

std::optional<std::int64_t> dateMs(std::string_view text)
{
    const QString s = QString::fromUtf8(text.data(), qsizetype(text.size()));
    if (s.size() < 10 || s[4] != u'-' || s[7] != u'-') // Qt takes any separator; ISO 8601 has '-'
        return std::nullopt;
    if (s.size() == 10) {
        const QDate date = QDate::fromString(s, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    }
    QDateTime time = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!time.isValid() || s.size() < 16 || s[10] != u'T')
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime) // no offset written: UTC, the same on every machine
        time = QDateTime(time.date(), time.time(), QTimeZone::utc());
    return time.toMSecsSinceEpoch();
}

} // namespace

Result<std::int64_t> parseExcludeNewer(std::string_view text, std::int64_t now)
{
    if (const auto duration = durationMs(text))
        return now - *duration;
    if (const auto date = dateMs(text))
        return *date;
    return makeError(ErrorCode::InvalidValue, std::string(s_forms) + ", not '" + std::string(text) + "'");
}

Result<std::map<std::string, std::int64_t>> parseExcludeNewer(
    const std::map<std::string, std::string> &values, std::int64_t now)
{
    std::map<std::string, std::int64_t> cutoffs;
    for (const auto &[channel, text] : values) {
        auto cutoff = parseExcludeNewer(text, now);
        if (!cutoff) {
            Error error = cutoff.error();
            error.detail
                = "exclude-newer" + (channel.empty() ? std::string() : " for " + channel) + ": " + error.detail;
            return error;
        }
        cutoffs[channel] = *cutoff;
    }
    return cutoffs;
}

std::int64_t nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace core::util
