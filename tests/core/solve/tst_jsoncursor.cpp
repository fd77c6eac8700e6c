// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/solve/jsoncursor.h"

#include <QTest>

using core::solve::JsonCursor;

class TestJsonCursor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("nested") << QByteArray("{\"a\":[1,2,{\"b\":null}],\"c\":true,\"d\":false}");
        QTest::newRow("numbers") << QByteArray("[0,-1,1.5,2e10,3E-2]");
        QTest::newRow("escapes") << QByteArray("[\"a\\\"b\\\\c\\/\\n\\u00e9\\ud83d\\ude00\"]");
        QTest::newRow("white space") << QByteArray(" \n{ \"a\" : [ ] }\t");
    }
    void valid()
    {
        QFETCH(QByteArray, json);
        JsonCursor c(std::string_view(json.constData(), std::size_t(json.size())));
        QVERIFY(c.skipValue());
        QVERIFY(!c.failed());
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("offset");
        QTest::newRow("truncated object") << QByteArray("{\"a\":1") << 6;
        QTest::newRow("truncated string") << QByteArray("{\"a\":\"xyz") << 9;
        QTest::newRow("trailing comma") << QByteArray("{\"a\":1,}") << 7;
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << 5;
        QTest::newRow("bad literal") << QByteArray("[tru]") << 1;
        QTest::newRow("bad escape") << QByteArray("[\"\\x\"]") << 4;
        QTest::newRow("control char") << QByteArray("[\"a\nb\"]") << 3;
        QTest::newRow("bad number") << QByteArray("[1.]") << 3;
        QTest::newRow("missing comma") << QByteArray("[1 2]") << 3;
    }
    void invalid()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, offset);
        JsonCursor c(std::string_view(json.constData(), std::size_t(json.size())));
        QVERIFY(!c.skipValue());
        QVERIFY(c.failed());
        QCOMPARE(int(c.errorOffset()), offset);
    }

    void deepNestingIsBounded()
    {
        const std::string json = std::string(100000, '[') + std::string(100000, ']');
        JsonCursor c(json);
        QVERIFY(!c.skipValue());
        QVERIFY(QString::fromStdString(c.error()).contains(QLatin1String("nested deeper")));
    }

    void decodesEscapes()
    {
        const std::string json = "\"caf\\u00e9 \\ud83d\\ude00 \\\"q\\\"\"";
        JsonCursor c(json);
        std::string_view s;
        QVERIFY(c.readString(s));
        QCOMPARE(QString::fromUtf8(s.data(), qsizetype(s.size())), QString::fromUtf8("café 😀 \"q\""));
    }

    void lineAndColumn()
    {
        const std::string json = "{\n  \"a\": [1,\n   x]}";
        JsonCursor c(json);
        QVERIFY(!c.skipValue());
        std::size_t line = 0, column = 0;
        c.lineColumn(c.errorOffset(), line, column);
        QCOMPARE(line, std::size_t(3));
        QCOMPARE(column, std::size_t(4));
    }

    void readsObjectsAndArrays()
    {
        const std::string json = "{\"k\":[1,2,3],\"n\":18446744073709551615}";
        JsonCursor c(json);
        QVERIFY(c.beginObject());
        std::string_view key;
        QVERIFY(c.nextKey(key));
        QCOMPARE(QByteArray(key.data(), qsizetype(key.size())), QByteArray("k"));
        QVERIFY(c.beginArray());
        std::uint64_t v = 0, sum = 0;
        while (c.nextElement()) {
            QVERIFY(c.readUInt(v));
            sum += v;
        }
        QCOMPARE(sum, std::uint64_t(6));
        QVERIFY(c.nextKey(key));
        QVERIFY(c.readUInt(v));
        QCOMPARE(v, std::uint64_t(18446744073709551615ULL));
        QVERIFY(!c.nextKey(key));
        QVERIFY(!c.failed());
    }
};

QTEST_GUILESS_MAIN(TestJsonCursor)
#include "tst_jsoncursor.moc"
