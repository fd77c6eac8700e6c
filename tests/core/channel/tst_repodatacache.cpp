// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/channel/repodatacache.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace core::channel;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

} // namespace

class TestRepodataCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void maxAge_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<qint64>("maxAge");  // -1: none
        QTest::newRow("absent") << QString() << qint64(-1);
        QTest::newRow("max-age") << QStringLiteral("public, max-age=1200") << qint64(1200);
        QTest::newRow("upper case, spaces") << QStringLiteral("Public,  MAX-AGE=30 ") << qint64(30);
        QTest::newRow("no-cache wins") << QStringLiteral("max-age=100, no-cache") << qint64(0);
        QTest::newRow("no-store") << QStringLiteral("no-store") << qint64(0);
        QTest::newRow("garbage value") << QStringLiteral("max-age=soon") << qint64(-1);
    }

    void maxAge()
    {
        QFETCH(QString, header);
        QFETCH(qint64, maxAge);
        CacheState state;
        state.cacheControl = header.toStdString();
        QCOMPARE(state.maxAge().value_or(-1), maxAge);
    }

    void freshness()
    {
        CacheState state;
        state.cacheControl = "max-age=60";
        state.fetchedAt = 1000;
        QVERIFY(state.isFresh(1000));
        QVERIFY(state.isFresh(1059));
        QVERIFY(!state.isFresh(1060));
        QVERIFY(!state.isFresh(999));  // clock went backwards: ask the server
        QCOMPARE(state.age(1100), 100);
        state.cacheControl.clear();
        QVERIFY(!state.isFresh(1000));
    }

    void storeAndLoad()
    {
        QTemporaryDir dir;
        const RepodataCache cache(dir.path());
        const std::string key = "https://conda.anaconda.org/conda-forge/noarch/";
        QVERIFY(!cache.load(key));
        CacheState state;
        state.url = "https://conda.anaconda.org/conda-forge/noarch/repodata.json.zst";
        state.etag = "\"abc\"";
        state.lastModified = "Tue, 01 Oct 2024 10:00:00 GMT";
        state.cacheControl = "max-age=30";
        state.fetchedAt = 1700000000;
        state.records = 12;
        state.hasZst = true;
        state.hasZstCheckedAt = 1700000000;
        auto stored = cache.store(key, "{\"packages\": {}}", state);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size, 16);
        QVERIFY(stored->mtimeNs > 0);
        QVERIFY(cache.jsonPath(key).startsWith(dir.path()));
        const auto loaded = cache.load(key);
        QVERIFY(loaded);
        QCOMPARE(*loaded, *stored);
    }

    void changedJsonIsNotTrusted()
    {
        QTemporaryDir dir;
        const RepodataCache cache(dir.path());
        const std::string key = "https://h/c/noarch/";
        QVERIFY(cache.store(key, "{}", CacheState{}).ok());
        QFile json(cache.jsonPath(key));
        QVERIFY(json.open(QIODevice::Append));
        json.write(" ");
        json.close();
        QVERIFY(!cache.load(key));            // size differs: not the copy the state describes
        QVERIFY(cache.loadStateOnly(key));    // but the state still tells what we know of the server
        QFile::remove(cache.jsonPath(key));
        QVERIFY(!cache.load(key));
    }

    // Issue 19: a refresh writes the new JSON under a name of its own and commits by replacing the
    // state; until that rename the previous pair is what load() gives, whole.
    void refreshKeepsThePreviousCopyUntilItsStateIsReplaced()
    {
        QTemporaryDir dir;
        const RepodataCache cache(dir.path());
        const std::string key = "https://h/c/linux-64/";
        auto first = cache.store(key, "{\"packages\": {}}", CacheState{});
        QVERIFY(first.ok());
        const QString firstJson = cache.jsonPath(key);
        QCOMPARE(firstJson, cache.jsonPath(key, *first));
        QVERIFY(QFileInfo(firstJson).fileName().startsWith(QFileInfo(cache.statePath(key)).fileName().section(u'.', 0, 0)));
        QVERIFY(writeAll(firstJson + QStringLiteral(".solv"), "a .solv made from the first copy"));

        // A refresh killed after writing its JSON, before its state: a stray new file, nothing else.
        const QString stray = dir.filePath(QFileInfo(firstJson).fileName().section(u'.', 0, 0) + QStringLiteral(".00ff.json"));
        QVERIFY(writeAll(stray, "{\"packages\": {\"x\": 1}}"));
        const auto stillFirst = cache.load(key);
        QVERIFY(stillFirst);
        QCOMPARE(*stillFirst, *first);
        QCOMPARE(readAll(cache.jsonPath(key)), QByteArray("{\"packages\": {}}"));

        // A completed refresh: the new pair is current, the previous JSON and its .solv are gone,
        // and the young stray file (maybe another process's refresh in flight) is left alone.
        auto second = cache.store(key, "{\"packages\": {\"a\": {}}}", CacheState{});
        QVERIFY(second.ok());
        QVERIFY(second->jsonFile != first->jsonFile);
        const auto loaded = cache.load(key);
        QVERIFY(loaded);
        QCOMPARE(*loaded, *second);
        QCOMPARE(readAll(cache.jsonPath(key)), QByteArray("{\"packages\": {\"a\": {}}}"));
        QVERIFY(!QFileInfo::exists(firstJson));
        QVERIFY(!QFileInfo::exists(firstJson + QStringLiteral(".solv")));
        QVERIFY(QFileInfo::exists(stray));

        // Once old, files no state names are removed by the next refresh.
        QFile old(stray);
        QVERIFY(old.open(QIODevice::ReadWrite));
        QVERIFY(old.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600), QFileDevice::FileModificationTime));
        old.close();
        QVERIFY(cache.store(key, "{}", CacheState{}).ok());
        QVERIFY(!QFileInfo::exists(stray));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);  // the state and its JSON
    }

    void stateWrittenBeforeGenerationsNamesTheOldFile()
    {
        QTemporaryDir dir;
        const RepodataCache cache(dir.path());
        const std::string key = "https://h/c/noarch/";
        const QString legacy = cache.jsonPath(key);
        QVERIFY(legacy.endsWith(QLatin1String(".json")) && !QFileInfo::exists(legacy));
        QVERIFY(writeAll(legacy, "{}"));
        CacheState state;
        state.size = 2;
        state.mtimeNs = QFileInfo(legacy).fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch() * 1000000;
        QVERIFY(cache.storeState(key, state).ok());
        QVERIFY(cache.load(key));
        QCOMPARE(cache.jsonPath(key), legacy);
        QVERIFY(cache.store(key, "{\"packages\": {}}", CacheState{}).ok());
        QVERIFY(cache.jsonPath(key) != legacy);
        QVERIFY(!QFileInfo::exists(legacy));  // superseded by the first generation
    }

    void stateNamesOnlyAFileInTheCacheFolder()
    {
        QTemporaryDir dir;
        const RepodataCache cache(dir.path());
        const std::string key = "https://h/c/noarch/";
        QVERIFY(cache.store(key, "{}", CacheState{}).ok());
        QJsonObject state = QJsonDocument::fromJson(readAll(cache.statePath(key))).object();
        state.insert(QStringLiteral("json_file"), QStringLiteral("../elsewhere.json"));
        QVERIFY(writeAll(cache.statePath(key), QJsonDocument(state).toJson()));
        QVERIFY(cache.jsonPath(key).startsWith(dir.path() + u'/'));
        QVERIFY(!cache.jsonPath(key).contains(QLatin1String("..")));
    }

    void keysAreDistinct()
    {
        const RepodataCache cache(QStringLiteral("/tmp/x"));
        QVERIFY(cache.jsonPath("https://h/a/noarch/") != cache.jsonPath("https://h/b/noarch/"));
        QVERIFY(cache.statePath("https://h/a/noarch/").endsWith(QLatin1String(".state.json")));
    }

    void defaultDirectory()
    {
        QCOMPARE(RepodataCache().directory(),
                 QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/deploydeck/repodata"));
    }
};

QTEST_GUILESS_MAIN(TestRepodataCache)
#include "tst_repodatacache.moc"
