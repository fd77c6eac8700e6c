// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/envfile/workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace core::envfile;
using core::util::ErrorCode;

class TestWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheDemo()
    {
        auto ws = readWorkspace(DEPLOYDECK_SOURCE_DIR "/resources/demo");
        QVERIFY2(ws.ok(), ws.ok() ? "" : ws.error().message().c_str());
        QCOMPARE(ws->platform, std::string("linux-64"));
        QCOMPARE(ws->channels.size(), std::size_t(1));
        QVERIFY(ws->channels[0].name.starts_with("file://"));
        QVERIFY(ws->channels[0].name.ends_with("/channels/mini-conda-forge"));
        QVERIFY(ws->syncTarget.ends_with("/channels/mini-conda-forge"));
        QCOMPARE(ws->syncSource.size(), std::size_t(1));
        QVERIFY(ws->syncSource[0].ends_with("/channels/conda-forge"));
        QCOMPARE(syncSourceChannels(*ws), ws->syncSource);
        QVERIFY(ws->customChannels.at("mini-conda-forge").starts_with("file://"));
        QCOMPARE(ws->virtualPackages.at("__glibc"), std::string("2.28"));
        QCOMPARE(ws->environments.size(), std::size_t(2));
        QVERIFY(QFile::exists(QString::fromStdString(ws->inventory)));
        QVERIFY(ws->warnings.empty());
        QVERIFY(ws->strictChannelPriority);
    }

    /** sync_source: one channel or a list; without it a sync solves against the channels. */
    void syncSourceIsAChannelOrAList()
    {
        auto one = parseWorkspace("channels: [./mirror]\nsync_source: ./stand-in\n", "/ws/deploydeck.yml");
        QVERIFY2(one.ok(), one.ok() ? "" : one.error().message().c_str());
        QCOMPARE(one->syncSource.size(), std::size_t(1));
        QVERIFY(one->syncSource[0].ends_with("/ws/stand-in"));
        QCOMPARE(syncSourceChannels(*one), one->syncSource);

        auto list = parseWorkspace("sync_source: [./a, /srv/b]\n", "/ws/deploydeck.yml");
        QVERIFY(list.ok());
        QCOMPARE(list->syncSource.size(), std::size_t(2));
        QVERIFY(list->syncSource[1].ends_with("/srv/b"));

        auto none = parseWorkspace("channels: [./mirror]\n", "/ws/deploydeck.yml");
        QVERIFY(none.ok());
        QVERIFY(none->syncSource.empty());
        QCOMPARE(syncSourceChannels(*none), std::vector<std::string> { none->channels[0].name });

        auto bad = parseWorkspace("sync_source:\n  a: 1\n", "/ws/deploydeck.yml");
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().location.find("deploydeck.yml:2:") != std::string::npos, bad.error().location.c_str());
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("location");
        QTest::newRow("syntax") << QByteArray("channels: [a, b\nplatform: linux-64\n") << int(ErrorCode::ParseError) << ":2:";
        QTest::newRow("bad platform") << QByteArray("name: x\nplatform: amiga-68k\n") << int(ErrorCode::InvalidValue) << ":2:11";
        QTest::newRow("channels not a list") << QByteArray("channels: conda-forge\n") << int(ErrorCode::InvalidValue) << ":1:11";
        QTest::newRow("bad priority") << QByteArray("channel_priority: sometimes\n") << int(ErrorCode::InvalidValue) << ":1:19";
        QTest::newRow("not a mapping") << QByteArray("- a\n- b\n") << int(ErrorCode::InvalidValue) << ":1:1";
        QTest::newRow("rpm repo without url") << QByteArray("rpm_repositories:\n  - name: base\n") << int(ErrorCode::InvalidValue) << ":2:5";
    }
    void errors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, code);
        QFETCH(QString, location);
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("deploydeck.yml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(yaml);
        f.close();
        auto ws = readWorkspace(dir.path().toStdString());
        QVERIFY(!ws.ok());
        QCOMPARE(int(ws.error().code), code);
        const QString loc = QString::fromStdString(ws.error().location);
        QVERIFY2(loc.startsWith(f.fileName()) && loc.contains(location), qPrintable(loc));
    }

    /** The error names every platform that is accepted, linux-ppc64le too. */
    void badPlatformNamesTheAcceptedOnes()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("deploydeck.yml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name: x\nplatform: linux-999\n");
        f.close();
        auto ws = readWorkspace(dir.path().toStdString());
        QVERIFY(!ws.ok());
        const std::string message = ws.error().message();
        for (const char *platform : { "linux-64", "linux-aarch64", "linux-ppc64le", "osx-64", "osx-arm64", "win-64" })
            QVERIFY2(message.find(platform) != std::string::npos, message.c_str());
    }

    void unknownKeysAreWarnings()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("deploydeck.yml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name: x\nchanels: [a]\npin_variables:\n  rpms: [x]\n");
        f.close();
        auto ws = readWorkspace(f.fileName().toStdString());
        QVERIFY(ws.ok());
        QCOMPARE(ws->warnings.size(), std::size_t(2));
        QVERIFY(ws->warnings[0].message.find("chanels") != std::string::npos);
        QVERIFY(ws->warnings[0].location.ends_with(":2:10"));
        QCOMPARE(ws->platforms, std::vector<std::string>{"linux-64"});
    }

    void missingWorkspace()
    {
        auto ws = readWorkspace("/nonexistent/place");
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().code, ErrorCode::FileNotFound);
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
