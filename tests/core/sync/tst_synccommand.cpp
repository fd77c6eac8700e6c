// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// `deploydeck sync` as a user runs it: the real binary, a source channel whose packages a real HTTP
// server on 127.0.0.1 serves, exit codes — and SIGKILL at several points of a sync, after each of
// which the target channel must be valid, until a last run completes it.
#include "core/channel/channelindexer.h"
#include "tests/core/sync/syncfixture.h"
#include "tests/support/testhttpserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using synctest::SourcePackage;
using testsupport::TestHttpServer;
using Rule = TestHttpServer::Rule;

namespace {

/** Kill points per run of killAndResume; DEPLOYDECK_SYNC_KILL_RUNS raises it (the hardening loop uses 20+). */
constexpr int s_killRuns = 5;
constexpr int s_packageCount = 40;

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

int itemLines(const QString &output)
{
    return int(output.count(QLatin1String("] published ")) + output.count(QLatin1String("] skipped ")));
}

} // namespace

class TestSyncCommand : public QObject
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
        env.insert(s("XDG_CACHE_HOME"), m_dir.filePath(s("cache")));
        return env;
    }

    QStringList syncArgs(const QString &target, const QStringList &extra = {}) const
    {
        return QStringList{s("sync"), s("--source"), m_source, s("--target"), target, s("-p"), s("linux-64"), s("--no-virtual"),
                           m_specList} + extra;
    }

    Run deploydeck(const QStringList &args) const
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(s(DEPLOYDECK_BINARY_DIR "/app/deploydeck"), args);
        p.waitForFinished(120000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    /** A source channel whose repodata points (info.base_url) at the packages the server serves. */
    void writeSourceChannel()
    {
        core::channel::IndexOptions options;
        options.channelDir = m_dir.filePath(s("served")).toStdString();
        options.outputDir = m_source.toStdString();
        options.subdirs = {"linux-64", "noarch"};
        options.writeZst = core::channel::WriteZst::No;
        QVERIFY(core::channel::indexChannel(options));
        for (const QString &subdir : {s("linux-64"), s("noarch")}) {
            QFile file(m_source + u'/' + subdir + s("/repodata.json"));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QJsonObject repodata = QJsonDocument::fromJson(file.readAll()).object();
            file.close();
            QJsonObject info = repodata.value(s("info")).toObject();
            info.insert(s("base_url"), QString(m_server->baseUrl() + u'/' + subdir));
            repodata.insert(s("info"), info);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(QJsonDocument(repodata).toJson());
        }
    }

    static void verifyValid(const QString &target, const QSet<QString> *expected = nullptr)
    {
        synctest::verifyChannel(target, expected);
    }
    QSet<QString> allNames() const { return synctest::namesOf(m_packages); }

    /** Starts a sync and SIGKILLs it @p delayMs after it began copying (if it has not ended by then). */
    void killDuringSync(const QString &target, int delayMs)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(s(DEPLOYDECK_BINARY_DIR "/app/deploydeck"), syncArgs(target, {s("--parallel"), s("2"), s("--publish-every"), s("2")}));
        QVERIFY(p.waitForStarted());
        QString out;
        QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(p.readAllStandardOutput())).contains(s("package files")) ||
                                     p.state() == QProcess::NotRunning, 60000);
        QTest::qWait(delayMs);
        p.kill();  // SIGKILL: no chance to clean up
        p.waitForFinished(10000);
        out += QString::fromUtf8(p.readAllStandardOutput());
        const int files = int(QDir(target + s("/linux-64")).entryList({s("*.conda")}).size()
                              + QDir(target + s("/noarch")).entryList({s("*.tar.bz2")}).size());
        qInfo("killed %d ms after the copying began: %d items reported, %d files in the channel, %d listed", delayMs,
              itemLines(out), files, int(synctest::checkChannel(target).listed.size()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<TestHttpServer>(m_dir.filePath(s("served")));
        QVERIFY(m_server->start());
        m_packages = synctest::writeSourcePackages(m_dir.filePath(s("served")), s_packageCount, m_server->baseUrl(), 30000);
        QCOMPARE(int(m_packages.size()), s_packageCount);
        m_source = m_dir.filePath(s("source"));
        writeSourceChannel();
        m_specList = m_dir.filePath(s("specs.txt"));
        QFile list(m_specList);
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("# every package, four per line\n");
        for (int i = 0; i < s_packageCount; i += 4)
            list.write(QStringLiteral("pkg%1 pkg%2 pkg%3 pkg%4\n").arg(i).arg(i + 1).arg(i + 2).arg(i + 3).toUtf8());
    }

    void init() { m_server->clearRules(); m_server->clearRequests(); }

    void dryRunCopiesNothing()
    {
        const QString target = m_dir.filePath(s("dry"));
        const Run r = deploydeck(syncArgs(target, {s("--dry-run")}));
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QCOMPARE(r.out.count(s("would download")), s_packageCount);
        QCOMPARE(m_server->requests().size(), 0);
        QVERIFY(!QFileInfo::exists(target));  // a dry run writes nothing
    }

    void syncsThenHasNothingLeft()
    {
        const QString target = m_dir.filePath(s("full"));
        const Run r = deploydeck(syncArgs(target));
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("%1 uploaded, 0 skipped (already present), 0 rejected").arg(s_packageCount)), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("[1/%1] published ").arg(s_packageCount)));
        const QSet<QString> all = allNames();
        verifyValid(target, &all);
        m_server->clearRequests();
        const Run again = deploydeck(syncArgs(target));
        QVERIFY2(again.code == 0, qPrintable(again.err + again.out));
        QVERIFY(again.out.contains(s("0 missing in the target")));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no target") << QStringList{s("sync"), s("--source"), s("/nonexistent"), s("x.txt")} << 2 << "no target channel";
        QTest::newRow("unknown option") << QStringList{s("sync"), s("--bogus")} << 2 << "bogus";
        QTest::newRow("plain HTTP target") << QStringList{s("sync"), s("--source"), s("/x"), s("--target"), s("https://conda.anaconda.org/c"), s("x.txt")}
                                           << 2 << "Quetz channel URL";
        QTest::newRow("missing spec list") << QStringList{s("sync"), s("--source"), s("/x"), s("--target"), s("/tmp/t"), s("/nonexistent/specs.txt")}
                                           << 2 << "/nonexistent/specs.txt";
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = deploydeck(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void badInputCopiesNothing_data()
    {
        QTest::addColumn<QString>("specs");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("invalid match spec") << "pkg0\npkg1 >=\n" << QStringList() << "specs.txt:2";
        QTest::newRow("parallel 0") << "pkg0\n" << QStringList{s("--parallel"), s("0")} << "parallel";
    }
    void badInputCopiesNothing()
    {
        QFETCH(QString, specs);
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QFile list(dir.filePath(s("specs.txt")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write(specs.toUtf8());
        list.close();
        const Run r = deploydeck(QStringList{s("sync"), s("--source"), m_source, s("--target"), dir.filePath(s("t")), s("--no-virtual"),
                                             list.fileName()} + extra);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(dir.filePath(s("t"))));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void rejectedOrUnsolvableExitsWithOne()
    {
        QTemporaryDir dir;
        QFile list(dir.filePath(s("specs.txt")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("pkg0 pkg1\nno-such-package\n");
        list.close();
        QByteArray wrong = m_packages[0].data;
        wrong[100] = char(wrong[100] ^ 1);
        m_server->setRule(u'/' + m_packages[0].item.subdir + u'/' + m_packages[0].item.fn, Rule::serve().withBody(wrong));
        const QString target = dir.filePath(s("t"));
        const Run r = deploydeck(QStringList{s("sync"), s("--source"), m_source, s("--target"), target, s("--no-virtual"), list.fileName()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(s("line 2 unsolvable")), qPrintable(r.out));
        QVERIFY2(r.out.contains(s("rejected linux-64/") + m_packages[0].item.fn + s(": sha256 mismatch")), qPrintable(r.out));
        QVERIFY(r.out.contains(s("1 uploaded, 0 skipped (already present), 1 rejected")));
        const QSet<QString> expected{m_packages[1].item.displayName()};
        verifyValid(target, &expected);
    }

    void killAndResume()
    {
        const int runs = qEnvironmentVariableIsSet("DEPLOYDECK_SYNC_KILL_RUNS") ? qEnvironmentVariableIntValue("DEPLOYDECK_SYNC_KILL_RUNS")
                                                                                 : s_killRuns;
        const QString target = m_dir.filePath(s("killed"));
        // Slow enough (about 150 ms a file, two at a time) that a kill lands while files download,
        // wait to be published or get indexed, and that the first runs do not finish everything.
        for (const SourcePackage &p : m_packages)
            m_server->setRule(u'/' + p.item.subdir + u'/' + p.item.fn, Rule::slow(2048, 10));
        QRandomGenerator random(20260101);  // fixed: a failure can be replayed
        for (int run = 0; run < runs; ++run) {
            killDuringSync(target, run == 0 ? 0 : random.bounded(600));
            if (QTest::currentTestFailed())
                return;
            verifyValid(target);  // after every kill: valid, listing only whole files
            if (QTest::currentTestFailed())
                return;
        }
        QStringList present;
        for (const SourcePackage &p : m_packages)
            if (QFileInfo::exists(target + u'/' + p.item.subdir + u'/' + p.item.fn))
                present << u'/' + p.item.subdir + u'/' + p.item.fn;
        m_server->clearRequests();
        const Run last = deploydeck(syncArgs(target));
        QVERIFY2(last.code == 0, qPrintable(last.err + last.out));
        const QSet<QString> all = allNames();
        verifyValid(target, &all);
        // What a killed run had already verified into the channel is not fetched again.
        for (const auto &request : m_server->requests())
            QVERIFY2(!present.contains(request.path), qPrintable(request.path));
    }
};

QTEST_GUILESS_MAIN(TestSyncCommand)
#include "tst_synccommand.moc"
