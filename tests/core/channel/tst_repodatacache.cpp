// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/channel/repodatacache.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace core::channel;

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
