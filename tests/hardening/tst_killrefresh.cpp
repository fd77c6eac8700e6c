// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// Issue 19: a repodata refresh killed at any point of its write sequence keeps a usable cache.
// Not by luck of timing. killedAtEveryStep kills the real deploydeck binary at each named failpoint
// of the cache's write sequence (DEPLOYDECK_FAILPOINT, core/util/failpoint.h), for one subdir at a
// time; killedAtEverySyscall runs it under strace, which sends SIGKILL right before the Nth linkat,
// rename, unlink or fdatasync (one kind at a time), N walking from 1 until a refresh completes. After each kill the cache
// must be the old complete set or the new one: every state names a JSON that is there with the size
// it says, an offline fetch reads it, and a solve (from the JSON or its .solv) answers from that
// very copy.
#include "tests/hardening/hardening.h"
#include "tests/support/testhttpserver.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using hardening::Run;
using hardening::s;
using testsupport::TestHttpServer;
using Rule = TestHttpServer::Rule;

namespace {

constexpr int s_oldPackages = 1000;
constexpr int s_newPackages = 3000;
constexpr int s_maxKillPoints = 60;  // far more than one refresh has; reaching it is a failure
const QStringList s_failpoints{QStringLiteral("storing"), QStringLiteral("json-written"), QStringLiteral("writing-state"),
                               QStringLiteral("state-written"), QStringLiteral("previous-json-removed")};

/** linux-64 repodata: python and pkg0..pkg<count-1>, all at @p version. */
QByteArray platformRepodata(int count, const char *version)
{
    QJsonObject packages;
    packages.insert(s("python-3.9.0-0.tar.bz2"),
                    QJsonObject{{s("name"), s("python")}, {s("version"), s("3.9.0")}, {s("build"), s("0")},
                                {s("build_number"), 0}, {s("depends"), QJsonArray{}}, {s("subdir"), s("linux-64")}});
    for (int i = 0; i < count; ++i) {
        const QString name = s("pkg") + QString::number(i);
        packages.insert(name + u'-' + s(version) + s("-0.tar.bz2"),
                        QJsonObject{{s("name"), name}, {s("version"), s(version)}, {s("build"), s("0")},
                                    {s("build_number"), 0}, {s("depends"), QJsonArray{s("python >=3.9")}},
                                    {s("subdir"), s("linux-64")}});
    }
    return QJsonDocument(QJsonObject{{s("info"), QJsonObject{{s("subdir"), s("linux-64")}}}, {s("packages"), packages}})
        .toJson(QJsonDocument::Compact);
}

QByteArray noarchRepodata()
{
    QJsonObject packages;
    for (int i = 0; i < 3; ++i)
        packages.insert(s("n%1-1.0-0.tar.bz2").arg(i),
                        QJsonObject{{s("name"), s("n%1").arg(i)}, {s("version"), s("1.0")}, {s("build"), s("0")},
                                    {s("build_number"), 0}, {s("depends"), QJsonArray{}}, {s("subdir"), s("noarch")},
                                    {s("noarch"), s("generic")}});
    return QJsonDocument(QJsonObject{{s("info"), QJsonObject{{s("subdir"), s("noarch")}}}, {s("packages"), packages}})
        .toJson(QJsonDocument::Compact);
}

/**
 * Copies the folder tree @p from to @p to (which must not exist), keeping modification times: the
 * cache trusts a JSON only with the mtime its state recorded.
 */
bool copyTree(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    for (const QFileInfo &entry : QDir(from).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QString target = to + u'/' + entry.fileName();
        if (entry.isDir()) {
            if (!copyTree(entry.absoluteFilePath(), target))
                return false;
            continue;
        }
        QFile copy(target);
        if (!QFile::copy(entry.absoluteFilePath(), target) || !copy.open(QIODevice::ReadWrite)
            || !copy.setFileTime(entry.fileTime(QFileDevice::FileModificationTime), QFileDevice::FileModificationTime))
            return false;
    }
    return true;
}

/** The record count `fetch` printed for @p subdir ("…/linux-64  offline  3s  …  1001  url"), or -1. */
int recordsOf(const QString &fetchOutput, const QString &subdir)
{
    for (const QString &line : fetchOutput.split(u'\n')) {
        const QStringList fields = line.simplified().split(u' ');
        if (fields.size() >= 6 && fields[0].endsWith(u'/' + subdir))
            return fields[fields.size() - 2].toInt();
    }
    return -1;
}

/** How a run is ended early: at a named failpoint, or by strace before the Nth call of some syscalls. */
struct Killer
{
    QString failpoint;  ///< DEPLOYDECK_FAILPOINT, or empty
    QString syscalls;   ///< for strace, or empty
    int n = 0;
};

/** `deploydeck @p args`, killed as @p killer says (or not at all, when that point is never reached). */
Run runKilled(const QStringList &args, const Killer &killer, QProcessEnvironment env)
{
    QString program = hardening::binary();
    QStringList arguments = args;
    if (!killer.failpoint.isEmpty())
        env.insert(s("DEPLOYDECK_FAILPOINT"), killer.failpoint);
    if (!killer.syscalls.isEmpty()) {
        arguments = QStringList{s("-f"), s("-qq"), s("-o"), s("/dev/null"), s("-e"), s("trace=") + killer.syscalls,
                                s("-e"), s("inject=%1:signal=SIGKILL:when=%2").arg(killer.syscalls).arg(killer.n), program}
                    + args;
        program = s("strace");
    }
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    Run run;
    if (!p.waitForStarted() || !p.waitForFinished(300000))
        return run;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    run.crashed = p.exitStatus() == QProcess::CrashExit;  // strace ends itself with the command's signal
    run.code = p.exitCode();
    return run;
}

/** Every state in @p cacheDir names a JSON that is there, whole, with the size it records. */
void verifyStatesNameTheirJson(const QString &cacheDir)
{
    const QStringList states = QDir(cacheDir).entryList({s("*.state.json")}, QDir::Files);
    QCOMPARE(states.size(), 2);  // linux-64 and noarch
    for (const QString &name : states) {
        const QJsonObject state = QJsonDocument::fromJson(hardening::readAll(cacheDir + u'/' + name)).object();
        const QString jsonFile = state.value(s("json_file")).toString();
        QVERIFY2(!jsonFile.isEmpty(), qPrintable(name));
        const QFileInfo json(cacheDir + u'/' + jsonFile);
        QVERIFY2(json.isFile(), qPrintable(name + s(" names a JSON that is not there: ") + jsonFile));
        QCOMPARE(json.size(), state.value(s("size")).toInteger());
    }
    for (const QString &file : hardening::filesUnder(cacheDir))  // no truncated file at a final name
        QVERIFY2(!file.endsWith(s(".json")) || hardening::isJson(hardening::readAll(file)), qPrintable(file));
}

/**
 * One refresh to kill again and again: a server whose linux-64 changes (1001 -> 3001 records) and
 * whose noarch does not (3 records; with the cache used it answers 304 and only the state is
 * rewritten), and a pristine home folder whose cache holds a complete refresh of the old data plus
 * the .solv of a solve. Each run copies that home, runs the refresh killed as told, and checks
 * what is left.
 */
class Scenario
{
public:
    Scenario(const QString &root, bool noCache) : m_root(root), m_noCache(noCache), m_server(root + s("/served")) {}

    void prepare()
    {
        const QString served = m_root + s("/served");
        QVERIFY(QDir().mkpath(served + s("/linux-64")) && QDir().mkpath(served + s("/noarch")));
        QVERIFY(hardening::writeAll(served + s("/noarch/repodata.json"), noarchRepodata()));
        QVERIFY(hardening::writeAll(served + s("/linux-64/repodata.json"), platformRepodata(s_oldPackages, "1.0")));
        QVERIFY(m_server.start());
        const QProcessEnvironment env = environment(pristine());
        const Run first = hardening::deploydeck(fetchArgs(), env);
        QVERIFY2(first.code == 0, qPrintable(first.all()));
        const Run solved = hardening::deploydeck(solveArgs(), env);
        QVERIFY2(solved.code == 0 && solved.out.contains(s("pkg0")), qPrintable(solved.all()));
        QVERIFY2(!QDir(pristine() + s("/cache/deploydeck/solv")).entryList({s("*.solv")}).isEmpty(), "the solve wrote no .solv");
        QVERIFY(hardening::writeAll(served + s("/linux-64/repodata.json"), platformRepodata(s_newPackages, "2.0")));
    }

    /** One refresh from the pristine cache, ended by @p killer; then the cache must be one whole set. */
    void runAndCheck(const Killer &killer, bool *killed)
    {
        const QString home = m_root + s("/run");
        QVERIFY(QDir(home).removeRecursively() && copyTree(pristine(), home));
        const QProcessEnvironment env = environment(home);
        m_server.clearRules();
        const Run r = runKilled(fetchArgs() + (m_noCache ? QStringList{s("--no-cache")} : QStringList{}), killer, env);
        QVERIFY2(r.crashed || r.code == 0, qPrintable(r.all()));
        *killed = r.crashed;

        verifyStatesNameTheirJson(home + s("/cache/deploydeck/repodata"));
        if (QTest::currentTestFailed())
            return;
        const Run offline = hardening::deploydeck(fetchArgs() + QStringList{s("--offline")}, env);
        QVERIFY2(offline.code == 0, qPrintable(offline.all()));
        const int records = recordsOf(offline.out, s("linux-64"));
        QVERIFY2(records == s_oldPackages + 1 || records == s_newPackages + 1, qPrintable(offline.out));
        QCOMPARE(recordsOf(offline.out, s("noarch")), 3);
        if (!r.crashed)
            QCOMPARE(records, s_newPackages + 1);

        // With the server refusing every repodata file, a solve falls back on the cached copies
        // (through the .solv where it matches) and must see the very copy the state names.
        for (const QString &subdir : {s("linux-64"), s("noarch")})
            for (const QString &file : {s("repodata.json"), s("repodata.json.zst")})
                m_server.setRule(u'/' + subdir + u'/' + file, Rule::status(404));
        const Run solve = hardening::deploydeck(solveArgs(), env);
        QVERIFY2(solve.code == 0, qPrintable(solve.all()));
        const QString version = records == s_oldPackages + 1 ? s("1\\.0") : s("2\\.0");
        QVERIFY2(solve.out.contains(QRegularExpression(s("pkg0\\s+") + version)),
                 qPrintable(s("expected pkg0 ") + version + u'\n' + solve.all()));
        qInfo("%s %s: %s, linux-64 has %d records", qPrintable(killer.failpoint + killer.syscalls),
              qPrintable(killer.n ? s("#") + QString::number(killer.n) : QString()), r.crashed ? "killed" : "completed", records);
    }

private:
    QString pristine() const { return m_root + s("/pristine"); }
    QStringList fetchArgs() const { return {s("fetch"), s("-c"), m_server.baseUrl(), s("--platform"), s("linux-64")}; }
    QStringList solveArgs() const
    {
        return {s("solve"), s("-c"), m_server.baseUrl(), s("--platform"), s("linux-64"), s("--no-virtual"), s("pkg0")};
    }

    static QProcessEnvironment environment(const QString &home)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(s("XDG_CACHE_HOME"), home + s("/cache"));
        env.insert(s("XDG_DATA_HOME"), home + s("/data"));
        // Under strace, LeakSanitizer's exit check (it needs ptrace itself) cannot run.
        env.insert(s("ASAN_OPTIONS"), env.value(s("ASAN_OPTIONS")) + s(":detect_leaks=0"));
        return env;
    }

    QString m_root;
    bool m_noCache;
    TestHttpServer m_server;
};

} // namespace

class TestKillRefresh : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString dataRoot() const
    {
        QString name = QString::fromLatin1(QTest::currentTestFunction());
        if (const char *tag = QTest::currentDataTag())
            name += u'-' + QString::fromLatin1(tag);
        return m_dir.filePath(name.replace(QRegularExpression(s("\\W+")), s("-")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QProcess probe;
        probe.start(s("strace"), {s("-f"), s("-qq"), s("-o"), s("/dev/null"), s("true")});
        // The setup installs strace (./deploydeck.sh); a machine without it, or without ptrace, fails here.
        QVERIFY2(probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0,
                 "strace cannot trace here: it is needed to kill a refresh at its system calls");
    }

    void killedAtEveryStep_data()
    {
        QTest::addColumn<bool>("noCache");
        QTest::addColumn<QString>("subdir");
        QTest::addColumn<QStringList>("killingPoints");  // the failpoints this subdir's refresh passes
        const QStringList stateOnly{s("writing-state"), s("state-written")};
        QTest::newRow("--no-cache, linux-64 changed") << true << s("linux-64") << s_failpoints;
        QTest::newRow("--no-cache, noarch unchanged") << true << s("noarch") << s_failpoints;
        QTest::newRow("conditional, linux-64 changed") << false << s("linux-64") << s_failpoints;
        QTest::newRow("conditional, noarch unchanged (304)") << false << s("noarch") << stateOnly;
    }

    /**
     * Each failpoint of the cache's write sequence, for one subdir: the points that subdir's
     * refresh passes must kill it (a 304 writes no JSON), the others must let it complete, and
     * every run must leave a whole cache.
     */
    void killedAtEveryStep()
    {
        QFETCH(bool, noCache);
        QFETCH(QString, subdir);
        QFETCH(QStringList, killingPoints);
        Scenario scenario(dataRoot(), noCache);
        scenario.prepare();
        if (QTest::currentTestFailed())
            return;
        for (const QString &point : s_failpoints) {
            bool killed = false;
            scenario.runAndCheck(Killer{s("repodata-cache:") + point + s("@/") + subdir + u'/', {}, 0}, &killed);
            if (QTest::currentTestFailed())
                return;
            QVERIFY2(killed == killingPoints.contains(point), qPrintable(point + (killed ? s(": killed") : s(": not reached"))));
        }
    }

    void killedAtEverySyscall_data()
    {
        QTest::addColumn<QString>("syscall");
        QTest::addColumn<int>("minimumKills");
        QTest::newRow("linkat") << s("linkat") << 2;    // Qt names its O_TMPFILE files with linkat
        QTest::newRow("rename") << s("rename") << 1;    // and renames when the name is taken
        QTest::newRow("unlink") << s("unlink") << 1;    // the previous generation
        QTest::newRow("fdatasync") << s("fdatasync") << 2;
    }

    /**
     * The same at the level of system calls: strace kills the process right before the Nth call
     * of @c syscall (counted per thread: the subdirs are stored on worker threads), N from 1 until
     * a refresh completes, so kills also land inside Qt's atomic writes.
     */
    void killedAtEverySyscall()
    {
        QFETCH(QString, syscall);
        QFETCH(int, minimumKills);
        Scenario scenario(dataRoot(), true);
        scenario.prepare();
        if (QTest::currentTestFailed())
            return;
        int killed = 0;
        bool completed = false;
        for (int n = 1; n <= s_maxKillPoints && !completed; ++n) {
            bool wasKilled = false;
            scenario.runAndCheck(Killer{{}, syscall, n}, &wasKilled);
            if (QTest::currentTestFailed())
                return;
            completed = !wasKilled;
            killed += wasKilled ? 1 : 0;
        }
        QVERIFY2(completed, "the refresh never completed: more kill points than expected");
        QVERIFY2(killed >= minimumKills, qPrintable(s("only %1 runs killed: the walk missed the write sequence").arg(killed)));
    }
};

QTEST_GUILESS_MAIN(TestKillRefresh)
#include "tst_killrefresh.moc"
