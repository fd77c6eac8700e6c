// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// `deploydeck quetz` as a user runs it: the real binary against a stand-in for a Quetz server on
// 127.0.0.1 (a real Quetz cannot run here; tests/support/quetzstandin.h says what it checks).
#include "core/util/atomicfile.h"
#include "tests/support/clirun.h"
#include "tests/support/quetzstandin.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using testsupport::CliRun;
using testsupport::QuetzStandIn;
using testsupport::runDeploydeck;

namespace {

const QByteArray s_key("quetz-key-7f3a9c");

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestQuetzCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QProcessEnvironment environment(const QByteArray &key = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(s("QUETZ_API_KEY"));
        if (!key.isEmpty())
            env.insert(s("QUETZ_API_KEY"), QString::fromLatin1(key));
        env.insert(s("XDG_CACHE_HOME"), m_dir.filePath(s("cache")));
        return env;
    }

    QString writeWorkspace(const QString &name)
    {
        const QString path = m_dir.filePath(name + s("/deploydeck.yml"));
        const QByteArray yaml("name: quetz test\n# highest priority first\nchannels:\n  - ./local\nplatform: linux-64\n");
        if (!core::util::writeFileAtomically(path, yaml).ok())
            return {};
        return path;
    }

private Q_SLOTS:
    void listsTheChannelsWithTheKeyInItsHeaderOnly()
    {
        QuetzStandIn quetz(s("maxiv"), s_key);
        QVERIFY(quetz.start());
        const CliRun run = runDeploydeck({s("quetz"), quetz.serverUrl(), s("--json")}, environment(s_key));
        QCOMPARE(run.code, 0);
        const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonArray channels = doc[s("channels")].toArray();
        QCOMPARE(channels.size(), 1);
        QCOMPARE(channels[0].toObject()[s("name")].toString(), s("maxiv"));
        QCOMPARE(channels[0].toObject()[s("url")].toString(), quetz.channelUrl());
        QCOMPARE(channels[0].toObject()[s("private")].toBool(), false);

        const auto requests = quetz.http().requests();
        QVERIFY(!requests.isEmpty());
        QCOMPARE(requests.last().path, s("/api/channels"));
        QCOMPARE(requests.last().headers.value("x-api-key"), s_key);
        QVERIFY(!run.out.contains(QString::fromLatin1(s_key)));
        QVERIFY(!run.err.contains(QString::fromLatin1(s_key)));

        const CliRun text = runDeploydeck({s("quetz"), quetz.serverUrl()}, environment());
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.startsWith(s("maxiv")) && text.out.contains(s("public")), qPrintable(text.out));
    }

    void addsAChannelToTheWorkspace()
    {
        QuetzStandIn quetz(s("maxiv"), s_key);
        QVERIFY(quetz.start());
        const QString file = writeWorkspace(s("ws-add"));
        QVERIFY(!file.isEmpty());
        const QString folder = QFileInfo(file).absolutePath();
        const CliRun run = runDeploydeck({s("quetz"), quetz.serverUrl() + s("/"), s("--add"), s("maxiv"), s("--workspace"), folder},
                                         environment());
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(quetz.channelUrl()), qPrintable(run.out));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()),
                 s("name: quetz test\n# highest priority first\nchannels:\n  - ./local\n  - %1\nplatform: linux-64\n")
                     .arg(quetz.channelUrl()));
        f.close();

        // The workspace command sees it; adding it twice is refused and changes nothing.
        const CliRun shown = runDeploydeck({s("workspace"), folder}, environment());
        QCOMPARE(shown.code, 0);
        QVERIFY2(shown.out.contains(quetz.channelUrl()), qPrintable(shown.out));
        const CliRun again = runDeploydeck({s("quetz"), quetz.serverUrl(), s("--add"), s("maxiv"), s("--workspace"), folder},
                                           environment());
        QCOMPARE(again.code, 2);
        QVERIFY2(again.err.contains(s("already lists")), qPrintable(again.err));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()).count(quetz.channelUrl()), 1);
    }

    void unknownChannelIsRefused()
    {
        QuetzStandIn quetz(s("maxiv"), s_key);
        QVERIFY(quetz.start());
        const QString file = writeWorkspace(s("ws-unknown"));
        const CliRun run = runDeploydeck({s("quetz"), quetz.serverUrl(), s("--add"), s("nope"), s("--workspace"), file},
                                         environment());
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(s("no channel 'nope'")), qPrintable(run.err));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("nope"));
    }

    void serverDownNamesTheUrl()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString url = s("http://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();  // nothing listens there now
        const CliRun run = runDeploydeck({s("quetz"), url, s("--timeout"), s("5")}, environment(s_key));
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(url), qPrintable(run.err));
        QVERIFY(!run.err.contains(QString::fromLatin1(s_key)));
    }

    void keyFileMustBePrivate()
    {
        QuetzStandIn quetz(s("maxiv"), s_key);
        QVERIFY(quetz.start());
        const QString keyFile = m_dir.filePath(s("quetz.key"));
        QVERIFY(core::util::writeFileAtomically(keyFile, s_key + '\n',
                                                QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther)
                    .ok());
        const CliRun open = runDeploydeck({s("quetz"), quetz.serverUrl(), s("--api-key-file"), keyFile}, environment());
        QCOMPARE(open.code, 2);
        QVERIFY2(open.err.contains(keyFile), qPrintable(open.err));
        QVERIFY(!open.err.contains(QString::fromLatin1(s_key)));
        QVERIFY(quetz.http().requests().isEmpty());  // nothing was sent with a key that others can read

        QVERIFY(QFile::setPermissions(keyFile, QFile::ReadOwner | QFile::WriteOwner));
        const CliRun ok = runDeploydeck({s("quetz"), quetz.serverUrl(), s("--api-key-file"), keyFile}, environment());
        QCOMPARE(ok.code, 0);
        QCOMPARE(quetz.http().requests().last().headers.value("x-api-key"), s_key);
    }

    void badArguments()
    {
        QCOMPARE(runDeploydeck({s("quetz")}, environment()).code, 2);
        QCOMPARE(runDeploydeck({s("quetz"), s("ftp://host")}, environment()).code, 2);
        QCOMPARE(runDeploydeck({s("quetz"), s("http://127.0.0.1:1"), s("--timeout"), s("x")}, environment()).code, 2);
        const CliRun help = runDeploydeck({s("quetz"), s("--help")}, environment());
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(s("--add")));
    }
};

QTEST_GUILESS_MAIN(TestQuetzCommand)
#include "tst_quetzcommand.moc"
