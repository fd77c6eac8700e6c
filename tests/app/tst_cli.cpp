// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The command line as a user meets it: the real binary, the bundled demo workspace, exit codes.
#include "tests/support/testhttpserver.h"
#include "tests/support/writefile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run deploydeck(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A cache of this run's own: one left by an earlier run (whose server may have had the same
    // port) would answer the first fetch of solvesAgainstAnHttpChannel from the cache.
    static const QTemporaryDir s_cache;
    env.insert(QStringLiteral("XDG_CACHE_HOME"), s_cache.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DEPLOYDECK_BINARY_DIR "/app/deploydeck"), args);
    p.waitForFinished(120000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

const QString s_demo = QStringLiteral(DEPLOYDECK_SOURCE_DIR "/resources/demo");
const QString s_channel = s_demo + QStringLiteral("/channels/mini-conda-forge");

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void helpAndVersion()
    {
        const Run help = deploydeck({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QLatin1String("Usage: deploydeck")));
        for (const char *command : {"solve", "workspace"})
            QVERIFY2(help.out.contains(QLatin1String("  ") + QLatin1String(command)), command);
        const Run version = deploydeck({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.contains(QLatin1String("libsolv")));
        QVERIFY(version.out.contains(QLatin1String("Qt ")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << "unknown command 'frobnicate'";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << "unknown option";
        QTest::newRow("solve unknown option") << QStringList{QStringLiteral("solve"), QStringLiteral("--bogus")} << "bogus";
        QTest::newRow("solve nothing") << QStringList{QStringLiteral("solve"), QStringLiteral("-c"), s_channel} << "nothing to solve";
        QTest::newRow("solve bad spec") << QStringList{QStringLiteral("solve"), QStringLiteral("-c"), s_channel, QStringLiteral("numpy >=")}
                                        << "numpy >=";
        QTest::newRow("solve missing channel") << QStringList{QStringLiteral("solve"), QStringLiteral("-c"), QStringLiteral("/nonexistent"), QStringLiteral("numpy")}
                                               << "/nonexistent";
        QTest::newRow("solve bad virtual") << QStringList{QStringLiteral("solve"), QStringLiteral("-c"), s_channel, QStringLiteral("--virtual"), QStringLiteral("__cuda"), QStringLiteral("numpy")}
                                           << "NAME=VERSION";
        QTest::newRow("workspace missing") << QStringList{QStringLiteral("workspace"), QStringLiteral("/nonexistent")} << "deploydeck.yml";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = deploydeck(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void solvesTheDemoEnvironment()
    {
        const Run r = deploydeck({QStringLiteral("solve"), QStringLiteral("--workspace"), s_demo, QStringLiteral("-f"),
                                  s_demo + QStringLiteral("/environments/sardana.yml")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("+ sardana")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("+ python ")));
        QVERIFY(r.out.contains(QLatin1String("Total download:")));
    }

    /** A workspace virtual package that cannot be read is a usage error naming the file; the file is kept. */
    void badWorkspaceVirtualPackageNamesTheFile()
    {
        QTemporaryDir dir;
        QFile demo(s_demo + QStringLiteral("/deploydeck.yml"));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        QByteArray yaml = demo.readAll();
        QVERIFY(yaml.contains("  __unix: \"0\"\n"));
        yaml.replace("  __unix: \"0\"\n", "  __unix: \"\"\n");
        const QString file = dir.filePath(QStringLiteral("deploydeck.yml"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(yaml) == yaml.size());
        out.close();
        const Run r = deploydeck({QStringLiteral("solve"), QStringLiteral("--workspace"), dir.path(), QStringLiteral("-c"), s_channel,
                                  QStringLiteral("numpy")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(file + QStringLiteral(": virtual_packages: __unix=")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("empty version")), qPrintable(r.err));
        QFile kept(file);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), yaml);
    }

    void jsonIsMambaShaped()
    {
        const Run r = deploydeck({QStringLiteral("solve"), QStringLiteral("-c"), s_channel, QStringLiteral("--json"),
                                  QStringLiteral("--virtual"), QStringLiteral("__glibc=2.28"), QStringLiteral("--virtual"),
                                  QStringLiteral("__unix=0"), QStringLiteral("python=3.10"), QStringLiteral("pytango")});
        QCOMPARE(r.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root[QStringLiteral("success")].toBool(), true);
        QCOMPARE(root[QStringLiteral("dry_run")].toBool(), true);
        const QJsonArray link = root[QStringLiteral("actions")].toObject()[QStringLiteral("LINK")].toArray();
        const QJsonArray fetch = root[QStringLiteral("actions")].toObject()[QStringLiteral("FETCH")].toArray();
        QVERIFY(!link.isEmpty());
        QCOMPARE(fetch.size(), link.size());
        bool sawPython = false;
        for (const auto &v : link) {
            const QJsonObject p = v.toObject();
            for (const char *key : {"name", "version", "build", "build_string", "build_number", "channel", "subdir", "fn",
                                    "url", "size", "md5", "sha256", "depends", "constrains", "license", "timestamp"})
                QVERIFY2(p.contains(QLatin1String(key)), key);
            if (p[QStringLiteral("name")].toString() == QLatin1String("python")) {
                sawPython = true;
                QVERIFY(p[QStringLiteral("version")].toString().startsWith(QLatin1String("3.10.")));
                QVERIFY(p[QStringLiteral("url")].toString().startsWith(QLatin1String("file://")));
                QVERIFY(p[QStringLiteral("url")].toString().endsWith(p[QStringLiteral("fn")].toString()));
            }
        }
        QVERIFY(sawPython);
    }

    void unsolvableExitsOne()
    {
        const Run text = deploydeck({QStringLiteral("solve"), QStringLiteral("-c"), s_channel, QStringLiteral("sardana"), QStringLiteral("python=3.8")});
        QCOMPARE(text.code, 1);
        QVERIFY2(text.out.contains(QLatin1String("The following packages are incompatible")), qPrintable(text.out));
        QVERIFY(text.out.contains(QLatin1String("sardana")));
        const Run json = deploydeck({QStringLiteral("solve"), QStringLiteral("-c"), s_channel, QStringLiteral("--json"),
                                     QStringLiteral("sardana"), QStringLiteral("python=3.8")});
        QCOMPARE(json.code, 1);
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(root[QStringLiteral("success")].toBool(true), false);
        QVERIFY(!root[QStringLiteral("solver_problems")].toArray().isEmpty());
    }

    void missingPackageIsNamed()
    {
        const Run r = deploydeck({QStringLiteral("solve"), QStringLiteral("-c"), s_channel, QStringLiteral("sardanna")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QLatin1String("sardanna does not exist (perhaps a typo or a missing channel).")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("Did you mean: sardana")), qPrintable(r.out));
    }

    void solvesAgainstAnHttpChannel()
    {
        testsupport::TestHttpServer server(s_channel);
        QVERIFY(server.start());
        const QString url = server.url(QStringLiteral("/")).toString();
        const QStringList args = {QStringLiteral("solve"), QStringLiteral("-c"), url, QStringLiteral("--json"),
                                  QStringLiteral("--virtual"), QStringLiteral("__glibc=2.28"), QStringLiteral("--virtual"),
                                  QStringLiteral("__unix=0"), QStringLiteral("python=3.10"), QStringLiteral("pytango")};
        const Run first = deploydeck(args);
        QCOMPARE(first.code, 0);
        const QJsonArray link = QJsonDocument::fromJson(first.out.toUtf8()).object()[QStringLiteral("actions")]
                                    .toObject()[QStringLiteral("LINK")].toArray();
        QVERIFY(!link.isEmpty());
        QVERIFY(link.first().toObject()[QStringLiteral("url")].toString().startsWith(url));
        QVERIFY2(first.err.contains(QLatin1String("updated")), qPrintable(first.err));
        // A second run asks again with the cached ETag (the server sends no max-age) and gets 304,
        // which the fetch reports as "cached", once per subdir.
        server.clearRequests();
        const Run second = deploydeck(args);
        QCOMPARE(second.code, 0);
        QStringList asked;
        for (const auto &request : server.requests()) {
            QVERIFY2(request.path.endsWith(QLatin1String("/repodata.json")), qPrintable(request.path));  // no .zst probe again
            QVERIFY2(request.headers.value("if-none-match").startsWith('"'), qPrintable(request.path));
            asked << request.path;
        }
        asked.sort();
        QCOMPARE(asked, (QStringList{QStringLiteral("/linux-64/repodata.json"), QStringLiteral("/noarch/repodata.json")}));
        QCOMPARE(second.err.count(QLatin1String("/repodata.json: cached")), 2);
        // The same packages; the order of independent packages may differ between a JSON and a .solv load.
        const auto files = [](const QString &json) {
            QStringList fns;
            for (const auto &v : QJsonDocument::fromJson(json.toUtf8()).object()[QStringLiteral("actions")]
                                     .toObject()[QStringLiteral("LINK")].toArray())
                fns << v.toObject()[QStringLiteral("fn")].toString();
            fns.sort();
            return fns;
        };
        QCOMPARE(files(second.out), files(first.out));
    }

    void brokenHttpChannelNamesTheUrl()
    {
        testsupport::TestHttpServer server(s_channel);
        QVERIFY(server.start());
        using Rule = testsupport::TestHttpServer::Rule;
        server.setRule(QStringLiteral("/noarch/repodata.json"), Rule::status(404));
        server.setRule(QStringLiteral("/noarch/repodata.json.zst"), Rule::status(404));
        const QString url = server.url(QStringLiteral("/")).toString();
        const Run r = deploydeck({QStringLiteral("solve"), QStringLiteral("-c"), url, QStringLiteral("python")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("noarch/repodata.json")) && r.err.contains(QLatin1String("404")), qPrintable(r.err));
    }

    /** A spec that cannot be read names its file, line and column: in an environment file and in a spec list. */
    void badSpecInAFileNamesFileLineAndColumn()
    {
        QTemporaryDir dir;
        const QString env = dir.filePath(QStringLiteral("environment.yml"));
        QFile envFile(env);
        QVERIFY(envFile.open(QIODevice::WriteOnly));
        envFile.write(
            "name: x\ndependencies:\n  - python=3.10\n  - nbconvert[execute]!=6.0.0,!=6.0.1\n  - \"numpy <>1\"\n");
        envFile.close();
        for (const char *command : { "solve", "lock" }) {
            const Run r
                = deploydeck({ QLatin1String(command), QStringLiteral("-c"), s_channel, QStringLiteral("-f"), env });
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(env + QStringLiteral(":5:12: invalid match spec 'numpy <>1'")), qPrintable(r.err));
        }
        const QString list = dir.filePath(QStringLiteral("specs.txt"));
        QFile listFile(list);
        QVERIFY(listFile.open(QIODevice::WriteOnly));
        listFile.write("# header\npython=3.10 nbconvert[execute]!=6.0.0\npython=3.10 numpy>>1\n");
        listFile.close();
        const Run r = deploydeck({ QStringLiteral("sync"), QStringLiteral("--dry-run"), QStringLiteral("--source"),
            s_channel, QStringLiteral("--target"), dir.filePath(QStringLiteral("target")), list });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(list + QStringLiteral(":3:18: invalid match spec 'numpy>>1'")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(list + QStringLiteral(":2:")), qPrintable(r.err));
    }

    /** A local channel's malformed repodata.json is not scanned before a solve, but the loader names its line and
     * column. */
    void malformedLocalRepodataNamesLineAndColumn()
    {
        QTemporaryDir dir;
        const QString broken = dir.filePath(QStringLiteral("ch/noarch/repodata.json"));
        QVERIFY(tests::writeFile(
            broken, "{\"packages\": {\n  \"a-1-0.tar.bz2\": {\"name\": \"a\", \"version\": \"1\" \"build\": \"0\"}}}"));
        QVERIFY(tests::writeFile(dir.filePath(QStringLiteral("ch/linux-64/repodata.json")), "{\"packages\": {}}"));
        const Run r = deploydeck(
            { QStringLiteral("solve"), QStringLiteral("-c"), dir.filePath(QStringLiteral("ch")), QStringLiteral("a") });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(broken + QStringLiteral(":2:49: invalid JSON")), qPrintable(r.err));
    }

    void workspaceShowsWhatItHolds()
    {
        const Run r = deploydeck({QStringLiteral("workspace"), s_demo});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("mini-conda-forge")));
        QVERIFY(r.out.contains(QLatin1String("sardana.yml")));
        QVERIFY2(r.out.contains(QLatin1String("(9 hosts)")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("control_room")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
