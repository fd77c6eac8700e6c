// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// A channel served by the real Quetz server (tests/support/realquetz.h) as the command line reads
// it: `deploydeck fetch` with and without a cached copy, `deploydeck solve`, package files from
// /get/, and a Quetz proxy channel in front of Python's http.server. Quetz's /get/ answers chunked
// with no Content-Length, sends unquoted ETags, gzips the index for a client that accepts it and
// has no repodata.json.zst: the first test pins that down, so the others test the client on it.
#include "tests/support/clirun.h"
#include "tests/support/pythonhttpserver.h"
#include "tests/support/realquetz.h"
#include "tests/support/testpackages.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using testsupport::CliRun;
using testsupport::RealQuetz;
using testsupport::runDeploydeck;

namespace {

constexpr int s_indexTimeoutMs = 60000;

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

/** The package file names `deploydeck solve --json` would link. */
QStringList linked(const QString &json)
{
    QStringList names;
    const QJsonArray link
        = QJsonDocument::fromJson(json.toUtf8()).object()[s("actions")].toObject()[s("LINK")].toArray();
    for (const QJsonValue &record : link)
        names << record.toObject()[s("name")].toString() + u'-' + record.toObject()[s("version")].toString();
    names.sort();
    return names;
}

/** The output line of `deploydeck fetch` for @p subdir. */
QString fetchLine(const QString &out, const QString &subdir)
{
    for (const QString &line : out.split(u'\n')) {
        if (line.contains(u'/' + subdir + u' '))
            return line;
    }
    return {};
}

} // namespace

class TestQuetzChannel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<RealQuetz> m_quetz;
    QStringList m_files; ///< "subdir/fn" of the packages uploaded to channel maxiv

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(s("QUETZ_API_KEY"));
        env.insert(s("XDG_CACHE_HOME"), m_dir.filePath(s("cache")));
        return env;
    }

    /** Writes a package into @p root/<subdir>/ and returns its path, empty on failure. */
    static QString writePackage(const QString &root, const QString &name, const QString &version, const QString &subdir,
        const QStringList &depends, const QString &extension)
    {
        testsupport::TestPackage package;
        package.name = name;
        package.version = version;
        package.subdir = subdir;
        package.depends = depends;
        const QString path = root + u'/' + subdir + u'/' + package.fileName(extension);
        return testsupport::writePackage(path, package).isEmpty() ? path : QString();
    }

    CliRun fetch(const QString &channelUrl, const QString &cacheDir, const QStringList &more = {}) const
    {
        return runDeploydeck(
            QStringList { s("fetch"), s("-c"), channelUrl, s("--platform"), s("linux-64"), s("--cache-dir"), cacheDir }
                + more,
            environment());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        REQUIRE_REAL_QUETZ(quetzDir);
        m_quetz = std::make_unique<RealQuetz>(quetzDir);
        QVERIFY2(m_quetz->start(), qPrintable(m_quetz->errorText()));
        QCOMPARE(m_quetz->createChannel(s("maxiv")), 201);
        const QString root = m_dir.filePath(s("packages"));
        const QStringList paths { writePackage(root, s("app"), s("1.0"), s("linux-64"), { s("lib >=2") }, s(".conda")),
            writePackage(root, s("lib"), s("2.0"), s("linux-64"), {}, s(".conda")),
            writePackage(root, s("lib"), s("1.0"), s("noarch"), {}, s(".tar.bz2")) };
        for (const QString &path : paths) {
            QVERIFY(!path.isEmpty());
            QCOMPARE(m_quetz->upload(s("maxiv"), path), 201);
            m_files << QDir(root).relativeFilePath(path);
        }
        for (const QString &file : std::as_const(m_files)) {
            const QString subdir = file.section(u'/', 0, 0);
            const QString fn = file.section(u'/', 1);
            QTRY_VERIFY_WITH_TIMEOUT(!m_quetz->record(s("maxiv"), subdir, fn).isEmpty(), s_indexTimeoutMs);
        }
    }
    void cleanupTestCase() { m_quetz.reset(); } // stops the server

    /** What the client below must cope with, as this Quetz answers. */
    void getAnswersChunkedGzippedWithUnquotedEtags()
    {
        const auto gzipped = m_quetz->get(s("/get/maxiv/linux-64/repodata.json"), { { "Accept-Encoding", "gzip" } });
        QCOMPARE(gzipped.status, 200);
        QCOMPARE(gzipped.header("Content-Encoding"), QByteArray("gzip"));
        QVERIFY(gzipped.header("Content-Length").isEmpty());
        QCOMPARE(gzipped.header("Transfer-Encoding"), QByteArray("chunked"));
        QVERIFY(!gzipped.header("ETag").isEmpty());
        QVERIFY2(!gzipped.header("ETag").startsWith('"'), gzipped.header("ETag").constData());
        QCOMPARE(m_quetz->get(s("/get/maxiv/linux-64/repodata.json.zst")).status, 404);
    }

    /** A first fetch downloads; a second within Quetz's max-age uses the cached copy; --no-cache downloads again. */
    void fetchesWithAndWithoutACachedCopy()
    {
        const QString cache = m_dir.filePath(s("fetch-cache"));
        const QString url = m_quetz->channelUrl(s("maxiv"));
        const CliRun first = fetch(url, cache);
        QVERIFY2(first.code == 0, qPrintable(first.out + first.err));
        QVERIFY2(fetchLine(first.out, s("linux-64")).contains(s(" updated ")), qPrintable(first.out));
        QVERIFY2(fetchLine(first.out, s("linux-64")).contains(s(" 2  ")), qPrintable(first.out)); // records
        QVERIFY2(fetchLine(first.out, s("noarch")).contains(s(" 1  ")), qPrintable(first.out));

        const CliRun cached = fetch(url, cache);
        QVERIFY2(cached.code == 0, qPrintable(cached.out + cached.err));
        QVERIFY2(fetchLine(cached.out, s("linux-64")).contains(s(" fresh ")), qPrintable(cached.out));

        const CliRun again = fetch(url, cache, { s("--no-cache") });
        QVERIFY2(again.code == 0, qPrintable(again.out + again.err));
        QVERIFY2(fetchLine(again.out, s("linux-64")).contains(s(" updated ")), qPrintable(again.out));
        QVERIFY2(fetchLine(again.out, s("linux-64")).contains(s(" 2  ")), qPrintable(again.out));
    }

    void solvesFromGet()
    {
        const CliRun run = runDeploydeck({ s("solve"), s("--no-virtual"), s("--platform"), s("linux-64"), s("-c"),
                                             m_quetz->channelUrl(s("maxiv")), s("--json"), s("app") },
            environment());
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QCOMPARE(linked(run.out), (QStringList { s("app-1.0"), s("lib-2.0") }));
    }

    /** The package files come back from /get/ as they were uploaded. */
    void servesThePackageFiles()
    {
        for (const QString &file : std::as_const(m_files)) {
            QFile uploaded(m_dir.filePath(s("packages/") + file));
            QVERIFY(uploaded.open(QIODevice::ReadOnly));
            const auto reply = m_quetz->get(s("/get/maxiv/") + file);
            QCOMPARE(reply.status, 200);
            QVERIFY(reply.body == uploaded.readAll());
        }
    }

    /** A Quetz proxy channel in front of a channel Python's http.server serves: listed, fetched, solved. */
    void proxiesALocalChannel()
    {
        const QString root = m_dir.filePath(s("upstream"));
        const QString path = writePackage(root, s("tool"), s("3.1"), s("linux-64"), {}, s(".conda"));
        QVERIFY(!path.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        // A hand-written index: the record of the one package, and an empty noarch.
        const QJsonObject record { { s("name"), s("tool") }, { s("version"), s("3.1") }, { s("build"), s("0") },
            { s("build_number"), 0 }, { s("subdir"), s("linux-64") }, { s("depends"), QJsonArray() },
            { s("size"), data.size() },
            { s("sha256"), QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()) } };
        const QJsonObject index { { s("info"), QJsonObject { { s("subdir"), s("linux-64") } } },
            { s("packages"), QJsonObject() },
            { s("packages.conda"), QJsonObject { { QFileInfo(path).fileName(), record } } } };
        QVERIFY(QDir().mkpath(root + s("/noarch")));
        for (const auto &[name, json] : { std::pair { s("linux-64"), index },
                 std::pair { s("noarch"),
                     QJsonObject { { s("info"), QJsonObject { { s("subdir"), s("noarch") } } },
                         { s("packages"), QJsonObject() } } } }) {
            QFile out(root + u'/' + name + s("/repodata.json"));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QJsonDocument(json).toJson());
        }
        testsupport::PythonHttpServer upstream(root);
        QVERIFY2(upstream.start(), qPrintable(upstream.errorText()));
        QCOMPARE(m_quetz->createChannel(
                     s("proxied"), { { s("mirror_channel_url"), upstream.url() }, { s("mirror_mode"), s("proxy") } }),
            201);

        const CliRun listed = runDeploydeck({ s("quetz"), m_quetz->serverUrl(), s("--json") }, environment());
        QVERIFY2(listed.code == 0, qPrintable(listed.out + listed.err));
        QJsonObject proxied;
        for (const QJsonValue &c : QJsonDocument::fromJson(listed.out.toUtf8()).object()[s("channels")].toArray()) {
            if (c.toObject()[s("name")].toString() == s("proxied"))
                proxied = c.toObject();
        }
        QCOMPARE(proxied[s("mirror_mode")].toString(), s("proxy"));
        QCOMPARE(proxied[s("mirror_channel_url")].toString(), upstream.url());

        const CliRun run = runDeploydeck({ s("solve"), s("--no-virtual"), s("--platform"), s("linux-64"), s("-c"),
                                             m_quetz->channelUrl(s("proxied")), s("--json"), s("tool") },
            environment());
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QCOMPARE(linked(run.out), QStringList { s("tool-3.1") });
        const auto served = m_quetz->get(s("/get/proxied/linux-64/") + QFileInfo(path).fileName());
        QCOMPARE(served.status, 200);
        QVERIFY(served.body == data);
    }
};

QTEST_GUILESS_MAIN(TestQuetzChannel)
#include "tst_quetzchannel.moc"
