// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// SyncJob into local channel folders, against a real HTTP server on 127.0.0.1 serving real packages.
#include "core/jobs/jobfactory.h"
#include "core/jobs/jobqueue.h"
#include "core/sync/syncfiles.h"
#include "core/sync/syncjob.h"
#include "tests/core/sync/syncfixture.h"
#include "tests/support/testhttpserver.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QLockFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace core::jobs;
using namespace core::sync;
using synctest::runSync;
using synctest::SourcePackage;
using testsupport::TestHttpServer;
using Rule = TestHttpServer::Rule;

namespace {

QString pathOf(const SyncItem &item)
{
    return QLatin1Char('/') + item.subdir + QLatin1Char('/') + item.fn;
}

SyncOptions optionsFor(const std::vector<SyncItem> &items, const QString &target)
{
    SyncOptions options;
    options.source = QStringLiteral("test source");
    options.target = target;
    options.items = items;
    options.publishIntervalMs = 100;
    return options;
}

int count(const SyncJob &job, SyncItemStatus status)
{
    return int(std::count_if(job.outcomes().begin(), job.outcomes().end(), [&](const auto &o) { return o.status == status; }));
}

QByteArray flipped(QByteArray data)
{
    data[data.size() / 2] = char(data[data.size() / 2] ^ 0x55);
    return data;
}

/** A handler answering Range requests for @p path with 206 (the test server itself ignores ranges). */
Rule rangeAware(const TestHttpServer::Request &request, const QByteArray &data)
{
    const QByteArray range = request.headers.value("range");
    if (!range.startsWith("bytes="))
        return Rule::serve().withBody(data);
    const qint64 from = range.mid(6, range.indexOf('-') - 6).toLongLong();
    const QByteArray contentRange = "bytes " + QByteArray::number(from) + '-' + QByteArray::number(data.size() - 1) + '/'
                                    + QByteArray::number(data.size());
    return Rule::status(206).withBody(data.mid(from)).withHeader("Content-Range", contentRange);
}

} // namespace

class TestSyncJob : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestHttpServer> m_server;
    std::vector<SourcePackage> m_packages;
    QString m_target;

    QString sourceDir() const { return m_dir.filePath(QStringLiteral("source")); }

    /** A fresh server serving @p count fresh packages, and a target path that does not exist yet. */
    void serve(int count, int payloadBytes = 4000)
    {
        QDir(sourceDir()).removeRecursively();
        QDir(m_dir.filePath(QStringLiteral("target"))).removeRecursively();
        m_server = std::make_unique<TestHttpServer>(sourceDir());
        QVERIFY(m_server->start());
        m_packages = synctest::writeSourcePackages(sourceDir(), count, m_server->baseUrl(), payloadBytes);
        QCOMPARE(int(m_packages.size()), count);
        m_target = m_dir.filePath(QStringLiteral("target"));
    }

    void verifyValid(const QSet<QString> &expected) { synctest::verifyChannel(m_target, &expected); }
    QSet<QString> allNames() const { return synctest::namesOf(m_packages); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void syncsIntoNewLocalChannel_data()
    {
        QTest::addColumn<int>("packages");
        QTest::addColumn<int>("parallel");
        QTest::addColumn<int>("batch");
        QTest::newRow("one at a time, index after each") << 4 << 1 << 1;
        QTest::newRow("four at once, one batch") << 9 << 4 << 50;
        QTest::newRow("sixteen at once, batches of three") << 20 << 16 << 3;
    }
    void syncsIntoNewLocalChannel()
    {
        QFETCH(int, packages);
        QFETCH(int, parallel);
        QFETCH(int, batch);
        serve(packages);
        SyncOptions options = optionsFor(synctest::itemsOf(m_packages), m_target);
        options.parallel = parallel;
        options.publishBatch = batch;
        const auto job = runSync(options);
        QCOMPARE(job->state(), JobState::Succeeded);
        QCOMPARE(job->summary().value(QStringLiteral("uploaded")).toInt(), packages);
        QCOMPARE(count(*job, SyncItemStatus::Published), packages);
        for (const SourcePackage &p : m_packages) {
            QFile file(m_target + pathOf(p.item));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            QCOMPARE(file.readAll(), p.data);
        }
        verifyValid(allNames());  // exactly the synced files, each with its sha256
        QVERIFY(QFileInfo::exists(m_target + QStringLiteral("/linux-64/repodata.json.zst")));
        QCOMPARE(job->progress().value, job->progress().maximum);
        QVERIFY(job->progress().maximum > 0);
        QCOMPARE(job->progress().maximum, qint64(packages)); // files processed, whatever became of each
        QCOMPARE(job->progress().failed, qint64(0));
        QVERIFY2(job->summary()
                     .value(QStringLiteral("text"))
                     .toString()
                     .startsWith(QStringLiteral("%1 of %1 files into ").arg(packages)),
            qPrintable(job->summary().value(QStringLiteral("text")).toString()));
        QVERIFY(QDir(partialFolder(m_target) + QStringLiteral("/linux-64")).isEmpty());
    }

    void syncsFromFileUrls()
    {
        QTemporaryDir source;
        const auto packages = synctest::writeSourcePackages(source.path(), 3, QStringLiteral("file://") + source.path());
        m_target = m_dir.filePath(QStringLiteral("from-files"));
        const auto job = runSync(optionsFor(synctest::itemsOf(packages), m_target));
        QCOMPARE(job->state(), JobState::Succeeded);
        QCOMPARE(synctest::checkChannel(m_target).listed.size(), 3);
    }

    void verifiesMd5WhenThereIsNoSha256()
    {
        serve(2);
        std::vector<SyncItem> items = synctest::itemsOf(m_packages);
        items[0].sha256.clear();
        const auto job = runSync(optionsFor(items, m_target));
        QCOMPARE(job->state(), JobState::Succeeded);
        verifyValid(allNames());
    }

    void rejectsWrongBytes_data()
    {
        QTest::addColumn<QString>("served");
        QTest::addColumn<bool>("md5Only");
        QTest::addColumn<bool>("noChecksum");
        QTest::addColumn<QString>("reason");
        QTest::newRow("other bytes, same size") << "flipped" << false << false << "sha256 mismatch";
        QTest::newRow("other bytes, md5 only") << "flipped" << true << false << "md5 mismatch";
        QTest::newRow("shorter file") << "shorter" << false << false << "size mismatch";
        QTest::newRow("longer file") << "longer" << false << false << "more than";
        QTest::newRow("nothing to verify against") << "same" << false << true << "no sha256 or md5";
    }
    void rejectsWrongBytes()
    {
        QFETCH(QString, served);
        QFETCH(bool, md5Only);
        QFETCH(bool, noChecksum);
        QFETCH(QString, reason);
        serve(3);
        const SourcePackage &bad = m_packages[0];
        QByteArray body = bad.data;
        if (served == QLatin1String("flipped"))
            body = flipped(body);
        else if (served == QLatin1String("shorter"))
            body.chop(100);
        else if (served == QLatin1String("longer"))
            body += QByteArray(100, 'x');
        m_server->setRule(pathOf(bad.item), Rule::serve().withBody(body));
        std::vector<SyncItem> items = synctest::itemsOf(m_packages);
        if (md5Only || noChecksum)
            items[0].sha256.clear();
        if (noChecksum)
            items[0].md5.clear();
        const auto job = runSync(optionsFor(items, m_target));
        QCOMPARE(job->state(), JobState::Failed);
        QCOMPARE(job->outcomes()[0].status, SyncItemStatus::Rejected);
        QVERIFY2(job->outcomes()[0].reason.contains(reason), qPrintable(job->outcomes()[0].reason));
        QCOMPARE(job->summary().value(QStringLiteral("rejected")).toInt(), 1);
        QVERIFY(job->summary().value(QStringLiteral("rejectedFiles")).toStringList().first().startsWith(bad.item.displayName()));
        QVERIFY(!QFileInfo::exists(m_target + pathOf(bad.item)));
        QVERIFY(!QFileInfo::exists(partialPath(m_target, bad.item)));
        QSet<QString> expected = allNames();
        expected.remove(bad.item.displayName());
        verifyValid(expected);  // the others are in, the rejected one is not
    }

    void refusesUnsafeNames_data()
    {
        QTest::addColumn<QString>("fn");
        QTest::addColumn<QString>("subdir");
        QTest::addColumn<QString>("reason");
        const QString ok = QStringLiteral("linux-64");
        QTest::newRow("parent folder") << "../evil-1.0-0.conda" << ok << "not a plain file name";
        QTest::newRow("absolute path") << m_dir.filePath(QStringLiteral("evil-1.0-0.conda")) << ok << "not a plain file name";
        QTest::newRow("slash") << "sub/evil-1.0-0.conda" << ok << "not a plain file name";
        QTest::newRow("backslash") << "sub\\evil-1.0-0.conda" << ok << "not a plain file name";
        QTest::newRow("NUL byte") << QStringLiteral("evil") + QChar(0) + QStringLiteral("-1.0-0.conda") << ok << "not a plain file name";
        QTest::newRow("dot dot") << ".." << ok << "not a plain file name";
        QTest::newRow("not a package") << "evil.txt" << ok << "not a .conda or .tar.bz2";
        QTest::newRow("subdir with ..") << "evil-1.0-0.conda" << "../linux-64" << "subdir";
        QTest::newRow("absolute subdir") << "evil-1.0-0.conda" << m_dir.filePath(QStringLiteral("x")) << "subdir";
    }
    void refusesUnsafeNames()
    {
        QFETCH(QString, fn);
        QFETCH(QString, subdir);
        QFETCH(QString, reason);
        serve(1);
        std::vector<SyncItem> items = synctest::itemsOf(m_packages);
        SyncItem evil = items[0];
        evil.fn = fn;
        evil.subdir = subdir;
        evil.url = m_server->baseUrl() + QStringLiteral("/linux-64/") + m_packages[0].item.fn;  // bytes that would verify
        items.push_back(evil);
        const auto job = runSync(optionsFor(items, m_target));
        QCOMPARE(job->outcomes()[1].status, SyncItemStatus::Rejected);
        QVERIFY2(job->outcomes()[1].reason.contains(reason), qPrintable(job->outcomes()[1].reason));
        QVERIFY(job->outcomes()[1].reason.startsWith(QLatin1String("refused")));
        QCOMPARE(m_server->requests().size(), 1);  // only the good package was fetched
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("evil-1.0-0.conda"))));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("x"))));
        verifyValid(allNames());
    }

    void rerunDownloadsNothing()
    {
        serve(6);
        const SyncOptions options = optionsFor(synctest::itemsOf(m_packages), m_target);
        QCOMPARE(runSync(options)->state(), JobState::Succeeded);
        m_server->clearRequests();
        const auto again = runSync(options);
        QCOMPARE(again->state(), JobState::Succeeded);
        QCOMPARE(again->summary().value(QStringLiteral("skipped")).toInt(), 6);
        QCOMPARE(again->summary().value(QStringLiteral("bytes")).toLongLong(), 0);
        QCOMPARE(m_server->requests().size(), 0);
        verifyValid(allNames());
    }

    /** What a kill between placing files and indexing them leaves: the next sync lists them, fetching only the bad one. */
    void publishesFilesLeftUnindexed()
    {
        serve(4);
        QVERIFY(prepareLocalChannel(m_target, {QStringLiteral("linux-64"), QStringLiteral("noarch")}));
        for (const SourcePackage &p : m_packages)
            QVERIFY(QFile::copy(p.path, m_target + pathOf(p.item)));
        QFile damaged(m_target + pathOf(m_packages[1].item));
        QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write(flipped(m_packages[1].data));
        damaged.close();
        const auto job = runSync(optionsFor(synctest::itemsOf(m_packages), m_target));
        QCOMPARE(job->state(), JobState::Succeeded);
        QCOMPARE(count(*job, SyncItemStatus::Skipped), 3);
        QCOMPARE(job->outcomes()[1].status, SyncItemStatus::Published);
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->requests().front().path, pathOf(m_packages[1].item));
        verifyValid(allNames());
    }

    void resumesWithRange_data()
    {
        QTest::addColumn<int>("retries");
        QTest::addColumn<bool>("serverHonoursRanges");
        QTest::addColumn<bool>("stalePartial");
        QTest::newRow("a re-run continues") << 0 << true << false;
        QTest::newRow("the retry continues") << 1 << true << false;
        QTest::newRow("server ignores ranges") << 1 << false << false;
        QTest::newRow("stale partial from another file") << 0 << true << true;
    }
    void resumesWithRange()
    {
        QFETCH(int, retries);
        QFETCH(bool, serverHonoursRanges);
        QFETCH(bool, stalePartial);
        serve(2, 64000);
        const SourcePackage cut = m_packages[0];
        const qint64 half = cut.data.size() / 2;
        // The first answer is cut off half-way; later ones honour Range (or not).
        auto requests = std::make_shared<std::atomic_int>(0);
        m_server->setHandler(pathOf(cut.item), [=](const TestHttpServer::Request &request) {
            if (!stalePartial && requests->fetch_add(1) == 0)
                return Rule::truncate(half).withBody(cut.data);
            return serverHonoursRanges ? rangeAware(request, cut.data) : Rule::serve().withBody(cut.data);
        });
        if (stalePartial) {
            QDir().mkpath(QFileInfo(partialPath(m_target, cut.item)).path());
            QFile part(partialPath(m_target, cut.item));
            QVERIFY(part.open(QIODevice::WriteOnly));
            QByteArray stale = cut.data.left(half);
            stale[10] = char(stale[10] ^ 0x55);
            part.write(stale);
        }
        SyncOptions options = optionsFor(synctest::itemsOf(m_packages), m_target);
        options.retries = retries;
        auto job = runSync(options);
        if (retries == 0 && !stalePartial) {
            QCOMPARE(job->state(), JobState::Failed);
            QCOMPARE(job->outcomes()[0].status, SyncItemStatus::Failed);
            QCOMPARE(QFileInfo(partialPath(m_target, cut.item)).size(), half);  // kept for the next sync
            verifyValid({m_packages[1].item.displayName()});
            job = runSync(options);
        }
        QCOMPARE(job->state(), JobState::Succeeded);
        verifyValid(allNames());
        QStringList ranges;
        for (const auto &r : m_server->requests())
            if (r.path == pathOf(cut.item))
                ranges << QString::fromLatin1(r.headers.value("range"));
        QVERIFY2(ranges.contains(QStringLiteral("bytes=%1-").arg(half)), qPrintable(ranges.join(u',')));
        if (stalePartial)
            QCOMPARE(ranges, QStringList({QStringLiteral("bytes=%1-").arg(half), QString()}));  // resumed, mismatched, fetched whole
    }

    void reportsFailedTransfers()
    {
        serve(3);
        m_server->setRule(pathOf(m_packages[2].item), Rule::status(404));
        const auto job = runSync(optionsFor(synctest::itemsOf(m_packages), m_target));
        QCOMPARE(job->state(), JobState::Failed);
        QCOMPARE(job->outcomes()[2].status, SyncItemStatus::Failed);
        QVERIFY2(job->outcomes()[2].reason.contains(QLatin1String("HTTP 404")), qPrintable(job->outcomes()[2].reason));
        QCOMPARE(job->summary().value(QStringLiteral("failed")).toInt(), 1);
        verifyValid({m_packages[0].item.displayName(), m_packages[1].item.displayName()});
        // A 404 is for good: asked once, not again (retries is 1), and no partial file is left of it.
        int asked = 0;
        for (const auto &r : m_server->requests())
            asked += r.path == pathOf(m_packages[2].item);
        QCOMPARE(asked, 1);
        QVERIFY(!job->logLines().join(u'\n').contains(QLatin1String("trying again")));
        QVERIFY(!QFileInfo::exists(partialPath(m_target, m_packages[2].item)));
        QCOMPARE(job->progress().value, qint64(3));
        QCOMPARE(job->progress().failed, qint64(1));
        QCOMPARE(job->summary().value(QStringLiteral("text")).toString(),
            QStringLiteral("3 of 3 files into %1: 2 copied, 1 failed; %2 downloaded.")
                .arg(m_target, formatByteSize(job->summary().value(QStringLiteral("bytes")).toLongLong())));
    }

    /** A file the local source does not have fails at once: no retry, no partial file. */
    void aMissingLocalFileFailsForGood()
    {
        QTemporaryDir source;
        const auto packages
            = synctest::writeSourcePackages(source.path(), 3, QStringLiteral("file://") + source.path());
        QVERIFY(QFile::remove(packages[1].path));
        m_target = m_dir.filePath(QStringLiteral("missing-local"));
        const auto job = runSync(optionsFor(synctest::itemsOf(packages), m_target));
        QCOMPARE(job->state(), JobState::Failed);
        QCOMPARE(job->outcomes()[1].status, SyncItemStatus::Failed);
        QVERIFY2(job->outcomes()[1].reason.contains(QLatin1String("the source channel has no such file")),
            qPrintable(job->outcomes()[1].reason));
        QVERIFY(!job->logLines().join(u'\n').contains(QLatin1String("trying again")));
        QVERIFY(QDirIterator(
                    partialFolder(m_target), { QStringLiteral("*.part") }, QDir::Files, QDirIterator::Subdirectories)
                    .hasNext()
            == false);
        QCOMPARE(synctest::checkChannel(m_target).listed.size(), 2);
    }

    /** The job shows failures while it runs, not only when it ends. */
    void aFailingSyncShowsItBeforeItEnds()
    {
        serve(4, 24000);
        m_server->setRule(pathOf(m_packages[0].item), Rule::status(404));
        for (std::size_t i = 1; i < m_packages.size(); ++i)
            m_server->setRule(pathOf(m_packages[i].item), Rule::slow(2000, 15));
        SyncOptions options = optionsFor(synctest::itemsOf(m_packages), m_target);
        options.parallel = 1;
        SyncJob job(options);
        bool failingWhileRunning = false;
        connect(&job, &core::jobs::Job::progressChanged, this, [&](core::jobs::JobProgress progress) {
            failingWhileRunning |= progress.failed > 0 && job.state() == JobState::Running;
        });
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(failingWhileRunning, 30000);
        job.cancel();
        QVERIFY(synctest::waitFinished(job, 10000));
        // The cancel says what became of every file.
        QVERIFY2(job.logLines().join(u'\n').contains(QRegularExpression(
                     QStringLiteral("cancelled: of 4 files, (\\d) done, 1 failed or rejected, (\\d) not tried"))),
            qPrintable(job.logLines().join(u'\n')));
        const auto match
            = QRegularExpression(QStringLiteral("of 4 files, (\\d) done, 1 failed or rejected, (\\d) not tried"))
                  .match(job.logLines().join(u'\n'));
        QCOMPARE(match.captured(1).toInt() + 1 + match.captured(2).toInt(), 4);
    }

    /** Partial files of files no longer planned (what a killed run left), and empty ones, are removed. */
    void strayPartialsAreRemoved()
    {
        serve(2);
        const QString stray = partialFolder(m_target) + QStringLiteral("/linux-64/gone-1-0.conda.part");
        const QString empty = partialPath(m_target, m_packages[0].item);
        for (const QString &path : { stray, empty }) {
            QVERIFY(QDir().mkpath(QFileInfo(path).path()));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            if (path == stray)
                file.write("left by a killed run");
        }
        const auto job = runSync(optionsFor(synctest::itemsOf(m_packages), m_target));
        QCOMPARE(job->state(), JobState::Succeeded);
        QVERIFY(!QFileInfo::exists(stray));
        QVERIFY(!QFileInfo::exists(empty));
        QVERIFY(!job->logLines().join(u'\n').contains(QLatin1String("continuing a partial download")));
    }

    void tokensStayOutOfLogsAndHistory()
    {
        serve(1);
        const QString token = QStringLiteral("tk-1234567890abcdef");
        const QString path = QStringLiteral("/t/") + token + pathOf(m_packages[0].item);
        m_server->setRule(path, Rule::serve().withBody(m_packages[0].data));
        std::vector<SyncItem> items = synctest::itemsOf(m_packages);
        items[0].url = m_server->baseUrl() + path;
        items.push_back(items[0]);
        items[1].url = m_server->baseUrl() + QStringLiteral("/t/") + token + QStringLiteral("/missing/x-1-0.conda");
        items[1].fn = QStringLiteral("x-1-0.conda");
        const auto job = runSync(optionsFor(items, m_target));
        QCOMPARE(job->outcomes()[0].status, SyncItemStatus::Published);
        QCOMPARE(job->outcomes()[1].status, SyncItemStatus::Failed);  // its error names the URL: masked
        const QString everything = job->logLines().join(u'\n') + QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(job->summary())).toJson())
                                   + QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(job->parameters())).toJson());
        QVERIFY(everything.contains(QLatin1String("<TOKEN>")));
        QVERIFY(!everything.contains(token));
    }

    void cancelLeavesValidTarget()
    {
        serve(12, 24000);
        for (const SourcePackage &p : m_packages)
            m_server->setRule(pathOf(p.item), Rule::slow(2000, 15));
        SyncOptions options = optionsFor(synctest::itemsOf(m_packages), m_target);
        options.parallel = 3;
        options.publishBatch = 2;
        SyncJob job(options);
        QSignalSpy items(&job, &SyncJob::itemFinished);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(items.size() >= 3, 30000);
        job.cancel();
        QVERIFY(synctest::waitFinished(job, 10000));
        QCOMPARE(job.state(), JobState::Cancelled);
        QVERIFY(job.logLines().last().contains(QLatin1String("cancelled")) || job.logLines().join(u'\n').contains(QLatin1String("cancelled")));
        QVERIFY(job.summary().value(QStringLiteral("pending")).toInt() > 0);
        const synctest::ChannelCheck check = synctest::checkChannel(m_target);
        QVERIFY2(check.problems.isEmpty(), qPrintable(check.problems.join(u'\n')));
        QVERIFY(check.listed.size() < 12);
        // The rest follows in a re-run, without fetching again what the target has.
        QStringList present;
        for (const SourcePackage &p : m_packages)
            if (QFileInfo::exists(m_target + pathOf(p.item)))
                present << pathOf(p.item);
        m_server->clearRules();
        m_server->clearRequests();
        const auto again = runSync(options);
        QCOMPARE(again->state(), JobState::Succeeded);
        verifyValid(allNames());
        for (const auto &r : m_server->requests())
            QVERIFY2(!present.contains(r.path), qPrintable(r.path));
    }

    void dryRunDownloadsNothing()
    {
        serve(3);
        SyncOptions options = optionsFor(synctest::itemsOf(m_packages), m_target);
        options.mode = SyncMode::DryRun;
        const auto job = runSync(options);
        QCOMPARE(job->state(), JobState::Succeeded);
        QCOMPARE(job->logLines().filter(QStringLiteral("would download")).size(), 3);
        QCOMPARE(m_server->requests().size(), 0);
        QCOMPARE(job->summary().value(QStringLiteral("pending")).toInt(), 3);
        QVERIFY(!QFileInfo::exists(m_target));  // a dry run writes nothing
    }

    void rerunsFromItsParameters()
    {
        serve(2);
        const SyncOptions options = optionsFor(synctest::itemsOf(m_packages), m_target);
        SyncJob original(options);
        JobFactory factory;
        SyncJob::registerKind(factory);
        QVERIFY(factory.hasKind(QStringLiteral("sync")));
        auto created = factory.rerun(original.record());
        QVERIFY(created);
        auto *copy = qobject_cast<SyncJob *>(created->get());
        QVERIFY(copy);
        QCOMPARE(copy->options(), options);
        QCOMPARE(copy->exclusiveKey(), original.exclusiveKey());
        QVERIFY(copy->exclusiveKey().contains(m_target));
        copy->start();
        QVERIFY(synctest::waitFinished(*copy));
        QCOMPARE(copy->state(), JobState::Succeeded);
        QVERIFY(!factory.create(QStringLiteral("sync"), {{QStringLiteral("target"), QString()}}));
    }

    /** Two syncs into one channel never run at once, even with room for two jobs. */
    void oneSyncPerTarget()
    {
        serve(4);
        JobQueue queue;
        queue.setConcurrency(2);
        const SyncOptions options = optionsFor(synctest::itemsOf(m_packages), m_target);
        Job *first = queue.enqueue(std::make_unique<SyncJob>(options));
        Job *second = queue.enqueue(std::make_unique<SyncJob>(options));
        bool overlapped = false;
        connect(&queue, &JobQueue::jobStarted, this, [&](Job *job) { overlapped |= job == second && !first->isFinished(); });
        QTRY_VERIFY_WITH_TIMEOUT(second->isFinished(), 60000);
        QVERIFY(!overlapped);
        QCOMPARE(second->summary().value(QStringLiteral("skipped")).toInt(), 4);
    }

    void refusesAChannelAnotherProcessWrites()
    {
        serve(1);
        QDir().mkpath(partialFolder(m_target));
        QLockFile lock(partialFolder(m_target) + QStringLiteral("/sync.lock"));
        QVERIFY(lock.tryLock(0));
        const auto job = runSync(optionsFor(synctest::itemsOf(m_packages), m_target));
        QCOMPARE(job->state(), JobState::Failed);
        QVERIFY(job->summary().value(QStringLiteral("error")).toString().contains(QLatin1String("another sync")));
        QCOMPARE(m_server->requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncJob)
#include "tst_syncjob.moc"
