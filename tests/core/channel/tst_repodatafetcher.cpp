// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/channel/repodatafetcher.h"
#include "core/channel/zstdcodec.h"
#include "tests/support/testhttpserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>

using namespace core::channel;
using testsupport::TestHttpServer;
using Behaviour = TestHttpServer::Behaviour;
using Rule = TestHttpServer::Rule;

Q_DECLARE_METATYPE(core::util::ErrorCode)

namespace {

const QByteArray s_token = "tk-0123456789-SECRET";

QStringList &capturedMessages()
{
    static QStringList s_messages;
    return s_messages;
}

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedMessages().append(message);
}

/** A repodata.json with @p records records (half .tar.bz2, half .conda). */
QByteArray makeRepodata(const QString &subdir, int records, int version = 1)
{
    QJsonObject tarBz2;
    QJsonObject conda;
    for (int i = 0; i < records; ++i) {
        const QString name = QStringLiteral("pkg%1").arg(i);
        const QJsonObject record{{QStringLiteral("name"), name}, {QStringLiteral("version"), QString::number(version)},
                                 {QStringLiteral("build"), QStringLiteral("0")}, {QStringLiteral("subdir"), subdir}};
        (i % 2 ? conda : tarBz2).insert(name + QStringLiteral("-1-0") + (i % 2 ? QStringLiteral(".conda") : QStringLiteral(".tar.bz2")), record);
    }
    const QJsonObject root{{QStringLiteral("info"), QJsonObject{{QStringLiteral("subdir"), subdir}}},
                           {QStringLiteral("packages"), tarBz2}, {QStringLiteral("packages.conda"), conda},
                           {QStringLiteral("repodata_version"), 1}};
    return QJsonDocument(root).toJson();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

} // namespace

class TestRepodataFetcher : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_root;
    std::unique_ptr<QTemporaryDir> m_cache;
    std::unique_ptr<TestHttpServer> m_server;

    /** Writes channel "/<prefix>/<subdir>/repodata.json" (and .zst) under the served root. */
    void serveChannel(const QString &prefix, const QString &subdir, bool withZst, int records = 3, int version = 1)
    {
        const QString dir = m_root->path() + prefix + u'/' + subdir;
        const QByteArray json = makeRepodata(subdir, records, version);
        writeAll(dir + QStringLiteral("/repodata.json"), json);
        QFile::remove(dir + QStringLiteral("/repodata.json.zst"));
        if (withZst)
            writeAll(dir + QStringLiteral("/repodata.json.zst"), zstdCompress(json).value());
    }

    Channel channel(const QString &path) const
    {
        auto channels = resolveChannel(QString(m_server->baseUrl() + path).toStdString(), {});
        return channels.value().front();
    }

    FetchOptions options(CacheMode mode = CacheMode::Use) const
    {
        FetchOptions o;
        o.cacheDir = m_cache->path();
        o.cacheMode = mode;
        o.transferTimeoutMs = 5000;
        o.maxRetries = 2;
        o.retryDelayMs = 10;
        o.proxy = UseSystemProxy::No;
        return o;
    }

    std::vector<SubdirResult> fetch(const std::vector<SubdirRequest> &requests, const FetchOptions &o)
    {
        RepodataFetcher fetcher(o);
        QSignalSpy spy(&fetcher, &RepodataFetcher::finished);
        if (!fetcher.fetch(requests) || !spy.wait(30000))
            return {};
        return spy.at(0).at(0).value<std::vector<SubdirResult>>();
    }

    SubdirResult fetchOne(const QString &channelPath, const QString &subdir, const FetchOptions &o)
    {
        const auto results = fetch({SubdirRequest{channel(channelPath), subdir.toStdString()}}, o);
        return results.size() == 1 ? results.front() : SubdirResult{};
    }

private Q_SLOTS:
    void init()
    {
        m_root = std::make_unique<QTemporaryDir>();
        m_cache = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<TestHttpServer>(m_root->path());
        QVERIFY(m_server->start());
    }

    void cleanup()
    {
        m_server.reset();
    }

    void downloadsZstFirst()
    {
        serveChannel(QStringLiteral("/chan"), QStringLiteral("linux-64"), true, 5);
        const SubdirResult result = fetchOne(QStringLiteral("/chan"), QStringLiteral("linux-64"), options());
        QVERIFY2(result.ok(), result.error ? result.error->message().c_str() : "");
        QCOMPARE(result.status, FetchStatus::Updated);
        QVERIFY(QString::fromStdString(result.url).endsWith(QLatin1String("/chan/linux-64/repodata.json.zst")));
        QCOMPARE(result.state.records, 5);
        QCOMPARE(readAll(QString::fromStdString(result.jsonPath)), makeRepodata(QStringLiteral("linux-64"), 5));
        QCOMPARE(m_server->requestCount(QStringLiteral("/chan/linux-64/repodata.json.zst")), 1);
        QCOMPARE(m_server->requestCount(QStringLiteral("/chan/linux-64/repodata.json")), 0);
        QCOMPARE(result.state.hasZst, std::optional<bool>(true));
    }

    void fallsBackToJsonAndRemembers()
    {
        serveChannel(QStringLiteral("/chan"), QStringLiteral("noarch"), false);
        const SubdirResult first = fetchOne(QStringLiteral("/chan"), QStringLiteral("noarch"), options());
        QCOMPARE(first.status, FetchStatus::Updated);
        QVERIFY(QString::fromStdString(first.url).endsWith(QLatin1String("/noarch/repodata.json")));
        QCOMPARE(first.state.hasZst, std::optional<bool>(false));
        const SubdirResult second = fetchOne(QStringLiteral("/chan"), QStringLiteral("noarch"), options(CacheMode::Refresh));
        QCOMPARE(second.status, FetchStatus::Updated);
        // The second fetch trusts "no .zst here" and asks for the JSON directly.
        QCOMPARE(m_server->requestCount(QStringLiteral("/chan/noarch/repodata.json.zst")), 1);
        QCOMPARE(m_server->requestCount(QStringLiteral("/chan/noarch/repodata.json")), 2);
    }

    void conditionalRequests_data()
    {
        QTest::addColumn<bool>("withEtag");
        QTest::addColumn<QByteArray>("conditionHeader");
        QTest::newRow("etag -> If-None-Match") << true << QByteArray("if-none-match");
        QTest::newRow("last-modified only -> If-Modified-Since") << false << QByteArray("if-modified-since");
    }

    void conditionalRequests()
    {
        QFETCH(bool, withEtag);
        QFETCH(QByteArray, conditionHeader);
        serveChannel(QStringLiteral("/chan"), QStringLiteral("noarch"), true);
        const QString path = QStringLiteral("/chan/noarch/repodata.json.zst");
        m_server->setRule(path, withEtag ? Rule::serve() : Rule::serve().withEtag({}));
        const SubdirResult first = fetchOne(QStringLiteral("/chan"), QStringLiteral("noarch"), options());
        QCOMPARE(first.status, FetchStatus::Updated);
        const QByteArray before = readAll(QString::fromStdString(first.jsonPath));

        const SubdirResult second = fetchOne(QStringLiteral("/chan"), QStringLiteral("noarch"), options());
        QCOMPARE(second.status, FetchStatus::Cached);
        QCOMPARE(second.jsonPath, first.jsonPath);
        QCOMPARE(readAll(QString::fromStdString(second.jsonPath)), before);
        const auto requests = m_server->requests();
        QVERIFY(!requests.front().headers.contains(conditionHeader));
        QVERIFY(requests.back().headers.contains(conditionHeader));
        QCOMPARE(second.state.records, 3);
    }

    void notModifiedWithoutCacheIsAnError()
    {
        m_server->setRule(QStringLiteral("/chan/noarch/repodata.json.zst"), Rule::notModified());
        const SubdirResult result = fetchOne(QStringLiteral("/chan"), QStringLiteral("noarch"), options());
        QCOMPARE(result.status, FetchStatus::Failed);
        QCOMPARE(result.error->code, core::util::ErrorCode::HttpError);
        QVERIFY(result.error->detail.find("304") != std::string::npos);
        QVERIFY(result.jsonPath.empty());
    }

    void newContentReplacesCache()
    {
        serveChannel(QStringLiteral("/chan"), QStringLiteral("noarch"), true, 2, 1);
        const SubdirResult first = fetchOne(QStringLiteral("/chan"), QStringLiteral("noarch"), options());
        serveChannel(QStringLiteral("/chan"), QStringLiteral("noarch"), true, 4, 2);
        const SubdirResult second = fetchOne(QStringLiteral("/chan"), QStringLiteral("noarch"), options());
        QCOMPARE(second.status, FetchStatus::Updated);
        QCOMPARE(second.state.records, 4);
        QCOMPARE(readAll(QString::fromStdString(second.jsonPath)), makeRepodata(QStringLiteral("noarch"), 4, 2));
        QVERIFY(m_server->requests().back().headers.contains("if-none-match"));
    }

    void maxAgeAvoidsRequests()
    {
        serveChannel(QStringLiteral("/chan"), QStringLiteral("noarch"), true);
        m_server->setRule(QStringLiteral("/chan/noarch/repodata.json.zst"), Rule::serve().withCacheControl("public, max-age=3600"));
        const SubdirResult first = fetchOne(QStringLiteral("/chan"), QStringLiteral("noarch"), options());
        QCOMPARE(first.state.cacheControl, std::string("public, max-age=3600"));
        const SubdirResult second = fetchOne(QStringLiteral("/chan"), QStringLiteral("noarch"), options());
        QCOMPARE(second.status, FetchStatus::Fresh);
        QCOMPARE(m_server->requests().size(), 1);
        // --no-cache / Refresh ignores max-age and sends an unconditional request.
        const SubdirResult third = fetchOne(QStringLiteral("/chan"), QStringLiteral("noarch"), options(CacheMode::Refresh));
        QCOMPARE(third.status, FetchStatus::Updated);
        QCOMPARE(m_server->requests().size(), 2);
        QVERIFY(!m_server->requests().back().headers.contains("if-none-match"));
    }

    void offlineServesCacheWithAge()
    {
        serveChannel(QStringLiteral("/chan"), QStringLiteral("noarch"), true);
        const SubdirResult first = fetchOne(QStringLiteral("/chan"), QStringLiteral("noarch"), options());
        m_server->clearRequests();
        const SubdirResult offline = fetchOne(QStringLiteral("/chan"), QStringLiteral("noarch"), options(CacheMode::Offline));
        QCOMPARE(offline.status, FetchStatus::Offline);
        QCOMPARE(offline.jsonPath, first.jsonPath);
        QVERIFY(offline.ageSeconds >= 0);
        QCOMPARE(offline.state.records, 3);
        QCOMPARE(m_server->requests().size(), 0);

        const SubdirResult missing = fetchOne(QStringLiteral("/other"), QStringLiteral("noarch"), options(CacheMode::Offline));
        QCOMPARE(missing.status, FetchStatus::Failed);
        QVERIFY(missing.error->location.find("/other/noarch/repodata.json") != std::string::npos);
        QVERIFY(missing.error->detail.find("offline") != std::string::npos);
    }

    void failureKeepsPreviousCache_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<core::util::ErrorCode>("code");
        QTest::addColumn<QString>("cause");
        QTest::addColumn<int>("requestsPerFile");
        using core::util::ErrorCode;
        QTest::newRow("404") << Rule::status(404) << ErrorCode::HttpError
                             << QStringLiteral("HTTP 404") << 1;
        QTest::newRow("500, retried") << Rule::status(500) << ErrorCode::HttpError
                                      << QStringLiteral("HTTP 500") << 3;
        QTest::newRow("truncated") << Rule::truncate() << ErrorCode::NetworkError
                                   << QString() << 3;
        QTest::newRow("Content-Length too long") << Rule::wrongContentLength(64)
                                                 << ErrorCode::NetworkError << QString() << 3;
        QTest::newRow("Content-Length too short") << Rule::wrongContentLength(-20)
                                                  << ErrorCode::ParseError << QStringLiteral("invalid JSON") << 1;
        QTest::newRow("invalid JSON") << Rule::invalidJson() << ErrorCode::ParseError
                                      << QStringLiteral("invalid JSON at line") << 1;
        QTest::newRow("redirect to a missing file") << Rule::redirect(QStringLiteral("/gone"))
                                                    << ErrorCode::HttpError << QStringLiteral("HTTP 404") << 1;
        QTest::newRow("no answer: timeout") << Rule::hang() << ErrorCode::Timeout
                                            << QStringLiteral("transfer timeout") << 3;
    }

    void failureKeepsPreviousCache()
    {
        QFETCH(Rule, rule);
        QFETCH(core::util::ErrorCode, code);
        QFETCH(QString, cause);
        QFETCH(int, requestsPerFile);
        serveChannel(QStringLiteral("/chan"), QStringLiteral("linux-64"), false);  // plain JSON: the cause is visible
        const SubdirResult good = fetchOne(QStringLiteral("/chan"), QStringLiteral("linux-64"), options());
        QCOMPARE(good.status, FetchStatus::Updated);
        const QString cacheDir = m_cache->path();
        QMap<QString, QByteArray> before;
        for (const QString &name : QDir(cacheDir).entryList(QDir::Files))
            before.insert(name, readAll(cacheDir + u'/' + name));

        const QString path = QStringLiteral("/chan/linux-64/repodata.json");
        m_server->setRule(path, rule);
        m_server->clearRequests();
        FetchOptions o = options(CacheMode::Refresh);
        o.transferTimeoutMs = 1000;  // short, for the "no answer" row; long enough for a loaded machine
        const SubdirResult failed = fetchOne(QStringLiteral("/chan"), QStringLiteral("linux-64"), o);

        QCOMPARE(failed.status, FetchStatus::Failed);
        QVERIFY(failed.error);
        QCOMPARE(failed.error->code, code);
        QCOMPARE(QString::fromStdString(failed.error->location), m_server->baseUrl() + path);
        QVERIFY2(QString::fromStdString(failed.error->detail).contains(cause), failed.error->detail.c_str());
        QCOMPARE(m_server->requestCount(path), requestsPerFile);
        // The previous copy is offered, and every cache file is byte-identical.
        QCOMPARE(failed.jsonPath, good.jsonPath);
        QCOMPARE(QDir(cacheDir).entryList(QDir::Files), before.keys());
        for (auto it = before.begin(); it != before.end(); ++it)
            QCOMPARE(readAll(cacheDir + u'/' + it.key()), it.value());
    }

    /**
     * Offline: a refused connection is not retried (one request, one attempt), and the copy cached
     * before the server went away is offered with the error, which names the channel.
     */
    void refusedConnectionIsNotRetriedAndKeepsTheCache()
    {
        serveChannel(QStringLiteral("/chan"), QStringLiteral("noarch"), false);
        const SubdirResult good = fetchOne(QStringLiteral("/chan"), QStringLiteral("noarch"), options());
        QCOMPARE(good.status, FetchStatus::Updated);
        const Channel gone = channel(QStringLiteral("/chan"));
        m_server.reset(); // nothing listens on that port any more: the connection is refused
        FetchOptions o = options(CacheMode::Refresh);
        o.maxRetries = 3;
        const auto results = fetch({ SubdirRequest { gone, "noarch" } }, o);
        QCOMPARE(results.size(), std::size_t(1));
        const SubdirResult &failed = results.front();
        QCOMPARE(failed.status, FetchStatus::Failed);
        QCOMPARE(failed.attempts, 1);
        QVERIFY(failed.error);
        QCOMPARE(failed.error->code, core::util::ErrorCode::NetworkError);
        QVERIFY2(QString::fromStdString(failed.error->detail).contains(QLatin1String("not retried")),
            failed.error->detail.c_str());
        QVERIFY2(QString::fromStdString(failed.error->detail).contains(QString::fromStdString(gone.name())),
            failed.error->detail.c_str());
        QCOMPARE(failed.jsonPath, good.jsonPath);
        QCOMPARE(failed.state.fetchedAt, good.state.fetchedAt);
    }

    /** A host name that does not resolve is not retried either; without a cache the error names the channel's URL. */
    void unknownHostIsNotRetried()
    {
        auto channels = resolveChannel("http://deploydeck-test.invalid/chan", {});
        QVERIFY(channels.ok());
        FetchOptions o = options();
        o.maxRetries = 3;
        const auto results = fetch({ SubdirRequest { channels->front(), "noarch" } }, o);
        QCOMPARE(results.size(), std::size_t(1));
        const SubdirResult &failed = results.front();
        QCOMPARE(failed.status, FetchStatus::Failed);
        QCOMPARE(failed.attempts, 1);
        QVERIFY(failed.jsonPath.empty());
        QVERIFY(failed.error);
        QCOMPARE(failed.error->code, core::util::ErrorCode::NetworkError);
        QVERIFY2(
            QString::fromStdString(failed.error->message()).contains(QLatin1String("deploydeck-test.invalid/chan")),
            failed.error->message().c_str());
        QVERIFY2(QString::fromStdString(failed.error->detail).contains(QLatin1String("not retried")),
            failed.error->detail.c_str());
    }

    void retriesThenSucceeds()
    {
        serveChannel(QStringLiteral("/chan"), QStringLiteral("noarch"), true);
        const QString path = QStringLiteral("/chan/noarch/repodata.json.zst");
        m_server->setRule(path, Rule::status(503).withTimes(2));
        const SubdirResult result = fetchOne(QStringLiteral("/chan"), QStringLiteral("noarch"), options());
        QCOMPARE(result.status, FetchStatus::Updated);
        QCOMPARE(m_server->requestCount(path), 3);
        QCOMPARE(result.attempts, 3);
    }

    void followsRedirects()
    {
        serveChannel(QStringLiteral("/moved"), QStringLiteral("noarch"), true, 7);
        m_server->setRule(QStringLiteral("/chan/noarch/repodata.json.zst"),
                          Rule::redirect(QStringLiteral("/moved/noarch/repodata.json.zst"), 302));
        const SubdirResult result = fetchOne(QStringLiteral("/chan"), QStringLiteral("noarch"), options());
        QCOMPARE(result.status, FetchStatus::Updated);
        QCOMPARE(result.state.records, 7);
        QCOMPARE(m_server->requestCount(QStringLiteral("/moved/noarch/repodata.json.zst")), 1);
    }

    void slowDownloadReportsProgress()
    {
        serveChannel(QStringLiteral("/chan"), QStringLiteral("noarch"), false, 200);
        const qint64 size = makeRepodata(QStringLiteral("noarch"), 200).size();
        m_server->setRule(QStringLiteral("/chan/noarch/repodata.json"),
                          Rule::slow(4096, 60));
        RepodataFetcher fetcher(options());
        QSignalSpy progress(&fetcher, &RepodataFetcher::progress);
        QSignalSpy finished(&fetcher, &RepodataFetcher::finished);
        QVERIFY(fetcher.fetch({SubdirRequest{channel(QStringLiteral("/chan")), "noarch"}}));
        QVERIFY(finished.wait(30000));
        QVERIFY2(progress.size() >= 3, qPrintable(QString::number(progress.size())));  // Qt emits at most every 100 ms
        QCOMPARE(progress.last().at(1).toLongLong(), size);
        QCOMPARE(progress.last().at(2).toLongLong(), size);
        const auto results = finished.at(0).at(0).value<std::vector<SubdirResult>>();
        QCOMPARE(results.front().status, FetchStatus::Updated);
        QCOMPARE(results.front().bytesDownloaded, size);
    }

    void cancelStopsDownloads()
    {
        serveChannel(QStringLiteral("/chan"), QStringLiteral("noarch"), true);
        const QString path = QStringLiteral("/chan/noarch/repodata.json.zst");
        m_server->setRule(path, Rule::hang());
        RepodataFetcher fetcher(options());
        QSignalSpy finished(&fetcher, &RepodataFetcher::finished);
        QVERIFY(fetcher.fetch({SubdirRequest{channel(QStringLiteral("/chan")), "noarch"}}));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(path), 1, 10000);
        QVERIFY(fetcher.isRunning());
        fetcher.cancel();
        QTRY_COMPARE(finished.size(), 1);
        const auto results = finished.at(0).at(0).value<std::vector<SubdirResult>>();
        QCOMPARE(results.front().status, FetchStatus::Cancelled);
        QCOMPARE(results.front().error->code, core::util::ErrorCode::Cancelled);
        QVERIFY(!fetcher.isRunning());
    }

    void severalSubdirsInOrder()
    {
        serveChannel(QStringLiteral("/a"), QStringLiteral("linux-64"), true, 1);
        serveChannel(QStringLiteral("/a"), QStringLiteral("noarch"), false, 2);
        serveChannel(QStringLiteral("/b"), QStringLiteral("linux-64"), true, 3);
        const auto requests = RepodataFetcher::requestsFor({channel(QStringLiteral("/a")), channel(QStringLiteral("/b"))}, "linux-64");
        QCOMPARE(requests.size(), std::size_t(4));
        const auto results = fetch(requests, options());
        QCOMPARE(results.size(), std::size_t(4));
        QCOMPARE(results[0].state.records, 1);
        QCOMPARE(results[1].state.records, 2);
        QCOMPARE(results[2].state.records, 3);
        QCOMPARE(results[3].status, FetchStatus::Failed);  // /b/noarch does not exist
        QVERIFY(results[3].error->location.find("/b/noarch/repodata.json") != std::string::npos);
    }

    /** The fetcher may live in a worker thread; its results reach the GUI thread through queued signals. */
    void worksInWorkerThread()
    {
        serveChannel(QStringLiteral("/chan"), QStringLiteral("noarch"), true, 9);
        QThread worker;
        worker.start();
        auto *fetcher = new RepodataFetcher(options());
        fetcher->moveToThread(&worker);
        std::vector<SubdirResult> results;
        QThread *finishedIn = nullptr;
        connect(fetcher, &RepodataFetcher::finished, this, [&](const std::vector<SubdirResult> &r) {
            results = r;
            finishedIn = QThread::currentThread();
        });
        const std::vector<SubdirRequest> requests{SubdirRequest{channel(QStringLiteral("/chan")), "noarch"}};
        QMetaObject::invokeMethod(fetcher, [fetcher, requests] { fetcher->fetch(requests); });
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), std::size_t(1), 20000);
        QCOMPARE(finishedIn, QThread::currentThread());
        QCOMPARE(results.front().status, FetchStatus::Updated);
        QCOMPARE(results.front().state.records, 9);
        QMetaObject::invokeMethod(fetcher, [fetcher] { delete fetcher; }, Qt::BlockingQueuedConnection);
        worker.quit();
        worker.wait();
    }

    void stateFileDescribesCache()
    {
        serveChannel(QStringLiteral("/chan"), QStringLiteral("noarch"), true);
        m_server->setRule(QStringLiteral("/chan/noarch/repodata.json.zst"),
                          Rule::serve()
                              .withEtag("\"v1\"")
                              .withLastModified("Tue, 01 Oct 2024 10:00:00 GMT")
                              .withCacheControl("max-age=60"));
        const SubdirResult result = fetchOne(QStringLiteral("/chan"), QStringLiteral("noarch"), options());
        // "<key>.<generation>.json" is described by "<key>.state.json", which names it.
        const QFileInfo json(QString::fromStdString(result.jsonPath));
        const QString statePath = json.absolutePath() + u'/' + json.fileName().section(u'.', 0, 0) + QLatin1String(".state.json");
        const QJsonObject state = QJsonDocument::fromJson(readAll(statePath)).object();
        QCOMPARE(state.value(QLatin1String("json_file")).toString(), json.fileName());
        QCOMPARE(state.value(QLatin1String("url")).toString(), m_server->baseUrl() + QStringLiteral("/chan/noarch/repodata.json.zst"));
        QCOMPARE(state.value(QLatin1String("etag")).toString(), QStringLiteral("\"v1\""));
        QCOMPARE(state.value(QLatin1String("last_modified")).toString(), QStringLiteral("Tue, 01 Oct 2024 10:00:00 GMT"));
        QCOMPARE(state.value(QLatin1String("cache_control")).toString(), QStringLiteral("max-age=60"));
        QCOMPARE(state.value(QLatin1String("size")).toInteger(), QFileInfo(QString::fromStdString(result.jsonPath)).size());
        QVERIFY(state.value(QLatin1String("mtime_ns")).toInteger() > 0);
        QVERIFY(state.value(QLatin1String("fetched_at")).toInteger() > 0);
    }

    void localChannelsAreReadInPlace()
    {
        serveChannel(QStringLiteral("/local"), QStringLiteral("noarch"), false, 4);
        serveChannel(QStringLiteral("/local"), QStringLiteral("linux-64"), true, 6);
        QFile::remove(m_root->path() + QStringLiteral("/local/linux-64/repodata.json"));  // .zst only
        const Channel local = resolveChannel(QString(m_root->path() + QStringLiteral("/local")).toStdString(), {}).value().front();
        QVERIFY(local.isLocal());
        const auto results = fetch(RepodataFetcher::requestsFor({local}, "linux-64"), options());
        QCOMPARE(results.size(), std::size_t(2));
        QCOMPARE(results[0].status, FetchStatus::Local);
        QCOMPARE(results[0].state.records, 6);
        QVERIFY(results[0].jsonPath.rfind(m_cache->path().toStdString(), 0) == 0);  // decompressed into the cache
        QCOMPARE(results[1].status, FetchStatus::Local);
        QCOMPARE(QString::fromStdString(results[1].jsonPath), m_root->path() + QStringLiteral("/local/noarch/repodata.json"));
        QCOMPARE(results[1].state.records, 4);

        const Channel missing = resolveChannel(QString(m_root->path() + QStringLiteral("/nothing")).toStdString(), {}).value().front();
        const auto failed = fetch(RepodataFetcher::requestsFor({missing}, "linux-64"), options());
        QCOMPARE(failed.front().status, FetchStatus::Failed);
        QCOMPARE(failed.front().error->code, core::util::ErrorCode::FileNotFound);
    }

    /** Without the scan a plain repodata.json is handed over unread (the loader checks it); a .zst is still
     * decompressed. */
    void aSolveNeedsNoScanOfALocalRepodataJson()
    {
        serveChannel(QStringLiteral("/local"), QStringLiteral("noarch"), false, 4);
        serveChannel(QStringLiteral("/local"), QStringLiteral("linux-64"), true, 6);
        QFile::remove(m_root->path() + QStringLiteral("/local/linux-64/repodata.json"));
        writeAll(m_root->path() + QStringLiteral("/local/noarch/repodata.json"), "{\"packages\": {\"broken");
        const Channel local
            = resolveChannel(QString(m_root->path() + QStringLiteral("/local")).toStdString(), {}).value().front();
        FetchOptions unscanned = options();
        unscanned.scanLocalRepodata = false;
        const auto results = fetch(RepodataFetcher::requestsFor({ local }, "linux-64"), unscanned);
        QCOMPARE(results.size(), std::size_t(2));
        QCOMPARE(results[0].status, FetchStatus::Local);
        QCOMPARE(results[0].state.records, 6);
        QCOMPARE(results[1].status, FetchStatus::Local);
        QCOMPARE(results[1].state.records, -1);
        QCOMPARE(QString::fromStdString(results[1].jsonPath),
            m_root->path() + QStringLiteral("/local/noarch/repodata.json"));

        const auto scanned = fetch(RepodataFetcher::requestsFor({ local }, "linux-64"), options());
        QCOMPARE(scanned[1].status, FetchStatus::Failed);
        QCOMPARE(scanned[1].error->code, core::util::ErrorCode::ParseError);
    }

    void tokensNeverLeak()
    {
        const QString prefix = QStringLiteral("/t/") + QString::fromLatin1(s_token) + QStringLiteral("/chan");
        serveChannel(prefix, QStringLiteral("linux-64"), true);
        m_server->setRule(prefix + QStringLiteral("/noarch/repodata.json"), Rule::status(500));
        capturedMessages().clear();
        QLoggingCategory::setFilterRules(QStringLiteral("deploydeck.channel.debug=true"));
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
        const Channel tokened = channel(prefix);
        const auto results = fetch(RepodataFetcher::requestsFor({tokened}, "linux-64"), options());
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        QCOMPARE(results.size(), std::size_t(2));
        QCOMPARE(results[0].status, FetchStatus::Updated);
        QCOMPARE(results[1].status, FetchStatus::Failed);
        // The server did get the token ...
        QCOMPARE(m_server->requestCount(prefix + QStringLiteral("/linux-64/repodata.json.zst")), 1);
        // ... but no log line, error, URL or state file shows it.
        QVERIFY(!capturedMessages().isEmpty());
        for (const QString &message : capturedMessages())
            QVERIFY2(!message.contains(QString::fromLatin1(s_token)), qPrintable(message));
        QVERIFY(capturedMessages().join(u'\n').contains(QLatin1String("/t/<TOKEN>/chan")));
        for (const auto &r : results) {
            QVERIFY(r.url.find(s_token.toStdString()) == std::string::npos);
            QVERIFY(r.state.url.find(s_token.toStdString()) == std::string::npos);
        }
        QVERIFY(results[1].error->message().find(s_token.toStdString()) == std::string::npos);
        QVERIFY(results[1].error->location.find("/t/<TOKEN>/chan/noarch/repodata.json") != std::string::npos);
        for (const QString &name : QDir(m_cache->path()).entryList(QDir::Files))
            QVERIFY(!readAll(m_cache->path() + u'/' + name).contains(s_token));
    }
};

QTEST_GUILESS_MAIN(TestRepodataFetcher)
#include "tst_repodatafetcher.moc"
