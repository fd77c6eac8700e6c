// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// `deploydeck fetch --check` (issue 16): a channel's flat repodata.json against its shards, over
// Python's http.server and in a local folder. The shards come from tests/support/make_shards.py
// (an independent writer); the differences are made by editing the flat file afterwards, as a
// server whose two forms drifted apart would serve them.
#include "tests/support/clirun.h"
#include "tests/support/copytree.h"
#include "tests/support/pythonhttpserver.h"

#include "core/util/atomicfile.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using testsupport::runDeploydeck;

namespace {

const QString s_demoChannel = QStringLiteral(DEPLOYDECK_SOURCE_DIR "/resources/demo/channels/mini-conda-forge");

/** Edits a subdir's repodata.json: @p edit gets the document's object. */
template <typename Edit> bool editRepodata(const QString &path, Edit edit)
{
    auto bytes = core::util::readFile(path);
    if (!bytes)
        return false;
    QJsonObject repodata = QJsonDocument::fromJson(*bytes).object();
    edit(repodata);
    return core::util::writeFileAtomically(path, QJsonDocument(repodata).toJson()).ok();
}

/** The first record of @p name in @p table, its file name. */
QString firstOf(const QJsonObject &repodata, const QString &table, const QString &name)
{
    const QJsonObject records = repodata[table].toObject();
    for (auto it = records.begin(); it != records.end(); ++it)
        if (it.value().toObject()[QStringLiteral("name")].toString() == name)
            return it.key();
    return {};
}

} // namespace

class TestShardCheckCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    int m_next = 0;

    QString shardedChannel()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("channel%1").arg(++m_next));
        if (!core::util::copyTree(s_demoChannel, dir))
            return {};
        QString errors;
        if (testsupport::runSupportScript(QStringLiteral("make_shards.py"), { dir }, &errors).isNull()) {
            qWarning().noquote() << errors;
            return {};
        }
        return dir;
    }

    testsupport::CliRun check(const QString &channel)
    {
        return runDeploydeck({ QStringLiteral("fetch"), QStringLiteral("--check"), QStringLiteral("-c"), channel,
            QStringLiteral("--cache-dir"), m_tmp.filePath(QStringLiteral("cache%1").arg(++m_next)) });
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void agreeingFormsPass()
    {
        const QString channel = shardedChannel();
        QVERIFY(!channel.isEmpty());
        testsupport::PythonHttpServer server(channel);
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        const auto run = check(server.url());
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("/linux-64: the same (101 names, 301 records)")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("/noarch: the same (68 names, 85 records)")), qPrintable(run.out));
    }

    /** Each kind of difference is named, over http and in a local folder alike. */
    void differencesAreListed()
    {
        const QString channel = shardedChannel();
        QVERIFY(!channel.isEmpty());
        QString droppedRecord, addedRecord;
        QVERIFY(editRepodata(channel + QStringLiteral("/linux-64/repodata.json"), [&](QJsonObject &repodata) {
            // A name whose records are all gone from the flat file.
            for (const QString &table : { QStringLiteral("packages"), QStringLiteral("packages.conda") })
                while (!firstOf(repodata, table, QStringLiteral("tk")).isEmpty()) {
                    QJsonObject records = repodata[table].toObject();
                    records.remove(firstOf(repodata, table, QStringLiteral("tk")));
                    repodata[table] = records;
                }
            QJsonObject tarBz2 = repodata[QStringLiteral("packages")].toObject();
            QJsonObject conda = repodata[QStringLiteral("packages.conda")].toObject();
            // One record of zlib dropped, a made-up one of libzlib added, a patched one of readline.
            droppedRecord = firstOf(repodata, QStringLiteral("packages.conda"), QStringLiteral("zlib"));
            conda.remove(droppedRecord);
            const QString libzlib = firstOf(repodata, QStringLiteral("packages.conda"), QStringLiteral("libzlib"));
            QJsonObject extra = conda[libzlib].toObject();
            extra[QStringLiteral("build_number")] = 999;
            addedRecord = QStringLiteral("libzlib-9.9.9-h0_999.conda");
            conda[addedRecord] = extra;
            const QString readline = firstOf(repodata, QStringLiteral("packages"), QStringLiteral("readline"));
            QJsonObject patched = tarBz2[readline].toObject();
            patched[QStringLiteral("constrains")] = QJsonArray { QStringLiteral("ncurses <7") };
            tarBz2[readline] = patched;
            repodata[QStringLiteral("packages")] = tarBz2;
            repodata[QStringLiteral("packages.conda")] = conda;
        }));
        // A name only the flat file has: the noarch repodata gains a package of a new name.
        QVERIFY(editRepodata(channel + QStringLiteral("/noarch/repodata.json"), [](QJsonObject &repodata) {
            QJsonObject conda = repodata[QStringLiteral("packages.conda")].toObject();
            conda[QStringLiteral("only-flat-1.0-pyhd8ed1ab_0.conda")] = QJsonObject { { QStringLiteral("name"),
                                                                                          QStringLiteral("only-flat") },
                { QStringLiteral("version"), QStringLiteral("1.0") },
                { QStringLiteral("build"), QStringLiteral("pyhd8ed1ab_0") }, { QStringLiteral("build_number"), 0 },
                { QStringLiteral("depends"), QJsonArray {} }, { QStringLiteral("subdir"), QStringLiteral("noarch") } };
            repodata[QStringLiteral("packages.conda")] = conda;
        }));

        testsupport::PythonHttpServer server(channel);
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        for (const QString &where : { server.url(), channel }) {
            const auto run = check(where);
            QVERIFY2(run.code == 1, qPrintable(run.out + run.err));
            QVERIFY2(run.out.contains(QStringLiteral("/linux-64: differs")), qPrintable(run.out));
            QVERIFY2(run.out.contains(QStringLiteral("names only in the shards (1): tk\n")), qPrintable(run.out));
            QVERIFY2(run.out.contains(QStringLiteral("records only in the shards (1): ") + droppedRecord + u'\n'),
                qPrintable(run.out));
            QVERIFY2(run.out.contains(QStringLiteral("records only in repodata.json (1): ") + addedRecord + u'\n'),
                qPrintable(run.out));
            QVERIFY2(run.out.contains(QStringLiteral(".tar.bz2 (constrains)\n")), qPrintable(run.out));
            QVERIFY2(
                run.out.contains(QStringLiteral("names only in repodata.json (1): only-flat\n")), qPrintable(run.out));
        }
    }

    /** A shard whose bytes are not what the index says: an error naming the file, exit 1. */
    void aDamagedLocalShardIsAnError()
    {
        const QString channel = shardedChannel();
        QVERIFY(!channel.isEmpty());
        QDirIterator it(channel + QStringLiteral("/noarch/shards"), { QStringLiteral("*.msgpack.zst") }, QDir::Files);
        QVERIFY(it.hasNext());
        const QString shard = it.next();
        QVERIFY(core::util::writeFileAtomically(shard, "<html>not found</html>").ok());
        const auto run = check(channel);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains(QStringLiteral("/noarch: error: ") + shard), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("/linux-64: the same")), qPrintable(run.out));
    }

    void aChannelWithoutShardsIsNotAFailure()
    {
        const QString channel = m_tmp.filePath(QStringLiteral("flat"));
        QVERIFY(core::util::copyTree(s_demoChannel, channel));
        testsupport::PythonHttpServer server(channel);
        QVERIFY2(server.start(), qPrintable(server.errorText()));
        const auto run = check(server.url());
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QCOMPARE(run.out.count(QStringLiteral(": no shard index\n")), 2);
    }
};

QTEST_GUILESS_MAIN(TestShardCheckCli)
#include "tst_shardcheckcli.moc"
