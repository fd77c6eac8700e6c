// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/envfile/workspaceedit.h"
#include "core/util/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace core::envfile;
using core::util::ErrorCode;

class TestWorkspaceEdit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendsToTheBlockList_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("expected");
        const QString url = QStringLiteral("http://127.0.0.1:8000/get/maxiv");
        QTest::newRow("indented items, comments kept")
            << QStringLiteral("# top\nchannels:\n  - conda-forge   # first\n\n  # a note\n  - ./local\nplatform: linux-64\n")
            << QStringLiteral("# top\nchannels:\n  - conda-forge   # first\n\n  # a note\n  - ./local\n  - %1\nplatform: linux-64\n").arg(url);
        QTest::newRow("items at column 0")
            << QStringLiteral("channels:\n- conda-forge\n- bioconda\nname: x\n")
            << QStringLiteral("channels:\n- conda-forge\n- bioconda\n- %1\nname: x\n").arg(url);
        QTest::newRow("mapping item with continuation")
            << QStringLiteral("channels:\n    - name: https://mirror.example/c\n      ssl_verify: false\n# end\n")
            << QStringLiteral("channels:\n    - name: https://mirror.example/c\n      ssl_verify: false\n    - %1\n# end\n").arg(url);
        QTest::newRow("last key, no newline at the end")
            << QStringLiteral("name: x\nchannels:\n  - conda-forge")
            << QStringLiteral("name: x\nchannels:\n  - conda-forge\n  - %1\n").arg(url);
        QTest::newRow("empty flow list") << QStringLiteral("channels: []  # none yet\nname: x\n")
                                         << QStringLiteral("channels:\n  - %1\nname: x\n").arg(url);
        QTest::newRow("no channels key") << QStringLiteral("name: x\n")
                                         << QStringLiteral("name: x\n\nchannels:\n  - %1\n").arg(url);
    }

    void appendsToTheBlockList()
    {
        QFETCH(QString, yaml);
        QFETCH(QString, expected);
        const std::string file = QDir::temp().filePath(QStringLiteral("deploydeck.yml")).toStdString();
        auto edited = withChannelAdded(yaml.toStdString(), "http://127.0.0.1:8000/get/maxiv", file);
        QVERIFY2(edited.ok(), edited.ok() ? "" : edited.error().message().c_str());
        QCOMPARE(QString::fromStdString(*edited), expected);
        auto ws = parseWorkspace(*edited, file);
        QVERIFY(ws.ok());
        QCOMPARE(ws->channels.back().name, std::string("http://127.0.0.1:8000/get/maxiv"));
    }

    void quotesWhatAPlainScalarCannotHold()
    {
        const std::string file = QDir::temp().filePath(QStringLiteral("deploydeck.yml")).toStdString();
        const std::string odd = "http://host/get/odd channel #1";
        auto edited = withChannelAdded("channels:\n  - a\n", odd, file);
        QVERIFY(edited.ok());
        QVERIFY(edited->find("\"http://host/get/odd channel #1\"") != std::string::npos);
        auto ws = parseWorkspace(*edited, file);
        QVERIFY(ws.ok());
        QCOMPARE(ws->channels.back().name, odd);
    }

    void refusesDuplicatesAndFlowLists()
    {
        const std::string file = "/ws/deploydeck.yml";
        auto dup = withChannelAdded("channels:\n  - http://h/get/c/\n", "http://h/get/c", file);
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code, ErrorCode::InvalidArgument);
        // A relative path the file already lists, written differently.
        auto dupPath = withChannelAdded("channels:\n  - ./channels/a\n", "./channels/../channels/a/", file);
        QVERIFY(!dupPath.ok());
        auto flow = withChannelAdded("name: x\nchannels: [a, b]\n", "c", file);
        QVERIFY(!flow.ok());
        QCOMPARE(flow.error().code, ErrorCode::UnsupportedFormat);
        QCOMPARE(flow.error().location, std::string("/ws/deploydeck.yml:2"));
        auto multiline = withChannelAdded("channels:\n  - a\n", "b\nplatform: osx-64", file);
        QVERIFY(!multiline.ok());
    }

    void writesTheWorkspaceFileAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deploydeck.yml"));
        const QByteArray original("name: demo\n# channels, highest priority first\nchannels:\n  - ./local\nplatform: linux-64\n");
        QVERIFY(core::util::writeFileAtomically(path, original).ok());

        auto ws = addWorkspaceChannel(dir.path().toStdString(), "http://127.0.0.1:9/get/maxiv");
        QVERIFY2(ws.ok(), ws.ok() ? "" : ws.error().message().c_str());
        QCOMPARE(ws->channels.size(), std::size_t(2));
        QCOMPARE(ws->channels[1].name, std::string("http://127.0.0.1:9/get/maxiv"));
        auto reread = readWorkspace(path.toStdString());
        QVERIFY(reread.ok());
        QCOMPARE(reread->channels, ws->channels);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith(original.left(original.indexOf("platform"))));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);  // no temporary left
    }

    void leavesABrokenFileAsItWas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deploydeck.yml"));
        const QByteArray broken("channels:\n  - a\nplatform: [linux-64\n");
        QVERIFY(core::util::writeFileAtomically(path, broken).ok());
        auto ws = addWorkspaceChannel(path.toStdString(), "http://h/get/c");
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().code, ErrorCode::ParseError);
        QVERIFY(ws.error().location.find("deploydeck.yml:") != std::string::npos);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), broken);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceEdit)
#include "tst_workspaceedit.moc"
