// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// loadInventory(): structure, precedence with sources, and every kind of bad input (reported
// with a location while the rest loads). Equality with ansible-inventory itself is checked in
// tst_ansibleinventory.
#include "core/inventory/inventory.h"
#include "core/inventory/inventorybuilder.h"
#include "core/inventory/parsers.h"

#include <QDir>
#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace core::inventory;
using core::util::ErrorCode;

namespace {

std::string fixture(const char *relative)
{
    return std::string(DEPLOYDECK_SOURCE_DIR "/tests/data/inventory/") + relative;
}

void write(const QTemporaryDir &dir, const char *relative, const QByteArray &text)
{
    const QString path = dir.filePath(QString::fromUtf8(relative));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

std::string pathIn(const QTemporaryDir &dir, const char *relative)
{
    return dir.filePath(QString::fromUtf8(relative)).toStdString();
}

/** The first diagnostic whose message contains @p text, or nullptr. */
const Diagnostic *findDiagnostic(const Inventory &inv, const std::string &text)
{
    for (const Diagnostic &d : inv.diagnostics)
        if (d.message.find(text) != std::string::npos)
            return &d;
    return nullptr;
}

QByteArray dump(const Inventory &inv)
{
    QByteArray out;
    for (const Diagnostic &d : inv.diagnostics)
        out += QByteArray::fromStdString(d.location + ": " + d.message + "\n");
    return out;
}

} // namespace

class TestInventoryLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void structure()
    {
        const auto inv = loadInventory(fixture("deep-ini/hosts"));
        QVERIFY(inv.ok());
        QVERIFY2(!inv->hasErrors(), dump(*inv).constData());
        QCOMPARE(inv->groups[0].name, std::string("all"));
        QCOMPARE(inv->groups[1].name, std::string("ungrouped"));
        // all > datacenter > site > row > rack > node: depth is the longest path from all.
        QCOMPARE(inv->group("node")->depth, 5);
        QCOMPARE(inv->group("rack")->depth, 4);
        QCOMPARE(inv->group("site")->priority, 5);
        QVERIFY(!inv->group("site")->vars.count("ansible_group_priority"));  // Ansible never stores it
        QCOMPARE(inv->group("edge")->hosts, (std::vector<std::string>{"edgex", "edgey", "edgez"}));
        // solo-host was listed before any section and later in [node]: it left ungrouped.
        QVERIFY(inv->group("ungrouped")->hosts.empty());
        const auto hosts = inv->hostsOf("rack");
        QCOMPARE(hosts.front(), std::string("rack-a1"));
        QCOMPARE(hosts.size(), size_t(11));
        const Host *node = inv->host("node04.example.org");
        QVERIFY(node);
        QCOMPARE(node->effective.at("ansible_port").value.integer, 2222);
    }

    // The pages load inventories on the global thread pool. Reading group_vars/host_vars files in
    // parallel must not wait for tasks queued behind it on that same pool: with one pool thread
    // this deadlocked (seen as a hung tst_mainwindow in the sanitized build on 2 cores).
    void loadsFromAFullGlobalPool()
    {
        QThreadPool *global = QThreadPool::globalInstance();
        const int before = global->maxThreadCount();
        global->setMaxThreadCount(1);
        QFuture<std::size_t> hosts = QtConcurrent::run([] {
            const auto inv = loadInventory(fixture("deep-ini/hosts"));
            return inv ? inv->hosts.size() : std::size_t(0);
        });
        const bool finished = QTest::qWaitFor([&] { return hosts.isFinished(); }, 120000);
        global->setMaxThreadCount(before);
        QVERIFY2(finished, "the inventory load never finished: its file reads wait on the pool it occupies");
        QVERIFY(hosts.result() > 0);
    }

    void sourcesAreRemembered()
    {
        const auto inv = loadInventory(fixture("deep-ini/hosts"));
        QVERIFY(inv.ok());
        const std::string hosts = fixture("deep-ini/hosts");
        // An INI group variable: its line.
        const Variable &depth = inv->host("rack-a2")->effective.at("depth_var");
        QCOMPARE(depth.source.toString(), hosts + ":26:1");
        QCOMPARE(depth.level, VarLevel::InventoryGroup);
        QCOMPARE(depth.owner, std::string("rack"));
        // An inline host variable: line and column of its key=value word.
        const Variable &role = inv->host("node-b")->effective.at("role");
        QCOMPARE(role.value.text, std::string("storage node"));
        QCOMPARE(role.source.toString(), hosts + ":39:12");
        QCOMPARE(role.level, VarLevel::InventoryHost);
        // A host_vars folder file beats the host line.
        const Variable &shared = inv->host("db01")->effective.at("shared");
        QCOMPARE(shared.value.text, std::string("from-db01-hostvars"));
        QCOMPARE(shared.source.toString(), fixture("deep-ini/host_vars/db01/main.yml") + ":1:1");
        QCOMPARE(shared.level, VarLevel::HostVarsFile);
        // Nested values keep their own lines.
        const Variable &versions = inv->host("db01")->effective.at("versions");
        QCOMPARE(versions.value.find("python-fandango")->line, 6);
    }

    void history()
    {
        const auto inv = loadInventory(fixture("deep-ini/hosts"));
        QVERIFY(inv.ok());
        const Host &db01 = *inv->host("db01");
        const auto chain = variableHistory(*inv, db01, "shared");
        QStringList values;
        for (const Variable &v : chain)
            values << QString::fromStdString(v.value.text);
        // Lowest precedence first: inventory-file groups by depth, all's file, group files by
        // depth, then the host line and the host's files.
        QCOMPARE(values, (QStringList{QStringLiteral("monitoring-inline"), QStringLiteral("from-site-inline"),
                                      QStringLiteral("from-all-file"), QStringLiteral("from-datacenter-file"),
                                      QStringLiteral("from-monitoring-file"), QStringLiteral("from-site-dir-a"),
                                      QStringLiteral("from-node-json"), QStringLiteral("host-inline"),
                                      QStringLiteral("from-db01-hostvars")}));
        QCOMPARE(chain.back(), db01.effective.at("shared"));
        QVERIFY(variableHistory(*inv, db01, "no_such_variable").empty());
    }

    void playbookFolder()
    {
        LoadOptions options;
        options.playbookDir = fixture("playbook");
        const auto inv = loadInventory(std::vector<std::string>{fixture("multi")}, options);
        QVERIFY(inv.ok());
        QCOMPARE(inv->varsFolders.size(), size_t(2));
        QVERIFY(inv->varsFolders[1].playbook);
        const Variable &from = inv->host("srv2")->effective.at("from");
        // The playbook's group_vars/all beats the inventory's, but not the host's own variable.
        QCOMPARE(from.value.text, std::string("base"));
        QCOMPARE(inv->host("cli1")->effective.at("from").value.text, std::string("playbook-all"));
        QCOMPARE(inv->host("cli1")->effective.at("from").level, VarLevel::PlaybookGroupVarsFile);
        QCOMPARE(inv->host("srv1")->effective.at("pb").level, VarLevel::PlaybookHostVarsFile);
    }

    void missingSourceIsAnError()
    {
        const auto inv = loadInventory("/nonexistent/inventory");
        QVERIFY(!inv.ok());
        QCOMPARE(inv.error().code, ErrorCode::FileNotFound);
    }

    void hostList()
    {
        const auto inv = loadInventory("alpha, beta:2222,");
        QVERIFY(inv.ok());
        QCOMPARE(inv->group("ungrouped")->hosts, (std::vector<std::string>{"alpha", "beta"}));
        QCOMPARE(inv->host("beta")->effective.at("ansible_port").value.integer, 2222);
    }

    void brokenYamlIsReported()
    {
        QTemporaryDir dir;
        write(dir, "inv/good.yml", "web:\n  hosts:\n    web1:\n");
        write(dir, "inv/bad.yml", "db:\n  hosts:\n    db1:\n   oops: [\n");
        const auto inv = loadInventory(pathIn(dir, "inv"));
        QVERIFY(inv.ok());
        QVERIFY(inv->host("web1"));  // the rest loads
        QVERIFY(inv->hasErrors());
        const Diagnostic &d = inv->diagnostics.front();
        QCOMPARE(d.severity, Diagnostic::Severity::Error);
        QCOMPARE(d.code, ErrorCode::ParseError);
        QVERIFY2(QByteArray::fromStdString(d.location).startsWith(QByteArray::fromStdString(pathIn(dir, "inv/bad.yml") + ":4:")),
                 d.location.c_str());
    }

    void brokenIniIsReported()
    {
        QTemporaryDir dir;
        write(dir, "hosts", "[web]\nweb1 novalue\nweb2 a=1\n[db]\ndb1 x=\"open\n[bad section]\n[ok]\nok1\n");
        const auto inv = loadInventory(pathIn(dir, "hosts"));
        QVERIFY(inv.ok());
        QVERIFY(inv->host("web2"));
        QVERIFY(inv->host("ok1"));
        QVERIFY(!inv->host("web1"));
        const Diagnostic *noValue = findDiagnostic(*inv, "expected key=value");
        QVERIFY(noValue);
        QCOMPARE(noValue->location, pathIn(dir, "hosts") + ":2:6");
        const Diagnostic *quote = findDiagnostic(*inv, "no closing quotation");
        QVERIFY(quote);
        QCOMPARE(quote->location, pathIn(dir, "hosts") + ":5:7");
        QVERIFY(findDiagnostic(*inv, "invalid section entry '[bad section]'"));
    }

    // Found by fuzz_inventory_yaml: many patterns of up to 100,000 hosts each took minutes.
    void hostEntriesAreBounded_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("ini") << QByteArray("hosts")
                             << QByteArray("[a]\nn[00000:79999]\n[b]\nn[00000:79999]\n[c]\nn[00000:79999]\n[d]\nlast\n");
        QTest::newRow("yaml") << QByteArray("inv.yml")
                              << QByteArray("all:\n  children:\n    a: {hosts: {'n[00000:79999]': {}}}\n"
                                            "    b: {hosts: {'n[00000:79999]': {}}}\n    c: {hosts: {'n[00000:79999]': {}}}\n");
    }

    void hostEntriesAreBounded()
    {
        QFETCH(QByteArray, file);
        QFETCH(QByteArray, text);
        QTemporaryDir dir;
        write(dir, file.constData(), text);
        const auto inv = loadInventory(pathIn(dir, file.constData()));
        QVERIFY(inv.ok());
        const Diagnostic *limit = findDiagnostic(*inv, "more than 200000 host entries");
        QVERIFY(limit);
        QVERIFY2(limit->location.starts_with(pathIn(dir, file.constData()) + ":"), limit->location.c_str());
        QVERIFY(inv->host("n00000"));
        QVERIFY(!inv->host("last"));
    }

    /** A reader given smaller bounds (as the fuzz targets are) refuses at those bounds, with the same messages. */
    void smallerBoundsAreHonoured()
    {
        using core::inventory::detail::InventoryBuilder;
        InventoryBuilder entries(core::inventory::HostLimits{100, 25});
        core::inventory::detail::parseIniInventory("[a]\nn[01:20]\n[b]\nm[01:20]\n", "hosts", entries);
        entries.reconcile();
        const core::inventory::Inventory bounded = entries.take();
        QVERIFY(findDiagnostic(bounded, "more than 25 host entries"));
        QVERIFY(bounded.host("m05"));
        QVERIFY(!bounded.host("m06"));

        // A host line with variables past the bound: the host and its variables are left out.
        InventoryBuilder withVars(core::inventory::HostLimits{100, 2});
        core::inventory::detail::parseIniInventory("[a]\nh[1:3] x=1\n", "hosts", withVars);
        withVars.reconcile();
        const core::inventory::Inventory leftOut = withVars.take();
        QVERIFY(findDiagnostic(leftOut, "more than 2 host entries"));
        QVERIFY(!leftOut.host("h3"));

        InventoryBuilder pattern(core::inventory::HostLimits{10, 1000});
        core::inventory::detail::parseIniInventory("[a]\nn[01:11]\nok\n", "hosts", pattern);
        pattern.reconcile();
        const core::inventory::Inventory refused = pattern.take();
        QVERIFY(findDiagnostic(refused, "more than 10 hosts"));
        QVERIFY(!refused.host("n01"));
        QVERIFY(refused.host("ok"));
    }

    void cyclesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("INI two-group cycle") << QByteArray("hosts") << QByteArray("[a]\nh1\n[b]\nh2\n[a:children]\nb\n[b:children]\na\n");
        QTest::newRow("INI own child") << QByteArray("hosts") << QByteArray("[a]\nh1\n[b]\nh2\n[a:children]\na\nb\n");
        QTest::newRow("YAML own child") << QByteArray("hosts.yml")
                                        << QByteArray("a:\n  hosts: {h1: }\n  children:\n    a:\n    b:\n      hosts: {h2: }\n");
    }

    void cyclesAreRefused()
    {
        QFETCH(QByteArray, file);
        QFETCH(QByteArray, text);
        QTemporaryDir dir;
        write(dir, file.constData(), text);
        const auto inv = loadInventory(pathIn(dir, file.constData()));
        QVERIFY(inv.ok());
        const Diagnostic *d = findDiagnostic(*inv, "recursive dependency loop");
        QVERIFY2(d, dump(*inv).constData());
        QCOMPARE(d->severity, Diagnostic::Severity::Error);
        QVERIFY(!d->location.empty());
        QVERIFY(inv->host("h1") && inv->host("h2"));
        QCOMPARE(inv->host("h2")->effective.size(), size_t(0));
        QVERIFY(inv->group("b")->depth > 0);
    }

    void undefinedChildren()
    {
        QTemporaryDir dir;
        write(dir, "hosts", "[p]\nh1\n[p:children]\nghost\n[q:vars]\nx=1\n");
        const auto inv = loadInventory(pathIn(dir, "hosts"));
        QVERIFY(inv.ok());
        QVERIFY(inv->host("h1"));
        const Diagnostic *child = findDiagnostic(*inv, "includes undefined group 'ghost'");
        QVERIFY2(child, dump(*inv).constData());
        QCOMPARE(child->location, pathIn(dir, "hosts") + ":4");
        QVERIFY(!inv->group("ghost"));
        QVERIFY(findDiagnostic(*inv, "[q:vars] names an undefined group"));
    }

    void hostVarsForUnknownHost()
    {
        QTemporaryDir dir;
        write(dir, "hosts", "[web]\nweb1\n");
        write(dir, "host_vars/web1.yml", "a: 1\n");
        write(dir, "host_vars/web9.yml", "a: 1\n");
        write(dir, "group_vars/wbe.yml", "a: 1\n");
        const auto inv = loadInventory(pathIn(dir, "hosts"));
        QVERIFY(inv.ok());
        QVERIFY(!inv->hasErrors());
        const Diagnostic *host = findDiagnostic(*inv, "host_vars file for unknown host 'web9'");
        QVERIFY2(host, dump(*inv).constData());
        QCOMPARE(host->severity, Diagnostic::Severity::Warning);
        QCOMPARE(host->location, QDir(dir.filePath(QStringLiteral("host_vars"))).canonicalPath().toStdString() + "/web9.yml");
        QVERIFY(findDiagnostic(*inv, "group_vars file for unknown group 'wbe'"));
        QVERIFY(!findDiagnostic(*inv, "'web1'"));
    }

    void vaultValuesAreEncrypted()
    {
        QTemporaryDir dir;
        write(dir, "hosts", "[web]\nweb1\n");
        write(dir, "group_vars/web.yml",
              "db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  3061626364\nplain: 1\n");
        write(dir, "host_vars/web1.yml", "$ANSIBLE_VAULT;1.1;AES256\n6162636465666768\n");
        const auto inv = loadInventory(pathIn(dir, "hosts"));
        QVERIFY(inv.ok());
        QVERIFY2(!inv->hasErrors(), dump(*inv).constData());
        const Variable &secret = inv->host("web1")->effective.at("db_password");
        QVERIFY(secret.value.isVault());
        QCOMPARE(secret.value.toDisplayString(), std::string("encrypted"));
        QCOMPARE(inv->host("web1")->effective.at("plain").value.integer, 1);
        const Diagnostic *file = findDiagnostic(*inv, "encrypted with ansible-vault");
        QVERIFY(file);
        QCOMPARE(file->severity, Diagnostic::Severity::Warning);
    }

    void unreadableFilesAreReported()
    {
        QTemporaryDir dir;
        write(dir, "inv/10-good", "[web]\nweb1\n");
        write(dir, "inv/group_vars/web.yml", "a: 1\n");
        // A dangling link cannot be read, even by root (who reads files whatever their mode).
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere")), dir.filePath(QStringLiteral("inv/20-gone"))));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere")), dir.filePath(QStringLiteral("inv/group_vars/all.yml"))));
        if (geteuid() != 0) {
            write(dir, "inv/30-locked", "[db]\ndb1\n");
            QFile::setPermissions(dir.filePath(QStringLiteral("inv/30-locked")), QFileDevice::Permissions{});
        }
        const auto inv = loadInventory(pathIn(dir, "inv"));
        QVERIFY(inv.ok());
        QCOMPARE(inv->host("web1")->effective.at("a").value.integer, 1);
        const Diagnostic *gone = findDiagnostic(*inv, "cannot read inventory file");
        QVERIFY2(gone, dump(*inv).constData());
        QCOMPARE(gone->location, pathIn(dir, "inv/20-gone"));
        QVERIFY(findDiagnostic(*inv, "cannot read variables file"));
        if (geteuid() != 0)
            QVERIFY(!inv->host("db1"));
    }

    void badVarsFiles()
    {
        QTemporaryDir dir;
        write(dir, "hosts", "[web]\nweb1\n");
        write(dir, "group_vars/web.yml", "- a\n- b\n");
        write(dir, "group_vars/all.yml", "a: [1\n");
        write(dir, "host_vars", "not a folder\n");
        const auto inv = loadInventory(pathIn(dir, "hosts"));
        QVERIFY(inv.ok());
        QVERIFY(inv->host("web1"));
        const Diagnostic *list = findDiagnostic(*inv, "must hold a mapping");
        QVERIFY2(list, dump(*inv).constData());
        QCOMPARE(list->location, QDir(dir.filePath(QStringLiteral("group_vars"))).canonicalPath().toStdString() + "/web.yml:1:1");
        QVERIFY(findDiagnostic(*inv, "host_vars is not a folder"));
        bool parseError = false;
        for (const Diagnostic &d : inv->diagnostics)
            parseError = parseError || (d.code == ErrorCode::ParseError && d.location.find("all.yml:2:1") != std::string::npos);
        QVERIFY2(parseError, dump(*inv).constData());
    }

    void yamlSectionsMustBeMappings()
    {
        QTemporaryDir dir;
        write(dir, "hosts.yml", "web:\n  hosts: [web1, web2]\ndb:\n  hosts:\n    db1:\n  unknown: {a: 1}\n");
        const auto inv = loadInventory(pathIn(dir, "hosts.yml"));
        QVERIFY(inv.ok());
        QVERIFY(inv->host("db1"));
        QVERIFY(findDiagnostic(*inv, "'hosts' of group 'web' must be a mapping"));
        QVERIFY(findDiagnostic(*inv, "unexpected key 'unknown'"));
    }

    void inventoryScriptsAreNotRun()
    {
        QTemporaryDir dir;
        write(dir, "inv/script.py", "#!/usr/bin/env python3\nprint('{}')\n");
        write(dir, "inv/hosts", "h1\n");
        const auto inv = loadInventory(pathIn(dir, "inv"));
        QVERIFY(inv.ok());
        QVERIFY(inv->host("h1"));
        QVERIFY(findDiagnostic(*inv, "inventory scripts are not run"));
    }
};

QTEST_GUILESS_MAIN(TestInventoryLoader)
#include "tst_inventoryloader.moc"
