// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// Ground truth: `deploydeck inventory --list` (the built binary) against the real
// `ansible-inventory --list` (Debian's ansible-core) on the project's fixtures, on inventories
// generated here, on the real inventories in the peer data and on the demo workspace. The parsed
// JSON documents must be equal; any difference fails.
//
// Needs the deploydeck target built (the CMake file makes this test depend on it).
#include "core/envfile/workspace.h"
#include "core/util/peerdata.h"
#include "tests/support/requirements.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString fixture(const char *relative)
{
    return QStringLiteral(DEPLOYDECK_SOURCE_DIR "/tests/data/inventory/") + QString::fromUtf8(relative);
}

QString deploydeckBinary()
{
    return QStringLiteral(DEPLOYDECK_BINARY_DIR "/app/deploydeck");
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments, const QString &workDir)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ANSIBLE_NOCOLOR"), QStringLiteral("1"));
    env.insert(QStringLiteral("ANSIBLE_CONFIG"), workDir + QStringLiteral("/ansible.cfg"));
    env.insert(QStringLiteral("ANSIBLE_LOCAL_TEMP"), workDir + QStringLiteral("/.ansible-tmp"));
    env.insert(QStringLiteral("ANSIBLE_DEPRECATION_WARNINGS"), QStringLiteral("0"));
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(workDir);
    p.start(program, arguments);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
               p.readAllStandardError()};
}

/** A short description of where two JSON documents differ, for the failure message. */
QString firstDifference(const QJsonValue &a, const QJsonValue &b, const QString &path)
{
    if (a.type() != b.type())
        return path + QStringLiteral(": type differs");
    if (a.isObject()) {
        const QJsonObject oa = a.toObject(), ob = b.toObject();
        for (auto it = oa.begin(); it != oa.end(); ++it) {
            if (!ob.contains(it.key()))
                return path + QLatin1Char('/') + it.key() + QStringLiteral(": only ansible has it");
            const QString d = firstDifference(it.value(), ob.value(it.key()), path + QLatin1Char('/') + it.key());
            if (!d.isEmpty())
                return d;
        }
        for (auto it = ob.begin(); it != ob.end(); ++it)
            if (!oa.contains(it.key()))
                return path + QLatin1Char('/') + it.key() + QStringLiteral(": only deploydeck has it");
        return {};
    }
    if (a.isArray()) {
        const QJsonArray aa = a.toArray(), ab = b.toArray();
        for (qsizetype i = 0; i < std::min(aa.size(), ab.size()); ++i) {
            const QString d = firstDifference(aa[i], ab[i], path + QStringLiteral("[%1]").arg(i));
            if (!d.isEmpty())
                return d;
        }
        return aa.size() == ab.size() ? QString() : path + QStringLiteral(": lengths differ");
    }
    return a == b ? QString()
                  : path + QStringLiteral(": ansible ") + QString::fromUtf8(QJsonDocument(QJsonArray{a}).toJson(QJsonDocument::Compact))
                        + QStringLiteral(" deploydeck ") + QString::fromUtf8(QJsonDocument(QJsonArray{b}).toJson(QJsonDocument::Compact));
}

/** Writes a random but valid inventory (INI or YAML) with group_vars/ and host_vars/. */
class InventoryGenerator
{
public:
    InventoryGenerator(quint32 seed, bool yaml) : m_rng(seed), m_yaml(yaml) {}

    QString write(const QString &dir)
    {
        makeGraph();
        QDir(dir).mkpath(QStringLiteral("group_vars"));
        QDir(dir).mkpath(QStringLiteral("host_vars"));
        for (int g = 0; g < m_groups; ++g) {
            if (m_rng.bounded(3) == 0)
                writeFile(dir + QStringLiteral("/group_vars/%1.yml").arg(groupName(g)), yamlVars());
            else if (m_rng.bounded(4) == 0) {
                // A folder of files, merged in sorted order.
                writeFile(dir + QStringLiteral("/group_vars/%1/b.yml").arg(groupName(g)), yamlVars());
                writeFile(dir + QStringLiteral("/group_vars/%1/a.yaml").arg(groupName(g)), yamlVars());
            }
        }
        writeFile(dir + QStringLiteral("/group_vars/all.yml"), yamlVars());
        for (const QString &h : m_hostNames)
            if (m_rng.bounded(4) == 0)
                writeFile(dir + QStringLiteral("/host_vars/%1.yml").arg(h), yamlVars());
        const QString file = dir + (m_yaml ? QStringLiteral("/hosts.yml") : QStringLiteral("/hosts"));
        writeFile(file, m_yaml ? yamlInventory() : iniInventory());
        return file;
    }

private:
    QString groupName(int g) const { return QStringLiteral("grp_%1").arg(QChar(u'a' + g % 26)) + QString::number(g / 26); }

    void makeGraph()
    {
        m_groups = 8 + int(m_rng.bounded(10));
        m_parents.assign(size_t(m_groups), {});
        for (int g = 1; g < m_groups; ++g)
            for (int k = int(m_rng.bounded(3)); k > 0; --k) {
                const int p = int(m_rng.bounded(g));  // parents come before: no cycles
                if (!m_parents[size_t(g)].contains(p))
                    m_parents[size_t(g)].push_back(p);
            }
        const int patterns = 6 + int(m_rng.bounded(8));
        for (int i = 0; i < patterns; ++i) {
            QString pattern;
            if (i % 3 == 0) {
                pattern = QStringLiteral("node%1-[01:%2]").arg(i).arg(2 + m_rng.bounded(3), 2, 10, QLatin1Char('0'));
                for (int n = 1; n <= pattern.right(3).left(2).toInt(); ++n)
                    m_hostNames << QStringLiteral("node%1-%2").arg(i).arg(n, 2, 10, QLatin1Char('0'));
            } else {
                pattern = QStringLiteral("host%1.example.org").arg(i);
                m_hostNames << pattern;
            }
            QList<int> groups;
            for (int k = 1 + int(m_rng.bounded(3)); k > 0; --k)
                groups << int(m_rng.bounded(m_groups + 1)) - 1;  // -1: listed before any section
            m_patterns.push_back({pattern, groups});
        }
    }

    QString value()
    {
        switch (m_rng.bounded(6)) {
        case 0: return QString::number(m_rng.bounded(100));
        case 1: return QStringLiteral("%1.5").arg(m_rng.bounded(10));
        case 2: return m_yaml ? QStringLiteral("yes") : QStringLiteral("True");
        case 3: return QStringLiteral("[1, 'two']");
        case 4: return QStringLiteral("{'k': %1}").arg(m_rng.bounded(9));
        default: return QStringLiteral("'text %1'").arg(m_rng.bounded(50));
        }
    }

    QString varName() { return QStringLiteral("v%1").arg(m_rng.bounded(7)); }

    QString yamlVars()
    {
        QString out;
        for (int k = 1 + int(m_rng.bounded(4)); k > 0; --k)
            out += varName() + QStringLiteral(": ") + value() + QLatin1Char('\n');
        return out;
    }

    QString iniInventory()
    {
        QString out;
        for (const auto &[pattern, groups] : m_patterns)
            if (groups.contains(-1))
                out += pattern + QStringLiteral(" v0=") + value().remove(QLatin1Char(' ')) + QLatin1Char('\n');
        QList<int> order;
        for (int g = 0; g < m_groups; ++g)
            order << g;
        std::shuffle(order.begin(), order.end(), m_rng);  // children may be named before defined
        for (int g : order) {
            out += QStringLiteral("\n[%1]\n").arg(groupName(g));
            for (const auto &[pattern, groups] : m_patterns)
                if (groups.contains(g))
                    out += pattern + (m_rng.bounded(2) ? QStringLiteral(" ") + varName() + QStringLiteral("=")
                                                             + value().remove(QLatin1Char(' '))
                                                       : QString())
                           + QLatin1Char('\n');
            out += QStringLiteral("\n[%1:vars]\n").arg(groupName(g));
            for (int k = int(m_rng.bounded(3)); k > 0; --k)
                out += varName() + QStringLiteral(" = ") + value() + QLatin1Char('\n');
            if (m_rng.bounded(4) == 0)
                out += QStringLiteral("ansible_group_priority = %1\n").arg(m_rng.bounded(5));
            QString children;
            for (int c = 0; c < m_groups; ++c)
                if (m_parents[size_t(c)].contains(g))
                    children += groupName(c) + QLatin1Char('\n');
            if (!children.isEmpty())
                out += QStringLiteral("\n[%1:children]\n").arg(groupName(g)) + children;
        }
        return out;
    }

    QString yamlInventory()
    {
        QString out = QStringLiteral("all:\n  hosts:\n");
        for (const auto &[pattern, groups] : m_patterns)
            if (groups.contains(-1))
                out += QStringLiteral("    %1:\n      v0: %2\n").arg(pattern, value());
        out += QStringLiteral("  children:\n");
        QList<int> order;
        for (int g = 0; g < m_groups; ++g)
            order << g;
        std::shuffle(order.begin(), order.end(), m_rng);
        for (int g : order) {
            out += QStringLiteral("    %1:\n      vars:\n        ").arg(groupName(g)) + varName() + QStringLiteral(": ")
                   + value() + QLatin1Char('\n');
            if (m_rng.bounded(4) == 0)
                out += QStringLiteral("        ansible_group_priority: %1\n").arg(m_rng.bounded(5));
            out += QStringLiteral("      hosts:\n");
            for (const auto &[pattern, groups] : m_patterns)
                if (groups.contains(g))
                    out += QStringLiteral("        %1:\n").arg(pattern)
                           + (m_rng.bounded(2) ? QStringLiteral("          ") + varName() + QStringLiteral(": ") + value()
                                                     + QLatin1Char('\n')
                                               : QString());
            out += QStringLiteral("      children:\n");
            for (int c = 0; c < m_groups; ++c)
                if (m_parents[size_t(c)].contains(g))
                    out += QStringLiteral("        %1:\n").arg(groupName(c));
        }
        return out;
    }

    static void writeFile(const QString &path, const QString &text)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }

    QRandomGenerator m_rng;
    bool m_yaml;
    int m_groups = 0;
    std::vector<QList<int>> m_parents;
    QStringList m_hostNames;
    std::vector<std::pair<QString, QList<int>>> m_patterns;
};

} // namespace

class TestAnsibleInventory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_ansible = QStandardPaths::findExecutable(QStringLiteral("ansible-inventory"));
        REQUIRE_OR_SKIP(
            !m_ansible.isEmpty(), QStringLiteral("ansible-inventory is not installed (Debian package ansible-core)"));
        QVERIFY2(QFileInfo(deploydeckBinary()).isExecutable(),
                 "build the deploydeck target first (this test runs the binary)");
    }

    void matchesAnsible_data()
    {
        QTest::addColumn<QStringList>("sources");
        QTest::addColumn<QString>("playbookDir");
        QTest::addColumn<bool>("peer");
        QTest::newRow("deep INI") << QStringList{fixture("deep-ini/hosts")} << QString() << false;
        QTest::newRow("nested YAML") << QStringList{fixture("yaml-nested/hosts.yml")} << QString() << false;
        QTest::newRow("precedence") << QStringList{fixture("precedence/hosts.ini")} << QString() << false;
        QTest::newRow("folder of files") << QStringList{fixture("multi")} << QString() << false;
        QTest::newRow("two sources") << QStringList{fixture("multi"), fixture("precedence/hosts.ini")} << QString()
                                     << false;
        QTest::newRow("playbook dir") << QStringList{fixture("multi"), fixture("precedence/hosts.ini")}
                                      << fixture("playbook") << false;
        const QString peers = core::util::peerDataDir();
        auto peer = [&](const char *name, QStringList rel) {
            for (QString &r : rel)
                r = peers + QLatin1Char('/') + r;
            QTest::newRow(name) << rel << QString() << true;
        };
        peer("tangobox", {QStringLiteral("tangobox-ansible/etc/ansible/tangobox")});
        peer("tangobox-localhost", {QStringLiteral("tangobox-ansible/etc/ansible/tangobox-localhost")});
        peer("tangobox folder", {QStringLiteral("tangobox-ansible/etc/ansible")});
        peer("ska hosts", {QStringLiteral("ska-ansible-playbooks/hosts")});
        peer("ska hosts_k8s", {QStringLiteral("ska-ansible-playbooks/hosts_k8s")});
        peer("ska folder", {QStringLiteral("ska-ansible-playbooks")});
        peer("galaxy", {QStringLiteral("galaxy-ansible-miniconda/tests/inventory")});
    }

    void matchesAnsible()
    {
        QFETCH(QStringList, sources);
        QFETCH(QString, playbookDir);
        QFETCH(bool, peer);
        if (peer) {
            REQUIRE_PEER_DATA(peers);
            Q_UNUSED(peers);  // the rows carry their paths
        }
        compare(sources, playbookDir);
    }

    void demoWorkspace()
    {
        const auto ws = core::envfile::readWorkspace(DEPLOYDECK_SOURCE_DIR "/resources/demo/deploydeck.yml");
        QVERIFY2(ws.ok(), ws.ok() ? "" : ws.error().message().c_str());  // the demo is part of the tree
        const QString inventory = QString::fromStdString(core::envfile::resolvePath(*ws, ws->inventory));
        QVERIFY2(QFileInfo::exists(inventory), qPrintable(inventory));
        compare({inventory}, QString());
        // The folder holding it, too: group_vars/ next to it apply either way.
        compare({QFileInfo(inventory).absolutePath()}, QString());
    }

    void generatedInventories_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<bool>("yaml");
        for (quint32 seed = 1; seed <= 4; ++seed) {
            QTest::addRow("INI seed %u", seed) << seed << false;
            QTest::addRow("YAML seed %u", seed) << seed << true;
        }
    }

    void generatedInventories()
    {
        QFETCH(quint32, seed);
        QFETCH(bool, yaml);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // DEPLOYDECK_KEEP_TEST_FILES=1 keeps the generated inventory to look at after a failure.
        dir.setAutoRemove(!qEnvironmentVariableIsSet("DEPLOYDECK_KEEP_TEST_FILES"));
        const QString file = InventoryGenerator(seed, yaml).write(dir.filePath(QStringLiteral("inv")));
        if (!dir.autoRemove())
            qInfo("generated inventory kept in %s", qPrintable(file));
        compare({file}, QString());
    }

private:
    void compare(const QStringList &sources, const QString &playbookDir)
    {
        QTemporaryDir work;  // empty working folder: ansible-inventory reads group_vars/ from it
        QVERIFY(work.isValid());
        QFile cfg(work.filePath(QStringLiteral("ansible.cfg")));
        QVERIFY(cfg.open(QIODevice::WriteOnly));
        cfg.close();
        QStringList args;
        for (const QString &s : sources)
            args << QStringLiteral("-i") << s;
        if (!playbookDir.isEmpty())
            args << QStringLiteral("--playbook-dir") << playbookDir;
        args << QStringLiteral("--list");
        const Run ansible = run(m_ansible, args, work.path());
        QVERIFY2(ansible.exitCode == 0, ansible.err.constData());
        const Run ours = run(deploydeckBinary(), QStringList{QStringLiteral("inventory")} + args, work.path());
        QVERIFY2(ours.exitCode == 0 || ours.exitCode == 2, ours.err.constData());
        QJsonParseError e1{}, e2{};
        const QJsonDocument expected = QJsonDocument::fromJson(ansible.out, &e1);
        const QJsonDocument actual = QJsonDocument::fromJson(ours.out, &e2);
        QVERIFY2(e1.error == QJsonParseError::NoError, qPrintable(e1.errorString()));
        QVERIFY2(e2.error == QJsonParseError::NoError, qPrintable(e2.errorString()));
        QVERIFY(expected.object().contains(QStringLiteral("_meta")));
        QVERIFY2(expected == actual, qPrintable(firstDifference(expected.object(), actual.object(), QString())));
    }

    QString m_ansible;
};

QTEST_GUILESS_MAIN(TestAnsibleInventory)
#include "tst_ansibleinventory.moc"
