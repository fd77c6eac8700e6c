// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// Sharded repodata (CEP 16) end to end: shards written by a Python tool (tests/support/
// make_shards.py, msgpack + zstandard, independent of deploydeck's writer) and served by Python's
// http.server are fetched for the names a request reaches, cached by hash, and solve exactly like
// the flat repodata.json; deploydeck's own writer is read back by Python. Failures (a missing
// shard, an HTML page, a wrong hash, a bad shards_base_url, a refused connection) are served by
// tests/support's TestHttpServer, which can answer them on purpose.
#include "core/channel/channel.h"
#include "core/channel/channelfetch.h"
#include "core/channel/shards.h"
#include "core/solve/channelsources.h"
#include "core/solve/database.h"
#include "core/solve/solver.h"
#include "core/solve/virtualpackages.h"
#include "core/util/atomicfile.h"
#include "tests/support/pythonhttpserver.h"
#include "tests/support/testhttpserver.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace core::channel;
using testsupport::PythonHttpServer;
using testsupport::TestHttpServer;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString s_demoChannel = s(DEPLOYDECK_SOURCE_DIR "/resources/demo/channels/mini-conda-forge");

std::vector<SubdirRequest> requestsFor(const QString &url)
{
    const auto channels = resolveChannel(url.toStdString(), {});
    return RepodataFetcher::requestsFor(channels.value(), "linux-64");
}

struct Fetched
{
    std::vector<SubdirResult> results;
    std::vector<ShardedSubdirResult> sharded;
    std::vector<std::string> warnings;
    std::set<std::string> reached;
};

Fetched fetch(const QString &url, const QString &cacheDir, std::optional<std::vector<std::string>> roots,
    CacheMode mode = CacheMode::Use)
{
    FetchOptions options;
    options.cacheDir = cacheDir;
    options.cacheMode = mode;
    options.maxRetries = 0;
    options.proxy = UseSystemProxy::No;
    ChannelFetch fetcher(options);
    QSignalSpy done(&fetcher, &ChannelFetch::finished);
    if (!fetcher.fetch(requestsFor(url), std::move(roots)) || !done.wait(120000))
        return {};
    return Fetched { done.at(0).at(0).value<std::vector<SubdirResult>>(), fetcher.shardResults(), fetcher.warnings(),
        fetcher.reachedNames() };
}

/** The package set a solve of @p specs gives over @p results (sorted dist names), or the error. */
QStringList solveOver(
    const std::vector<SubdirResult> &results, const std::vector<std::string> &specs, const QString &solvDir)
{
    std::vector<std::string> warnings;
    auto sources = core::solve::sourcesFromFetch(results, warnings);
    if (!sources)
        return { s("error: ") + QString::fromStdString(sources.error().message()) };
    core::solve::Database db;
    auto loaded = core::solve::loadSources(db, *sources, core::solve::LoadOptions { solvDir.toStdString(), {}, {} });
    if (!loaded)
        return { s("error: ") + QString::fromStdString(loaded.error().message()) };
    core::solve::Request request;
    request.specs = specs;
    request.virtualPackages = { *core::solve::parseVirtualPackage("__glibc=2.28"),
        *core::solve::parseVirtualPackage("__unix=0"), *core::solve::parseVirtualPackage("__linux=5.14") };
    auto outcome = core::solve::solve(db, request);
    if (!outcome || !std::holds_alternative<core::solve::Solution>(*outcome))
        return { s("no solution") };
    QStringList got;
    for (const auto &p : std::get<core::solve::Solution>(*outcome).packages)
        got << QString::fromStdString(p.record.dist());
    got.sort();
    return got;
}

const std::vector<std::string> s_sardana { "python=3.9", "sardana", "taurus", "pytango", "itango" };

} // namespace

class TestShards : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    int m_next = 0;

    /** A copy of the demo channel with shards made by the Python tool; its folder. */
    QString shardedChannel(const QStringList &toolArguments = {})
    {
        const QString dir = m_tmp.filePath(QStringLiteral("channel%1").arg(++m_next));
        if (!core::util::copyTree(s_demoChannel, dir))
            return {};
        QString errors;
        const QByteArray out
            = testsupport::runSupportScript(s("make_shards.py"), QStringList { dir } + toolArguments, &errors);
        if (out.isNull()) {
            qWarning().noquote() << errors;
            return {};
        }
        return dir;
    }

    QString cacheDir() { return m_tmp.filePath(QStringLiteral("cache%1").arg(++m_next)); }

    /** The shard file of @p name in a channel folder made by shardedChannel() (from the index). */
    static QString shardPath(const QString &channel, const QString &subdir, const std::string &name)
    {
        auto bytes = core::util::readFile(channel + u'/' + subdir + s("/repodata_shards.msgpack.zst"));
        auto index = parseShardIndex(bytes.value(), "index");
        return channel + u'/' + subdir + s("/shards/") + QString::fromStdString(index.value().shards.at(name))
            + s(".msgpack.zst");
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    /** Only the names the request reaches are fetched; the solve is the flat file's, exactly. */
    void fetchesOnlyWhatTheRequestReaches()
    {
        const QString channel = shardedChannel();
        QVERIFY(!channel.isEmpty());
        PythonHttpServer server(channel);
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        const QString cache = cacheDir();
        const Fetched first = fetch(server.url(), cache, s_sardana);
        QCOMPARE(int(first.results.size()), 2);
        std::size_t fetched = 0, indexNames = 0;
        for (const auto &r : first.sharded) {
            QVERIFY2(r.sharded, r.result.error ? r.result.error->message().c_str() : "not sharded");
            QVERIFY(r.result.ok());
            QCOMPARE(r.result.status, FetchStatus::Updated);
            QVERIFY(r.result.url.ends_with("/repodata_shards.msgpack.zst"));
            QCOMPARE(r.shardsCached, std::size_t(0));
            fetched += r.shardsFetched;
            indexNames += r.indexNames;
        }
        QCOMPARE(indexNames, std::size_t(169)); // 101 linux-64 names + 68 noarch names
        QVERIFY(first.reached.contains("python") && first.reached.contains("pytango") && first.reached.contains("pip"));
        QVERIFY2(first.reached.size() < 169, "everything was reached");
        // A name lives in one subdir here: one shard per name reached, nothing more.
        QCOMPARE(fetched, first.reached.size());

        const QStringList sharded = solveOver(first.results, s_sardana, cacheDir());
        const Fetched flat = fetch(server.url(), cacheDir(), std::nullopt);
        QVERIFY(std::none_of(flat.sharded.begin(), flat.sharded.end(), [](const auto &r) { return r.sharded; }));
        QVERIFY(flat.results[0].url.ends_with("repodata.json"));
        const QStringList whole = solveOver(flat.results, s_sardana, cacheDir());
        QVERIFY2(whole.size() > 100, qPrintable(whole.join(u' ')));
        QCOMPARE(sharded, whole);

        // Again: the index is asked for (http.server sends no max-age) but no shard is downloaded.
        const Fetched second = fetch(server.url(), cache, s_sardana);
        for (const auto &r : second.sharded) {
            QVERIFY(r.sharded);
            QCOMPARE(r.shardsFetched, std::size_t(0));
            QVERIFY(r.shardsCached > 0);
        }
        QCOMPARE(solveOver(second.results, s_sardana, cacheDir()), whole);
        // Offline, the cached index and shards are enough.
        const Fetched offline = fetch(server.url(), cache, s_sardana, CacheMode::Offline);
        QCOMPARE(offline.sharded[0].result.status, FetchStatus::Offline);
        QCOMPARE(solveOver(offline.results, s_sardana, cacheDir()), whole);
    }

    /**
     * Each request's reached records get a file named by its content: the .solv cache keys on name,
     * size and mtime, so one fixed name let a second request with records of the same size load the
     * first request's .solv. The earlier file stays (another window may be about to load it).
     */
    void eachReachedSetHasAFileOfItsOwn()
    {
        const QString channel = shardedChannel();
        QVERIFY(!channel.isEmpty());
        PythonHttpServer server(channel);
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        const QString cache = cacheDir();
        const Fetched tk = fetch(server.url(), cache, std::vector<std::string> { "tk" });
        const Fetched zlib = fetch(server.url(), cache, std::vector<std::string> { "zlib" });
        QVERIFY(tk.reached.contains("tk") && tk.reached.contains("libzlib"));
        QVERIFY(!zlib.reached.contains("tk"));
        QVERIFY(!tk.results[0].jsonPath.empty());
        QVERIFY(tk.results[0].jsonPath != zlib.results[0].jsonPath);
        QVERIFY(QFile::exists(QString::fromStdString(tk.results[0].jsonPath)));
        // One .solv cache folder for both, as the command line uses: each load sees its own records.
        const QString solv = cacheDir();
        QCOMPARE(solveOver(zlib.results, { "zlib" }, solv).filter(s("tk-")), QStringList {});
        QVERIFY(!solveOver(tk.results, { "tk" }, solv).filter(s("tk-")).isEmpty());
        QCOMPARE(solveOver(zlib.results, { "zlib" }, solv).filter(s("tk-")), QStringList {});
        // Asking for tk again names the same file.
        QCOMPARE(
            fetch(server.url(), cache, std::vector<std::string> { "tk" }).results[0].jsonPath, tk.results[0].jsonPath);
    }

    /**
     * A cancel while the shard indexes are asked for ends the fetch there: the flat pass that would
     * follow never starts (it used to start, uncancelled, and hang on a server that hangs).
     */
    void aCancelDuringTheShardedPassStopsEverything()
    {
        TestHttpServer server(s_demoChannel);
        QVERIFY(server.start());
        using Rule = TestHttpServer::Rule;
        for (const char *file : { "/linux-64/repodata.json", "/linux-64/repodata.json.zst", "/noarch/repodata.json",
                 "/noarch/repodata.json.zst" })
            server.setRule(QString::fromLatin1(file), Rule::hang());
        FetchOptions options;
        options.cacheDir = cacheDir();
        options.maxRetries = 0;
        options.proxy = UseSystemProxy::No;
        ChannelFetch fetcher(options);
        QSignalSpy done(&fetcher, &ChannelFetch::finished);
        QVERIFY(fetcher.fetch(requestsFor(server.baseUrl()), std::vector<std::string> { "python" }));
        fetcher.cancel();
        QVERIFY(done.wait(30000));
        const auto results = done.at(0).at(0).value<std::vector<SubdirResult>>();
        QCOMPARE(int(results.size()), 2);
        for (const auto &r : results) {
            QCOMPARE(r.status, FetchStatus::Cancelled);
            QVERIFY(r.error && r.error->code == core::util::ErrorCode::Cancelled);
        }
        QCOMPARE(
            server.requestCount(s("/linux-64/repodata.json")) + server.requestCount(s("/linux-64/repodata.json.zst")),
            0);
        QVERIFY(!fetcher.isRunning());
    }

    /** Some servers write a shard hash as an array of 32 integers; an absolute shards_base_url elsewhere. */
    void integerArrayHashesAndAbsoluteShardUrls()
    {
        const QString channel = shardedChannel({ s("--int-array-hashes"), s("--shards-dir"), s("by-hash") });
        QVERIFY(!channel.isEmpty());
        PythonHttpServer server(channel);
        QVERIFY(server.start());
        // Rewrite the linux-64 index with an absolute URL for its shards.
        QVERIFY(!testsupport::runSupportScript(s("make_shards.py"),
            { channel, s("--int-array-hashes"), s("--subdir"), s("linux-64"), s("--shards-dir"), s("by-hash"),
                s("--shards-base-url"), server.url(s("/linux-64/by-hash/")) })
                     .isNull());
        const Fetched got = fetch(server.url(), cacheDir(), s_sardana);
        for (const auto &r : got.sharded)
            QVERIFY2(
                r.sharded && r.shardsFetched > 0, r.result.error ? r.result.error->message().c_str() : "not sharded");
        QCOMPARE(solveOver(got.results, s_sardana, cacheDir()),
            solveOver(fetch(server.url(), cacheDir(), std::nullopt).results, s_sardana, cacheDir()));
    }

    /** A channel that serves only shards: browsing everything fetches every shard; a named request re-probes. */
    void shardsOnlyChannel()
    {
        const QString channel = shardedChannel();
        QVERIFY(!channel.isEmpty());
        PythonHttpServer server(channel);
        QVERIFY(server.start());
        const QString cache = cacheDir();
        // First as a flat channel: "no shards" is remembered ...
        QDir(channel + s("/linux-64")).rename(s("repodata_shards.msgpack.zst"), s("index.hidden"));
        QDir(channel + s("/noarch")).rename(s("repodata_shards.msgpack.zst"), s("index.hidden"));
        const Fetched flat = fetch(server.url(), cache, s_sardana);
        QVERIFY(flat.results[0].ok() && !flat.sharded[0].sharded);
        // ... then the flat files go and the shards come: a request finds them anyway.
        for (const char *subdir : { "/linux-64", "/noarch" }) {
            QDir dir(channel + s(subdir));
            QVERIFY(dir.rename(s("index.hidden"), s("repodata_shards.msgpack.zst")));
            QVERIFY(dir.remove(s("repodata.json")));
            dir.remove(s("repodata.json.zst"));
        }
        const Fetched named = fetch(server.url(), cache, s_sardana, CacheMode::Refresh);
        QVERIFY2(named.sharded[0].sharded, named.results[0].error ? named.results[0].error->message().c_str() : "");
        QVERIFY(named.results[0].ok());
        QCOMPARE(solveOver(named.results, s_sardana, cacheDir()), solveOver(flat.results, s_sardana, cacheDir()));
        const Fetched everything = fetch(server.url(), cacheDir(), std::nullopt);
        QVERIFY(everything.sharded[0].sharded);
        QCOMPARE(everything.sharded[0].records, std::size_t(301));
        QCOMPARE(everything.sharded[1].records, std::size_t(85));
    }

    /** A new index drops the cached shards it no longer names. */
    void supersededShardsLeaveTheCache()
    {
        const QString channel = shardedChannel();
        QVERIFY(!channel.isEmpty());
        PythonHttpServer server(channel);
        QVERIFY(server.start());
        const QString cache = cacheDir();
        QVERIFY(!fetch(server.url(), cache, { { "pytango" } }).results.empty());
        const QString old = QFileInfo(shardPath(channel, s("linux-64"), "pytango")).fileName();
        const auto cachedFiles = [&cache] {
            QStringList names;
            for (QDirIterator it(
                     cache + s("/shards"), { s("*.msgpack.zst") }, QDir::Files, QDirIterator::Subdirectories);
                 it.hasNext();)
                names << QFileInfo(it.next()).fileName();
            return names;
        };
        QVERIFY(cachedFiles().contains(old));
        // A repodata patch: pytango's records change, so does its shard and the index.
        const QString repodata = channel + s("/linux-64/repodata.json");
        QJsonObject root = QJsonDocument::fromJson(core::util::readFile(repodata).value()).object();
        int patched = 0;
        for (const QString &table : { s("packages"), s("packages.conda") }) {
            QJsonObject records = root.value(table).toObject();
            for (auto it = records.begin(); it != records.end(); ++it) {
                QJsonObject record = it.value().toObject();
                if (record.value(s("name")).toString() != s("pytango"))
                    continue;
                record.insert(s("license"), s("LGPL-3.0-only"));
                *it = record;
                ++patched;
            }
            root.insert(table, records);
        }
        QVERIFY(patched > 0);
        QVERIFY(core::util::writeFileAtomically(repodata, QJsonDocument(root).toJson()).ok());
        QVERIFY(
            !testsupport::runSupportScript(s("make_shards.py"), { channel, s("--subdir"), s("linux-64") }).isNull());
        const QString renewed = QFileInfo(shardPath(channel, s("linux-64"), "pytango")).fileName();
        QVERIFY2(renewed != old, "the patch did not change pytango's shard");
        const Fetched again = fetch(server.url(), cache, { { "pytango" } }, CacheMode::Refresh);
        QCOMPARE(again.sharded[0].result.status, FetchStatus::Updated);
        QCOMPARE(again.sharded[0].shardsFetched, std::size_t(1)); // only the changed shard
        QVERIFY(cachedFiles().contains(renewed));
        QVERIFY(!cachedFiles().contains(old));
    }

    /** Each broken shard answer is an error naming the URL, and the flat file takes over. */
    void brokenShardsFallBackToTheFlatFile_data()
    {
        QTest::addColumn<QString>("breakage");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing shard") << s("404") << s("HTTP 404 for the shard of 'pytango'");
        QTest::newRow("HTML 404 page") << s("html") << s("an HTML page instead of the shard of 'pytango'");
        QTest::newRow("wrong bytes") << s("garbage") << s("has sha256");
        QTest::newRow("bad shards_base_url") << s("base") << s("is not a usable URL");
        QTest::newRow("index not msgpack") << s("index") << s("not zstd-compressed data");
    }

    void brokenShardsFallBackToTheFlatFile()
    {
        QFETCH(QString, breakage);
        QFETCH(QString, message);
        const QString channel = shardedChannel();
        QVERIFY(!channel.isEmpty());
        if (breakage == s("base")) {
            QVERIFY(!testsupport::runSupportScript(s("make_shards.py"),
                { channel, s("--subdir"), s("linux-64"), s("--shards-base-url"), s("gopher://shards.invalid/") })
                         .isNull());
        }
        TestHttpServer server(channel);
        QVERIFY(server.start());
        using Rule = TestHttpServer::Rule;
        const QString shard
            = s("/linux-64/shards/") + QFileInfo(shardPath(channel, s("linux-64"), "pytango")).fileName();
        if (breakage == s("404"))
            server.setRule(shard, Rule::status(404));
        else if (breakage == s("html"))
            server.setRule(shard,
                Rule::serve()
                    .withBody("<!DOCTYPE html><html><body><h1>404 Not Found</h1></body></html>")
                    .withContentType("text/html"));
        else if (breakage == s("garbage"))
            server.setRule(shard, Rule::serve().withBody(QByteArray("\x28\xb5\x2f\xfd garbage", 13)));
        else if (breakage == s("index"))
            server.setRule(s("/linux-64/repodata_shards.msgpack.zst"), Rule::serve().withBody("{\"shards\": {}}"));
        const Fetched got = fetch(server.baseUrl(), cacheDir(), s_sardana);
        QCOMPARE(int(got.results.size()), 2);
        QVERIFY2(!got.sharded[0].sharded, "the broken subdir was used as sharded");
        QVERIFY2(got.results[0].ok()
                && (got.results[0].url.ends_with("repodata.json.zst") || got.results[0].url.ends_with("repodata.json")),
            got.results[0].url.c_str());
        QVERIFY(got.sharded[1].sharded); // noarch is fine
        QCOMPARE(int(got.warnings.size()), 1);
        const QString warning = QString::fromStdString(got.warnings.front());
        QVERIFY2(warning.contains(message), qPrintable(warning));
        QVERIFY2(warning.contains(server.baseUrl() + s("/linux-64/")), qPrintable(warning));
        QVERIFY2(warning.contains(s("using repodata.json instead")), qPrintable(warning));
        // The fallback solves like the flat channel.
        QCOMPARE(solveOver(got.results, s_sardana, cacheDir()),
            solveOver(fetch(server.baseUrl(), cacheDir(), std::nullopt).results, s_sardana, cacheDir()));
    }

    /** Nothing listens: the error comes at once and names the index URL; nothing is retried. */
    void unreachableServer()
    {
        QTcpServer probe; // a free port, closed again: connections to it are refused
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        const Fetched got = fetch(url, cacheDir(), s_sardana);
        QCOMPARE(int(got.results.size()), 2);
        QVERIFY(!got.results[0].ok());
        QCOMPARE(got.results[0].error->code, core::util::ErrorCode::NetworkError);
        QVERIFY2(got.results[0].url.starts_with(url.toStdString() + "/linux-64/"), got.results[0].url.c_str());
    }

    /** deploydeck's own writer: Python reads every shard, and the records are the flat file's. */
    void ownShardsReadByPython()
    {
        const QString dir = m_tmp.filePath(s("own"));
        QVERIFY(core::util::copyTree(s_demoChannel, dir));
        for (const char *subdir : { "linux-64", "noarch" }) {
            const QString folder = dir + u'/' + s(subdir);
            auto written
                = writeShardedRepodata(folder, core::util::readFile(folder + s("/repodata.json")).value(), subdir);
            QVERIFY2(written.ok(), written.ok() ? "" : written.error().message().c_str());
            QCOMPARE(*written, std::size_t(QString::fromLatin1(subdir) == s("noarch") ? 68 : 101));
        }
        QProcess python;
        python.start(testsupport::debianPython(),
            { s("-c"), s(R"(
import hashlib, json, msgpack, os, sys, zstandard
d = zstandard.ZstdDecompressor()
for sub in ("linux-64", "noarch"):
    folder = os.path.join(sys.argv[1], sub)
    flat = json.load(open(os.path.join(folder, "repodata.json")))
    index = msgpack.unpackb(d.decompress(open(os.path.join(folder, "repodata_shards.msgpack.zst"), "rb").read()))
    assert index["info"]["shards_base_url"] == "./shards/", index["info"]
    seen = {}
    for name, digest in index["shards"].items():
        data = open(os.path.join(folder, "shards", digest.hex() + ".msgpack.zst"), "rb").read()
        assert hashlib.sha256(data).digest() == digest, name
        shard = msgpack.unpackb(d.decompress(data))
        for table in ("packages", "packages.conda"):
            for fn, rec in shard[table].items():
                assert rec["name"] == name
                for k in ("md5", "sha256"):
                    if k in rec:
                        assert isinstance(rec[k], bytes); rec[k] = rec[k].hex()
                seen[(table, fn)] = rec
    want = {(t, fn): r for t in ("packages", "packages.conda") for fn, r in flat.get(t, {}).items()}
    assert seen == want, (len(seen), len(want))
print("ok")
)"),
                dir });
        QVERIFY(python.waitForFinished(120000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        QCOMPARE(python.readAllStandardOutput().trimmed(), QByteArray("ok"));
        // And a second write of the same repodata changes no byte.
        const QByteArray before = core::util::readFile(dir + s("/noarch/repodata_shards.msgpack.zst")).value();
        QVERIFY(writeShardedRepodata(
            dir + s("/noarch"), core::util::readFile(dir + s("/noarch/repodata.json")).value(), "noarch")
                    .ok());
        QCOMPARE(core::util::readFile(dir + s("/noarch/repodata_shards.msgpack.zst")).value(), before);
    }

    /** What conda's reading needs of a dependency string: the name alone. */
    void dependencyNames()
    {
        QCOMPARE(dependencyName("python >=3.9,<3.10.0a0"), std::string("python"));
        QCOMPARE(dependencyName("numpy[version='>=1.2']"), std::string("numpy"));
        QCOMPARE(dependencyName("conda-forge::PyTango=9.3"), std::string("pytango"));
        QCOMPARE(dependencyName("libgcc-ng"), std::string("libgcc-ng"));
        QCOMPARE(dependencyName("__glibc >=2.17"), std::string("__glibc"));
    }
};

QTEST_GUILESS_MAIN(TestShards)
#include "tst_shards.moc"
