// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// `deploydeck pins` (the built binary) on tests/data/inventory/pins: matrix and diff, text and
// JSON, exit codes.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run pins(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(DEPLOYDECK_BINARY_DIR "/app/deploydeck"), QStringList{QStringLiteral("pins")} + arguments);
    if (!p.waitForFinished(60000))
        return {};
    return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QString inventory()
{
    return QStringLiteral(DEPLOYDECK_SOURCE_DIR "/tests/data/inventory/pins/hosts.ini");
}

} // namespace

class TestPinsCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matrixText()
    {
        const Run r = pins({QStringLiteral("-i"), inventory(), QStringLiteral("--group"), QStringLiteral("beamline")});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.split('\n');
        QVERIFY(lines.first().startsWith("KIND"));
        QVERIFY(lines.first().contains("b-ec01") && !lines.first().contains("cr01"));
        const auto taurus = std::find_if(lines.begin(), lines.end(), [](const QByteArray &l) {
            return l.startsWith("rpm") && l.contains("packages_stable") && l.contains("python-taurus ");
        });
        QVERIFY(taurus != lines.end());
        QVERIFY2(taurus->contains("4.5.1-7.el7*") && taurus->contains("encrypted*"), taurus->constData());
        // The number that lost a digit is reported on stderr with its location.
        QVERIFY(r.err.contains("group_vars/all.yml:7:3"));
    }

    void matrixJson()
    {
        const Run r = pins({QStringLiteral("-i"), inventory(), QStringLiteral("--json"), QStringLiteral("--differences")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc.value(QStringLiteral("hosts")).toArray().size(), 6);
        QCOMPARE(doc.value(QStringLiteral("groups")).toObject().value(QStringLiteral("cr01")).toString(),
                 QStringLiteral("controlroom"));
        bool found = false;
        for (const QJsonValue &row : doc.value(QStringLiteral("rows")).toArray()) {
            const QJsonObject o = row.toObject();
            if (o.value(QStringLiteral("package")) != QStringLiteral("python-taurus")
                || o.value(QStringLiteral("scope")) != QStringLiteral("packages_stable"))
                continue;
            found = true;
            const QJsonObject ec02 = o.value(QStringLiteral("cells")).toObject().value(QStringLiteral("b-ec02")).toObject();
            QCOMPARE(ec02.value(QStringLiteral("value")).toString(), QStringLiteral("4.5.1-7.el7"));
            QVERIFY(ec02.value(QStringLiteral("differs")).toBool());
            QVERIFY(ec02.value(QStringLiteral("source")).toString().endsWith(QStringLiteral("host_vars/b-ec02.yml:3:3")));
            const QJsonObject majority =
                o.value(QStringLiteral("majority")).toObject().value(QStringLiteral("beamline")).toObject();
            QCOMPARE(majority.value(QStringLiteral("value")).toString(), QStringLiteral("default"));
        }
        QVERIFY(found);
    }

    void diff()
    {
        const Run same = pins({QStringLiteral("-i"), inventory(), QStringLiteral("--diff"), QStringLiteral("b-ec01"),
                               QStringLiteral("b-cc01")});
        QCOMPARE(same.exitCode, 0);
        QVERIFY(same.out.contains("0 of "));
        const Run differ = pins({QStringLiteral("-i"), inventory(), QStringLiteral("--diff"), QStringLiteral("b-ec01"),
                                 QStringLiteral("b-ec03"), QStringLiteral("--json")});
        QCOMPARE(differ.exitCode, 1);
        const QJsonObject doc = QJsonDocument::fromJson(differ.out).object();
        QCOMPARE(doc.value(QStringLiteral("right")).toString(), QStringLiteral("b-ec03"));
        int differing = 0;
        for (const QJsonValue &row : doc.value(QStringLiteral("rows")).toArray())
            differing += row.toObject().value(QStringLiteral("differs")).toBool() ? 1 : 0;
        QVERIFY(differing >= 4);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no inventory") << QStringList{};
        QTest::newRow("unknown host") << QStringList{QStringLiteral("-i"), inventory(), QStringLiteral("--host"),
                                                     QStringLiteral("nope")};
        QTest::newRow("unknown group") << QStringList{QStringLiteral("-i"), inventory(), QStringLiteral("--group"),
                                                      QStringLiteral("nope")};
        QTest::newRow("diff needs two hosts") << QStringList{QStringLiteral("-i"), inventory(), QStringLiteral("--diff"),
                                                             QStringLiteral("b-ec01")};
        QTest::newRow("missing inventory") << QStringList{QStringLiteral("-i"), QStringLiteral("/nonexistent/inv")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--check-everything")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run r = pins(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("deploydeck pins: error:"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestPinsCommand)
#include "tst_pinscommand.moc"
