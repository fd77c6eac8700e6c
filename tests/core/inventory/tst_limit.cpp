// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// selectHosts() against the real Ansible: `ansible PATTERN --list-hosts` on the demo inventory
// must list the same hosts for every limit.
#include "core/inventory/limit.h"

#include <QProcess>
#include <QTest>

#include <algorithm>

using namespace core::inventory;

namespace {

const QString s_inventory = QStringLiteral(DEPLOYDECK_SOURCE_DIR "/resources/demo/inventory/hosts.yml");

/** The hosts Ansible lists for @p limit, sorted. */
QStringList ansibleHosts(const QString &limit)
{
    QProcess p;
    p.start(QStringLiteral("ansible"), { QStringLiteral("-i"), s_inventory, QStringLiteral("--list-hosts"), limit });
    if (!p.waitForFinished(120000))
        return { QStringLiteral("ansible did not finish") };
    QStringList hosts;
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith(QStringLiteral("hosts (")))
            hosts << t;
    }
    hosts.sort();
    return hosts;
}

} // namespace

class TestLimit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesAnsible_data()
    {
        QTest::addColumn<QString>("limit");
        QTest::newRow("all") << QStringLiteral("all");
        QTest::newRow("host") << QStringLiteral("cr-ws02");
        QTest::newRow("group with children") << QStringLiteral("beamlines");
        QTest::newRow("union") << QStringLiteral("control_room,b110a-ec01");
        QTest::newRow("colons") << QStringLiteral("control_room:beamline_b110");
        QTest::newRow("glob") << QStringLiteral("b303*");
        QTest::newRow("exclusion") << QStringLiteral("beamlines:!experiment_control");
        QTest::newRow("intersection") << QStringLiteral("beamlines:&experiment_control");
        QTest::newRow("regex") << QStringLiteral("~^b\\d+a-(cc|ws)");
        QTest::newRow("glob on groups") << QStringLiteral("beamline_*");
        QTest::newRow("only an exclusion") << QStringLiteral("!control_room");
        QTest::newRow("nothing") << QStringLiteral("nosuchhost");
        // A regex matches from the start of a name only (Python's re.match): "~ws" selects nothing.
        QTest::newRow("regex from the start") << QStringLiteral("~ws");
        QTest::newRow("regex prefix") << QStringLiteral("~b303");
        QTest::newRow("regex over groups") << QStringLiteral("~beamline_");
        // Subscripts over a group's hosts in Ansible's order (own hosts, then its children's).
        QTest::newRow("index") << QStringLiteral("beamlines[0]");
        QTest::newRow("negative index") << QStringLiteral("beamlines[-1]");
        QTest::newRow("range") << QStringLiteral("beamlines[1:2]");
        QTest::newRow("open range") << QStringLiteral("beamlines[2:]");
        QTest::newRow("range to 0") << QStringLiteral("beamlines[0:0]");
        QTest::newRow("old dash range") << QStringLiteral("beamlines[1-2]");
        QTest::newRow("index out of range") << QStringLiteral("beamlines[99]");
        QTest::newRow("glob with index") << QStringLiteral("b303*[0]");
        QTest::newRow("subscripts in a list") << QStringLiteral("beamline_b110[0],control_room[1:]");
        QTest::newRow("subscript among colons") << QStringLiteral("beamline_b303[1:2]:cr-ws01");
        QTest::newRow("blank separates without a comma") << QStringLiteral("beamline_b110 cr-ws01");
        QTest::newRow("glob matching all") << QStringLiteral("al*");
        QTest::newRow("ungrouped") << QStringLiteral("ungrouped");
        QTest::newRow("an unclosed bracket ends the pattern") << QStringLiteral("~[");
        QTest::newRow("intersection with a subscript") << QStringLiteral("experiment_control:&beamlines[0:3]");
    }

    void matchesAnsible()
    {
        QFETCH(QString, limit);
        auto inventory = loadInventory(s_inventory.toStdString());
        QVERIFY(inventory.ok());
        auto selected = selectHosts(*inventory, limit.toStdString());
        QVERIFY(selected.ok());
        QStringList ours;
        for (const std::string &h : *selected)
            ours << QString::fromStdString(h);
        ours.sort();
        QCOMPARE(ours, ansibleHosts(limit));
    }

    void keepsInventoryOrderAndRefusesABadRegex()
    {
        auto inventory = loadInventory(s_inventory.toStdString());
        QVERIFY(inventory.ok());
        const auto selected = selectHosts(*inventory, "b110a-ws01,cr-ws01");
        QCOMPARE(*selected, (std::vector<std::string> { "cr-ws01", "b110a-ws01" }));
        QCOMPARE(selectHosts(*inventory, "").value().size(), inventory->hosts.size());
        const auto bad = selectHosts(*inventory, "~(");
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, core::util::ErrorCode::InvalidValue);
    }
};

QTEST_GUILESS_MAIN(TestLimit)
#include "tst_limit.moc"
