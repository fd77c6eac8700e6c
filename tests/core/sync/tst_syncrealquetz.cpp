// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// SyncJob and QuetzUpload against the real Quetz server (tests/support/realquetz.h), one server for
// the class and a channel per test: uploads (201), a second sync that uploads nothing, a duplicate
// (409), a wrong checksum (406), a wrong or missing key (401), a missing channel, and the patched
// record fields Quetz does not keep. Quetz indexes an upload in the background, so the tests poll
// its repodata.json for the records before they read the channel again.
#include "core/channel/packagearchive.h"
#include "core/sync/syncjob.h"
#include "core/sync/syncquetz.h"
#include "tests/core/sync/syncfixture.h"
#include "tests/support/realquetz.h"
#include "tests/support/testhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace core::jobs;
using namespace core::sync;
using synctest::SourcePackage;
using testsupport::RealQuetz;
using testsupport::TestHttpServer;

namespace {

const char *s_keyVariable = "DEPLOYDECK_TEST_QUETZ_KEY";
constexpr int s_indexTimeoutMs = 60000;

QString everythingWritten(const Job &job)
{
    return job.logLines().join(u'\n')
        + QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(job.summary())).toJson())
        + QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(job.parameters())).toJson());
}

/** A name for this test (and data row) that is safe in a channel name and a folder name. */
QString testTag()
{
    QString tag = QString::fromLatin1(QTest::currentTestFunction());
    if (QTest::currentDataTag())
        tag += QLatin1Char('-') + QString::fromLatin1(QTest::currentDataTag());
    return tag.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-")).toLower();
}

} // namespace

class TestSyncRealQuetz : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<RealQuetz> m_quetz;
    std::unique_ptr<TestHttpServer> m_source;
    std::vector<SourcePackage> m_packages;
    QString m_channel;
    int m_channels = 0;

    /** A source channel of @p count packages and a new Quetz channel named after the test. */
    void setUp(int count)
    {
        const QString tag = testTag();
        const QString sourceDir = m_dir.filePath(QStringLiteral("source-") + tag);
        m_source = std::make_unique<TestHttpServer>(sourceDir);
        QVERIFY(m_source->start());
        m_packages = synctest::writeSourcePackages(sourceDir, count, m_source->baseUrl());
        QCOMPARE(int(m_packages.size()), count);
        m_channel = QStringLiteral("c%1-").arg(++m_channels) + tag.left(30);
        QCOMPARE(m_quetz->createChannel(m_channel), 201);
    }

    SyncOptions options() const
    {
        SyncOptions options;
        options.target = m_quetz->channelUrl(m_channel);
        options.items = synctest::itemsOf(m_packages);
        options.apiKeyEnvironment = QString::fromLatin1(s_keyVariable);
        options.stagingDir = m_dir.filePath(QStringLiteral("staging-") + testTag());
        return options;
    }

    /** Whether Quetz's index lists every package of the source with its sha256. */
    bool indexed() const
    {
        for (const SourcePackage &p : m_packages) {
            const QJsonObject record = m_quetz->record(m_channel, p.item.subdir, p.item.fn);
            if (record.value(QLatin1String("sha256")).toString() != p.item.sha256)
                return false;
        }
        return true;
    }

    /** Uploads package @p index with QuetzUpload (the sync's own upload) and @p sha256; the finished upload. */
    std::unique_ptr<QuetzUpload> upload(QNetworkAccessManager &network, std::size_t index, const QString &sha256,
        const QByteArray &key, const QString &channel = {})
    {
        SyncTarget target = parseSyncTarget(m_quetz->channelUrl(channel.isEmpty() ? m_channel : channel)).value();
        auto up = std::make_unique<QuetzUpload>(
            &network, target, key.toStdString(), m_packages[index].path, m_packages[index].item.fn, sha256);
        QSignalSpy finished(up.get(), &QuetzUpload::finished);
        up->start();
        if (!finished.wait(s_indexTimeoutMs))
            qWarning("the upload did not finish in time");
        return up;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        REQUIRE_REAL_QUETZ(quetzDir);
        m_quetz = std::make_unique<RealQuetz>(quetzDir);
        QVERIFY2(m_quetz->start(), qPrintable(m_quetz->errorText()));
    }
    void cleanupTestCase() { m_quetz.reset(); } // stops the server
    void cleanup() { qunsetenv(s_keyVariable); }

    void uploadsThenUploadsNothing_data()
    {
        QTest::addColumn<bool>("keyInFile");
        QTest::addColumn<bool>("md5Only");
        QTest::newRow("key from the environment") << false << false;
        QTest::newRow("key from a 0600 file") << true << false;
        QTest::newRow("plan with md5 only") << false << true;
    }
    void uploadsThenUploadsNothing()
    {
        QFETCH(bool, keyInFile);
        QFETCH(bool, md5Only);
        setUp(3);
        SyncOptions opts = options();
        if (keyInFile) {
            opts.apiKeyEnvironment.clear();
            opts.apiKeyFile = m_quetz->keyFile(); // start-quetz.sh writes it with mode 0600
        } else {
            qputenv(s_keyVariable, m_quetz->apiKey());
        }
        if (md5Only)
            for (SyncItem &item : opts.items)
                item.sha256.clear();
        const auto job = synctest::runSync(opts);
        QVERIFY2(job->state() == JobState::Succeeded, qPrintable(everythingWritten(*job)));
        QCOMPARE(job->summary().value(QStringLiteral("uploaded")).toInt(), 3);
        QVERIFY(!everythingWritten(*job).contains(QString::fromLatin1(m_quetz->apiKey())));
        QVERIFY(
            QDir(opts.stagingDir + QStringLiteral("/.deploydeck-partial/linux-64")).isEmpty()); // uploaded: not kept

        // Quetz lists each upload under its subdir with the archive's checksum once it has indexed it.
        QTRY_VERIFY_WITH_TIMEOUT(indexed(), s_indexTimeoutMs);
        // The second sync reads that index: nothing is fetched or uploaded again.
        m_source->clearRequests();
        const auto again = synctest::runSync(opts);
        QCOMPARE(again->state(), JobState::Succeeded);
        QCOMPARE(again->summary().value(QStringLiteral("skipped")).toInt(), 3);
        QCOMPARE(again->summary().value(QStringLiteral("uploaded")).toInt(), 0);
        QCOMPARE(m_source->requests().size(), 0);
    }

    /** The same file again: Quetz answers 409, which the upload counts as already there. */
    void duplicateIsAlreadyPresent()
    {
        setUp(1);
        QNetworkAccessManager network;
        const auto first = upload(network, 0, m_packages[0].item.sha256, m_quetz->apiKey());
        QCOMPARE(first->outcome(), QuetzUpload::Outcome::Uploaded);
        const auto second = upload(network, 0, m_packages[0].item.sha256, m_quetz->apiKey());
        QCOMPARE(second->outcome(), QuetzUpload::Outcome::AlreadyPresent);
        QVERIFY(!second->error());
    }

    /** A sha256 that is not the body's: 406, checked by Quetz before the key. */
    void wrongChecksumIsRefused()
    {
        setUp(1);
        QNetworkAccessManager network;
        const QString wrong = synctest::sha256Hex("not the package");
        const auto up = upload(network, 0, wrong, m_quetz->apiKey());
        QCOMPARE(up->outcome(), QuetzUpload::Outcome::Failed);
        QVERIFY2(up->error()->detail.starts_with("HTTP 406"), up->error()->detail.c_str());
        QVERIFY(m_quetz->record(m_channel, m_packages[0].item.subdir, m_packages[0].item.fn).isEmpty());
    }

    void badOrMissingKeyFails_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("wrong key") << QByteArray("qk-wrong-0000000000");
        QTest::newRow("no key") << QByteArray();
    }
    void badOrMissingKeyFails()
    {
        QFETCH(QByteArray, key);
        setUp(2);
        if (!key.isEmpty())
            qputenv(s_keyVariable, key);
        const auto job = synctest::runSync(options());
        QCOMPARE(job->state(), JobState::Failed);
        QCOMPARE(job->summary().value(QStringLiteral("failed")).toInt(), 2);
        const QString reason = job->outcomes()[0].reason;
        QVERIFY2(reason.contains(QLatin1String("HTTP 401")) && reason.contains(QLatin1String("check the API key")),
            qPrintable(reason));
        if (!key.isEmpty())
            QVERIFY(!everythingWritten(*job).contains(QString::fromLatin1(key)));

        // With the right key the verified files waiting in the staging folder go up without a new download.
        qputenv(s_keyVariable, m_quetz->apiKey());
        m_source->clearRequests();
        const auto again = synctest::runSync(options());
        QVERIFY2(again->state() == JobState::Succeeded, qPrintable(everythingWritten(*again)));
        QCOMPARE(again->summary().value(QStringLiteral("uploaded")).toInt(), 2);
        QCOMPARE(m_source->requests().size(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(indexed(), s_indexTimeoutMs);
    }

    /**
     * Quetz answers an upload to a channel it does not have with a bare 500: the sync asks for the
     * channel first and fails naming it, before anything is downloaded; a lone upload names it too.
     */
    void missingChannelIsNamed()
    {
        setUp(1);
        qputenv(s_keyVariable, m_quetz->apiKey());
        SyncOptions opts = options();
        opts.target = m_quetz->channelUrl(QStringLiteral("nosuchchannel"));
        const auto job = synctest::runSync(opts);
        QCOMPARE(job->state(), JobState::Failed);
        const QString error = job->summary().value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(QLatin1String("no channel 'nosuchchannel'")) && error.contains(m_quetz->serverUrl()),
            qPrintable(error));
        QCOMPARE(m_source->requests().size(), 0);

        QNetworkAccessManager network;
        const auto up
            = upload(network, 0, m_packages[0].item.sha256, m_quetz->apiKey(), QStringLiteral("nosuchchannel"));
        QCOMPARE(up->outcome(), QuetzUpload::Outcome::Failed);
        const std::string detail = up->error()->detail;
        QVERIFY2(detail.starts_with("HTTP 500") && detail.find("'nosuchchannel'") != std::string::npos, detail.c_str());
    }

    /**
     * Quetz rebuilds each record from its archive: the source's patch of a record is lost, and the
     * sync says so for that file (and only that one). The served record shows the loss.
     */
    void namesThePatchesQuetzDoesNotKeep()
    {
        setUp(2);
        qputenv(s_keyVariable, m_quetz->apiKey());
        SyncOptions opts = options();
        for (std::size_t i = 0; i < 2; ++i) {
            auto index = core::channel::readPackageIndexJson(m_packages[i].path);
            QVERIFY(index);
            QJsonObject record = QJsonDocument::fromJson(*index).object();
            record.insert(QStringLiteral("sha256"), m_packages[i].item.sha256);
            record.insert(QStringLiteral("md5"), m_packages[i].item.md5);
            record.insert(QStringLiteral("size"), m_packages[i].item.size);
            if (i == 0) // patched by the channel after the build
                record.insert(QStringLiteral("constrains"), QJsonArray { QStringLiteral("zlib >=1.3") });
            opts.items[i].record = QJsonDocument(record).toJson(QJsonDocument::Compact);
        }
        const auto job = synctest::runSync(opts);
        QVERIFY2(job->state() == JobState::Succeeded, qPrintable(everythingWritten(*job)));
        QCOMPARE(job->summary().value(QStringLiteral("uploaded")).toInt(), 2);
        QVERIFY2(job->outcomes()[0].reason.endsWith(
                     QStringLiteral("Quetz keeps the archive's record, not the source's patch of constrains")),
            qPrintable(job->outcomes()[0].reason));
        QVERIFY2(
            !job->outcomes()[1].reason.contains(QLatin1String("Quetz keeps")), qPrintable(job->outcomes()[1].reason));

        QTRY_VERIFY_WITH_TIMEOUT(indexed(), s_indexTimeoutMs);
        const QJsonObject served = m_quetz->record(m_channel, m_packages[0].item.subdir, m_packages[0].item.fn);
        QVERIFY2(
            served.value(QLatin1String("constrains")).toArray().isEmpty(), QJsonDocument(served).toJson().constData());
        QCOMPARE(served.value(QLatin1String("name")).toString(), QStringLiteral("pkg0"));
    }
};

QTEST_GUILESS_MAIN(TestSyncRealQuetz)
#include "tst_syncrealquetz.moc"
