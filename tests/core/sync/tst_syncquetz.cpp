// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// SyncJob into a Quetz channel, against a stand-in on 127.0.0.1 for what the real server
// (tst_syncrealquetz) cannot be made to do or show: the requests as sent, an index that cannot be
// read, and a key file refused before anything is sent.
#include "core/sync/syncjob.h"
#include "core/sync/syncquetz.h"
#include "tests/core/sync/syncfixture.h"
#include "tests/support/quetzstandin.h"
#include "tests/support/testhttpserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace core::jobs;
using namespace core::sync;
using synctest::SourcePackage;
using testsupport::QuetzStandIn;
using testsupport::TestHttpServer;

namespace {

const QByteArray s_key = "qk-7f3a9c1e5b2d4680";
const char *s_keyVariable = "DEPLOYDECK_TEST_QUETZ_KEY";

QString everythingWritten(const Job &job)
{
    return job.logLines().join(u'\n') + QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(job.summary())).toJson())
           + QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(job.parameters())).toJson());
}

} // namespace

class TestSyncQuetz : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestHttpServer> m_source;
    std::unique_ptr<QuetzStandIn> m_quetz;
    std::vector<SourcePackage> m_packages;

    void setUpServers(int count)
    {
        const QString sourceDir = m_dir.filePath(QStringLiteral("source-") + QString::fromLatin1(QTest::currentTestFunction())
                                                 + QString::fromLatin1(QTest::currentDataTag() ? QTest::currentDataTag() : "")
                                                       .replace(u' ', u'-'));
        m_source = std::make_unique<TestHttpServer>(sourceDir);
        QVERIFY(m_source->start());
        m_packages = synctest::writeSourcePackages(sourceDir, count, m_source->baseUrl());
        QCOMPARE(int(m_packages.size()), count);
        m_quetz = std::make_unique<QuetzStandIn>(QStringLiteral("maxiv"), s_key);
        QVERIFY(m_quetz->start());
    }

    SyncOptions options() const
    {
        SyncOptions options;
        options.target = m_quetz->channelUrl();
        options.items = synctest::itemsOf(m_packages);
        options.apiKeyEnvironment = QString::fromLatin1(s_keyVariable);
        // A staging folder per test (and row): files one test leaves staged are not another's.
        const QString tag = QString::fromLatin1(QTest::currentTestFunction()) + QLatin1Char('-')
                            + QString::fromLatin1(QTest::currentDataTag() ? QTest::currentDataTag() : "");
        options.stagingDir = m_dir.filePath(QStringLiteral("staging-") + QString(tag).replace(u' ', u'-'));
        return options;
    }

    static std::unique_ptr<SyncJob> run(const SyncOptions &options) { return synctest::runSync(options); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }
    void cleanup() { qunsetenv(s_keyVariable); }

    void buildsTheUploadUrl()
    {
        SyncTarget target;
        target.kind = SyncTargetKind::Quetz;
        target.quetzServer = QStringLiteral("https://q.example/prefix");
        target.quetzChannel = QStringLiteral("maxiv");
        QCOMPARE(quetzUploadUrl(target, QStringLiteral("a-1.0-0.conda"), QStringLiteral("ab12")).toString(),
                 QStringLiteral("https://q.example/prefix/api/channels/maxiv/upload/a-1.0-0.conda?sha256=ab12"));
    }

    /**
     * What only a stand-in can show: the requests as sent. The key travels in X-API-Key alone, the
     * query is the sha256 and the body the file (the real server's answers: tst_syncrealquetz).
     */
    void sendsTheKeyInItsHeaderOnly()
    {
        setUpServers(2);
        qputenv(s_keyVariable, s_key);
        const auto job = run(options());
        QCOMPARE(job->state(), JobState::Succeeded);
        QVERIFY2(m_quetz->refusals().isEmpty(), qPrintable(m_quetz->refusals().join(u'\n')));
        int uploadRequests = 0;
        for (const auto &request : m_quetz->http().requests()) {
            if (!request.path.startsWith(QLatin1String("/api/channels/maxiv/upload/")))
                continue;
            ++uploadRequests;
            const auto package = std::find_if(m_packages.begin(), m_packages.end(), [&](const SourcePackage &p) {
                return request.path == QStringLiteral("/api/channels/maxiv/upload/") + p.item.fn;
            });
            QVERIFY2(package != m_packages.end(), qPrintable(request.path));
            QCOMPARE(request.method, QByteArray("POST"));
            QCOMPARE(request.query, QStringLiteral("sha256=") + synctest::sha256Hex(package->data));
            QCOMPARE(request.headers.value("x-api-key"), s_key);
            QCOMPARE(request.body, package->data);
        }
        QCOMPARE(uploadRequests, 2);
        QVERIFY(!everythingWritten(*job).contains(QString::fromLatin1(s_key)));
    }

    /**
     * When the channel's index cannot be read, the upload finds out: 409 counts as already there.
     * A real Quetz cannot be made to fail its index; its 409 is in tst_syncrealquetz.
     */
    void conflictMeansAlreadyPresent()
    {
        setUpServers(2);
        qputenv(s_keyVariable, s_key);
        QVERIFY(m_quetz->addPackage(m_packages[0].item.fn, m_packages[0].data));
        m_quetz->http().setRule(QStringLiteral("/get/maxiv/linux-64/repodata.json"), TestHttpServer::Rule::status(500));
        const auto job = run(options());
        QCOMPARE(job->state(), JobState::Succeeded);
        QCOMPARE(job->outcomes()[0].status, SyncItemStatus::Skipped);
        QCOMPARE(job->outcomes()[1].status, SyncItemStatus::Published);
        QVERIFY(!job->logLines().filter(QStringLiteral("warning: cannot read what the channel holds")).isEmpty());
        QCOMPARE(m_quetz->uploads().size(), 2);
    }

    void refusesAKeyFileOthersCanRead()
    {
        setUpServers(1);
        SyncOptions opts = options();
        opts.apiKeyEnvironment.clear();
        opts.apiKeyFile = m_dir.filePath(QStringLiteral("open-key"));
        QFile file(opts.apiKeyFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(s_key);
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        const auto job = run(opts);
        QCOMPARE(job->state(), JobState::Failed);
        QVERIFY2(job->summary().value(QStringLiteral("error")).toString().contains(QLatin1String("chmod 600")),
                 qPrintable(job->summary().value(QStringLiteral("error")).toString()));
        QCOMPARE(m_source->requests().size(), 0);
        QCOMPARE(m_quetz->http().requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncQuetz)
#include "tst_syncquetz.moc"
