// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// YAML as Ansible reads it. The expected scalars are what Ansible 2.14's AnsibleLoader (PyYAML)
// gives for `k: <text>`, printed as ansible-inventory prints them.
#include "core/inventory/yamldocument.h"
#include "core/inventory/yamlscalar.h"

#include <QTest>

using namespace core::inventory;
using core::util::ErrorCode;

class TestYamlDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scalars_data()
    {
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<QByteArray>("json");
        auto row = [](const char *plain, const char *json) { QTest::newRow(plain) << QByteArray(plain) << QByteArray(json); };
        row("yes", "true");
        row("No", "false");
        row("ON", "true");
        row("off", "false");
        row("y", "\"y\"");
        row("TRUE", "true");
        row("tRue", "\"tRue\"");
        row("-1", "-1");
        row("+1", "1");
        row("0", "0");
        row("0755", "493");
        row("0o755", "\"0o755\"");
        row("0b101", "5");
        row("0x1F", "31");
        row("1_000", "1000");
        row("1:30", "90");
        row("-1:30", "-90");
        row("08", "\"08\"");
        row("1.0", "1.0");
        row("1.10", "1.1");
        row("1e3", "\"1e3\"");
        row("1.0e+3", "1000.0");
        row("1.0e3", "\"1.0e3\"");
        row(".5", "0.5");
        row("-.5", "\"-.5\"");
        row("+1.", "1.0");
        row("1:30.5", "90.5");
        row(".inf", "Infinity");
        row("-.Inf", "-Infinity");
        row("~", "null");
        row("Null", "null");
        row("2001-12-14", "\"2001-12-14\"");
        row("2001-1-4", "\"2001-1-4\"");
        row("2001-12-14t21:59:43.10-05:00", "\"2001-12-14T21:59:43.100000-05:00\"");
        row("2001-12-14 21:59:43.10", "\"2001-12-14T21:59:43.100000\"");
        row("2001-12-14T21:59:43Z", "\"2001-12-14T21:59:43+00:00\"");
        row("1.2.3", "\"1.2.3\"");
        row("10.9", "10.9");
        row("4.5.1-7.el7", "\"4.5.1-7.el7\"");
        row("123456789012345678901", "123456789012345678901");
    }

    void scalars()
    {
        QFETCH(QByteArray, plain);
        QFETCH(QByteArray, json);
        QCOMPARE(QByteArray::fromStdString(toJson(resolveYaml11Scalar(plain.toStdString()), 0)), json);
        // The same through the parser, as the value of a key.
        const auto doc = parseYamlDocument("k: " + plain.toStdString(), "t.yml");
        QVERIFY(doc.ok());
        QCOMPARE(QByteArray::fromStdString(toJson(*doc->find("k"), 0)), json);
    }

    void quotedStaysText()
    {
        const auto doc = parseYamlDocument("a: 'yes'\nb: \"1.10\"\nc: !!str 12\nd: |\n  block\n", "t.yml");
        QVERIFY(doc.ok());
        QCOMPARE(doc->find("a")->text, std::string("yes"));
        QCOMPARE(doc->find("b")->text, std::string("1.10"));
        QCOMPARE(doc->find("c")->text, std::string("12"));
        QCOMPARE(doc->find("d")->text, std::string("block\n"));
    }

    void jsonRules()
    {
        // Valid JSON is read with JSON's rules: 1e3 is a number, 1.0 stays a float.
        const auto doc = parseYamlDocument(R"({"a": 1e3, "b": 1.0, "c": [true, null, "yes"], "d": 12})", "t.json");
        QVERIFY(doc.ok());
        QCOMPARE(toJson(*doc, 0), std::string(R"({"a": 1000.0, "b": 1.0, "c": [true, null, "yes"], "d": 12})"));
    }

    void mergeKeys()
    {
        const auto doc = parseYamlDocument("base: &b {x: 1, y: 1}\nother: &o {y: 2, z: 2}\n"
                                           "m:\n  <<: [*b, *o]\n  z: 3\n",
                                           "t.yml");
        QVERIFY(doc.ok());
        // Earlier maps in the list win over later ones; the map's own keys win over both.
        QCOMPARE(toJson(*doc->find("m"), 0), std::string(R"({"x": 1, "y": 1, "z": 3})"));
    }

    void vaultAndUnsafe()
    {
        const auto doc = parseYamlDocument("secret: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  6162\n"
                                           "raw: !unsafe '{{ x }}'\n",
                                           "t.yml");
        QVERIFY(doc.ok());
        const Value *secret = doc->find("secret");
        QVERIFY(secret->isVault());
        QCOMPARE(secret->toDisplayString(), std::string("encrypted"));
        QCOMPARE(toJson(*secret, 0), std::string(R"({"__ansible_vault": "$ANSIBLE_VAULT;1.1;AES256\n6162\n"})"));
        QVERIFY(doc->find("raw")->unsafe);
        QCOMPARE(toJson(*doc->find("raw"), 0), std::string(R"({"__ansible_unsafe": "{{ x }}"})"));
    }

    void positions()
    {
        const auto doc = parseYamlDocument("# comment\nfirst: 1\nsecond:\n  - a\n  - b\n", "t.yml");
        QVERIFY(doc.ok());
        QCOMPARE(doc->entries[0].line, 2);
        QCOMPARE(doc->entries[1].line, 3);
        QCOMPARE(doc->entries[1].value.items[1].line, 5);
        QCOMPARE(doc->entries[1].value.items[1].column, 5);
    }

    void duplicateKeysWarn()
    {
        std::vector<Diagnostic> warnings;
        const auto doc = parseYamlDocument("a: 1\nb: 2\na: 3\n", "t.yml", &warnings);
        QVERIFY(doc.ok());
        QCOMPARE(doc->find("a")->integer, 3);
        QCOMPARE(doc->entries.front().key, std::string("a"));  // keeps its first position, as Python's dict
        QCOMPARE(warnings.size(), size_t(1));
        QCOMPARE(warnings[0].location, std::string("t.yml:3:1"));
    }

    void syntaxErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("location");
        QTest::newRow("unclosed flow") << QByteArray("a: [1, 2\nb: 3\n") << QByteArray("t.yml:2:2");
        QTest::newRow("bad indentation") << QByteArray("a:\n  b: 1\n c: 2\n") << QByteArray("t.yml:3:2");
        QTest::newRow("tab") << QByteArray("a:\n\t- b\n") << QByteArray("t.yml:2:2");
    }

    void syntaxErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, location);
        const auto doc = parseYamlDocument(text.toStdString(), "t.yml");
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().code, ErrorCode::ParseError);
        QCOMPARE(QByteArray::fromStdString(doc.error().location), location);
    }

    void billionLaughsIsBounded()
    {
        std::string text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (char c = 'b'; c <= 'i'; ++c)
            text += std::string(1, c) + ": &" + c + " [*" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1)
                    + ", *" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + ", *"
                    + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + "]\n";
        const auto doc = parseYamlDocument(text, "bomb.yml");
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().code, ErrorCode::LimitExceeded);
    }

    void emptyIsNull()
    {
        QVERIFY(parseYamlDocument("", "t.yml")->isNull());
        QVERIFY(parseYamlDocument("# only a comment\n", "t.yml")->isNull());
        QVERIFY(isVaultFile("$ANSIBLE_VAULT;1.1;AES256\n3132\n"));
        QVERIFY(!isVaultFile("a: 1\n"));
    }
};

QTEST_GUILESS_MAIN(TestYamlDocument)
#include "tst_yamldocument.moc"
