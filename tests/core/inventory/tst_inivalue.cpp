// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// Ansible's INI typing: the expected values are what Python's ast.literal_eval() gives (checked
// with Python 3.11), printed as json.dumps prints them.
#include "core/inventory/inivalue.h"

#include <QTest>

using namespace core::inventory;

class TestIniValue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void literals_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("json");
        auto row = [](const char *name, const char *text, const char *json) {
            QTest::newRow(name) << QByteArray(text) << QByteArray(json);
        };
        row("int", "1", "1");
        row("negative", "-3", "-3");
        row("plus sign", "+4", "4");
        row("hex", "0x1f", "31");
        row("octal", "0o17", "15");
        row("binary", "0b101", "5");
        row("underscores", "1_000", "1000");
        row("double zero", "00", "0");
        row("leading zero is text", "01", "\"01\"");
        row("float", "1.5", "1.5");
        row("leading dot", ".5", "0.5");
        row("trailing dot", "1.", "1.0");
        row("exponent", "1e3", "1000.0");
        row("small exponent", "1E-2", "0.01");
        row("signed exponent", "-2.5e+3", "-2500.0");
        row("True", "True", "true");
        row("False", "False", "false");
        row("None", "None", "null");
        row("lowercase true is text", "true", "\"true\"");
        row("yes is text", "yes", "\"yes\"");
        row("single quotes", "'single'", "\"single\"");
        row("double quotes", "\"double\"", "\"double\"");
        row("concatenation", "\"a\" 'b'", "\"ab\"");
        row("u prefix", "u'x'", "\"x\"");
        row("raw string", "r'\\n'", "\"\\\\n\"");
        row("escape", "'\\n'", "\"\\n\"");
        row("bytes", "b'bytes'", "\"bytes\"");
        row("f-string is text", "f'x'", "\"f'x'\"");
        row("list", "[1, 'two', {'three': 3}]", "[1, \"two\", {\"three\": 3}]");
        row("tuple", "(1, 2)", "[1, 2]");
        row("bare tuple", "1, 2", "[1, 2]");
        row("one-tuple", "(1,)", "[1]");
        row("empty tuple", "()", "[]");
        row("empty dict", "{}", "{}");
        row("duplicate key", "{'a': 1, 'a': 2}", "{\"a\": 2}");
        row("words", "hello world", "\"hello world\"");
        row("arithmetic is text", "1+2", "\"1+2\"");
        row("comment", "1 # comment", "1");
        row("hash in string", "'#notcomment'", "\"#notcomment\"");
        row("unclosed list", "[1, 2", "\"[1, 2\"");
        row("empty", "", "\"\"");
        row("leading spaces", "  7", "7");
        row("two dots", "1.2.3", "\"1.2.3\"");
        row("big int", "12345678901234567890123", "12345678901234567890123");
        row("double sign", "--1", "\"--1\"");
        row("sign and space", "- 1", "-1");
        row("hex and unicode escapes", "'\\x41\\u00e9'", "\"A\xc3\xa9\"");
        row("inf is text", "inf", "\"inf\"");
        row("assignment is text", "x=1", "\"x=1\"");
        row("adjacent quotes", "'it''s'", "\"its\"");
        row("nested", "[[[1]]]", "[[[1]]]");
    }

    void literals()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, json);
        QCOMPARE(QByteArray::fromStdString(toJson(iniValue(text.toStdString()), 0)), json);
    }

    void deepNestingIsText()
    {
        const std::string deep = std::string(500, '[') + std::string(500, ']');
        const Value v = iniValue(deep);
        QVERIFY(v.isString());
        QCOMPARE(v.text, deep);
    }

    void splitting_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QList<QByteArray>>("tokens");
        QTest::addColumn<QList<int>>("offsets");
        using L = QList<QByteArray>;
        using O = QList<int>;
        QTest::newRow("words") << QByteArray("host a=1  b=2") << L{"host", "a=1", "b=2"} << O{0, 5, 10};
        QTest::newRow("double quotes") << QByteArray("h x=\"hello world\"") << L{"h", "x=hello world"} << O{0, 2};
        QTest::newRow("single quotes keep backslash") << QByteArray("h x='a\\b'") << L{"h", "x=a\\b"} << O{0, 2};
        QTest::newRow("escaped quote in double quotes") << QByteArray("h x=\"a\\\"b\"") << L{"h", "x=a\"b"} << O{0, 2};
        QTest::newRow("other escape in double quotes kept") << QByteArray("h x=\"a\\nb\"") << L{"h", "x=a\\nb"} << O{0, 2};
        QTest::newRow("escape outside quotes") << QByteArray("h x=a\\ b") << L{"h", "x=a b"} << O{0, 2};
        QTest::newRow("comment") << QByteArray("h a=1 # note") << L{"h", "a=1"} << O{0, 2};
        QTest::newRow("comment inside a word") << QByteArray("h a=b#c") << L{"h", "a=b"} << O{0, 2};
        QTest::newRow("empty quoted") << QByteArray("h x=\"\" ''") << L{"h", "x=", ""} << O{0, 2, 7};
        QTest::newRow("nested quotes") << QByteArray("h c='\"3\"'") << L{"h", "c=\"3\""} << O{0, 2};
    }

    void splitting()
    {
        QFETCH(QByteArray, line);
        QFETCH(QList<QByteArray>, tokens);
        QFETCH(QList<int>, offsets);
        const auto r = splitIniHostLine(line.toStdString());
        QVERIFY(r.ok());
        QList<QByteArray> got;
        QList<int> gotOffsets;
        for (const IniToken &t : *r) {
            got << QByteArray::fromStdString(t.text);
            gotOffsets << t.offset;
        }
        QCOMPARE(got, tokens);
        QCOMPARE(gotOffsets, offsets);
    }

    void splittingErrors_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("column");
        QTest::newRow("unclosed double quote") << QByteArray("h x=\"abc") << QByteArray("5");
        QTest::newRow("unclosed single quote") << QByteArray("h 'x") << QByteArray("3");
        QTest::newRow("trailing backslash") << QByteArray("h x\\") << QByteArray("4");
    }

    void splittingErrors()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, column);
        const auto r = splitIniHostLine(line.toStdString());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, core::util::ErrorCode::ParseError);
        QCOMPARE(QByteArray::number(r.error().position.column), column);
        QCOMPARE(r.error().position.line, 0);
    }
};

QTEST_GUILESS_MAIN(TestIniValue)
#include "tst_inivalue.moc"
