// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The 30 conformance cases of the peer data (tst_conformance runs them over the flat files) over
// sharded repodata: each case's channels are copied, sharded by the independent Python writer
// (tests/support/make_shards.py) with the flat repodata.json removed, so nothing can fall back to
// it, and served by Python's http.server on 127.0.0.1. Each case fetches only the shards its specs
// reach and must give exactly the expected answer.
#include "core/channel/channel.h"
#include "core/channel/channelfetch.h"
#include "core/channel/shards.h"
#include "core/solve/channelsources.h"
#include "core/solve/database.h"
#include "core/solve/solver.h"
#include "core/solve/virtualpackages.h"
#include "core/util/atomicfile.h"
#include "tests/support/conformancecases.h"
#include "tests/support/pythonhttpserver.h"
#include "tests/support/requirements.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>
#include <set>

using namespace core;
using testsupport::conformance::Case;

namespace {

bool inChannelLayout(const QString &repodataFile)
{
    return repodataFile.endsWith(QLatin1String("/linux-64/repodata.json"))
        || repodataFile.endsWith(QLatin1String("/noarch/repodata.json"));
}

/**
 * The served channel folder of a case's repodata file: "derived/x/channel-1/linux-64/repodata.json"
 * -> "derived/x/channel-1"; a lone linux-64 file elsewhere (mamba's conda-forge-numpy-linux-64.json)
 * gets a folder of its own, "lone/<its path>".
 */
QString channelFolderOf(const QString &repodataFile)
{
    if (inChannelLayout(repodataFile))
        return repodataFile.section(QLatin1Char('/'), 0, -3);
    return QStringLiteral("lone/") + repodataFile;
}

const QByteArray s_emptyNoarch = R"({"info": {"subdir": "noarch"}, "packages": {}, "packages.conda": {}})";

} // namespace

class TestConformanceShards : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_PEER_DATA(peers);
        QVERIFY(m_tmp.isValid());
        m_cases = testsupport::conformance::readCases(peers + QStringLiteral("/CONFORMANCE.md"));
        QCOMPARE(int(m_cases.size()), 30);

        // Every channel folder a case names, sharded once, shards only.
        std::map<QString, QString> folders; // served folder -> one of its files
        for (const Case &c : m_cases)
            for (const QString &channel : c.channels)
                for (const QString &file : channel.split(QLatin1Char('\n')))
                    folders.emplace(channelFolderOf(file), file);
        QVERIFY(!folders.empty());
        const QString served = m_tmp.filePath(QStringLiteral("served"));
        for (const auto &[folder, file] : folders) {
            const QString copy = served + QLatin1Char('/') + folder;
            if (inChannelLayout(file)) {
                QVERIFY2(util::copyTree(peers + QLatin1Char('/') + folder, copy), qPrintable(folder));
            } else {
                QVERIFY(QDir().mkpath(copy + QStringLiteral("/linux-64"))
                    && QDir().mkpath(copy + QStringLiteral("/noarch")));
                QVERIFY(QFile::copy(peers + QLatin1Char('/') + file, copy + QStringLiteral("/linux-64/repodata.json")));
                QVERIFY(util::writeFileAtomically(copy + QStringLiteral("/noarch/repodata.json"), s_emptyNoarch).ok());
            }
            QString errors;
            const QByteArray out = testsupport::runSupportScript(
                QStringLiteral("make_shards.py"), { copy, QStringLiteral("--remove-flat") }, &errors);
            QVERIFY2(!out.isNull(), qPrintable(folder + QStringLiteral(": ") + errors));
            QVERIFY(!QFile::exists(copy + QStringLiteral("/linux-64/repodata.json")));
        }
        m_server = std::make_unique<testsupport::PythonHttpServer>(served);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
    }

    void conformance_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(m_cases.size()); ++i)
            QTest::newRow(m_cases[std::size_t(i)].id.toUtf8().constData()) << i;
    }

    void conformance()
    {
        QFETCH(int, index);
        const Case &c = m_cases[std::size_t(index)];

        // The channels as URLs of the server, highest priority first, as the flat test orders them.
        std::vector<channel::Channel> channels;
        for (const QString &files : c.channels) {
            const QString url
                = m_server->url() + QLatin1Char('/') + channelFolderOf(files.section(QLatin1Char('\n'), 0, 0));
            auto resolved = channel::resolveChannel(url.toStdString(), {});
            QVERIFY2(resolved.ok(), url.toUtf8().constData());
            channels.insert(channels.end(), resolved->begin(), resolved->end());
        }
        std::vector<std::string> roots;
        for (const QString &spec : c.specs)
            roots.push_back(channel::dependencyName(spec.toStdString()));

        channel::FetchOptions options;
        options.cacheDir = m_tmp.filePath(QStringLiteral("cache"));
        options.maxRetries = 0;
        options.proxy = channel::UseSystemProxy::No;
        channel::ChannelFetch fetcher(options);
        QSignalSpy done(&fetcher, &channel::ChannelFetch::finished);
        QVERIFY(fetcher.fetch(channel::RepodataFetcher::requestsFor(channels, "linux-64"), roots));
        QVERIFY(done.wait(120000));
        const auto results = done.at(0).at(0).value<std::vector<channel::SubdirResult>>();
        QVERIFY(fetcher.warnings().empty());
        for (const auto &sharded : fetcher.shardResults()) {
            QVERIFY2(sharded.sharded, sharded.result.url.c_str());
            QVERIFY2(sharded.result.ok(), sharded.result.error ? sharded.result.error->message().c_str() : "");
        }

        std::vector<std::string> warnings;
        auto sources = solve::sourcesFromFetch(results, warnings);
        QVERIFY2(sources.ok(), sources.ok() ? "" : sources.error().message().c_str());
        solve::Database db;
        auto loaded = solve::loadSources(db, *sources,
            solve::LoadOptions {
                m_tmp.filePath(QStringLiteral("solv")).toStdString(), solve::PipAsPythonDependency::No, {} });
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().message().c_str());

        auto outcome = solve::solve(db, testsupport::conformance::requestOf(c));
        const QString verdict = testsupport::conformance::verdict(c, outcome);
        QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
    }

    void cleanupTestCase()
    {
        if (m_server)
            m_server->stop();
    }

private:
    QTemporaryDir m_tmp;
    std::vector<Case> m_cases;
    std::unique_ptr<testsupport::PythonHttpServer> m_server;
};

QTEST_GUILESS_MAIN(TestConformanceShards)
#include "tst_conformanceshards.moc"
