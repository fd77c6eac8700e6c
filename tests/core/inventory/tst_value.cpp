// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// Value: Python's float repr and json.dumps layout (the expected texts come from Python 3.11).
#include "core/inventory/value.h"

#include <QTest>

using namespace core::inventory;

class TestValue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void floatRepr_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("repr");
        QTest::newRow("one") << 1.0 << QByteArray("1.0");
        QTest::newRow("tenth") << 0.1 << QByteArray("0.1");
        QTest::newRow("1e16") << 1e16 << QByteArray("1e+16");
        QTest::newRow("small") << 1.5e-05 << QByteArray("1.5e-05");
        QTest::newRow("1e-4") << 0.0001 << QByteArray("0.0001");
        QTest::newRow("fraction") << 123456789.123 << QByteArray("123456789.123");
        QTest::newRow("below 1e16") << 9999999999999998.0 << QByteArray("9999999999999998.0");
        QTest::newRow("1e22") << 1e22 << QByteArray("1e+22");
        QTest::newRow("negative") << -2.5 << QByteArray("-2.5");
        QTest::newRow("inexact sum") << 0.1 + 0.2 << QByteArray("0.30000000000000004");
        QTest::newRow("denormal") << 5e-324 << QByteArray("5e-324");
        QTest::newRow("max") << 1.7976931348623157e308 << QByteArray("1.7976931348623157e+308");
        QTest::newRow("hundred") << 100.0 << QByteArray("100.0");
        QTest::newRow("rounded") << 1234567890123456.7 << QByteArray("1234567890123456.8");
    }

    void floatRepr()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, repr);
        QCOMPARE(QByteArray::fromStdString(pythonFloatRepr(value)), repr);
    }

    void jsonLayout()
    {
        Value v = Value::makeMap();
        v.set("b", Value::makeList({Value::makeInt(1), Value::makeMap({MapEntry{"x", Value::makeNull(), 0, 0}})}));
        v.set("a", Value::makeString("\xc3\xa9\"\n"));
        v.set("c", Value::makeMap());
        v.set("d", Value::makeList());
        const std::string expected = "{\n    \"a\": \"\xc3\xa9\\\"\\n\",\n    \"b\": [\n        1,\n        {\n"
                                     "            \"x\": null\n        }\n    ],\n    \"c\": {},\n    \"d\": []\n}";
        QCOMPARE(toJson(v, 4), expected);
        QCOMPARE(toJson(v, 0), std::string("{\"a\": \"\xc3\xa9\\\"\\n\", \"b\": [1, {\"x\": null}], \"c\": {}, \"d\": []}"));
    }

    void setKeepsPosition()
    {
        Value v = Value::makeMap();
        v.set("z", Value::makeInt(1));
        v.set("a", Value::makeInt(2));
        v.set("z", Value::makeInt(3));
        QCOMPARE(v.entries.size(), size_t(2));
        QCOMPARE(v.entries[0].key, std::string("z"));
        QCOMPARE(v.find("z")->integer, 3);
        QVERIFY(!v.find("missing"));
    }

    void displayAndEquality()
    {
        QCOMPARE(Value::makeBool(true).toDisplayString(), std::string("True"));
        QCOMPARE(Value::makeNull().toDisplayString(), std::string("None"));
        QCOMPARE(Value::makeFloat(10.9, "10.9").toDisplayString(), std::string("10.9"));
        QCOMPARE(Value::makeVault("$ANSIBLE_VAULT;1.1;AES256\n00\n").toDisplayString(), std::string("encrypted"));
        QVERIFY(Value::makeInt(1) != Value::makeFloat(1.0));
        Value a = Value::makeString("x");
        Value b = Value::makeString("x");
        b.line = 7;  // positions do not matter
        QCOMPARE(a, b);
        Value list = Value::makeList({Value::makeString("a"), Value::makeVault("c")});
        QVERIFY(list.containsVault());
        QCOMPARE(list.toDisplayString(), std::string("[\"a\", {\"__ansible_vault\": \"c\"}]"));
    }
};

QTEST_GUILESS_MAIN(TestValue)
#include "tst_value.moc"
