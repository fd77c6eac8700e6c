// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The blocking file steps of a sync: checksums, checks before downloading, placing, publishing.
#include "core/sync/syncfiles.h"
#include "core/util/atomicfile.h"
#include "tests/core/sync/syncfixture.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace core::jobs;
using namespace core::sync;
using synctest::SourcePackage;

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

} // namespace

class TestSyncFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hashesLikeQt()
    {
        QTemporaryDir dir;
        const QByteArray data = QByteArray("conda package bytes ").repeated(100000);  // > one read buffer
        writeFile(dir.filePath(QStringLiteral("f")), data);
        auto sums = fileChecksums(dir.filePath(QStringLiteral("f")));
        QVERIFY(sums);
        QCOMPARE(sums->size, data.size());
        QCOMPARE(sums->sha256, QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        QCOMPARE(sums->md5, QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex());
        QCOMPARE(fileChecksums(dir.filePath(QStringLiteral("missing"))).error().code, core::util::ErrorCode::FileUnreadable);
        auto shaOnly = fileChecksums(dir.filePath(QStringLiteral("f")), core::channel::Digests::Sha256Only);
        QVERIFY(shaOnly);
        QCOMPARE(shaOnly->sha256, sums->sha256);
        QVERIFY(shaOnly->md5.isEmpty());
    }

    void verifies_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("sha256");
        QTest::addColumn<QString>("md5");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QString>("error");  // empty: verified
        QTest::addColumn<QString>("returnedMd5");  // the md5 a verified file is given
        const QByteArray data = "0123456789";
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        const QString md5 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex());
        const QString recordMd5 = QStringLiteral("0123456789abcdef0123456789abcdef");  // not the file's: never checked
        QTest::newRow("sha256") << data << sha << QString() << qint64(10) << QString() << md5;
        QTest::newRow("upper-case sha256") << data << sha.toUpper() << QString() << qint64(10) << QString() << md5;
        QTest::newRow("md5 only") << data << QString() << md5 << qint64(0) << QString() << md5;
        QTest::newRow("sha256 wins over a malformed md5, which is computed") << data << sha << QStringLiteral("00") << qint64(10) << QString() << md5;
        QTest::newRow("the record's md5 once its sha256 matched") << data << sha << recordMd5.toUpper() << qint64(10) << QString() << recordMd5;
        QTest::newRow("wrong sha256") << QByteArray("0123456780") << sha << md5 << qint64(10) << QStringLiteral("sha256 mismatch: expected ") << QString();
        QTest::newRow("wrong md5") << QByteArray("0123456780") << QString() << md5 << qint64(10) << QStringLiteral("md5 mismatch") << QString();
        QTest::newRow("wrong size") << data << sha << md5 << qint64(11) << QStringLiteral("size mismatch: expected 11 bytes, got 10") << QString();
        QTest::newRow("nothing to check") << data << QString() << QString() << qint64(10) << QStringLiteral("no sha256 or md5") << QString();
    }
    void verifies()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, sha256);
        QFETCH(QString, md5);
        QFETCH(qint64, size);
        QFETCH(QString, error);
        QFETCH(QString, returnedMd5);
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("f")), content);
        const auto verified = verifyFile(dir.filePath(QStringLiteral("f")), SyncItem{QStringLiteral("f.conda"), QStringLiteral("noarch"), {}, size, sha256, md5});
        QCOMPARE(verified.ok(), error.isEmpty());
        if (verified)
            QCOMPARE(QString::fromLatin1(verified->md5), returnedMd5);
        if (!verified) {
            QVERIFY2(QString::fromStdString(verified.error().detail).contains(error), verified.error().detail.c_str());
            QCOMPARE(verified.error().location, std::string("noarch/f.conda"));
        }
    }

    void checksBeforeDownloading()
    {
        QTemporaryDir source, target;
        const auto packages = synctest::writeSourcePackages(source.path(), 4, QStringLiteral("http://127.0.0.1:1"));
        std::vector<SyncItem> items = synctest::itemsOf(packages);
        QVERIFY(QDir().mkpath(target.filePath(QStringLiteral("linux-64"))));
        QVERIFY(QFile::copy(packages[0].path, target.filePath(QStringLiteral("linux-64/")) + items[0].fn));  // present
        writeFile(target.filePath(QStringLiteral("noarch/")) + items[1].fn, "damaged");                  // present, wrong
        writeFile(partialPath(target.path(), items[2]), packages[2].data.left(100));                     // resumable
        writeFile(partialPath(target.path(), items[3]), packages[3].data + "too long");                 // stale
        items.push_back(items[0]);
        items.back().fn = QStringLiteral("../escape.conda");
        const auto checks = checkSyncItems(items, target.path(), target.path(), nullptr, nullptr);
        QCOMPARE(checks.size(), std::size_t(5));
        QVERIFY(checks[0].present);
        QVERIFY(!checks[1].present);
        QCOMPARE(checks[2].partialBytes, qint64(100));
        QCOMPARE(checks[3].partialBytes, qint64(0));
        QVERIFY(!QFileInfo::exists(partialPath(target.path(), items[3])));
        QVERIFY(checks[4].refused);
        QCOMPARE(checks[4].refused->code, core::util::ErrorCode::UnsafePath);
    }

    void readsWhatARemoteChannelHolds()
    {
        const QByteArray repodata = R"({"info": {"subdir": "noarch"},
            "packages": {"a-1-0.tar.bz2": {"sha256": "aa", "md5": "11"}},
            "packages.conda": {"b-1-0.conda": {"sha256": "bb"}}})";
        TargetChecksums remote;
        QVERIFY(addRepodataChecksums(repodata, QStringLiteral("noarch"), QStringLiteral("https://q/get/c/noarch/repodata.json"), remote));
        QCOMPARE(remote.size(), 2);
        QCOMPARE(remote.value(QStringLiteral("noarch/a-1-0.tar.bz2")), qMakePair(QStringLiteral("aa"), QStringLiteral("11")));
        const std::vector<SyncItem> items{{QStringLiteral("a-1-0.tar.bz2"), QStringLiteral("noarch"), {}, 0, QStringLiteral("AA"), {}},
                                          {QStringLiteral("b-1-0.conda"), QStringLiteral("noarch"), {}, 0, QStringLiteral("cc"), {}},
                                          {QStringLiteral("a-1-0.tar.bz2"), QStringLiteral("noarch"), {}, 0, {}, QStringLiteral("11")}};
        const auto checks = checkSyncItems(items, QString(), QDir::tempPath() + QStringLiteral("/none"), &remote, nullptr);
        QVERIFY(checks[0].present);   // sha256 matches (case does not matter)
        QVERIFY(!checks[1].present);  // another build under the same name
        QVERIFY(checks[2].present);   // md5 when the item has no sha256
        const auto broken = addRepodataChecksums("{\"packages\": ", QStringLiteral("noarch"), QStringLiteral("here"), remote);
        QVERIFY(!broken);
        QCOMPARE(broken.error().location, std::string("here"));
    }

    void placesOnlyVerifiedFiles()
    {
        QTemporaryDir dir;
        const QByteArray data = "package";
        SyncItem item{QStringLiteral("p-1-0.conda"), QStringLiteral("linux-64"), {}, data.size(),
                      QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()), {}};
        const QString part = partialPath(dir.path(), item);
        const QString destination = dir.filePath(QStringLiteral("linux-64/p-1-0.conda"));
        writeFile(destination, "an older, damaged copy");
        writeFile(part, data);
        auto placed = verifyAndPlace(part, item, destination);
        QVERIFY(placed);
        QCOMPARE(placed->sha256, item.sha256.toLatin1());
        QVERIFY(!QFileInfo::exists(part));
        QCOMPARE(core::util::readFile(destination).value(), data);  // replaced in one step
        writeFile(part, "pakcage");
        QVERIFY(!verifyAndPlace(part, item, destination));
        QVERIFY(!QFileInfo::exists(part));                           // wrong bytes are not kept
        QCOMPARE(core::util::readFile(destination).value(), data);
    }

    /** A new channel is valid before anything is in it; published files get their verified checksums. */
    void publishesWithKnownChecksums()
    {
        QTemporaryDir source, target;
        const auto packages = synctest::writeSourcePackages(source.path(), 2, QStringLiteral("file://") + source.path());
        const QString root = target.filePath(QStringLiteral("channel"));
        QVERIFY(prepareLocalChannel(root, {QStringLiteral("linux-64"), QStringLiteral("noarch")}));
        QCOMPARE(synctest::checkChannel(root).problems, QStringList());
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/noarch/repodata.json.zst")));
        std::vector<PlacedFile> placed;
        for (const SourcePackage &p : packages) {
            QVERIFY(QFile::copy(p.path, root + u'/' + p.item.subdir + u'/' + p.item.fn));
            placed.push_back({p.item.subdir, p.item.fn, fileChecksums(p.path).value()});
        }
        // The indexer takes the checksums it is given instead of hashing again (seen with a made-up md5).
        placed[0].checksums.md5 = "0123456789abcdef0123456789abcdef";
        auto report = publishLocalChannel(root, {QStringLiteral("linux-64"), QStringLiteral("noarch")}, placed, nullptr);
        QVERIFY(report);
        const QJsonObject linux64 = QJsonDocument::fromJson(core::util::readFile(root + QStringLiteral("/linux-64/repodata.json")).value()).object();
        const QJsonObject record = linux64.value(QStringLiteral("packages.conda")).toObject().value(packages[0].item.fn).toObject();
        QCOMPARE(record.value(QStringLiteral("md5")).toString(), QStringLiteral("0123456789abcdef0123456789abcdef"));
        QCOMPARE(record.value(QStringLiteral("sha256")).toString(), packages[0].item.sha256);
        QCOMPARE(synctest::checkChannel(root).listed.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSyncFiles)
#include "tst_syncfiles.moc"
