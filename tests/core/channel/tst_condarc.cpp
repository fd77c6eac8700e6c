// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/channel/condarc.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace core::channel;

class TestCondarc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blockStyle()
    {
        // Not a raw string literal: moc would take its "#" lines for preprocessor directives.
        const std::string text =
            "# my condarc\n"
            "channel_alias: https://conda.example.org   # comment\n"
            "channels:\n"
            "  - conda-forge\n"
            "  - \"defaults\"\n"
            "  - 'https://quetz.local/get/x#not-a-comment'\n"
            "default_channels:\n"
            "  - https://repo.example.org/pkgs/main\n"
            "custom_channels:\n"
            "  internal: https://internal.example.org\n"
            "  'quoted': \"https://q.example.org\"\n"
            "ssl_verify: true\n"
            "envs_dirs:\n"
            "  - /opt/envs\n";
        auto config = parseCondarc(text, ".condarc");
        QVERIFY2(config.ok(), config.ok() ? "" : config.error().message().c_str());
        QCOMPARE(config->channelAlias, std::string("https://conda.example.org"));
        QCOMPARE(config->channels, (std::vector<std::string>{"conda-forge", "defaults", "https://quetz.local/get/x#not-a-comment"}));
        QCOMPARE(config->defaultChannels, std::vector<std::string>{"https://repo.example.org/pkgs/main"});
        QCOMPARE(config->customChannels.at("internal"), std::string("https://internal.example.org"));
        QCOMPARE(config->customChannels.at("quoted"), std::string("https://q.example.org"));
    }

    void flowStyle()
    {
        auto config = parseCondarc("channels: [conda-forge, 'bioconda']\ncustom_channels: {a: https://a.org, b: https://b.org}\n", "rc");
        QVERIFY(config.ok());
        QCOMPARE(config->channels, (std::vector<std::string>{"conda-forge", "bioconda"}));
        QCOMPARE(config->customChannels.size(), std::size_t(2));
    }

    void mergesOverBase()
    {
        ChannelConfig base;
        base.channels = {"old"};
        base.customChannels = {{"keep", "https://keep.org"}};
        auto config = parseCondarc("custom_channels:\n  new: https://new.org\n", "rc", base);
        QVERIFY(config.ok());
        QCOMPARE(config->channels, std::vector<std::string>{"old"});  // not in the file: kept
        QCOMPARE(config->customChannels.size(), std::size_t(2));
        auto emptied = parseCondarc("channels: []\n", "rc", base);
        QVERIFY(emptied.ok());
        QVERIFY(emptied->channels.empty());
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("detail");
        QTest::newRow("no colon") << QStringLiteral("channels\n") << QStringLiteral("rc:1") << QStringLiteral("key: value");
        QTest::newRow("nested list") << QStringLiteral("channels:\n  - [a, b]\n") << QStringLiteral("rc:2")
                                     << QStringLiteral("channel name or URL");
        QTest::newRow("map under channels") << QStringLiteral("channels:\n  a: b\n") << QStringLiteral("rc:2")
                                            << QStringLiteral("list item");
        QTest::newRow("alias as a list") << QStringLiteral("channel_alias:\n  - x\n") << QStringLiteral("rc:2")
                                         << QStringLiteral("single URL");
        QTest::newRow("anchor") << QStringLiteral("channels: &a [x]\n") << QStringLiteral("rc:1") << QStringLiteral("anchors");
        QTest::newRow("scalar channels") << QStringLiteral("channels: conda-forge\n") << QStringLiteral("rc:1")
                                         << QStringLiteral("must be a list");
        QTest::newRow("bad custom channel") << QStringLiteral("custom_channels:\n  - x\n") << QStringLiteral("rc:2")
                                            << QStringLiteral("name: URL");
    }

    void errors()
    {
        QFETCH(QString, text);
        QFETCH(QString, location);
        QFETCH(QString, detail);
        auto config = parseCondarc(text.toStdString(), "rc");
        QVERIFY(!config.ok());
        QCOMPARE(config.error().code, core::util::ErrorCode::ParseError);
        QCOMPARE(QString::fromStdString(config.error().location), location);
        QVERIFY2(QString::fromStdString(config.error().detail).contains(detail), config.error().detail.c_str());
    }

    void readsFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral(".condarc"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("channels:\n  - conda-forge\n");
        file.close();
        auto config = readCondarc(path.toStdString());
        QVERIFY(config.ok());
        QCOMPARE(config->channels, std::vector<std::string>{"conda-forge"});
        auto missing = readCondarc(dir.filePath(QStringLiteral("nope")).toStdString());
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, core::util::ErrorCode::FileNotFound);
    }
};

QTEST_GUILESS_MAIN(TestCondarc)
#include "tst_condarc.moc"
