// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The facility's channel configuration on every command (issue 16): a workspace whose
// channel_alias is a file:// folder or an http server on 127.0.0.1 resolves `conda-forge` there in
// solve, lock, sync-plan and pins --check; an unreachable server falls back to the cached copy.
#include "tests/support/clirun.h"
#include "tests/support/copytree.h"
#include "tests/support/testhttpserver.h"

#include "core/util/atomicfile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {

const QString s_demo = QStringLiteral(DEPLOYDECK_SOURCE_DIR "/resources/demo");

void writeText(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QVERIFY(core::util::writeFileAtomically(path, text.toUtf8()).ok());
}

/** Every package URL of a `solve --json` answer. */
QStringList linkUrls(const QString &json)
{
    QStringList urls;
    const QJsonArray link = QJsonDocument::fromJson(json.toUtf8())
                                .object()[QStringLiteral("actions")]
                                .toObject()[QStringLiteral("LINK")]
                                .toArray();
    for (const auto &v : link)
        urls << v.toObject()[QStringLiteral("url")].toString();
    return urls;
}

bool allStartWith(const QStringList &urls, const QString &prefix)
{
    return !urls.isEmpty()
        && std::all_of(urls.begin(), urls.end(), [&](const QString &u) { return u.startsWith(prefix); });
}

} // namespace

class TestChannelConfigCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workspace; ///< a copy of the demo workspace whose only channel is `conda-forge`
    QString m_alias; ///< the folder channel_alias points to (holds conda-forge/)

    testsupport::CliRun run(const QStringList &arguments) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir->filePath(QStringLiteral("cache")));
        return testsupport::runDeploydeck(arguments, env);
    }

    /** Points the workspace's channel_alias to @p alias; its channel list is just `conda-forge`. */
    void setAlias(const QString &alias)
    {
        QFile demo(s_demo + QStringLiteral("/deploydeck.yml"));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        QString yaml = QString::fromUtf8(demo.readAll());
        QVERIFY(yaml.contains(QLatin1String("  - ./channels/mini-conda-forge\n")));
        QVERIFY(yaml.contains(QLatin1String("channel_alias: https://conda.anaconda.org\n")));
        yaml.replace(QLatin1String("  - ./channels/mini-conda-forge\n"), QLatin1String("  - conda-forge\n"));
        yaml.replace(QLatin1String("channel_alias: https://conda.anaconda.org\n"),
            QStringLiteral("channel_alias: %1\n").arg(alias));
        // A sync plans from the channels too, into an empty folder.
        QVERIFY(yaml.contains(QLatin1String("sync_source: ./channels/conda-forge\n")));
        yaml.replace(QLatin1String("sync_source: ./channels/conda-forge\n"), QString());
        yaml.replace(QLatin1String("sync_target: ./channels/mini-conda-forge\n"),
            QLatin1String("sync_target: ./channels/empty\n"));
        QVERIFY(QDir().mkpath(m_workspace + QStringLiteral("/channels/empty")));
        writeText(m_workspace + QStringLiteral("/deploydeck.yml"), yaml);
    }

    QStringList solveArgs() const
    {
        return { QStringLiteral("solve"), QStringLiteral("--workspace"), m_workspace, QStringLiteral("--json"),
            QStringLiteral("python=3.10"), QStringLiteral("pytango") };
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_workspace = m_dir->filePath(QStringLiteral("workspace"));
        m_alias = m_dir->filePath(QStringLiteral("server"));
        QVERIFY(testsupport::copyTree(s_demo, m_workspace));
        // The channel lives only under the alias: the workspace's own copy is gone.
        QVERIFY(testsupport::copyTree(
            s_demo + QStringLiteral("/channels/mini-conda-forge"), m_alias + QStringLiteral("/conda-forge")));
        QVERIFY(QDir(m_workspace + QStringLiteral("/channels/mini-conda-forge")).removeRecursively());
        writeText(m_workspace + QStringLiteral("/environments/forge.yml"),
            QStringLiteral("name: forge\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.10\n  - pytango\n"));
        writeText(m_workspace + QStringLiteral("/speclists/forge.txt"), QStringLiteral("python=3.10 pytango\n"));
    }

    void fileAliasOnEveryCommand()
    {
        setAlias(QUrl::fromLocalFile(m_alias).toString());
        const QString channelUrl = QUrl::fromLocalFile(m_alias + QStringLiteral("/conda-forge/")).toString();

        const auto solved = run(solveArgs());
        QCOMPARE(solved.code, 0);
        QVERIFY2(allStartWith(linkUrls(solved.out), channelUrl), qPrintable(solved.out + solved.err));

        // A channel written in an environment file goes through the alias too.
        const QString env = m_workspace + QStringLiteral("/environments/forge.yml");
        const auto fromFile = run({ QStringLiteral("solve"), QStringLiteral("--workspace"), m_workspace,
            QStringLiteral("-f"), env, QStringLiteral("--json") });
        QCOMPARE(fromFile.code, 0);
        QVERIFY2(allStartWith(linkUrls(fromFile.out), channelUrl), qPrintable(fromFile.out + fromFile.err));

        const auto locked = run({ QStringLiteral("lock"), QStringLiteral("--workspace"), m_workspace,
            QStringLiteral("-f"), env, QStringLiteral("--format"), QStringLiteral("explicit") });
        QCOMPARE(locked.code, 0);
        QVERIFY2(locked.out.contains(channelUrl + QStringLiteral("linux-64/python-3.10")),
            qPrintable(locked.out + locked.err));

        const auto plan = run({ QStringLiteral("sync-plan"), QStringLiteral("--workspace"), m_workspace,
            QStringLiteral("--json"), m_workspace + QStringLiteral("/speclists/forge.txt") });
        QCOMPARE(plan.code, 0);
        const QJsonArray missing
            = QJsonDocument::fromJson(plan.out.toUtf8()).object()[QStringLiteral("missing")].toArray();
        QVERIFY2(!missing.isEmpty(), qPrintable(plan.out + plan.err));
        for (const auto &m : missing)
            QVERIFY2(m.toObject()[QStringLiteral("url")].toString().startsWith(channelUrl), qPrintable(plan.out));

        // The demo's pins, checked against the channel under the alias: what the demo itself finds.
        const auto pins = run({ QStringLiteral("pins"), QStringLiteral("--workspace"), m_workspace,
            QStringLiteral("--check"), QStringLiteral("--json") });
        QCOMPARE(pins.code, 1); // the demo's inventory has pins that break (see tst_pinscheckcommand)
        bool sawPytango = false;
        for (const auto &p : QJsonDocument::fromJson(pins.out.toUtf8()).object()[QStringLiteral("pins")].toArray())
            if (p.toObject()[QStringLiteral("package")].toString() == QLatin1String("pytango"))
                sawPytango = p.toObject()[QStringLiteral("newest")].toString() == QLatin1String("9.5.0");
        QVERIFY2(sawPytango, qPrintable(pins.out + pins.err));
    }

    /** An http alias on 127.0.0.1; once the server is gone the cached copy is used, and the output says from when. */
    void httpAliasThenOffline()
    {
        auto server = std::make_unique<testsupport::TestHttpServer>(m_alias);
        QVERIFY(server->start());
        const QString alias = server->url(QStringLiteral("/")).toString();
        setAlias(alias);
        const auto online = run(solveArgs());
        QCOMPARE(online.code, 0);
        QVERIFY2(allStartWith(linkUrls(online.out), alias + QStringLiteral("conda-forge/")),
            qPrintable(online.out + online.err));
        QVERIFY(server->requestCount(QStringLiteral("/conda-forge/noarch/repodata.json")) > 0);

        server.reset(); // the connection is refused now
        const auto offline = run(solveArgs());
        QCOMPARE(offline.code, 0);
        QCOMPARE(linkUrls(offline.out).size(), linkUrls(online.out).size());
        QVERIFY2(offline.err.contains(QLatin1String("using the cached copy from ")), qPrintable(offline.err));
        QVERIFY2(offline.err.contains(QLatin1String("not retried")), qPrintable(offline.err));
        QVERIFY2(offline.err.contains(QLatin1String("conda-forge")), qPrintable(offline.err));
    }

    /** A server that cannot be reached and no cached copy: an error at once, naming the channel. */
    void unreachableAliasWithoutCache()
    {
        setAlias(QStringLiteral("http://deploydeck-test.invalid"));
        const auto r = run(solveArgs());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("channel conda-forge")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("http://deploydeck-test.invalid/conda-forge/")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("not retried")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestChannelConfigCli)
#include "tst_channelconfigcli.moc"
