// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/util/excludenewer.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using core::util::parseExcludeNewer;

namespace {

constexpr std::int64_t s_now = 1'800'000'000'000; // a fixed "now": 2027-01-15T08:00:00Z
constexpr std::int64_t s_hour = 3600 * 1000;

std::int64_t utc(int y, int m, int d, int h = 0, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

class TestExcludeNewer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void values_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("cutoff");
        QTest::newRow("date: midnight UTC") << "2026-10-01" << qint64(utc(2026, 10, 1));
        QTest::newRow("date-time with Z") << "2026-10-01T12:30:00Z" << qint64(utc(2026, 10, 1, 12, 30));
        QTest::newRow("date-time with offset") << "2026-10-01T12:30:00+02:00" << qint64(utc(2026, 10, 1, 10, 30));
        QTest::newRow("date-time without offset is UTC") << "2026-10-01T12:30:00" << qint64(utc(2026, 10, 1, 12, 30));
        QTest::newRow("days") << "7d" << qint64(s_now - 7 * 24 * s_hour);
        QTest::newRow("hours") << "12h" << qint64(s_now - 12 * s_hour);
        QTest::newRow("weeks") << "2w" << qint64(s_now - 14 * 24 * s_hour);
        QTest::newRow("minutes") << "90m" << qint64(s_now - 90 * 60 * 1000);
        QTest::newRow("zero") << "0d" << qint64(s_now);
    }
    void values()
    {
        QFETCH(QString, text);
        QFETCH(qint64, cutoff);
        const auto parsed = parseExcludeNewer(text.toStdString(), s_now);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message().c_str());
        QCOMPARE(qint64(*parsed), cutoff);
    }

    void badValues_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : { "", "yesterday", "7", "d", "7y", "-7d", "7 d", "2026-13-01", "2026-10-01T25:00:00",
                 "2026/10/01", "99999999999999999999d" })
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void badValues()
    {
        QFETCH(QString, text);
        const auto parsed = parseExcludeNewer(text.toStdString(), s_now);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, core::util::ErrorCode::InvalidValue);
        QVERIFY2(
            QString::fromStdString(parsed.error().detail).contains(QLatin1String("7d")), parsed.error().detail.c_str());
    }

    void perChannel()
    {
        const auto parsed = parseExcludeNewer(
            std::map<std::string, std::string> { { "", "1d" }, { "conda-forge", "2026-10-01" } }, s_now);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->at(""), s_now - 24 * s_hour);
        QCOMPARE(parsed->at("conda-forge"), utc(2026, 10, 1));
        const auto bad = parseExcludeNewer(std::map<std::string, std::string> { { "conda-forge", "soon" } }, s_now);
        QVERIFY(!bad.ok());
        QVERIFY2(QString::fromStdString(bad.error().detail).contains(QLatin1String("for conda-forge")),
            bad.error().detail.c_str());
    }
};

QTEST_GUILESS_MAIN(TestExcludeNewer)
#include "tst_excludenewer.moc"
