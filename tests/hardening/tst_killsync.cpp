// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// Fault injection (issue 9, requirement 3): the real deploydeck binary killed with SIGKILL at
// random points of a sync and of a job tracked in the job history, and run under a file-size limit
// that makes writes fail as on a full disk. After each fault the data on disk must be whole: a
// channel that lists only complete files, a cache that still loads, a history that reads back with
// the job interrupted, and no truncated file at a final name. A repodata refresh is killed at every
// step of its write sequence, deterministically, in tst_killrefresh.
#include "core/channel/channelindexer.h"
#include "core/jobs/jobhistory.h"
#include "core/jobs/processjob.h"
#include "tests/core/sync/syncfixture.h"
#include "tests/hardening/hardening.h"
#include "tests/support/requirements.h"
#include "tests/support/testhttpserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

using hardening::Run;
using hardening::s;
using synctest::SourcePackage;
using testsupport::TestHttpServer;
using Rule = TestHttpServer::Rule;

namespace {

constexpr int s_defaultKillRuns = 22;  // DEPLOYDECK_HARDENING_KILL_RUNS raises it
constexpr int s_packageCount = 48;
constexpr int s_packageBytes = 20000;

int killRuns()
{
    const int fromEnv = qEnvironmentVariableIntValue("DEPLOYDECK_HARDENING_KILL_RUNS");
    return fromEnv > 0 ? fromEnv : s_defaultKillRuns;
}

/** A repodata.json with @p count records named "<prefix><i>". */
QByteArray repodataWith(int count, const char *prefix, const char *subdir)
{
    QJsonObject packages;
    for (int i = 0; i < count; ++i) {
        const QString name = QString::fromLatin1(prefix) + QString::number(i);
        packages.insert(name + s("-1.0-0.tar.bz2"),
                        QJsonObject{{s("name"), name}, {s("version"), s("1.0")}, {s("build"), s("0")},
                                    {s("build_number"), 0}, {s("depends"), QJsonArray{s("python >=3.9")}},
                                    {s("subdir"), QString::fromLatin1(subdir)}});
    }
    return QJsonDocument(QJsonObject{{s("info"), QJsonObject{{s("subdir"), QString::fromLatin1(subdir)}}},
                                     {s("packages"), packages}})
        .toJson(QJsonDocument::Compact);
}

/** Package files (*.conda, *.tar.bz2) at their final names in the subdirs of @p channel. */
QStringList packageFiles(const QString &channel)
{
    QStringList files;
    for (const QString &subdir : {s("linux-64"), s("noarch")})
        for (const QString &fn : QDir(channel + u'/' + subdir).entryList({s("*.conda"), s("*.tar.bz2")}, QDir::Files))
            files << subdir + u'/' + fn;
    return files;
}

/** A short job whose program prints numbered lines until it is killed (the history child's job). */
class TickerJob final : public core::jobs::ProcessJob
{
public:
    TickerJob()
        : ProcessJob(s("ticker"), s("ticker"), {})
    {
        setProgram(s("/usr/bin/python3"));
        setArguments({s("-u"), s("-c"), s("import time\nfor i in range(100000):\n    print('tick', i)\n    time.sleep(0.002)\n")});
    }
};

/**
 * The child of historySurvivesKill(): tracks one ticking job in a JobHistory at @p root and says
 * "running" once lines were flushed; the parent kills it with SIGKILL at a random moment.
 */
int historyChild(const QString &root)
{
    core::jobs::JobHistory history(root);
    history.setFlushInterval(20);
    TickerJob job;
    history.track(&job);
    int lines = 0;
    QObject::connect(&job, &core::jobs::Job::logLineAdded, &job, [&lines](const QString &) {
        if (++lines == 5) {
            std::fputs("running\n", stdout);
            std::fflush(stdout);
        }
    });
    job.start();
    return QCoreApplication::exec();
}

} // namespace

class TestKillSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestHttpServer> m_server;
    std::vector<SourcePackage> m_packages;
    QString m_source;
    QString m_specList;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(s("XDG_CACHE_HOME"), m_dir.filePath(s("xdg-cache")));
        env.insert(s("XDG_DATA_HOME"), m_dir.filePath(s("xdg-data")));
        return env;
    }

    QStringList syncArgs(const QString &target, const QStringList &extra = {}) const
    {
        return QStringList{s("sync"), s("--source"), m_source, s("--target"), target, s("-p"), s("linux-64"),
                           s("--no-virtual"), m_specList}
               + extra;
    }

    /** A source channel indexed from the served folder, whose info.base_url points at the server. */
    void writeSourceChannel()
    {
        core::channel::IndexOptions options;
        options.channelDir = m_dir.filePath(s("served")).toStdString();
        options.outputDir = m_source.toStdString();
        options.subdirs = {"linux-64", "noarch"};
        options.writeZst = core::channel::WriteZst::No;
        QVERIFY(core::channel::indexChannel(options));
        for (const QString &subdir : {s("linux-64"), s("noarch")}) {
            const QString path = m_source + u'/' + subdir + s("/repodata.json");
            QJsonObject repodata = QJsonDocument::fromJson(hardening::readAll(path)).object();
            QJsonObject info = repodata.value(s("info")).toObject();
            info.insert(s("base_url"), QString(m_server->baseUrl() + u'/' + subdir));
            repodata.insert(s("info"), info);
            QVERIFY(hardening::writeAll(path, QJsonDocument(repodata).toJson()));
        }
    }

    /** Every package file at its final name in @p target has exactly the source's bytes. */
    void verifyNoTruncatedPackages(const QString &target) const
    {
        for (const QString &file : packageFiles(target)) {
            const auto source = std::find_if(m_packages.begin(), m_packages.end(),
                                             [&](const SourcePackage &p) { return p.item.displayName() == file; });
            QVERIFY2(source != m_packages.end(), qPrintable(file));
            QVERIFY2(hardening::readAll(target + u'/' + file) == source->data, qPrintable(s("truncated or wrong: ") + file));
        }
    }

    /**
     * Starts `deploydeck @p args` and SIGKILLs it once @p killNow says so (it sees the output so
     * far), or lets it end. Returns the output and whether it was killed.
     */
    Run runAndKill(const QStringList &args, const std::function<bool(const QString &out, qint64 elapsedMs)> &killNow)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(hardening::binary(), args);
        Run run;
        if (!p.waitForStarted())
            return run;
        QElapsedTimer clock;
        clock.start();
        while (p.state() != QProcess::NotRunning && clock.elapsed() < 60000) {
            p.waitForReadyRead(5);
            run.out += QString::fromUtf8(p.readAllStandardOutput());
            if (killNow(run.out, clock.elapsed())) {
                p.kill();  // SIGKILL: no chance to clean up
                break;
            }
        }
        p.waitForFinished(10000);
        run.out += QString::fromUtf8(p.readAllStandardOutput());
        run.err = QString::fromUtf8(p.readAllStandardError());
        run.crashed = p.exitStatus() == QProcess::CrashExit;
        run.code = p.exitCode();
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<TestHttpServer>(m_dir.filePath(s("served")));
        QVERIFY(m_server->start());
        m_packages = synctest::writeSourcePackages(m_dir.filePath(s("served")), s_packageCount, m_server->baseUrl(),
                                                   s_packageBytes);
        QCOMPARE(int(m_packages.size()), s_packageCount);
        m_source = m_dir.filePath(s("source"));
        writeSourceChannel();
        m_specList = m_dir.filePath(s("specs.txt"));
        QByteArray specs;
        for (int i = 0; i < s_packageCount; i += 3)
            specs += QStringLiteral("pkg%1 pkg%2 pkg%3\n").arg(i).arg(i + 1).arg(i + 2).toUtf8();
        QVERIFY(hardening::writeAll(m_specList, specs));
    }

    void init()
    {
        m_server->clearRules();
        m_server->clearRequests();
    }

    /**
     * A sync killed at random points — a delay after the copying began, after N lines of output,
     * or after N requests reached the server — always leaves a valid channel, and a last run
     * completes it.
     */
    void syncKilledAtRandomPoints()
    {
        const QString target = m_dir.filePath(s("killed"));
        for (const SourcePackage &p : m_packages)  // about 120 ms a file: kills land mid-transfer
            m_server->setRule(u'/' + p.item.subdir + u'/' + p.item.fn, Rule::slow(2048, 12));
        QRandomGenerator random(hardening::seed(20261125));
        const int runs = killRuns();
        int killed = 0;
        for (int run = 0; run < runs; ++run) {
            const int mode = int(random.bounded(3));
            const int delay = int(random.bounded(500));
            const int count = 1 + int(random.bounded(6));
            const int publishEvery = 1 + int(random.bounded(4));
            const qsizetype requestsBefore = m_server->requests().size();
            qint64 startedAt = -1;
            const Run r = runAndKill(syncArgs(target, {s("--parallel"), s("2"), s("--publish-every"), QString::number(publishEvery)}),
                                     [&](const QString &out, qint64 elapsed) {
                                         const qsizetype copying = out.indexOf(s("package files"));
                                         if (copying < 0)
                                             return false;
                                         if (startedAt < 0)
                                             startedAt = elapsed;
                                         switch (mode) {
                                         case 0: return elapsed - startedAt >= delay;
                                         case 1: return out.mid(copying).count(u'\n') > count;
                                         default: return m_server->requests().size() - requestsBefore >= count;
                                         }
                                     });
            killed += r.crashed ? 1 : 0;
            qInfo("run %d: mode %d (delay %d ms, count %d, publish every %d): %s, %d package files, %d listed", run, mode,
                  delay, count, publishEvery, r.crashed ? "killed" : "ended", int(packageFiles(target).size()),
                  int(synctest::checkChannel(target).listed.size()));
            QVERIFY2(r.crashed || r.code == 0, qPrintable(r.all()));
            synctest::verifyChannel(target);  // parses, lists only whole files with their sha256
            if (QTest::currentTestFailed())
                return;
            verifyNoTruncatedPackages(target);
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY2(killed >= runs / 2, "most runs must really be killed, or the loop tests nothing");
        m_server->clearRules();
        const Run last = hardening::deploydeck(syncArgs(target), environment());
        QVERIFY2(last.code == 0, qPrintable(last.all()));
        const QSet<QString> all = synctest::namesOf(m_packages);
        synctest::verifyChannel(target, &all);
        verifyNoTruncatedPackages(target);
    }

    /** The job history reads back after its process is killed while a job runs: the job is Interrupted. */
    void historySurvivesKill()
    {
        REQUIRE_OR_SKIP(
            QFileInfo::exists(s("/usr/bin/python3")), QStringLiteral("/usr/bin/python3 is needed for the ticking job"));
        const QString root = m_dir.filePath(s("history"));
        QRandomGenerator random(hardening::seed(99));
        for (int run = 0; run < 6; ++run) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(), {s("--history-child"), root});
            QVERIFY(child.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine() || child.state() == QProcess::NotRunning, 30000);
            QVERIFY2(child.readLine() == "running\n", child.readAllStandardError().constData());
            QTest::qWait(int(random.bounded(200)));
            child.kill();
            QVERIFY(child.waitForFinished(10000));
            core::jobs::JobHistory history(root);
            const auto loaded = history.load();
            QVERIFY2(loaded.problems.empty(), loaded.problems.empty() ? "" : loaded.problems.front().detail.c_str());
            QCOMPARE(int(loaded.jobs.size()), run + 1);
            for (const auto &job : loaded.jobs) {
                QCOMPARE(job.state, core::jobs::JobState::Interrupted);
                const auto log = history.readLog(job.id);
                QVERIFY(log.ok());
                static const QRegularExpression whole(s("^tick \\d+$"));
                for (const QString &line : *log)  // whole lines only: a batch is one write
                    QVERIFY2(whole.match(line).hasMatch(), qPrintable(line));
            }
        }
    }

    /** A sync whose downloads hit a full disk fails clearly, naming the file, and leaves the channel valid. */
    void syncOnFullDisk()
    {
        const QString target = m_dir.filePath(s("full-disk-sync"));
        const Run r = hardening::deploydeck(syncArgs(target, {s("--parallel"), s("2")}), environment(),
                                            [](QProcess &p) { hardening::limitFileSize(p, 8192); });
        QVERIFY2(!r.crashed, qPrintable(r.all()));
        QVERIFY2(r.code != 0, qPrintable(r.all()));
        QVERIFY2(r.all().contains(QString::fromLocal8Bit(std::strerror(EFBIG))), qPrintable(r.all()));
        bool named = false;
        for (const SourcePackage &p : m_packages)
            named = named || r.all().contains(p.item.fn);
        QVERIFY2(named, qPrintable(r.all()));
        synctest::verifyChannel(target);
        verifyNoTruncatedPackages(target);
    }

    /** Indexing on a full disk fails naming repodata.json, keeps the previous one and leaves no temporary file. */
    void indexOnFullDisk()
    {
        const QString channel = m_dir.filePath(s("full-disk-index"));
        const auto first = synctest::writeSourcePackages(channel, 6, s("file://") + channel, 1000, s("a"));
        QCOMPARE(int(first.size()), 6);
        const Run ok = hardening::deploydeck({s("index"), s("--no-zst"), channel}, environment());
        QVERIFY2(ok.code == 0, qPrintable(ok.all()));
        const QByteArray before = hardening::readAll(channel + s("/linux-64/repodata.json"));
        QVERIFY(hardening::isJson(before));
        QCOMPARE(int(synctest::writeSourcePackages(channel, 60, s("file://") + channel, 1000, s("b")).size()), 60);
        const QStringList filesBefore = hardening::filesUnder(channel);
        const Run r = hardening::deploydeck({s("index"), s("--no-zst"), channel}, environment(),
                                            [&](QProcess &p) { hardening::limitFileSize(p, rlim_t(before.size() + 256)); });
        QVERIFY2(!r.crashed, qPrintable(r.all()));
        QVERIFY2(r.code != 0, qPrintable(r.all()));
        const QByteArray after = hardening::readAll(channel + s("/linux-64/repodata.json"));
        QVERIFY2(after == before, after.right(200).constData());  // not a truncated new one
        QCOMPARE(hardening::filesUnder(channel), filesBefore);  // nothing half-written left behind
        QVERIFY2(r.err.contains(s("linux-64/repodata.json:")) && r.err.contains(QString::fromLocal8Bit(std::strerror(EFBIG))), qPrintable(r.all()));
    }

    /** A refresh on a full disk fails naming the cache file and keeps the previous cache usable. */
    void fetchOnFullDisk()
    {
        const QString served = m_dir.filePath(s("full-disk-fetch-served"));
        const QString cache = m_dir.filePath(s("full-disk-fetch-cache"));
        QVERIFY(QDir().mkpath(served + s("/linux-64")) && QDir().mkpath(served + s("/noarch")));
        QVERIFY(hardening::writeAll(served + s("/noarch/repodata.json"), repodataWith(3, "n", "noarch")));
        QVERIFY(hardening::writeAll(served + s("/linux-64/repodata.json"), repodataWith(10, "old", "linux-64")));
        TestHttpServer server(served);
        QVERIFY(server.start());
        const QStringList fetchArgs{s("fetch"), s("-c"), server.baseUrl(), s("--platform"), s("linux-64"), s("--cache-dir"), cache};
        const Run first = hardening::deploydeck(fetchArgs, environment());
        QVERIFY2(first.code == 0, qPrintable(first.all()));
        const QStringList cacheBefore = hardening::filesUnder(cache);
        // The files of linux-64's cache entry ("<key>.state.json" and the "<key>.<generation>.json" it names).
        QMap<QString, QByteArray> linuxBefore;
        for (const QString &file : cacheBefore) {
            if (file.endsWith(s(".state.json")) && hardening::readAll(file).contains("/linux-64/")) {
                const QString key = QFileInfo(file).fileName().section(u'.', 0, 0);
                for (const QString &same : cacheBefore)
                    if (QFileInfo(same).fileName().startsWith(key + u'.'))
                        linuxBefore.insert(same, hardening::readAll(same));
            }
        }
        QCOMPARE(linuxBefore.size(), 2);
        QVERIFY(hardening::writeAll(served + s("/linux-64/repodata.json"), repodataWith(2000, "new", "linux-64")));
        const Run r = hardening::deploydeck(fetchArgs + QStringList{s("--no-cache")}, environment(),
                                            [](QProcess &p) { hardening::limitFileSize(p, 64 * 1024); });
        QVERIFY2(!r.crashed, qPrintable(r.all()));
        QVERIFY2(r.code != 0, qPrintable(r.all()));
        QVERIFY2(r.all().contains(cache) && r.all().contains(QString::fromLocal8Bit(std::strerror(EFBIG))), qPrintable(r.all()));
        for (const QString &file : hardening::filesUnder(cache))
            QVERIFY2(!file.endsWith(s(".json")) || hardening::isJson(hardening::readAll(file)), qPrintable(file));
        // linux-64's entry is untouched; noarch (small enough) was refreshed, as a new generation.
        QCOMPARE(hardening::filesUnder(cache).size(), cacheBefore.size());
        for (auto it = linuxBefore.cbegin(); it != linuxBefore.cend(); ++it)
            QVERIFY2(hardening::readAll(it.key()) == it.value(), qPrintable(it.key()));
        const Run offline = hardening::deploydeck(fetchArgs + QStringList{s("--offline")}, environment());
        QVERIFY2(offline.code == 0 && offline.out.contains(s(" 10 ")), qPrintable(offline.all()));
    }
};

int main(int argc, char *argv[])
{
    if (argc == 3 && std::strcmp(argv[1], "--history-child") == 0) {
        QCoreApplication app(argc, argv);
        return historyChild(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestKillSync test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_killsync.moc"
