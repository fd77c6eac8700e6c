// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/channel/channel.h"

#include <QDir>
#include <QTest>

using namespace core::channel;

namespace {

ChannelConfig testConfig()
{
    ChannelConfig config;
    config.customChannels = {{"internal", "https://conda.example.org/"},
                             {"internal/sub", "https://other.example.org"},
                             {"mini-conda-forge", "./channels"}};
    config.baseDir = "/work/ws";
    return config;
}

} // namespace

class TestChannel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("subdirs");
        const QStringList linux64{QStringLiteral("linux-64"), QStringLiteral("noarch")};
        const int http = int(ChannelKind::Http);
        QTest::newRow("plain name") << QStringLiteral("conda-forge") << QStringLiteral("conda-forge")
                                    << QStringLiteral("https://conda.anaconda.org/conda-forge") << http << linux64;
        QTest::newRow("name with label") << QStringLiteral("conda-forge/label/dev") << QStringLiteral("conda-forge/label/dev")
                                         << QStringLiteral("https://conda.anaconda.org/conda-forge/label/dev") << http << linux64;
        QTest::newRow("name with platform") << QStringLiteral("conda-forge/osx-arm64") << QStringLiteral("conda-forge")
                                            << QStringLiteral("https://conda.anaconda.org/conda-forge") << http
                                            << QStringList{QStringLiteral("osx-arm64"), QStringLiteral("noarch")};
        QTest::newRow("alias URL gets the short name") << QStringLiteral("https://conda.anaconda.org/bioconda/")
                                                       << QStringLiteral("bioconda")
                                                       << QStringLiteral("https://conda.anaconda.org/bioconda") << http << linux64;
        QTest::newRow("custom channel") << QStringLiteral("internal") << QStringLiteral("internal")
                                        << QStringLiteral("https://conda.example.org/internal") << http << linux64;
        QTest::newRow("custom channel, longest prefix") << QStringLiteral("internal/sub/x") << QStringLiteral("internal/sub/x")
                                                        << QStringLiteral("https://other.example.org/internal/sub/x") << http << linux64;
        QTest::newRow("custom channel in a folder") << QStringLiteral("mini-conda-forge") << QStringLiteral("mini-conda-forge")
                                                   << QStringLiteral("file:///work/ws/channels/mini-conda-forge")
                                                   << int(ChannelKind::File) << linux64;
        QTest::newRow("other URL") << QStringLiteral("http://mirror.local:8080/conda/main")
                                   << QStringLiteral("http://mirror.local:8080/conda/main")
                                   << QStringLiteral("http://mirror.local:8080/conda/main") << http << linux64;
        QTest::newRow("URL with platform") << QStringLiteral("https://mirror.local/main/linux-aarch64/")
                                           << QStringLiteral("https://mirror.local/main") << QStringLiteral("https://mirror.local/main")
                                           << http << QStringList{QStringLiteral("linux-aarch64"), QStringLiteral("noarch")};
        QTest::newRow("quetz") << QStringLiteral("https://quetz.maxiv.lu.se/get/mini-conda-forge")
                               << QStringLiteral("https://quetz.maxiv.lu.se/get/mini-conda-forge")
                               << QStringLiteral("https://quetz.maxiv.lu.se/get/mini-conda-forge") << int(ChannelKind::Quetz) << linux64;
        QTest::newRow("token is masked") << QStringLiteral("https://conda.anaconda.org/t/ab-12/private")
                                         << QStringLiteral("private") << QStringLiteral("https://conda.anaconda.org/t/<TOKEN>/private")
                                         << http << linux64;
        QTest::newRow("file URL") << QStringLiteral("file:///srv/channel/") << QStringLiteral("file:///srv/channel")
                                  << QStringLiteral("file:///srv/channel") << int(ChannelKind::File) << linux64;
        QTest::newRow("file URL, percent-encoded") << QStringLiteral("file:///srv/my%20channel") << QStringLiteral("file:///srv/my channel")
                                                   << QStringLiteral("file:///srv/my channel") << int(ChannelKind::File) << linux64;
        QTest::newRow("absolute path") << QStringLiteral("/srv/a/../channel") << QStringLiteral("file:///srv/channel")
                                       << QStringLiteral("file:///srv/channel") << int(ChannelKind::File) << linux64;
        QTest::newRow("relative path") << QStringLiteral("./local") << QStringLiteral("file:///work/ws/local")
                                       << QStringLiteral("file:///work/ws/local") << int(ChannelKind::File) << linux64;
        QTest::newRow("home path") << QStringLiteral("~/chan") << QStringLiteral("file://") + QDir::homePath() + QStringLiteral("/chan")
                                   << QStringLiteral("file://") + QDir::homePath() + QStringLiteral("/chan")
                                   << int(ChannelKind::File) << linux64;
    }

    void resolve()
    {
        QFETCH(QString, spec);
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(int, kind);
        QFETCH(QStringList, subdirs);
        auto channels = resolveChannel(spec.toStdString(), testConfig());
        QVERIFY2(channels.ok(), channels.ok() ? "" : channels.error().message().c_str());
        QCOMPARE(channels->size(), std::size_t(1));
        const Channel &c = channels->front();
        QCOMPARE(QString::fromStdString(c.name()), name);
        QCOMPARE(QString::fromStdString(c.url()), url);
        QCOMPARE(int(c.kind()), kind);
        QStringList got;
        for (const auto &s : c.subdirs("linux-64"))
            got.append(QString::fromStdString(s));
        QCOMPARE(got, subdirs);
    }

    void tokenOnlyInRequestUrl()
    {
        const Channel c = resolveChannel("https://conda.anaconda.org/t/ab-12/private/", {}).value().front();
        QVERIFY(c.hasToken());
        QCOMPARE(c.url(WithToken::Yes), std::string("https://conda.anaconda.org/t/ab-12/private"));
        QCOMPARE(c.subdirUrl("noarch", WithToken::Yes), std::string("https://conda.anaconda.org/t/ab-12/private/noarch"));
        QCOMPARE(c.subdirUrl("noarch"), std::string("https://conda.anaconda.org/t/<TOKEN>/private/noarch"));
        // The cache key leaves the token out, so a new token keeps the cache.
        const Channel rotated = resolveChannel("https://conda.anaconda.org/t/zz-99/private", {}).value().front();
        QCOMPARE(c.cacheKeyUrl("noarch"), rotated.cacheKeyUrl("noarch"));
        QVERIFY(c.cacheKeyUrl("noarch").find("ab-12") == std::string::npos);
    }

    void aliasWithToken()
    {
        ChannelConfig config;
        config.channelAlias = "https://conda.example.org/t/tok-1";
        const Channel c = resolveChannel("internal", config).value().front();
        QCOMPARE(c.name(), std::string("internal"));
        QCOMPARE(c.url(WithToken::Yes), std::string("https://conda.example.org/t/tok-1/internal"));
        QCOMPARE(c.url(), std::string("https://conda.example.org/t/<TOKEN>/internal"));
    }

    void quetzParts()
    {
        const Channel c = resolveChannel("https://quetz.local:8000/prefix/get/sardana/", {}).value().front();
        QCOMPARE(c.quetzServer(), std::string("https://quetz.local:8000/prefix"));
        QCOMPARE(c.quetzChannel(), std::string("sardana"));
        QCOMPARE(c.subdirUrl("linux-64"), std::string("https://quetz.local:8000/prefix/get/sardana/linux-64"));
    }

    void localPath()
    {
        const Channel c = resolveChannel("file:///srv/chan", {}).value().front();
        QCOMPARE(c.localPath(), std::string("/srv/chan"));
        QVERIFY(c.isLocal());
        QCOMPARE(c.subdirUrl("noarch"), std::string("file:///srv/chan/noarch"));
    }

    void defaultsExpand()
    {
        auto channels = resolveChannel("defaults", {});
        QVERIFY(channels.ok());
        QCOMPARE(channels->size(), std::size_t(2));
        QCOMPARE(channels->at(0).name(), std::string("pkgs/main"));
        QCOMPARE(channels->at(0).url(), std::string("https://repo.anaconda.com/pkgs/main"));
        QCOMPARE(channels->at(1).name(), std::string("pkgs/r"));
    }

    void listWithNodefaults_data()
    {
        QTest::addColumn<QStringList>("specs");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("defaults expand in place")
            << QStringList{QStringLiteral("conda-forge"), QStringLiteral("defaults")}
            << QStringList{QStringLiteral("conda-forge"), QStringLiteral("pkgs/main"), QStringLiteral("pkgs/r")};
        QTest::newRow("nodefaults drops them")
            << QStringList{QStringLiteral("conda-forge"), QStringLiteral("defaults"), QStringLiteral("nodefaults")}
            << QStringList{QStringLiteral("conda-forge")};
        QTest::newRow("duplicates keep the first place")
            << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("https://conda.anaconda.org/a")}
            << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("empty list") << QStringList{} << QStringList{};
    }

    void listWithNodefaults()
    {
        QFETCH(QStringList, specs);
        QFETCH(QStringList, names);
        ChannelConfig config;
        for (const QString &s : specs)
            config.channels.push_back(s.toStdString());
        auto channels = resolveChannels(config);
        QVERIFY(channels.ok());
        QStringList got;
        for (const auto &c : *channels)
            got.append(QString::fromStdString(c.name()));
        QCOMPARE(got, names);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("detail");
        QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("empty channel name");
        QTest::newRow("scheme") << QStringLiteral("ftp://host/chan") << QStringLiteral("unsupported URL scheme 'ftp'");
        QTest::newRow("no host") << QStringLiteral("https:///chan") << QStringLiteral("URL without a host");
        QTest::newRow("space in a name") << QStringLiteral("conda forge") << QStringLiteral("not a valid channel name");
        QTest::newRow("dot dot in a name") << QStringLiteral("a/../b") << QStringLiteral("not a valid channel name");
        QTest::newRow("relative file URL") << QStringLiteral("file://relative/x") << QStringLiteral("absolute path");
    }

    void badInput()
    {
        QFETCH(QString, spec);
        QFETCH(QString, detail);
        auto channels = resolveChannel(spec.toStdString(), {});
        QVERIFY(!channels.ok());
        QCOMPARE(channels.error().code, core::util::ErrorCode::InvalidArgument);
        QVERIFY2(QString::fromStdString(channels.error().detail).contains(detail), channels.error().detail.c_str());
    }

    void badInputNeverShowsToken()
    {
        auto channels = resolveChannel("ftp://host/t/s3cret/chan", {});
        QVERIFY(!channels.ok());
        QVERIFY(channels.error().message().find("s3cret") == std::string::npos);
        QVERIFY(channels.error().location.find("<TOKEN>") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestChannel)
#include "tst_channel.moc"
