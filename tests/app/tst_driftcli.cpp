// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// deploydeck drift against real hosts: the real ansible-playbook runs deploydeck's gathering play
// over local hosts (ansible_connection=local), each with an RPM database made by the real rpm and
// rpmbuild and conda environments written as conda writes them, drifting in known ways; one host
// is unreachable (ssh to a port nobody listens on).
#include "tests/support/clirun.h"
#include "tests/support/copytree.h"
#include "tests/support/testhosts.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

using testsupport::TestCondaPackage;
using testsupport::TestRpm;

const QString s_demo = QStringLiteral(DEPLOYDECK_SOURCE_DIR "/resources/demo");

bool writeText(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

/** A TCP port on 127.0.0.1 that nothing listens on (taken, then given back). */
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 1;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

/** The entries of @p list whose @p key is @p value. */
QJsonObject entry(const QJsonArray &list, const QString &key, const QString &value, const QString &env = {})
{
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        if (o.value(key).toString() == value && (env.isEmpty() || o.value(QStringLiteral("env")).toString() == env))
            return o;
    }
    return {};
}

} // namespace

class TestDriftCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_ws;
    QJsonArray m_solution; // today's solve of the tango-tools environment

    testsupport::CliRun deploydeck(const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("ANSIBLE_LOCAL_TEMP"), m_dir.filePath(QStringLiteral("ansible-tmp")));
        env.insert(QStringLiteral("ANSIBLE_HOST_KEY_CHECKING"), QStringLiteral("False"));
        return testsupport::runDeploydeck(args, env, 300000);
    }

    QString host(const QString &name) const { return m_dir.filePath(QStringLiteral("hosts/") + name); }

    /** The tango-tools environment as today's solve makes it, with @p changes applied by name. */
    std::vector<TestCondaPackage> solvedEnvironment(
        const std::map<QString, QString> &versions = {}, const QString &drop = {})
    {
        std::vector<TestCondaPackage> packages;
        for (const QJsonValue &v : std::as_const(m_solution)) {
            const QJsonObject o = v.toObject();
            const QString name = o.value(QStringLiteral("name")).toString();
            if (name == drop)
                continue;
            const auto changed = versions.find(name);
            packages.push_back(
                { name, changed == versions.end() ? o.value(QStringLiteral("version")).toString() : changed->second,
                    o.value(QStringLiteral("build")).toString(), o.value(QStringLiteral("build_number")).toInt() });
        }
        return packages;
    }

    QJsonObject driftJson(const QStringList &extra, int expectedCode)
    {
        const auto run = deploydeck(
            QStringList { QStringLiteral("drift"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--json") }
            + extra);
        if (run.code != expectedCode)
            qWarning().noquote() << run.out << run.err;
        [&] { QCOMPARE(run.code, expectedCode); }();
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        [&] { QCOMPARE(error.error, QJsonParseError::NoError); }();
        return doc.object().value(QStringLiteral("hosts")).toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(QStringLiteral("ws"));
        const QString channels = s_demo + QStringLiteral("/channels");
        QVERIFY(writeText(m_ws + QStringLiteral("/deploydeck.yml"),
            QStringLiteral(
                "name: drift test\nchannels:\n  - %1/mini-conda-forge\ncustom_channels:\n  mini-conda-forge: %1\n"
                "platform: linux-64\nvirtual_packages:\n  __glibc: \"2.28\"\n  __unix: \"0\"\n  __linux: \"5.14\"\n"
                "inventory: ./inventory/hosts.yml\n")
                .arg(channels)
                .toUtf8()));
        const QString hosts = m_dir.filePath(QStringLiteral("hosts"));
        QVERIFY(writeText(m_ws + QStringLiteral("/inventory/hosts.yml"),
            QStringLiteral("all:\n"
                           "  vars:\n"
                           "    ansible_connection: local\n"
                           "    ansible_python_interpreter: \"{{ ansible_playbook_python }}\"\n"
                           "    deploydeck_rpm_root: \"%1/{{ inventory_hostname }}/rpm\"\n"
                           "    deploydeck_conda_root: \"%1/{{ inventory_hostname }}/conda\"\n"
                           "  children:\n"
                           "    control_room:\n"
                           "      hosts:\n"
                           "        cr-ok:\n"
                           "        cr-drift:\n"
                           "    beamline:\n"
                           "      hosts:\n"
                           "        bl-noenv:\n"
                           "        bl-down:\n"
                           "          ansible_connection: ssh\n"
                           "          ansible_host: 127.0.0.1\n"
                           "          ansible_port: %2\n"
                           "          ansible_ssh_common_args: -o ConnectTimeout=5 -o BatchMode=yes\n")
                .arg(hosts)
                .arg(closedPort())
                .toUtf8()));
        QVERIFY(writeText(m_ws + QStringLiteral("/inventory/group_vars/all.yml"),
            "packages_stable:\n"
            "  python-fandango: \"10.9\"\n"
            "  python-taurus: default\n"
            "  tangods-pathfixer: \"2:1.4-3.el7\"\n"
            "conda_envs:\n"
            "  - env_name: tango-tools\n"
            "    dependencies:\n"
            "      - python=3.11\n"
            "      - pytango>=9.4\n"
            "      - itango\n"
            "    channels:\n"
            "      - mini-conda-forge\n"));

        // Today's solve of the environment, which cr-ok has exactly.
        const auto solved
            = deploydeck({ QStringLiteral("solve"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--json"),
                QStringLiteral("python=3.11"), QStringLiteral("pytango>=9.4"), QStringLiteral("itango") });
        QCOMPARE(solved.code, 0);
        m_solution = QJsonDocument::fromJson(solved.out.toUtf8())
                         .object()
                         .value(QStringLiteral("actions"))
                         .toObject()
                         .value(QStringLiteral("LINK"))
                         .toArray();
        QVERIFY(!entry(m_solution, QStringLiteral("name"), QStringLiteral("pytango")).isEmpty());

        const std::vector<TestRpm> pinned = { { QStringLiteral("python-fandango"), QStringLiteral("10.9") },
            { QStringLiteral("python-taurus"), QStringLiteral("4.7.1") },
            { QStringLiteral("tangods-pathfixer"), QStringLiteral("1.4"), QStringLiteral("3.el7"), 2 } };
        QString failed = testsupport::makeRpmDatabase(
            host(QStringLiteral("cr-ok/rpm")), pinned, m_dir.filePath(QStringLiteral("rpmbuild")));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(testsupport::writeCondaEnvironment(
            host(QStringLiteral("cr-ok/conda/envs/tango-tools")), solvedEnvironment()));

        // cr-drift: fandango 10.8, pathfixer without its epoch, pytango 9.3.6, no itango.
        failed = testsupport::makeRpmDatabase(host(QStringLiteral("cr-drift/rpm")),
            { { QStringLiteral("python-fandango"), QStringLiteral("10.8") },
                { QStringLiteral("python-taurus"), QStringLiteral("5.0") },
                { QStringLiteral("tangods-pathfixer"), QStringLiteral("1.4"), QStringLiteral("3.el7"), 0 } },
            m_dir.filePath(QStringLiteral("rpmbuild")));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(testsupport::writeCondaEnvironment(host(QStringLiteral("cr-drift/conda/envs/tango-tools")),
            solvedEnvironment({ { QStringLiteral("pytango"), QStringLiteral("9.3.6") } }, QStringLiteral("itango"))));

        // bl-noenv: the RPMs as pinned but taurus, and no conda environment at all.
        failed = testsupport::makeRpmDatabase(
            host(QStringLiteral("bl-noenv/rpm")), { pinned[0], pinned[2] }, m_dir.filePath(QStringLiteral("rpmbuild")));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(QDir().mkpath(host(QStringLiteral("bl-noenv/conda/envs"))));
    }

    void gathersAndComparesEveryHost()
    {
        const QJsonObject hosts = driftJson({}, 1);
        QCOMPARE(hosts.keys(),
            (QStringList { QStringLiteral("bl-down"), QStringLiteral("bl-noenv"), QStringLiteral("cr-drift"),
                QStringLiteral("cr-ok") }));

        const QJsonObject ok = hosts.value(QStringLiteral("cr-ok")).toObject();
        QCOMPARE(ok.value(QStringLiteral("reachable")).toBool(), true);
        QCOMPARE(ok.value(QStringLiteral("drifts")).toBool(), false);
        QVERIFY(!ok.value(QStringLiteral("gathered")).toString().isEmpty());
        const QJsonArray okRpm = ok.value(QStringLiteral("rpm")).toArray();
        QCOMPARE(okRpm.size(), 3);
        for (const QJsonValue &e : okRpm)
            QCOMPARE(e.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(entry(okRpm, QStringLiteral("name"), QStringLiteral("python-fandango"))
                     .value(QStringLiteral("installed"))
                     .toString(),
            QStringLiteral("10.9-1.el7"));
        QCOMPARE(entry(okRpm, QStringLiteral("name"), QStringLiteral("tangods-pathfixer"))
                     .value(QStringLiteral("installed"))
                     .toString(),
            QStringLiteral("2:1.4-3.el7"));
        const QJsonArray okConda = ok.value(QStringLiteral("conda")).toArray();
        QCOMPARE(okConda.size(), 3); // one entry per spec
        for (const QJsonValue &e : okConda) {
            QCOMPARE(e.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
            QCOMPARE(e.toObject().value(QStringLiteral("env")).toString(), QStringLiteral("tango-tools"));
        }
        // Deploying today changes nothing on the host that has today's solve.
        const QJsonObject okDeploy = ok.value(QStringLiteral("deploy")).toArray().at(0).toObject();
        QCOMPARE(okDeploy.value(QStringLiteral("exists")).toBool(), true);
        QCOMPARE(okDeploy.value(QStringLiteral("changes")).toArray().size(), 0);

        const QJsonObject drift = hosts.value(QStringLiteral("cr-drift")).toObject();
        QCOMPARE(drift.value(QStringLiteral("drifts")).toBool(), true);
        const QJsonArray driftRpm = drift.value(QStringLiteral("rpm")).toArray();
        const QJsonObject fandango = entry(driftRpm, QStringLiteral("name"), QStringLiteral("python-fandango"));
        QCOMPARE(fandango.value(QStringLiteral("status")).toString(), QStringLiteral("mismatch"));
        QCOMPARE(fandango.value(QStringLiteral("pin")).toString(), QStringLiteral("10.9"));
        QCOMPARE(fandango.value(QStringLiteral("installed")).toString(), QStringLiteral("10.8-1.el7"));
        QCOMPARE(entry(driftRpm, QStringLiteral("name"), QStringLiteral("python-taurus"))
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("ok")); // default: any version
        QCOMPARE(entry(driftRpm, QStringLiteral("name"), QStringLiteral("tangods-pathfixer"))
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("mismatch")); // epoch 0 is not the pinned 2
        const QJsonArray driftConda = drift.value(QStringLiteral("conda")).toArray();
        const QJsonObject pytango = entry(driftConda, QStringLiteral("name"), QStringLiteral("pytango"));
        QCOMPARE(pytango.value(QStringLiteral("status")).toString(), QStringLiteral("mismatch"));
        QCOMPARE(pytango.value(QStringLiteral("spec")).toString(), QStringLiteral("pytango>=9.4"));
        QVERIFY(pytango.value(QStringLiteral("installed")).toString().startsWith(QStringLiteral("9.3.6 ")));
        const QJsonObject itango = entry(driftConda, QStringLiteral("name"), QStringLiteral("itango"));
        QCOMPARE(itango.value(QStringLiteral("status")).toString(), QStringLiteral("missing"));
        QVERIFY(itango.value(QStringLiteral("installed")).isNull());
        QCOMPARE(entry(driftConda, QStringLiteral("name"), QStringLiteral("python"))
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("ok"));
        // A deployment would bring pytango up to today's version and install itango.
        const QJsonArray changes = drift.value(QStringLiteral("deploy"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QStringLiteral("changes"))
                                       .toArray();
        const QJsonObject pytangoChange = entry(changes, QStringLiteral("name"), QStringLiteral("pytango"));
        QCOMPARE(pytangoChange.value(QStringLiteral("kind")).toString(), QStringLiteral("upgraded"));
        QCOMPARE(pytangoChange.value(QStringLiteral("old_version")).toString(), QStringLiteral("9.3.6"));
        QCOMPARE(pytangoChange.value(QStringLiteral("new_version")).toString(),
            entry(m_solution, QStringLiteral("name"), QStringLiteral("pytango"))
                .value(QStringLiteral("version"))
                .toString());
        QCOMPARE(
            entry(changes, QStringLiteral("name"), QStringLiteral("itango")).value(QStringLiteral("kind")).toString(),
            QStringLiteral("installed"));
        QCOMPARE(changes.size(), 2);

        const QJsonObject noenv = hosts.value(QStringLiteral("bl-noenv")).toObject();
        QCOMPARE(
            entry(noenv.value(QStringLiteral("rpm")).toArray(), QStringLiteral("name"), QStringLiteral("python-taurus"))
                .value(QStringLiteral("status"))
                .toString(),
            QStringLiteral("missing"));
        const QJsonArray noenvConda = noenv.value(QStringLiteral("conda")).toArray();
        QCOMPARE(noenvConda.size(), 3); // every spec of the absent environment is missing
        for (const QJsonValue &e : noenvConda)
            QCOMPARE(e.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("missing"));
        const QJsonObject noenvDeploy = noenv.value(QStringLiteral("deploy")).toArray().at(0).toObject();
        QCOMPARE(noenvDeploy.value(QStringLiteral("exists")).toBool(), false);
        QCOMPARE(noenvDeploy.value(QStringLiteral("changes")).toArray().size(), m_solution.size());

        const QJsonObject down = hosts.value(QStringLiteral("bl-down")).toObject();
        QCOMPARE(down.value(QStringLiteral("reachable")).toBool(), false);
        QVERIFY(down.value(QStringLiteral("gathered")).isNull());
        QVERIFY(!down.value(QStringLiteral("error")).toString().isEmpty());
        QCOMPARE(down.value(QStringLiteral("rpm")).toArray().size(), 3);
        for (const QJsonValue &e : down.value(QStringLiteral("rpm")).toArray())
            QCOMPARE(e.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));

        // Each host's facts are cached in the workspace's state folder.
        for (const char *name : { "cr-ok", "cr-drift", "bl-noenv", "bl-down" })
            QVERIFY2(QFile::exists(m_ws + QStringLiteral("/.deploydeck/facts/%1.json").arg(QLatin1String(name))), name);
    }

    void cachedFactsNeedNoAnsible()
    {
        const QJsonObject gathered = driftJson({ QStringLiteral("--cached") }, 1);
        // Without ansible-playbook on PATH the cached comparison still works, and says the same.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), m_dir.filePath(QStringLiteral("empty-bin")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        const auto run = testsupport::runDeploydeck({ QStringLiteral("drift"), QStringLiteral("--workspace"), m_ws,
                                                        QStringLiteral("--cached"), QStringLiteral("--json") },
            env);
        QCOMPARE(run.code, 1);
        QCOMPARE(
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("hosts")).toObject(), gathered);
        QCOMPARE(gathered.value(QStringLiteral("cr-ok")).toObject().value(QStringLiteral("drifts")).toBool(), false);
    }

    void aLimitWithoutDriftExitsZero()
    {
        const QJsonObject hosts = driftJson({ QStringLiteral("--limit"), QStringLiteral("cr-ok") }, 0);
        QCOMPARE(hosts.keys(), QStringList { QStringLiteral("cr-ok") });
        const auto text = deploydeck({ QStringLiteral("drift"), QStringLiteral("-w"), m_ws, QStringLiteral("-l"),
            QStringLiteral("control_room:!cr-drift"), QStringLiteral("--cached") });
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("0 of 1 host(s) drift")), qPrintable(text.out));
    }

    void textNamesWhatDrifts()
    {
        const auto run
            = deploydeck({ QStringLiteral("drift"), QStringLiteral("-w"), m_ws, QStringLiteral("--cached") });
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains(QStringLiteral("python-fandango")) && run.out.contains(QStringLiteral("10.8-1.el7")),
            qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("bl-down: unreachable: ")));
        QVERIFY(run.out.contains(QStringLiteral("deploying tango-tools would change 2 package(s): ")));
        QVERIFY(run.out.contains(QStringLiteral("3 of 4 host(s) drift")));
    }

    void anUnreachableHostKeepsItsLastFacts()
    {
        // cr-ok is gathered; then it goes down. Its facts stay, marked with the failed attempt.
        const QString inventory = m_ws + QStringLiteral("/inventory/hosts.yml");
        QFile f(inventory);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray original = f.readAll();
        f.close();
        const QJsonObject before
            = driftJson({ QStringLiteral("-l"), QStringLiteral("cr-ok"), QStringLiteral("--cached") }, 0);
        QByteArray down = original;
        const QByteArray unreachable
            = QByteArray("        cr-ok:\n          ansible_connection: ssh\n          ansible_host: 127.0.0.1\n"
                         "          ansible_port: ")
            + QByteArray::number(closedPort()) + "\n";
        down.replace("        cr-ok:\n", unreachable);
        QVERIFY(writeText(inventory, down));
        const QJsonObject after = driftJson({ QStringLiteral("-l"), QStringLiteral("cr-ok") }, 1);
        QVERIFY(writeText(inventory, original));
        const QJsonObject host = after.value(QStringLiteral("cr-ok")).toObject();
        QCOMPARE(host.value(QStringLiteral("reachable")).toBool(), false);
        QVERIFY(!host.value(QStringLiteral("error")).toString().isEmpty());
        QCOMPARE(host.value(QStringLiteral("gathered")),
            before.value(QStringLiteral("cr-ok")).toObject().value(QStringLiteral("gathered")));
        QCOMPARE(host.value(QStringLiteral("rpm")),
            before.value(QStringLiteral("cr-ok")).toObject().value(QStringLiteral("rpm")));
    }

    void aMalformedCacheFileIsNamed()
    {
        // A damaged facts file: the host counts as never gathered, and the file is named with its line.
        const QString facts = m_ws + QStringLiteral("/.deploydeck/facts/bl-noenv.json");
        QFile f(facts);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray good = f.readAll();
        f.close();
        QVERIFY(writeText(facts, "{\n  \"format\": 1,\n  \"host\": \"bl-noenv\",\n  oops\n}\n"));
        const auto run = deploydeck({ QStringLiteral("drift"), QStringLiteral("-w"), m_ws, QStringLiteral("--cached"),
            QStringLiteral("-l"), QStringLiteral("bl-noenv") });
        QVERIFY(writeText(facts, good));
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(facts + QStringLiteral(":4:")), qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("never gathered")));
    }

    void badInputIsExitTwo()
    {
        auto run = deploydeck({ QStringLiteral("drift"), QStringLiteral("-w"), m_ws, QStringLiteral("-l"),
            QStringLiteral("nosuchhost"), QStringLiteral("--cached") });
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(QStringLiteral("nosuchhost")));
        run = deploydeck({ QStringLiteral("drift"), QStringLiteral("-i"), m_dir.filePath(QStringLiteral("missing.yml")),
            QStringLiteral("--cached") });
        QCOMPARE(run.code, 2);
        run = deploydeck(
            { QStringLiteral("drift"), QStringLiteral("-w"), m_ws, QStringLiteral("-l"), QStringLiteral("~(") });
        QCOMPARE(run.code, 2);
    }

    void diffTakesAHostEnvironment()
    {
        // HOST:ENV from the gathered facts against the environment as pinned, solved today.
        const QString env = m_dir.filePath(QStringLiteral("tango-tools.yml"));
        QVERIFY(writeText(env,
            "name: tango-tools\nchannels:\n  - mini-conda-forge\ndependencies:\n  - python=3.11\n"
            "  - pytango>=9.4\n  - itango\n"));
        auto run = deploydeck({ QStringLiteral("diff"), QStringLiteral("--workspace"), m_ws,
            QStringLiteral("cr-drift:tango-tools"), env, QStringLiteral("--json") });
        QCOMPARE(run.code, 1);
        const QJsonObject diff = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonArray changes = diff.value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(
            entry(changes, QStringLiteral("name"), QStringLiteral("pytango")).value(QStringLiteral("kind")).toString(),
            QStringLiteral("upgraded"));
        run = deploydeck(
            { QStringLiteral("diff"), QStringLiteral("--workspace"), m_ws, QStringLiteral("cr-ok:tango-tools"), env });
        QCOMPARE(run.code, 0);
        run = deploydeck({ QStringLiteral("diff"), QStringLiteral("--workspace"), m_ws,
            QStringLiteral("cr-ok:tango-tools"), QStringLiteral("cr-drift:tango-tools") });
        QCOMPARE(run.code, 1);
        QVERIFY(run.out.contains(QStringLiteral("pytango")));
        run = deploydeck({ QStringLiteral("diff"), QStringLiteral("--workspace"), m_ws,
            QStringLiteral("bl-noenv:tango-tools"), env });
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("bl-noenv")) && run.err.contains(QStringLiteral("tango-tools")),
            qPrintable(run.err));
    }

    void theDemoHostsDriftAsDocumented()
    {
        // The bundled demo as ./deploydeck.sh run sets it up: its hosts' conda installations are
        // committed (resources/demo/hosts), their RPM databases are made by make_hosts.py --rpm.
        const QString ws = m_dir.filePath(QStringLiteral("demo"));
        QVERIFY(testsupport::copyTree(s_demo, ws));
        // What is committed: RPM databases a developer made in the source folder are not.
        for (const QString &h : QDir(ws + QStringLiteral("/hosts")).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            QVERIFY(QDir(ws + QStringLiteral("/hosts/") + h + QStringLiteral("/rpm")).removeRecursively());

        // Before the RPM databases exist: RPM pins unknown with the reason, and nothing created.
        QJsonObject hosts = demoDrift(ws);
        QCOMPARE(hosts.size(), 9);
        QJsonObject ec01 = hosts.value(QStringLiteral("b303a-ec01")).toObject();
        QVERIFY2(ec01.value(QStringLiteral("rpm_error")).toString().startsWith(QStringLiteral("no RPM database in ")),
            qPrintable(ec01.value(QStringLiteral("rpm_error")).toString()));
        QVERIFY(!ec01.value(QStringLiteral("rpm")).toArray().isEmpty());
        for (const QJsonValue &e : ec01.value(QStringLiteral("rpm")).toArray())
            QCOMPARE(e.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));
        QVERIFY(!QFileInfo::exists(ws + QStringLiteral("/hosts/b303a-ec01/rpm")));

        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        QVERIFY(!python.isEmpty());
        QProcess make;
        make.start(python,
            { ws + QStringLiteral("/tools/make_hosts.py"), QStringLiteral("--rpm"), QStringLiteral("--out"),
                ws + QStringLiteral("/hosts") });
        QVERIFY(make.waitForFinished(300000));
        QVERIFY2(make.exitCode() == 0, make.readAllStandardError().constData());

        // The drifts hosts/installed.txt documents.
        hosts = demoDrift(ws);
        ec01 = hosts.value(QStringLiteral("b303a-ec01")).toObject();
        QVERIFY(!ec01.contains(QStringLiteral("rpm_error")));
        const QJsonArray ec01Rpm = ec01.value(QStringLiteral("rpm")).toArray();
        const QJsonObject taurusRpm = entry(ec01Rpm, QStringLiteral("name"), QStringLiteral("python-taurus"));
        QCOMPARE(taurusRpm.value(QStringLiteral("status")).toString(), QStringLiteral("mismatch"));
        QCOMPARE(taurusRpm.value(QStringLiteral("pin")).toString(), QStringLiteral("4.5.1-7.el7"));
        QCOMPARE(taurusRpm.value(QStringLiteral("installed")).toString(), QStringLiteral("4.7.1-1.el7"));
        QCOMPARE(entry(ec01Rpm, QStringLiteral("name"), QStringLiteral("python-fandango"))
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("ok"));
        const QJsonArray ec01Conda = ec01.value(QStringLiteral("conda")).toArray();
        const QJsonObject taurus
            = entry(ec01Conda, QStringLiteral("name"), QStringLiteral("taurus"), QStringLiteral("sardana"));
        QCOMPARE(taurus.value(QStringLiteral("status")).toString(), QStringLiteral("mismatch"));
        QCOMPARE(taurus.value(QStringLiteral("installed")).toString(), QStringLiteral("5.1.6 pyhd8ed1ab_0"));
        int scans = 0;
        for (const QJsonValue &e : ec01Conda)
            if (e.toObject().value(QStringLiteral("env")).toString() == QStringLiteral("scans")) {
                ++scans;
                QCOMPARE(e.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("missing"));
            }
        QVERIFY(scans > 0);
        QJsonObject sardana = entry(ec01.value(QStringLiteral("deploy")).toArray(), QStringLiteral("env"),
            QStringLiteral("sardana"));
        QCOMPARE(sardana.value(QStringLiteral("exists")).toBool(), true);
        const QJsonArray changes = sardana.value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(
            entry(changes, QStringLiteral("name"), QStringLiteral("taurus")).value(QStringLiteral("kind")).toString(),
            QStringLiteral("upgraded"));
        QCOMPARE(entry(changes, QStringLiteral("name"), QStringLiteral("hdf5plugin"))
                     .value(QStringLiteral("kind"))
                     .toString(),
            QStringLiteral("rebuilt"));

        // A host as deployed today: nothing drifts, a deployment changes nothing.
        const QJsonObject cc01 = hosts.value(QStringLiteral("b303a-cc01")).toObject();
        QCOMPARE(cc01.value(QStringLiteral("drifts")).toBool(), false);
        QVERIFY(!cc01.value(QStringLiteral("deploy")).toArray().isEmpty());
        for (const QJsonValue &d : cc01.value(QStringLiteral("deploy")).toArray()) {
            QCOMPARE(d.toObject().value(QStringLiteral("exists")).toBool(), true);
            QCOMPARE(d.toObject().value(QStringLiteral("changes")).toArray().size(), 0);
        }

        QCOMPARE(entry(hosts.value(QStringLiteral("b110a-ec01")).toObject().value(QStringLiteral("rpm")).toArray(),
                     QStringLiteral("name"), QStringLiteral("tangods-pathfixer"))
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("missing"));
        QCOMPARE(entry(hosts.value(QStringLiteral("b110a-ws01")).toObject().value(QStringLiteral("conda")).toArray(),
                     QStringLiteral("name"), QStringLiteral("hdf5plugin"), QStringLiteral("sardana"))
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("missing"));
        const QJsonObject legacy
            = entry(hosts.value(QStringLiteral("cr-ws02")).toObject().value(QStringLiteral("deploy")).toArray(),
                QStringLiteral("env"), QStringLiteral("taurus-legacy"));
        QCOMPARE(legacy.value(QStringLiteral("changes")).toArray().size(), 1);
        QCOMPARE(entry(legacy.value(QStringLiteral("changes")).toArray(), QStringLiteral("name"),
                     QStringLiteral("pytest"))
                     .value(QStringLiteral("kind"))
                     .toString(),
            QStringLiteral("removed"));
        // cr-ws03 has no conda installation: every spec of its environments is missing.
        const QJsonArray ws03 = hosts.value(QStringLiteral("cr-ws03")).toObject().value(QStringLiteral("conda")).toArray();
        QVERIFY(!ws03.isEmpty());
        for (const QJsonValue &e : ws03)
            QCOMPARE(e.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("missing"));
    }

private:
    QJsonObject demoDrift(const QString &ws)
    {
        const auto run
            = deploydeck({ QStringLiteral("drift"), QStringLiteral("--workspace"), ws, QStringLiteral("--json") });
        if (run.code != 1)
            qWarning().noquote() << run.out << run.err;
        [&] { QCOMPARE(run.code, 1); }();
        return QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("hosts")).toObject();
    }
};

QTEST_GUILESS_MAIN(TestDriftCli)
#include "tst_driftcli.moc"
