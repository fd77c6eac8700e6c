// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// `deploydeck lock` and `deploydeck sync-plan` as a user runs them: the real binary on the demo
// workspace and on channels the test writes.
#include "tests/support/clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = testsupport::CliRun;

Run deploydeck(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CACHE_HOME"), QDir::tempPath() + QStringLiteral("/deploydeck-tst-lockcli-cache"));
    return testsupport::runDeploydeck(args, env);
}

QStringList args(std::initializer_list<QString> items)
{
    return QStringList(items);
}

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString s_demo = QStringLiteral(DEPLOYDECK_SOURCE_DIR "/resources/demo");
const QString s_sardana = s_demo + QStringLiteral("/environments/sardana.yml");
const QString s_specList = s_demo + QStringLiteral("/speclists/maxiv_packages_specs.txt");

bool writeText(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

// A tiny channel with python for two platforms and a noarch package.
void writeTwoPlatformChannel(const QString &dir)
{
    auto record = [](const char *name, const char *version, const char *subdir, const char *depends) {
        return QJsonObject{{s("name"), s(name)}, {s("version"), s(version)}, {s("build"), s("0")}, {s("build_number"), 0},
                           {s("depends"), depends ? QJsonArray{s(depends)} : QJsonArray{}}, {s("subdir"), s(subdir)},
                           {s("size"), 1000}, {s("md5"), s("0123456789abcdef0123456789abcdef")},
                           {s("sha256"), QString(64, QLatin1Char('a'))}};
    };
    for (const char *subdir : {"linux-64", "osx-64", "noarch"}) {
        QJsonObject packages;
        if (QLatin1String(subdir) == QLatin1String("noarch"))
            packages[s("six-1.16.0-0.conda")] = record("six", "1.16.0", subdir, "python");
        else
            packages[s("python-3.10.1-0.conda")] = record("python", "3.10.1", subdir, nullptr);
        const QJsonObject root{{s("info"), QJsonObject{{s("subdir"), s(subdir)}}}, {s("packages"), QJsonObject{}},
                               {s("packages.conda"), packages}};
        QVERIFY(writeText(dir + QLatin1Char('/') + s(subdir) + s("/repodata.json"), QJsonDocument(root).toJson()));
    }
}

} // namespace

class TestLockCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The @EXPLICIT lines are exactly the packages `deploydeck solve --json` links, in the same order.
    void explicitMatchesTheSolve()
    {
        const Run lock = deploydeck(args({s("lock"), s("-f"), s_sardana, s("--workspace"), s_demo}));
        QCOMPARE(lock.code, 0);
        const Run solve = deploydeck(args({s("solve"), s("--json"), s("-f"), s_sardana, s("--workspace"), s_demo}));
        QCOMPARE(solve.code, 0);
        const QJsonArray link = QJsonDocument::fromJson(solve.out.toUtf8()).object()[s("actions")].toObject()[s("LINK")].toArray();
        QVERIFY(link.size() > 50);
        const QStringList lines = lock.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const qsizetype start = lines.indexOf(s("@EXPLICIT")) + 1;
        QVERIFY(start > 0);
        QVERIFY(lines.contains(s("# platform: linux-64")));
        QCOMPARE(lines.size() - start, link.size());
        for (qsizetype i = 0; i < link.size(); ++i) {
            const QJsonObject p = link[i].toObject();
            QCOMPARE(lines[start + i], p[s("url")].toString() + s("#sha256:") + p[s("sha256")].toString());
        }
        QVERIFY(lock.err.contains(s("2 pip entries are not locked")));
    }

    /**
     * `solve -f` on a lock file gives exactly its packages, as the solve that made it linked them,
     * with no channel named and none contacted: an @EXPLICIT file and a conda-lock.yml alike.
     */
    void solveReadsALockFile_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("@EXPLICIT") << s("explicit");
        QTest::newRow("conda-lock.yml") << s("conda-lock");
    }

    void solveReadsALockFile()
    {
        QFETCH(QString, format);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString lockPath = dir.filePath(format == s("explicit") ? s("sardana.txt") : s("conda-lock.yml"));
        const Run lock = deploydeck(args(
            { s("lock"), s("-f"), s_sardana, s("--workspace"), s_demo, s("--format"), format, s("-o"), lockPath }));
        QVERIFY2(lock.code == 0, qPrintable(lock.err));
        const Run solve = deploydeck(args({ s("solve"), s("--json"), s("-f"), s_sardana, s("--workspace"), s_demo }));
        QCOMPARE(solve.code, 0);
        const Run locked = deploydeck(args({ s("solve"), s("--json"), s("-f"), lockPath })); // no workspace, no channel
        QVERIFY2(locked.code == 0, qPrintable(locked.err));
        const auto link = [](const Run &r) {
            QStringList urls;
            for (const auto &p :
                QJsonDocument::fromJson(r.out.toUtf8()).object()[s("actions")].toObject()[s("LINK")].toArray())
                urls << p.toObject()[s("url")].toString() + u'#' + p.toObject()[s("sha256")].toString();
            return urls;
        };
        QVERIFY(link(solve).size() > 50);
        if (format == s("explicit"))
            QCOMPARE(link(locked), link(solve)); // in install order
        else {
            QStringList expected = link(solve), got = link(locked);
            expected.sort();
            got.sort();
            QCOMPARE(got, expected);
        }
        const Run table = deploydeck(args({ s("solve"), s("-f"), lockPath }));
        QCOMPARE(table.code, 0);
        QVERIFY2(table.out.contains(s("as locked: not solved")), qPrintable(table.out));
    }

    /** --verify finds every locked package in its channel, and names each one that is not, or differs. */
    void solveVerifiesALockAgainstItsChannels()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString lockPath = dir.filePath(s("sardana.txt"));
        const Run lock
            = deploydeck(args({ s("lock"), s("-f"), s_sardana, s("--workspace"), s_demo, s("-o"), lockPath }));
        QVERIFY2(lock.code == 0, qPrintable(lock.err));
        const Run good = deploydeck(args({ s("solve"), s("-f"), lockPath, s("--verify") }));
        QVERIFY2(good.code == 0, qPrintable(good.err));

        // One package whose checksum the channel does not have, one build the channel never had.
        QFile file(lockPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = file.readAll().split('\n');
        file.close();
        const qsizetype first = lines.indexOf("@EXPLICIT") + 1;
        QVERIFY(first > 0 && lines.size() > first + 2);
        const QByteArray changed
            = lines[first].left(lines[first].indexOf("#sha256:")).mid(lines[first].lastIndexOf('/') + 1);
        lines[first] = lines[first].left(lines[first].size() - 64) + QByteArray(64, '0');
        lines[first + 1].replace(".conda#", "x.conda#").replace(".tar.bz2#", "x.tar.bz2#");
        QVERIFY(writeText(lockPath, lines.join('\n')));
        const Run bad = deploydeck(args({ s("solve"), s("-f"), lockPath, s("--verify") }));
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(QString::fromLatin1(changed) + s(" (line ") + QString::number(first + 1)
                     + s("): sha256 0000000000000000000000000000000000000000000000000000000000000000 in the lock")),
            qPrintable(bad.err));
        QVERIFY2(bad.err.contains(s("): not in file://")), qPrintable(bad.err));
        QCOMPARE(bad.err.count(s("deploydeck solve: ")), 2);
    }

    /** CEP 23's bare sha256 after '#' is read; a platform the lock does not have is bad input. */
    void solveReadsABareSha256AndNamesMissingPlatforms()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray sha(64, 'a');
        QVERIFY(writeText(dir.filePath(s("env.txt")),
            "# platform: linux-64\n@EXPLICIT\nhttps://example.invalid/cf/linux-64/a-1.0-h0_0.conda#" + sha + "\n"));
        const Run r = deploydeck(args({ s("solve"), s("--json"), s("-f"), dir.filePath(s("env.txt")) }));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray link
            = QJsonDocument::fromJson(r.out.toUtf8()).object()[s("actions")].toObject()[s("LINK")].toArray();
        QCOMPARE(link.size(), 1);
        QCOMPARE(link[0].toObject()[s("sha256")].toString(), QString::fromLatin1(sha));
        QCOMPARE(link[0].toObject()[s("name")].toString(), s("a"));

        const Run other
            = deploydeck(args({ s("solve"), s("-f"), dir.filePath(s("env.txt")), s("--platform"), s("osx-arm64") }));
        QCOMPARE(other.code, 2);
        QVERIFY2(other.err.contains(s("locks no packages for osx-arm64 (it has linux-64)")), qPrintable(other.err));
    }

    void condaLockToFile_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("--format conda-lock") << args({s("--format"), s("conda-lock"), s("-o"), s("lock.txt")});
        QTest::newRow(".yml output picks conda-lock") << args({s("-o"), s("conda-lock.yml")});
    }

    void condaLockToFile()
    {
        QFETCH(QStringList, extra);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (QString &a : extra)
            if (a.contains(QLatin1Char('.')))
                a = dir.filePath(a);
        const Run r = deploydeck(args({s("lock"), s("-f"), s_sardana, s("--workspace"), s_demo}) + extra);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.isEmpty());
        QFile f(extra.last());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(s("\nversion: 1\n")));
        QVERIFY(text.contains(s("    - linux-64\n")));
        QVERIFY(text.contains(s("  - name: sardana\n")));
        QVERIFY(text.contains(s("    manager: conda\n")));
        QVERIFY(text.contains(s("      sha256: ")));
        QVERIFY(QRegularExpression(s("content_hash:\\n    linux-64: [0-9a-f]{64}\\n")).match(text).hasMatch());
    }

    void lockTwoPlatforms()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeTwoPlatformChannel(dir.filePath(s("channel")));
        QVERIFY(writeText(dir.filePath(s("env.yml")), "name: t\ndependencies:\n  - python=3.10\n  - six\n"));
        const Run r = deploydeck(args({s("lock"), s("-f"), dir.filePath(s("env.yml")), s("-c"), dir.filePath(s("channel")),
                                       s("-p"), s("linux-64"), s("-p"), s("osx-64"), s("--no-virtual")}));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(s("  - name: python\n")), 2);
        QCOMPARE(r.out.count(s("  - name: six\n")), 2);  // the noarch package is locked for each platform
        QVERIFY(r.out.contains(s("/osx-64/python-3.10.1-0.conda")));
        QVERIFY(r.out.contains(s("    platform: osx-64\n")));
        QVERIFY(r.out.contains(s("      python: '*'\n")) || r.out.contains(s("      python: \"*\"\n")));
    }

    void lockUnsolvable()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeText(dir.filePath(s("env.yml")), "name: t\nchannels: [mini-conda-forge]\ndependencies:\n  - sardanna\n"));
        const QString out = dir.filePath(s("lock.txt"));
        const Run r = deploydeck(args({s("lock"), s("-f"), dir.filePath(s("env.yml")), s("--workspace"), s_demo, s("-o"), out}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(s("does not solve for linux-64")), qPrintable(r.err));
        QVERIFY(r.err.contains(s("sardanna does not exist")));
        QVERIFY(!QFile::exists(out));  // nothing written
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("lock without -f") << args({s("lock")}) << "give the environment file";
        QTest::newRow("lock missing file") << args({s("lock"), s("-f"), s("/nonexistent/env.yml")}) << "/nonexistent/env.yml";
        QTest::newRow("lock bad format") << args({s("lock"), s("-f"), s_sardana, s("--workspace"), s_demo, s("--format"), s("pdf")})
                                         << "unknown format 'pdf'";
        QTest::newRow("explicit with two platforms")
            << args({s("lock"), s("-f"), s_sardana, s("--workspace"), s_demo, s("--format"), s("explicit"), s("-p"), s("linux-64"), s("-p"), s("osx-64")})
            << "holds one platform";
        QTest::newRow("sync-plan missing spec list") << args({s("sync-plan"), s("--workspace"), s_demo, s("/nonexistent/specs.txt")})
                                                     << "/nonexistent/specs.txt";
        QTest::newRow("sync-plan missing target") << args({s("sync-plan"), s("--workspace"), s_demo, s("--target"), s("/nonexistent/ch")})
                                                  << "the target channel folder does not exist";
        QTest::newRow("sync-plan no source") << args({s("sync-plan"), s("--target"), s_demo, s_specList}) << "no source channel";
        QTest::newRow("sync-plan remote target") << args({s("sync-plan"), s("--workspace"), s_demo, s("--target"), s("https://x.org/c")})
                                                 << "not a local channel folder";
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = deploydeck(arguments);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    /** The demo as shipped: every line solves; its source has two files the mirror lacks. */
    void syncPlanText()
    {
        const Run r = deploydeck(args({s("sync-plan"), s("--workspace"), s_demo}));
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(s("line   8  solved")));
        QVERIFY2(!r.out.contains(s("unsolvable")), qPrintable(r.out));
        QVERIFY2(
            QRegularExpression(s("\\n2 new packages to upload for linux-64, [0-9.]+ kB\\n")).match(r.out).hasMatch(),
            qPrintable(r.out));
    }

    /** The demo's spec list with an earlier mistake on its line 14, planned into an empty folder. */
    void syncPlanJson()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile demoList(s_specList);
        QVERIFY(demoList.open(QIODevice::ReadOnly));
        QList<QByteArray> specLines = demoList.readAll().split('\n');
        QCOMPARE(specLines.value(13), QByteArray("python=3.11 itango pytango>=9.4"));
        specLines[13] = "python=3.11 itango pytango=9.3";
        const QString specList = dir.filePath(s("specs.txt"));
        QVERIFY(writeText(specList, specLines.join('\n')));
        const QString target = dir.filePath(s("empty"));
        QVERIFY(QDir().mkpath(target));
        const Run r = deploydeck(args({ s("sync-plan"), s("--source"), s_demo + s("/channels/mini-conda-forge"),
            s("--target"), target, s("-p"), s("linux-64"), specList, s("--json"), s("--workspace"), s_demo }));
        QCOMPARE(r.code, 1);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray missing = root[s("missing")].toArray();
        QVERIFY(missing.size() > 100);
        qint64 total = 0;
        for (const auto &value : missing) {
            const QJsonObject p = value.toObject();
            for (const char *key : {"fn", "url", "subdir", "sha256", "md5"})
                QVERIFY2(!p[s(key)].toString().isEmpty(), key);
            QVERIFY(p[s("url")].toString().endsWith(p[s("subdir")].toString() + QLatin1Char('/') + p[s("fn")].toString()));
            QVERIFY(p[s("size")].toInteger() > 0);
            const QJsonArray lines = p[s("lines")].toArray();
            QVERIFY(!lines.isEmpty());
            QVERIFY(!lines.contains(14));  // the unsolvable line pulls nothing in
            total += p[s("size")].toInteger();
        }
        QCOMPARE(root[s("download_size")].toInteger(), total);
        const QJsonArray lines = root[s("lines")].toArray();
        QCOMPARE(lines.size(), 11);
        int unsolvable = 0;
        for (const auto &value : lines) {
            const QJsonObject line = value.toObject();
            QVERIFY(!line[s("specs")].toArray().isEmpty());
            if (line[s("status")].toString() == s("unsolvable")) {
                ++unsolvable;
                QCOMPARE(line[s("line")].toInt(), 14);
                QCOMPARE(line[s("package_count")].toInt(), 0);
                QVERIFY(line[s("problems")].toString().contains(s("pytango")));
            } else {
                QCOMPARE(line[s("status")].toString(), s("solved"));
                QVERIFY(line[s("package_count")].toInt() > 0);
            }
        }
        QCOMPARE(unsolvable, 1);
    }

    // Files the target already has drop out of the plan; an invalid line is bad input (exit 2) but still planned.
    void syncPlanPartialTargetAndInvalidLine()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeText(dir.filePath(s("specs.txt")), "python=3.9  # interpreters\nnumpy >>1\n"));
        const QString target = dir.filePath(s("target"));
        QVERIFY(QDir().mkpath(target));
        const QStringList base = args({s("sync-plan"), s("--workspace"), s_demo, s("--target"), target, s("--json"), dir.filePath(s("specs.txt"))});
        const Run before = deploydeck(base);
        QCOMPARE(before.code, 2);
        const QJsonObject root = QJsonDocument::fromJson(before.out.toUtf8()).object();
        const QJsonArray lines = root[s("lines")].toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[1].toObject()[s("status")].toString(), s("invalid"));
        QVERIFY(lines[1].toObject()[s("problems")].toString().contains(s("invalid match spec")));
        const QJsonArray missing = root[s("missing")].toArray();
        QVERIFY(!missing.isEmpty());
        // Put the first missing file into the target's repodata: the plan shrinks by exactly that file.
        const QJsonObject first = missing[0].toObject();
        const QString subdir = first[s("subdir")].toString();
        const QJsonObject repodata{{s("info"), QJsonObject{{s("subdir"), subdir}}},
                                   {first[s("fn")].toString().endsWith(s(".conda")) ? s("packages.conda") : s("packages"),
                                    QJsonObject{{first[s("fn")].toString(), QJsonObject{}}}}};
        QVERIFY(writeText(target + QLatin1Char('/') + subdir + s("/repodata.json"), QJsonDocument(repodata).toJson()));
        const Run after = deploydeck(base);
        const QJsonObject afterRoot = QJsonDocument::fromJson(after.out.toUtf8()).object();
        QCOMPARE(afterRoot[s("missing")].toArray().size(), missing.size() - 1);
        QCOMPARE(afterRoot[s("download_size")].toInteger(), root[s("download_size")].toInteger() - first[s("size")].toInteger());
    }
};

QTEST_GUILESS_MAIN(TestLockCli)
#include "tst_lockcli.moc"
