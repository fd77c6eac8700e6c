// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/channel/quetzclient.h"
#include "tests/support/testhttpserver.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace core::channel;
using testsupport::TestHttpServer;
using Rule = TestHttpServer::Rule;

Q_DECLARE_METATYPE(core::util::ErrorCode)

namespace {

const QByteArray s_key = "qk-SECRET-4242";
const QByteArray s_channels = "[\n"
"  {\"name\": \"mini-conda-forge\", \"description\": \"what MAX IV needs\", \"private\": false, \"size_limit\": null,\n"
"   \"ttl\": 36000, \"mirror_channel_url\": null, \"mirror_mode\": null, \"members_count\": 3, \"packages_count\": 120},\n"
"  {\"name\": \"conda-forge-proxy\", \"description\": null, \"private\": true,\n"
"   \"mirror_channel_url\": \"https://conda.anaconda.org/conda-forge\", \"mirror_mode\": \"proxy\"}\n"
"]";

QStringList &captured()
{
    static QStringList s_messages;
    return s_messages;
}

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    captured().append(message);
}

QString writeKeyFile(const QTemporaryDir &dir, QFileDevice::Permissions permissions)
{
    const QString path = dir.filePath(QStringLiteral("quetz.key"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(s_key + "\n");
    file.close();
    QFile::setPermissions(path, permissions);
    return path;
}

} // namespace

class TestQuetzClient : public QObject
{
    Q_OBJECT

    QuetzChannelList list(const QString &server, const std::string &key)
    {
        QuetzClient client(server.toStdString(), key);
        client.setTransferTimeout(5000);
        QSignalSpy spy(&client, &QuetzClient::channelsListed);
        client.listChannels();
        if (!spy.wait(10000))
            return {};
        return spy.at(0).at(0).value<QuetzChannelList>();
    }

private Q_SLOTS:
    void listsChannelsWithApiKey()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setRule(QStringLiteral("/api/channels"), Rule::serve().withBody(s_channels));
        captured().clear();
        QLoggingCategory::setFilterRules(QStringLiteral("deploydeck.channel.debug=true"));
        const QtMessageHandler previous = qInstallMessageHandler(capture);
        const QuetzChannelList result = list(server.baseUrl() + u'/', s_key.toStdString());
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        QVERIFY2(!result.error, result.error ? result.error->message().c_str() : "");
        QCOMPARE(result.channels.size(), std::size_t(2));
        QCOMPARE(result.channels[0].name, std::string("mini-conda-forge"));
        QCOMPARE(result.channels[0].description, std::string("what MAX IV needs"));
        QVERIFY(!result.channels[0].isPrivate);
        QCOMPARE(result.channels[1].mirrorMode, std::string("proxy"));
        QVERIFY(result.channels[1].isPrivate);
        QCOMPARE(server.requests().front().headers.value("x-api-key"), s_key);
        QVERIFY(!captured().isEmpty());
        for (const QString &line : captured())
            QVERIFY2(!line.contains(QString::fromLatin1(s_key)), qPrintable(line));
    }

    /** A Quetz stand-in that checks the key itself, through the server's handler hook. */
    void serverSideKeyCheck()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler(QStringLiteral("/api/"), [](const TestHttpServer::Request &request) {
            return request.headers.value("x-api-key") == s_key ? Rule::serve().withBody(s_channels) : Rule::status(401);
        });
        QCOMPARE(list(server.baseUrl(), s_key.toStdString()).channels.size(), std::size_t(2));
        const QuetzChannelList refused = list(server.baseUrl(), "wrong-key");
        QVERIFY(refused.error);
        QVERIFY(refused.error->message().find("wrong-key") == std::string::npos);
        QCOMPARE(server.requestCount(QStringLiteral("/api/channels")), 2);
    }

    void anonymousSendsNoKey()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setRule(QStringLiteral("/api/channels"), Rule::serve().withBody("[]"));
        const QuetzChannelList result = list(server.baseUrl(), {});
        QVERIFY(!result.error);
        QVERIFY(result.channels.empty());
        QVERIFY(!server.requests().front().headers.contains("x-api-key"));
    }

    void errors_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<core::util::ErrorCode>("code");
        QTest::addColumn<QString>("detail");
        QTest::newRow("401") << Rule::status(401) << core::util::ErrorCode::HttpError << QStringLiteral("HTTP 401 Unauthorized (check the API key)");
        QTest::newRow("500") << Rule::status(500) << core::util::ErrorCode::HttpError << QStringLiteral("HTTP 500");
        QTest::newRow("not JSON") << Rule::serve().withBody("<html>") << core::util::ErrorCode::ParseError << QStringLiteral("invalid JSON");
        QTest::newRow("not a list") << Rule::serve().withBody("{\"detail\": \"x\"}") << core::util::ErrorCode::InvalidValue
                                    << QStringLiteral("expected a list");
        QTest::newRow("nameless channel") << Rule::serve().withBody("[{\"private\": true}]") << core::util::ErrorCode::InvalidValue
                                          << QStringLiteral("without a name");
    }

    void errors()
    {
        QFETCH(Rule, rule);
        QFETCH(core::util::ErrorCode, code);
        QFETCH(QString, detail);
        TestHttpServer server;
        QVERIFY(server.start());
        server.setRule(QStringLiteral("/api/channels"), rule);
        const QuetzChannelList result = list(server.baseUrl(), s_key.toStdString());
        QVERIFY(result.error);
        QCOMPARE(result.error->code, code);
        QCOMPARE(QString::fromStdString(result.error->location), server.baseUrl() + QStringLiteral("/api/channels"));
        QVERIFY2(QString::fromStdString(result.error->detail).contains(detail), result.error->detail.c_str());
        QVERIFY(result.error->message().find(s_key.toStdString()) == std::string::npos);
    }

    void keyNeverFollowsRedirectToOtherHost()
    {
        TestHttpServer server;
        TestHttpServer elsewhere;
        QVERIFY(server.start());
        QVERIFY(elsewhere.start());
        const QString target = QStringLiteral("http://localhost:") + QString::number(elsewhere.port()) + QStringLiteral("/api/channels");
        server.setRule(QStringLiteral("/api/channels"), Rule::redirect(target, 302));
        const QuetzChannelList result = list(server.baseUrl(), s_key.toStdString());
        QVERIFY(result.error);
        QCOMPARE(elsewhere.requests().size(), 0);
    }

    void apiKeySources()
    {
        QTemporaryDir dir;
        const QString privateFile = writeKeyFile(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        qunsetenv("DEPLOYDECK_TEST_QUETZ_KEY");
        auto fromFile = readQuetzApiKey({"DEPLOYDECK_TEST_QUETZ_KEY", privateFile.toStdString()});
        QVERIFY(fromFile.ok());
        QCOMPARE(*fromFile, s_key.toStdString());

        qputenv("DEPLOYDECK_TEST_QUETZ_KEY", "from-env");
        auto fromEnv = readQuetzApiKey({"DEPLOYDECK_TEST_QUETZ_KEY", privateFile.toStdString()});
        QCOMPARE(fromEnv.value(), std::string("from-env"));
        qunsetenv("DEPLOYDECK_TEST_QUETZ_KEY");

        auto none = readQuetzApiKey({"DEPLOYDECK_TEST_QUETZ_KEY", {}});
        QVERIFY(none.ok());
        QVERIFY(none->empty());
    }

    void keyFileMustBePrivate_data()
    {
        QTest::addColumn<int>("permissions");
        QTest::addColumn<QString>("mode");
        QTest::newRow("0644") << int(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther)
                              << QStringLiteral("0644");
        QTest::newRow("0640") << int(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup) << QStringLiteral("0640");
        QTest::newRow("0602") << int(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::WriteOther) << QStringLiteral("0602");
    }

    void keyFileMustBePrivate()
    {
        QFETCH(int, permissions);
        QFETCH(QString, mode);
        QTemporaryDir dir;
        const QString path = writeKeyFile(dir, QFileDevice::Permissions(permissions));
        auto key = readQuetzApiKey({"", path.toStdString()});
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, core::util::ErrorCode::InvalidValue);
        QCOMPARE(QString::fromStdString(key.error().location), path);
        QVERIFY2(QString::fromStdString(key.error().detail).contains(mode), key.error().detail.c_str());
        QVERIFY(key.error().message().find(s_key.toStdString()) == std::string::npos);
    }

    void missingKeyFile()
    {
        auto key = readQuetzApiKey({"", "/nonexistent/quetz.key"});
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, core::util::ErrorCode::FileNotFound);
    }

    void paginatedAnswerAndChannelUrl()
    {
        auto channels = parseQuetzChannels("{\"pagination\": {\"skip\": 0}, \"result\": [{\"name\": \"a\"}]}", "x");
        QVERIFY(channels.ok());
        QCOMPARE(channels->front().name, std::string("a"));
        QCOMPARE(quetzChannelUrl("https://quetz.local/", "a"), std::string("https://quetz.local/get/a"));
    }
};

QTEST_GUILESS_MAIN(TestQuetzClient)
#include "tst_quetzclient.moc"
