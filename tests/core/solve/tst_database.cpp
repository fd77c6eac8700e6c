// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "repodatafixture.h"

#include "core/solve/database.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace core::solve;
using namespace testing;

namespace {

QString writeText(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(text);
    return path;
}

core::spec::PackageRecord only(const Database &db)
{
    const auto records = db.allRecords();
    return records.size() == 1 ? records.front() : core::spec::PackageRecord{};
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsAFullRecord()
    {
        QTemporaryDir dir;
        const QByteArray json = R"({"info":{"subdir":"linux-64"},"packages.conda":{
            "numpy-1.26.4-py312h_0.conda":{"name":"numpy","version":"1.26.4","build":"py312h_0","build_number":0,
              "depends":["python >=3.12,<3.13.0a0","libblas >=3.9.0,<4.0a0"],"constrains":["numpy-base <0a0"],
              "license":"BSD-3-Clause","md5":"0123456789abcdef0123456789abcdef",
              "sha256":"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
              "size":7000000,"timestamp":1707225000000,"subdir":"linux-64","track_features":"a b"}}})";
        Database db;
        auto stats = db.addRepodata(source(QStringLiteral("cf"), QStringLiteral("linux-64"),
                                           writeText(dir, QStringLiteral("r.json"), json)), noCache);
        QVERIFY(stats.ok());
        QCOMPARE(stats->records, std::size_t(1));
        const auto r = only(db);
        QCOMPARE(r.name, std::string("numpy"));
        QCOMPARE(r.version, std::string("1.26.4"));
        QCOMPARE(r.build, std::string("py312h_0"));
        QCOMPARE(r.depends.size(), std::size_t(2));
        QCOMPARE(r.constrains.size(), std::size_t(1));
        QCOMPARE(r.trackFeatures, (std::vector<std::string>{"a", "b"}));
        QCOMPARE(r.license, std::string("BSD-3-Clause"));
        QCOMPARE(r.sha256.size(), std::size_t(64));
        QCOMPARE(r.md5, std::string("0123456789abcdef0123456789abcdef"));
        QCOMPARE(r.size, std::uint64_t(7000000));
        QCOMPARE(r.timestamp, std::uint64_t(1707225000000));
        QCOMPARE(r.fn, std::string("numpy-1.26.4-py312h_0.conda"));
        QCOMPARE(r.subdir, std::string("linux-64"));
        QCOMPARE(r.url, std::string("https://example.invalid/cf/linux-64/numpy-1.26.4-py312h_0.conda"));
    }

    void condaWinsOverTarBz2()
    {
        QTemporaryDir dir;
        for (const bool condaFirst : {false, true}) {
            const QByteArray tar = R"("packages":{"a-1-0.tar.bz2":{"name":"a","version":"1","build":"0","size":10}})";
            const QByteArray conda = R"("packages.conda":{"a-1-0.conda":{"name":"a","version":"1","build":"0","size":5}})";
            const QByteArray json = "{" + (condaFirst ? conda + "," + tar : tar + "," + conda) + "}";
            Database db;
            auto stats = db.addRepodata(source(QStringLiteral("c"), QStringLiteral("linux-64"),
                                               writeText(dir, QStringLiteral("r.json"), json)), noCache);
            QVERIFY(stats.ok());
            QCOMPARE(db.packageCount(), std::size_t(1));
            QCOMPARE(stats->replacedByConda, std::size_t(1));
            QCOMPARE(only(db).fn, std::string("a-1-0.conda"));
        }
    }

    void legacyRequiresIsDropped()
    {
        QTemporaryDir dir;
        const QByteArray json = R"({"a-1-0.tar.bz2":{"name":"a","version":"1","build":"0","depends":["python 2.7*"],
                                     "requires":["python 2.7"]}})";
        Database db;
        auto stats = db.addRepodata(source(QStringLiteral("c"), QStringLiteral("linux-64"),
                                           writeText(dir, QStringLiteral("index.json"), json)), noCache);
        QVERIFY(stats.ok());
        QCOMPARE(only(db).depends, std::vector<std::string>{"python 2.7*"});
        QCOMPARE(only(db).subdir, std::string("linux-64"));  // a bare index takes the subdir it is loaded as
    }

    /**
     * A file big enough that the loader gives the parsed part of its mapping back (every 16 MB):
     * every record is still read, and an error near the end still names its line and column,
     * which are counted from the start of the released text.
     */
    void aLargeFileIsReadWholeWhileItsPagesAreGivenBack()
    {
        QTemporaryDir dir;
        QByteArray json = "{\"info\":{\"subdir\":\"linux-64\"},\n\"packages.conda\":{\n";
        const int records = 80000; // about 24 MB: at least one 16 MB step
        const QByteArray padding(200, 'x');
        for (int i = 0; i < records; ++i)
            json += "\"p" + QByteArray::number(i) + "-1.0-0.conda\":{\"name\":\"p" + QByteArray::number(i)
                + "\",\"version\":\"1.0\",\"build\":\"0\",\"depends\":[\"python >=3.9\"],\"license\":\"" + padding
                + "\"},\n";
        json += "\"last-1.0-0.conda\":{\"name\":\"last\",\"version\":\"1.0\",\"build\":\"0\"}}}";
        QVERIFY(json.size() > (16 << 20) + (4 << 20));
        Database db;
        auto stats = db.addRepodata(
            source(QStringLiteral("cf"), QStringLiteral("linux-64"), writeText(dir, QStringLiteral("big.json"), json)),
            noCache);
        QVERIFY2(stats.ok(), stats.ok() ? "" : stats.error().message().c_str());
        QCOMPARE(stats->records, std::size_t(records + 1));
        const auto names = db.packageNames();
        QVERIFY(std::find(names.begin(), names.end(), "last") != names.end());
        QVERIFY(std::find(names.begin(), names.end(), "p0") != names.end());

        // The same with a broken last record: its line (records + 3) and the column of the stray '}'.
        QByteArray broken = json;
        broken.chop(3);
        broken += ",}}}";
        Database other;
        auto failed = other.addRepodata(source(QStringLiteral("cf"), QStringLiteral("linux-64"),
                                            writeText(dir, QStringLiteral("broken.json"), broken)),
            noCache);
        QVERIFY(!failed.ok());
        const std::string where = failed.error().location;
        const QByteArray lastLine = broken.mid(broken.lastIndexOf('\n') + 1);
        const int column = int(lastLine.indexOf(",}")) + 2; // 1-based: the '}' after the comma
        QVERIFY2(where.ends_with(":" + std::to_string(records + 3) + ":" + std::to_string(column)), where.c_str());
    }

    void subdirMismatchIsAccepted()
    {
        QTemporaryDir dir;
        const QByteArray json = R"({"info":{"subdir":"linux-64"},"packages":{
            "a-1-0.tar.bz2":{"name":"a","version":"1","build":"0","subdir":"noarch"},
            "b-1-0.tar.bz2":{"name":"b","version":"1","build":"0","subdir":"linux-64"}}})";
        Database db;
        auto stats = db.addRepodata(source(QStringLiteral("c"), QStringLiteral("linux-64"),
                                           writeText(dir, QStringLiteral("r.json"), json)), noCache);
        QVERIFY(stats.ok());
        QCOMPARE(stats->records, std::size_t(2));
        for (const auto &r : db.allRecords())
            QCOMPARE(r.subdir, std::string(r.name == "a" ? "noarch" : "linux-64"));
    }

    void badRecordsAreSkippedAndCounted_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<QString>("reason");
        QTest::newRow("version is a number") << QByteArray(R"({"name":"x","version":5,"build":"0"})") << "'version' is not a string";
        QTest::newRow("no name") << QByteArray(R"({"version":"1","build":"0"})") << "no package name";
        QTest::newRow("invalid version") << QByteArray(R"({"name":"x","version":"1 2","build":"0"})") << "invalid version";
        QTest::newRow("depends not a list") << QByteArray(R"({"name":"x","version":"1","depends":"a"})") << "'depends' is not a list";
        QTest::newRow("record not an object") << QByteArray(R"([1,2])") << "not a JSON object";
        QTest::newRow("negative size") << QByteArray(R"({"name":"x","version":"1","size":-4})") << "'size' is not a whole";
        QTest::newRow("huge string") << QByteArray("{\"name\":\"x\",\"version\":\"1\",\"license\":\"" + QByteArray(2 << 20, 'a') + "\"}")
                                     << "larger than 1 MiB";
    }
    void badRecordsAreSkippedAndCounted()
    {
        QFETCH(QByteArray, record);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QByteArray json = R"({"packages":{"good-1-0.tar.bz2":{"name":"good","version":"1","build":"0"},"bad-1-0.tar.bz2":)" +
                                record + "}}";
        Database db;
        auto stats = db.addRepodata(source(QStringLiteral("c"), QStringLiteral("linux-64"),
                                           writeText(dir, QStringLiteral("r.json"), json)), noCache);
        QVERIFY(stats.ok());
        QCOMPARE(stats->records, std::size_t(1));
        QCOMPARE(stats->skipped, std::size_t(1));
        QCOMPARE(stats->warnings.size(), std::size_t(1));
        const QString warning = QString::fromStdString(stats->warnings.front());
        QVERIFY2(warning.contains(QLatin1String("bad-1-0.tar.bz2")) && warning.contains(reason) &&
                     warning.contains(QLatin1String("r.json")),
                 qPrintable(warning));
    }

    /** A load from the `.solv` cache reports what the JSON load it was made from reported. */
    void solvCacheKeepsTheLoadReport()
    {
        QTemporaryDir dir, cache;
        const QByteArray json = R"({"packages":{"good-1-0.tar.bz2":{"name":"good","version":"1","build":"0"},)"
                                R"("bad-1-0.tar.bz2":{"name":"x","version":"1 2","build":"0"},)"
                                R"("twice-1-0.tar.bz2":{"name":"twice","version":"1","build":"0"}},)"
                                R"("packages.conda":{"twice-1-0.conda":{"name":"twice","version":"1","build":"0"}}})";
        const QString path = writeText(dir, QStringLiteral("r.json"), json);
        const LoadOptions options { cache.path().toStdString(), PipAsPythonDependency::No, {} };
        Database first;
        auto fromJson = first.addRepodata(source(QStringLiteral("c"), QStringLiteral("linux-64"), path), options);
        QVERIFY(fromJson.ok());
        QVERIFY(!fromJson->fromSolvCache);
        QCOMPARE(fromJson->skipped, std::size_t(1));
        QCOMPARE(fromJson->replacedByConda, std::size_t(1));
        QCOMPARE(fromJson->warnings.size(), std::size_t(1));

        Database second;
        auto fromCache = second.addRepodata(source(QStringLiteral("c"), QStringLiteral("linux-64"), path), options);
        QVERIFY(fromCache.ok());
        QVERIFY(fromCache->fromSolvCache);
        QCOMPARE(fromCache->records, fromJson->records);
        QCOMPARE(fromCache->skipped, fromJson->skipped);
        QCOMPARE(fromCache->replacedByConda, fromJson->replacedByConda);
        QCOMPARE(fromCache->warnings, fromJson->warnings);
        QVERIFY(QString::fromStdString(fromCache->warnings.front()).contains(QLatin1String("bad-1-0.tar.bz2")));
    }

    void malformedJsonNamesTheLine_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("location");
        QTest::newRow("truncated") << QByteArray("{\"packages\":{\n\"a-1-0.tar.bz2\":{\"name\":\"a\"") << ":2:28";
        QTest::newRow("not an object") << QByteArray("[1]") << ":1:1";
        QTest::newRow("empty") << QByteArray("") << "r.json";
        QTest::newRow("garbage") << QByteArray("{\n\n  oops}") << ":3:3";
    }
    void malformedJsonNamesTheLine()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, location);
        QTemporaryDir dir;
        Database db;
        auto stats = db.addRepodata(source(QStringLiteral("c"), QStringLiteral("linux-64"),
                                           writeText(dir, QStringLiteral("r.json"), json)), noCache);
        QVERIFY(!stats.ok());
        QVERIFY2(QString::fromStdString(stats.error().location).endsWith(location), stats.error().message().c_str());
        QCOMPARE(db.packageCount(), std::size_t(0));
        QVERIFY(db.channels().empty());
    }

    void missingFileIsAnError()
    {
        Database db;
        auto stats = db.addRepodata(source(QStringLiteral("c"), QStringLiteral("linux-64"), QStringLiteral("/nonexistent/r.json")));
        QVERIFY(!stats.ok());
        QCOMPARE(stats.error().code, core::util::ErrorCode::FileNotFound);
    }

    void readsZstd()
    {
        QTemporaryDir dir;
        const QString path = writeRepodata(dir.path(), QStringLiteral("noarch"),
                                           {makePackage(QStringLiteral("six"), QStringLiteral("1.16.0"))});
        QProcess zstd;
        zstd.start(QStringLiteral("zstd"), {QStringLiteral("-q"), QStringLiteral("-f"), path});
        QVERIFY(zstd.waitForFinished());
        QCOMPARE(zstd.exitCode(), 0);
        Database db;
        auto stats = db.addRepodata(source(QStringLiteral("c"), QStringLiteral("noarch"), path + QStringLiteral(".zst")), noCache);
        QVERIFY2(stats.ok(), stats.ok() ? "" : stats.error().message().c_str());
        QCOMPARE(only(db).name, std::string("six"));

        // A truncated .zst is an error, not a partial channel.
        QFile f(path + QStringLiteral(".zst"));
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.resize(f.size() / 2);
        f.close();
        Database broken;
        QVERIFY(!broken.addRepodata(source(QStringLiteral("c"), QStringLiteral("noarch"), path + QStringLiteral(".zst")), noCache).ok());
    }

    // A mapped file gives its pages back every 8 MB as it is read; a .zst is decompressed into
    // memory and keeps them. Both must give the same records, also when a .conda meets the
    // .tar.bz2 of its build (and its dependencies) far behind, in pages already given back.
    void aLargeMappedFileLoadsAsItsZstdCopy()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("linux-64")));
        const QString path = dir.filePath(QStringLiteral("linux-64/repodata.json"));
        constexpr int count = 40000;
        const auto record = [](int i, std::string &out) {
            const std::string n = std::to_string(i);
            out += "{\"build\":\"h" + n + "_0\",\"build_number\":0,\"depends\":[\"dep" + std::to_string(i % 500)
                + " >=1." + std::to_string(i % 7) + ",<2.0a0\",\"libx >=" + std::to_string(i % 13)
                + "\"],\"license\":\"MIT\",\"md5\":\"" + std::string(32, "0123456789abcdef"[i % 16])
                + "\",\"name\":\"pkg" + std::to_string(i % 3000) + "\",\"sha256\":\"" + std::string(64, 'a')
                + "\",\"size\":" + n + ",\"timestamp\":1700000000000,\"version\":\"1." + n + "\",\"note\":\""
                + std::string(300, 'x') + "\"}";
        };
        std::string json = "{\"info\":{\"subdir\":\"linux-64\"},\"packages\":{";
        for (int i = 0; i < count; ++i) {
            json += (i ? ",\"" : "\"")
                + ("pkg" + std::to_string(i % 3000) + "-1." + std::to_string(i) + "-h" + std::to_string(i)
                    + "_0.tar.bz2\":");
            record(i, json);
        }
        json += "},\"packages.conda\":{";
        for (int i = 0; i < count; i += 2) {
            json += (i ? ",\"" : "\"")
                + ("pkg" + std::to_string(i % 3000) + "-1." + std::to_string(i) + "-h" + std::to_string(i)
                    + "_0.conda\":");
            record(i, json);
        }
        json += "}}";
        QVERIFY(json.size() > 24 * 1024 * 1024); // three times the loader's 8 MB step
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(json.data(), qint64(json.size())), qint64(json.size()));
        file.close();
        QProcess zstd;
        zstd.start(QStringLiteral("zstd"), { QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("-1"), path });
        QVERIFY(zstd.waitForFinished());
        QCOMPARE(zstd.exitCode(), 0);

        Database mapped, decompressed;
        auto fromMapped = mapped.addRepodata(source(QStringLiteral("c"), QStringLiteral("linux-64"), path), noCache);
        auto fromZstd = decompressed.addRepodata(
            source(QStringLiteral("c"), QStringLiteral("linux-64"), path + QStringLiteral(".zst")), noCache);
        QVERIFY(fromMapped.ok() && fromZstd.ok());
        QCOMPARE(fromMapped->records, std::size_t(count));
        QCOMPARE(fromMapped->replacedByConda, std::size_t(count / 2));
        QCOMPARE(fromZstd->records, fromMapped->records);
        QCOMPARE(fromZstd->replacedByConda, fromMapped->replacedByConda);
        const auto records = mapped.allRecords();
        QCOMPARE(records, decompressed.allRecords());
        const auto conda
            = std::count_if(records.begin(), records.end(), [](const auto &r) { return r.fn.ends_with(".conda"); });
        QCOMPARE(conda, std::ptrdiff_t(count / 2));
        QCOMPARE(records.front().md5.size(), std::size_t(32));
        QCOMPARE(records.front().sha256, std::string(64, 'a'));
    }

    void solvCacheIsUsedWhenFreshAndRebuiltWhenStale()
    {
        QTemporaryDir dir, cache;
        const QString path = writeRepodata(dir.path(), QStringLiteral("linux-64"),
                                           {makePackage(QStringLiteral("a"), QStringLiteral("1"), {QStringLiteral("b >=2")})});
        const LoadOptions options { cache.path().toStdString(), PipAsPythonDependency::No, {} };
        Database first;
        auto s1 = first.addRepodata(source(QStringLiteral("c"), QStringLiteral("linux-64"), path), options);
        QVERIFY(s1.ok());
        QVERIFY(!s1->fromSolvCache);
        QCOMPARE(QDir(cache.path()).entryList({QStringLiteral("*.solv")}).size(), 1);

        Database second;
        auto s2 = second.addRepodata(source(QStringLiteral("c"), QStringLiteral("linux-64"), path), options);
        QVERIFY(s2.ok());
        QVERIFY(s2->fromSolvCache);
        QCOMPARE(second.allRecords(), first.allRecords());

        // A different channel URL makes the cache stale (URLs end up in the records).
        auto other = source(QStringLiteral("c"), QStringLiteral("linux-64"), path);
        other.channelUrl = "https://mirror.invalid/c";
        Database third;
        auto s3 = third.addRepodata(other, options);
        QVERIFY(s3.ok());
        QVERIFY(!s3->fromSolvCache);

        // New JSON content (its size changes, which the stamp holds): rebuilt, and the new record is there.
        writeRepodata(dir.path(), QStringLiteral("linux-64"),
                      {makePackage(QStringLiteral("a"), QStringLiteral("1")), makePackage(QStringLiteral("a"), QStringLiteral("2"))});
        Database fourth;
        auto s4 = fourth.addRepodata(source(QStringLiteral("c"), QStringLiteral("linux-64"), path), options);
        QVERIFY(s4.ok());
        QVERIFY(!s4->fromSolvCache);
        QCOMPARE(fourth.packageCount(), std::size_t(2));
    }

    void damagedSolvCacheIsNeverHandedToLibsolv_data()
    {
        QTest::addColumn<int>("damage");
        QTest::newRow("one byte flipped in the payload") << 0;
        QTest::newRow("truncated") << 1;
        QTest::newRow("a libsolv .solv without our header") << 2;
    }

    // libsolv's .solv reader overflows on some corrupted files (found by fuzz_repodata_solv): the
    // cache carries a length and CRC-32C, and a damaged one is read from the JSON again.
    void damagedSolvCacheIsNeverHandedToLibsolv()
    {
        QFETCH(int, damage);
        QTemporaryDir dir, cache;
        const QString path = writeRepodata(dir.path(), QStringLiteral("linux-64"),
                                           {makePackage(QStringLiteral("a"), QStringLiteral("1"), {QStringLiteral("b >=2")})});
        const LoadOptions options { cache.path().toStdString(), PipAsPythonDependency::No, {} };
        Database first;
        QVERIFY(first.addRepodata(source(QStringLiteral("c"), QStringLiteral("linux-64"), path), options).ok());
        const QStringList files = QDir(cache.path()).entryList({QStringLiteral("*.solv")});
        QCOMPARE(files.size(), 1);
        QFile solv(QDir(cache.path()).filePath(files.first()));
        QVERIFY(solv.open(QIODevice::ReadWrite));
        QByteArray bytes = solv.readAll();
        QVERIFY(bytes.startsWith("DDSOLV02"));
        if (damage == 0)
            bytes[bytes.size() - 5] = char(bytes[bytes.size() - 5] ^ 0x40);
        else if (damage == 1)
            bytes.chop(7);
        else
            bytes.remove(0, 24);  // what repo_write() wrote, as another tool would leave it
        QVERIFY(solv.resize(0));
        QVERIFY(solv.seek(0));
        QCOMPARE(solv.write(bytes), bytes.size());
        solv.close();

        Database second;
        auto s2 = second.addRepodata(source(QStringLiteral("c"), QStringLiteral("linux-64"), path), options);
        QVERIFY(s2.ok());
        QVERIFY(!s2->fromSolvCache);
        QCOMPARE(second.allRecords(), first.allRecords());
        // ... and the cache is whole again.
        Database third;
        auto s3 = third.addRepodata(source(QStringLiteral("c"), QStringLiteral("linux-64"), path), options);
        QVERIFY(s3.ok());
        QVERIFY(s3->fromSolvCache);
    }

    void channelsAreOrderedByPriority()
    {
        QTemporaryDir dir;
        Database db;
        const QString low = writeRepodata(dir.filePath(QStringLiteral("low")), QStringLiteral("noarch"),
                                          {makePackage(QStringLiteral("a"), QStringLiteral("1"))});
        const QString high = writeRepodata(dir.filePath(QStringLiteral("high")), QStringLiteral("noarch"),
                                           {makePackage(QStringLiteral("b"), QStringLiteral("1"))});
        QVERIFY(db.addRepodata(source(QStringLiteral("low"), QStringLiteral("noarch"), low, 1), noCache).ok());
        QVERIFY(db.addRepodata(source(QStringLiteral("high"), QStringLiteral("noarch"), high, 2), noCache).ok());
        QCOMPARE(db.channels(), (std::vector<std::string>{"high", "low"}));
        QCOMPARE(db.packageNames(), (std::vector<std::string>{"a", "b"}));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
