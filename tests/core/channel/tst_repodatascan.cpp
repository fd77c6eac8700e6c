// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/channel/repodatascan.h"
#include "core/util/peerdata.h"
#include "tests/support/requirements.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace core::channel;

class TestRepodataScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("records");
        QTest::addColumn<QString>("subdir");
        QTest::newRow("empty object") << QByteArray("{}") << 0 << QString();
        QTest::newRow("both tables") << QByteArray("{\"info\": {\"subdir\": \"linux-64\"}, \"packages\": {\"a-1-0.tar.bz2\": {\"name\": \"a\"}},\n"
"            \"packages.conda\": {\"a-1-0.conda\": {\"depends\": [\"x >=1\"]}, \"b-1-0.conda\": {}}, \"repodata_version\": 1}")
                                     << 3 << QStringLiteral("linux-64");
        QTest::newRow("nested records are not counted") << QByteArray("{\"packages\": {\"a\": {\"packages\": {\"x\": 1, \"y\": 2}}}}")
                                                        << 1 << QString();
        QTest::newRow("numbers, literals, escapes") << QByteArray(" {\"a\": [0, -1.5e+3, 2E-2, true, false, null, \"\\u00e9\\n\\\"\\\\\"]} ")
                                                    << 0 << QString();
        QTest::newRow("utf-8 text") << QByteArray("{\"license\": \"caf\xc3\xa9\"}") << 0 << QString();
    }

    void valid()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, records);
        QFETCH(QString, subdir);
        auto summary = scanRepodata(json);
        QVERIFY2(summary.ok(), summary.ok() ? "" : summary.error().detail.c_str());
        QCOMPARE(summary->records, records);
        QCOMPARE(QString::fromStdString(summary->subdir), subdir);
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("detail");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("a JSON object at the top level");
        QTest::newRow("array at the top") << QByteArray("[1]") << QStringLiteral("a JSON object");
        QTest::newRow("truncated") << QByteArray("{\"packages\": {\"a\": {\"name\": \"a\"") << QStringLiteral("data ends");
        QTest::newRow("truncated in a string") << QByteArray("{\"packages\": {\"a") << QStringLiteral("closing '\"'");
        QTest::newRow("trailing comma") << QByteArray("{\"a\": 1,}") << QStringLiteral("a string key");
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << QStringLiteral("':'");
        QTest::newRow("bad literal") << QByteArray("{\"a\": tru}") << QStringLiteral("true");
        QTest::newRow("bad number") << QByteArray("{\"a\": 01}") << QStringLiteral("',' or '}'");
        QTest::newRow("bad escape") << QByteArray("{\"a\": \"\\x\"}") << QStringLiteral("valid escape");
        QTest::newRow("control character") << QByteArray("{\"a\": \"x\ty\"}") << QStringLiteral("control characters");
        QTest::newRow("garbage after") << QByteArray("{} {}") << QStringLiteral("end of data");
        QTest::newRow("too deep") << QByteArray("{\"a\":") + QByteArray("[").repeated(600) << QStringLiteral("nesting");
        QTest::newRow("html error page") << QByteArray("<html>502</html>") << QStringLiteral("a JSON object");
    }

    void invalid()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, detail);
        auto summary = scanRepodata(json);
        QVERIFY(!summary.ok());
        QCOMPARE(summary.error().code, core::util::ErrorCode::ParseError);
        QVERIFY2(QString::fromStdString(summary.error().detail).contains(detail), summary.error().detail.c_str());
    }

    void errorGivesLineAndColumn()
    {
        auto summary = scanRepodata("{\n  \"a\": 1,\n  \"b\": ]\n}");
        QVERIFY(!summary.ok());
        QVERIFY2(summary.error().detail.find("line 3, column 8") != std::string::npos, summary.error().detail.c_str());
    }

    /** Agrees with QJsonDocument on every repodata-like JSON file of the peer data. */
    void agreesWithQtOnPeerData()
    {
        REQUIRE_PEER_DATA(peers);
        int files = 0;
        QDirIterator it(peers, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly) || file.size() > (32 << 20))
                continue;
            const QByteArray data = file.readAll();
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
            auto summary = scanRepodata(data);
            const bool qtSaysObject = error.error == QJsonParseError::NoError && doc.isObject();
            QVERIFY2(summary.ok() == qtSaysObject, qPrintable(file.fileName()));
            if (summary.ok()) {
                const qint64 expected = doc.object().value(QLatin1String("packages")).toObject().size()
                    + doc.object().value(QLatin1String("packages.conda")).toObject().size();
                QCOMPARE(summary->records, expected);
            }
            ++files;
        }
        QVERIFY(files > 20);
    }
};

QTEST_GUILESS_MAIN(TestRepodataScan)
#include "tst_repodatascan.moc"
