// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// `deploydeck pins --check` (the built binary) on a copy of the demo workspace: the missing silx
// pin, the unsolvable sardana_env of b110a-cc01 with its explanation, the hosts that would break,
// and a clean inventory that passes.
#include "tests/support/requirements.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
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
    // The .solv caches go to a scratch folder, not the user's.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CACHE_HOME"), QDir::tempPath() + QStringLiteral("/deploydeck-tst-pinscheck-cache"));
    p.setProcessEnvironment(env);
    p.start(
        QStringLiteral(DEPLOYDECK_BINARY_DIR "/app/deploydeck"), QStringList { QStringLiteral("pins") } + arguments);
    if (!p.waitForFinished(120000))
        return {};
    return Run { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

/** Copies the demo workspace (channels, inventory, deploydeck.yml) into @p dir. */
bool copyDemo(const QString &from, const QString &to)
{
    const QDir source(from);
    if (!QDir().mkpath(to))
        return false;
    for (const QFileInfo &info : source.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QString target = to + QLatin1Char('/') + info.fileName();
        if (info.isDir() ? !copyDemo(info.filePath(), target) : !QFile::copy(info.filePath(), target))
            return false;
    }
    return true;
}

QJsonObject findObject(
    const QJsonArray &array, const QString &key1, const QString &value1, const QString &key2, const QString &value2)
{
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        if (o[key1].toString() == value1 && o[key2].toString() == value2)
            return o;
    }
    return {};
}

} // namespace

class TestPinsCheckCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_root = m_dir.filePath(QStringLiteral("demo"));
        QVERIFY(copyDemo(QStringLiteral(DEPLOYDECK_SOURCE_DIR "/resources/demo"), m_root));
    }

    void text()
    {
        const Run r = pins(
            { QStringLiteral("-i"), m_root + QStringLiteral("/inventory/hosts.yml"), QStringLiteral("--check") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("Hosts that would break: cr-ws01, cr-ws02, cr-ws03, b110a-cc01"), r.out.constData());
        // The explanation of the broken host, and the pin that does not exist with its source line.
        QVERIFY(r.out.contains("sardana_env on b110a-cc01: unsolvable"));
        QVERIFY(r.out.contains("pytango >=9.4.2"));
        QVERIFY(r.out.contains("silx=0.15.1 does not exist"));
        QVERIFY(r.out.contains("group_vars/control_room.yml:50"));
    }

    void json()
    {
        const Run r
            = pins({ QStringLiteral("--workspace"), m_root, QStringLiteral("--check"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 1);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root[QStringLiteral("platform")].toString(), QStringLiteral("linux-64"));
        QCOMPARE(root[QStringLiteral("success")].toBool(), false);
        QCOMPARE(root[QStringLiteral("broken_hosts")].toArray().size(), 4);

        const QJsonArray pinArray = root[QStringLiteral("pins")].toArray();
        const QJsonObject silx = findObject(pinArray, QStringLiteral("scope"), QStringLiteral("conda_envs/silx"),
            QStringLiteral("package"), QStringLiteral("silx"));
        QCOMPARE(silx[QStringLiteral("status")].toString(), QStringLiteral("missing"));
        QCOMPARE(silx[QStringLiteral("hosts")].toArray().size(), 3);
        const QJsonObject pytango = findObject(pinArray, QStringLiteral("scope"), QStringLiteral("sardana_env"),
            QStringLiteral("spec"), QStringLiteral("pytango=9.3.6"));
        // The old pytango exists: the pin alone is fine, the environment is what breaks.
        QCOMPARE(pytango[QStringLiteral("status")].toString(), QStringLiteral("available"));
        QCOMPARE(pytango[QStringLiteral("newest")].toString(), QStringLiteral("9.5.0"));

        const QJsonArray envs = root[QStringLiteral("environments")].toArray();
        const QJsonObject broken = findObject(envs, QStringLiteral("host"), QStringLiteral("b110a-cc01"),
            QStringLiteral("environment"), QStringLiteral("sardana_env"));
        QCOMPARE(broken[QStringLiteral("status")].toString(), QStringLiteral("unsolvable"));
        QVERIFY(broken[QStringLiteral("problems")].toString().contains(QStringLiteral("pytango")));
        const QJsonObject fine = findObject(envs, QStringLiteral("host"), QStringLiteral("b110a-ws01"),
            QStringLiteral("environment"), QStringLiteral("sardana_env"));
        QCOMPARE(fine[QStringLiteral("status")].toString(), QStringLiteral("solved"));
        QVERIFY(fine[QStringLiteral("packages")].toInt() > 100);
    }

    void passesWhenEverythingSolves()
    {
        // One host with one environment that solves: exit code 0.
        QFile ini(m_dir.filePath(QStringLiteral("demo/inventory/good.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("good01 ansible_connection=local\n");
        ini.close();
        QFile vars(m_dir.filePath(QStringLiteral("demo/inventory/host_vars/good01.yml")));
        QVERIFY(vars.open(QIODevice::WriteOnly));
        vars.write("conda_envs:\n  - env_name: tools\n    dependencies: [python=3.11, pytango>=9.4]\n");
        vars.close();
        const Run r = pins(
            { QStringLiteral("-i"), ini.fileName(), QStringLiteral("--workspace"), m_root, QStringLiteral("--check") });
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QVERIFY(r.out.contains("Every pin is available and every environment solves."));
    }

    void rpmPins()
    {
        REQUIRE_OR_SKIP(!(QStandardPaths::findExecutable(QStringLiteral("rpmbuild")).isEmpty()
                            || QStandardPaths::findExecutable(QStringLiteral("createrepo_c")).isEmpty()),
            QStringLiteral("rpmbuild or createrepo_c not installed (./deploydeck.sh installs them)"));
        // A yum repository with one package, python-fandango 14.3.0-1.el7, and a workspace that lists it.
        const QString root = m_dir.filePath(QStringLiteral("rpmdemo"));
        QVERIFY(copyDemo(QStringLiteral(DEPLOYDECK_SOURCE_DIR "/resources/demo"), root));
        QFile spec(m_dir.filePath(QStringLiteral("fandango.spec")));
        QVERIFY(spec.open(QIODevice::WriteOnly));
        spec.write("Name: python-fandango\nVersion: 14.3.0\nRelease: 1.el7\nSummary: test\nLicense: GPL-3.0-or-later\n"
                   "BuildArch: noarch\n%description\ntest\n%files\n");
        spec.close();
        QProcess build;
        build.start(QStringLiteral("rpmbuild"),
            { QStringLiteral("-bb"), QStringLiteral("--define"),
                QStringLiteral("_topdir ") + m_dir.filePath(QStringLiteral("rpmbuild")), spec.fileName() });
        QVERIFY(build.waitForFinished(120000) && build.exitCode() == 0);
        const QString repo = root + QStringLiteral("/rpms");
        QVERIFY(QDir().mkpath(repo));
        QVERIFY(
            QFile::copy(m_dir.filePath(QStringLiteral("rpmbuild/RPMS/noarch/python-fandango-14.3.0-1.el7.noarch.rpm")),
                repo + QStringLiteral("/python-fandango-14.3.0-1.el7.noarch.rpm")));
        QProcess index;
        index.start(QStringLiteral("createrepo_c"), { QStringLiteral("-q"), repo });
        QVERIFY(index.waitForFinished(120000) && index.exitCode() == 0);
        QFile yml(root + QStringLiteral("/deploydeck.yml"));
        QVERIFY(yml.open(QIODevice::Append));
        yml.write("rpm_repositories:\n  - name: stable\n    url: ./rpms\n  - name: gone\n    url: ./nowhere\n");
        yml.close();

        const Run r
            = pins({ QStringLiteral("--workspace"), root, QStringLiteral("--check"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("warning: RPM repository gone:"), r.err.constData());
        const QJsonArray pinArray = QJsonDocument::fromJson(r.out).object()[QStringLiteral("pins")].toArray();
        const auto rpm = [&](const QString &scope, const QString &package) {
            return findObject(pinArray, QStringLiteral("scope"), scope, QStringLiteral("package"), package);
        };
        const QJsonObject pinned = rpm(QStringLiteral("versions"), QStringLiteral("python-fandango"));
        QCOMPARE(pinned[QStringLiteral("kind")].toString(), QStringLiteral("rpm"));
        QCOMPARE(pinned[QStringLiteral("spec")].toString(), QStringLiteral("14.3.0-1.el7"));
        QCOMPARE(pinned[QStringLiteral("status")].toString(), QStringLiteral("available"));
        QCOMPARE(pinned[QStringLiteral("newest_matching")].toString(), QStringLiteral("14.3.0-1.el7"));
        const QJsonObject old = findObject(pinArray, QStringLiteral("scope"), QStringLiteral("packages_stable"),
            QStringLiteral("spec"), QStringLiteral("10.9"));
        QCOMPARE(old[QStringLiteral("status")].toString(), QStringLiteral("no-match"));
        QCOMPARE(old[QStringLiteral("newest")].toString(), QStringLiteral("14.3.0-1.el7"));
        QCOMPARE(old[QStringLiteral("hosts")].toArray().size(), 8); // all but b303a-ec01, which pins 14.3.0
        const QJsonObject taurus = rpm(QStringLiteral("packages_stable"), QStringLiteral("python-taurus"));
        QCOMPARE(taurus[QStringLiteral("status")].toString(), QStringLiteral("missing"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no workspace") << QStringList { QStringLiteral("-i"),
            QStringLiteral(DEPLOYDECK_SOURCE_DIR "/tests/data/inventory/pins/hosts.ini"), QStringLiteral("--check") }
                                      << QStringLiteral("--check needs the workspace");
        QTest::newRow("with --diff") << QStringList { QStringLiteral("--check"), QStringLiteral("--diff"),
            QStringLiteral("a"), QStringLiteral("b") }
                                     << QStringLiteral("exclude each other");
        QTest::newRow("bad virtual package") << QStringList { QStringLiteral("--check"), QStringLiteral("--virtual"),
            QStringLiteral("=") } << QStringLiteral("error");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        if (!arguments.contains(QStringLiteral("-i")))
            arguments << QStringLiteral("--workspace") << m_root;
        const Run r = pins(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    }

private:
    QTemporaryDir m_dir;
    QString m_root;
};

QTEST_GUILESS_MAIN(TestPinsCheckCommand)
#include "tst_pinscheckcommand.moc"
