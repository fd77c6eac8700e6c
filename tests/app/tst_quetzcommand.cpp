// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// `deploydeck quetz` as a user runs it: the real binary against the real Quetz server
// (tests/support/realquetz.h), and against a stand-in where the test must see that nothing was sent.
#include "core/util/atomicfile.h"
#include "tests/support/clirun.h"
#include "tests/support/quetzstandin.h"
#include "tests/support/realquetz.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using testsupport::CliRun;
using testsupport::QuetzStandIn;
using testsupport::RealQuetz;
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
    std::unique_ptr<RealQuetz> m_quetz;

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
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        REQUIRE_REAL_QUETZ(quetzDir);
        m_quetz = std::make_unique<RealQuetz>(quetzDir);
        QVERIFY2(m_quetz->start(), qPrintable(m_quetz->errorText()));
        QCOMPARE(m_quetz->createChannel(s("maxiv")), 201);
        QCOMPARE(m_quetz->createChannel(s("internal"), { { s("private"), true } }), 201);
    }
    void cleanupTestCase() { m_quetz.reset(); } // stops the server

    /** The key goes with the request: the private channel is listed with it and not without. */
    void listsTheChannelsWithAndWithoutTheKey()
    {
        const CliRun run
            = runDeploydeck({ s("quetz"), m_quetz->serverUrl(), s("--json") }, environment(m_quetz->apiKey()));
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QJsonObject byName;
        for (const QJsonValue &c : QJsonDocument::fromJson(run.out.toUtf8()).object()[s("channels")].toArray())
            byName.insert(c.toObject()[s("name")].toString(), c);
        QVERIFY2(byName.contains(s("maxiv")) && byName.contains(s("internal")), qPrintable(run.out));
        QCOMPARE(byName[s("maxiv")].toObject()[s("url")].toString(), m_quetz->channelUrl(s("maxiv")));
        QCOMPARE(byName[s("maxiv")].toObject()[s("private")].toBool(), false);
        QCOMPARE(byName[s("internal")].toObject()[s("private")].toBool(), true);
        QVERIFY(!run.out.contains(QString::fromLatin1(m_quetz->apiKey())));
        QVERIFY(!run.err.contains(QString::fromLatin1(m_quetz->apiKey())));

        const CliRun text = runDeploydeck({ s("quetz"), m_quetz->serverUrl() }, environment());
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QRegularExpression(s("^maxiv +public"), QRegularExpression::MultilineOption)),
            qPrintable(text.out));
        QVERIFY2(!text.out.contains(s("internal")), qPrintable(text.out));
    }

    void addsAChannelToTheWorkspace()
    {
        const QString file = writeWorkspace(s("ws-add"));
        QVERIFY(!file.isEmpty());
        const QString folder = QFileInfo(file).absolutePath();
        const QString channelUrl = m_quetz->channelUrl(s("maxiv"));
        const CliRun run = runDeploydeck(
            { s("quetz"), m_quetz->serverUrl() + s("/"), s("--add"), s("maxiv"), s("--workspace"), folder },
            environment());
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(channelUrl), qPrintable(run.out));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()),
            s("name: quetz test\n# highest priority first\nchannels:\n  - ./local\n  - %1\nplatform: linux-64\n")
                .arg(channelUrl));
        f.close();

        // The workspace command sees it; adding it twice is refused and changes nothing.
        const CliRun shown = runDeploydeck({s("workspace"), folder}, environment());
        QCOMPARE(shown.code, 0);
        QVERIFY2(shown.out.contains(channelUrl), qPrintable(shown.out));
        const CliRun again = runDeploydeck(
            { s("quetz"), m_quetz->serverUrl(), s("--add"), s("maxiv"), s("--workspace"), folder }, environment());
        QCOMPARE(again.code, 2);
        QVERIFY2(again.err.contains(s("already lists")), qPrintable(again.err));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()).count(channelUrl), 1);
    }

    void unknownChannelIsRefused()
    {
        const QString file = writeWorkspace(s("ws-unknown"));
        const CliRun run = runDeploydeck(
            { s("quetz"), m_quetz->serverUrl(), s("--add"), s("nope"), s("--workspace"), file }, environment());
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

        // start-quetz.sh writes the real server's key file with mode 0600: it is read, and the private channel listed.
        const CliRun ok = runDeploydeck(
            { s("quetz"), m_quetz->serverUrl(), s("--api-key-file"), m_quetz->keyFile() }, environment());
        QCOMPARE(ok.code, 0);
        QVERIFY2(ok.out.contains(s("internal")), qPrintable(ok.out));
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
