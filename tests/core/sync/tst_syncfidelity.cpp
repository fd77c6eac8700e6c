// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// A mirror answers like its source: `deploydeck sync` (the real binary) from a channel that Python's
// http.server serves, whose repodata.json was patched after its archives were built (tighter
// depends, new constrains, a field deploydeck itself never reads). The target must hold the
// source's records, not the archives' info/index.json; a later patch of the source is a "record to
// update", applied without downloading the file again.
#include "core/channel/channelindexer.h"
#include "tests/core/sync/syncfixture.h"
#include "tests/support/pythonhttpserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool writeJson(const QString &path, const QJsonObject &json)
{
    QFile file(path);
    // Indented, as many servers write it: the mirror's copy must be the same record all the same.
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(QJsonDocument(json).toJson(QJsonDocument::Indented)) > 0;
}

/** The record of @p fn in a repodata.json (either table). */
QJsonObject recordOf(const QJsonObject &repodata, const QString &fn)
{
    for (const char *table : { "packages", "packages.conda" }) {
        const QJsonObject records = repodata.value(QLatin1String(table)).toObject();
        if (records.contains(fn))
            return records.value(fn).toObject();
    }
    return {};
}

} // namespace

class TestSyncFidelity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<testsupport::PythonHttpServer> m_server;
    std::vector<synctest::SourcePackage> m_packages;
    QString m_channel; // the served channel folder
    QString m_specList;
    QString m_target;
    int m_patches = 0;

    Run deploydeck(const QStringList &args) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(s("XDG_CACHE_HOME"), m_dir.filePath(s("cache")));
        p.setProcessEnvironment(env);
        p.start(s(DEPLOYDECK_BINARY_DIR "/app/deploydeck"), args);
        p.waitForFinished(120000);
        return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError()) };
    }

    QStringList args(const char *command) const
    {
        return { s(command), s("--source"), m_server->url(s("/chan")), s("--target"), m_target, s("-p"), s("linux-64"),
            s("--no-virtual"), m_specList };
    }

    QString repodataPath(const QString &root, const QString &subdir) const
    {
        return root + u'/' + subdir + s("/repodata.json");
    }

    /** Applies @p patch to the source's record of package @p i (a repodata patch, after the build). */
    template <typename Patch> void patchSource(int i, Patch patch)
    {
        const auto &item = m_packages[std::size_t(i)].item;
        const QString path = repodataPath(m_channel, item.subdir);
        QJsonObject repodata = readJson(path);
        const char *table = item.fn.endsWith(s(".conda")) ? "packages.conda" : "packages";
        QJsonObject records = repodata.value(QLatin1String(table)).toObject();
        QJsonObject record = records.value(item.fn).toObject();
        QVERIFY(!record.isEmpty());
        patch(record);
        records.insert(item.fn, record);
        repodata.insert(QLatin1String(table), records);
        QVERIFY(writeJson(path, repodata));
        // A patch comes later than the copy a client holds: http.server's Last-Modified has whole
        // seconds, and a patch within the second of the last fetch would be answered 304.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(
            QDateTime::currentDateTimeUtc().addSecs(++m_patches * 10), QFileDevice::FileModificationTime));
    }

    /** Every mirrored file's record in the target equals the source's record of it. */
    void verifyTargetHoldsSourceRecords()
    {
        for (const auto &p : m_packages) {
            const QJsonObject source = recordOf(readJson(repodataPath(m_channel, p.item.subdir)), p.item.fn);
            const QJsonObject target = recordOf(readJson(repodataPath(m_target, p.item.subdir)), p.item.fn);
            QVERIFY2(!target.isEmpty(), qPrintable(p.item.fn));
            QVERIFY2(
                source == target, qPrintable(p.item.fn + s(": ") + QString::fromUtf8(QJsonDocument(target).toJson())));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_channel = m_dir.filePath(s("served/chan"));
        m_server = std::make_unique<testsupport::PythonHttpServer>(m_dir.filePath(s("served")));
        QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
        m_packages = synctest::writeSourcePackages(m_channel, 6, m_server->url(s("/chan")), 3000);
        QCOMPARE(int(m_packages.size()), 6);
        core::channel::IndexOptions options;
        options.channelDir = m_channel.toStdString();
        options.subdirs = { "linux-64", "noarch" };
        options.writeZst = core::channel::WriteZst::No;
        options.writeShards = core::channel::WriteShards::No;
        QVERIFY(core::channel::indexChannel(options));
        // Five records patched after the build: a dependency more, constrains, a field of their own.
        for (int i = 0; i < 5; ++i)
            patchSource(i, [](QJsonObject &record) {
                QJsonArray depends = record.value(s("depends")).toArray();
                depends.append(s("pkg5 >=1.0"));
                record.insert(s("depends"), depends);
                record.insert(s("constrains"), QJsonArray { s("zlib >=1.3") });
                record.insert(s("license_family"), s("BSD"));
            });
        m_specList = m_dir.filePath(s("specs.txt"));
        QFile list(m_specList);
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("pkg0 pkg1 pkg2\npkg3 pkg4\n");
        list.close();
        m_target = m_dir.filePath(s("mirror"));
    }

    void theMirrorKeepsThePatchedRecordsAndFollowsALaterPatch()
    {
        const Run first = deploydeck(args("sync"));
        QVERIFY2(first.code == 0, qPrintable(first.err + first.out));
        QVERIFY2(first.out.contains(s("6 uploaded")), qPrintable(first.out));
        verifyTargetHoldsSourceRecords();
        if (QTest::currentTestFailed())
            return;

        // A later patch of one record: a record to update, not a file to copy.
        const auto &item = m_packages[0].item;
        patchSource(0, [](QJsonObject &record) {
            record.insert(s("constrains"), QJsonArray { s("zlib >=1.3.1") });
            record.insert(s("license"), s("BSD-3-Clause"));
        });
        const Run plan = deploydeck(args("sync-plan"));
        QVERIFY2(plan.code == 0, qPrintable(plan.err + plan.out));
        QVERIFY2(plan.out.contains(s("0 new packages to upload")), qPrintable(plan.out));
        QVERIFY2(plan.out.contains(s("1 records to update")), qPrintable(plan.out));
        QVERIFY2(plan.out.contains(item.subdir + u'/' + item.fn + s(": constrains, license")), qPrintable(plan.out));

        const QString file = m_target + u'/' + item.subdir + u'/' + item.fn;
        struct stat before
        {
        };
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &before), 0);
        const Run second = deploydeck(args("sync"));
        QVERIFY2(second.code == 0, qPrintable(second.err + second.out));
        QVERIFY2(second.out.contains(s("1 records updated")), qPrintable(second.out));
        QVERIFY2(second.out.contains(s("0 uploaded")), qPrintable(second.out));
        QVERIFY2(second.out.contains(s("; 0 B downloaded")), qPrintable(second.out));
        struct stat after
        {
        };
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &after), 0);
        QCOMPARE(after.st_ino, before.st_ino); // the very same file: not downloaded and replaced
        QCOMPARE(after.st_mtim.tv_nsec, before.st_mtim.tv_nsec);
        verifyTargetHoldsSourceRecords();
        if (QTest::currentTestFailed())
            return;

        const Run third = deploydeck(args("sync-plan"));
        QVERIFY2(third.code == 0 && !third.out.contains(s("records to update")), qPrintable(third.out));
    }

    /** A file indexed on its own (no source record) still gets its record from the archive. */
    void aFolderIndexedOnItsOwnReadsTheArchives()
    {
        QTemporaryDir alone;
        const auto packages = synctest::writeSourcePackages(alone.path(), 2, s("file://") + alone.path(), 1000);
        core::channel::IndexOptions options;
        options.channelDir = alone.path().toStdString();
        options.writeShards = core::channel::WriteShards::No;
        auto report = core::channel::indexChannel(options);
        QVERIFY(report);
        const QJsonObject record
            = recordOf(readJson(repodataPath(alone.path(), packages[0].item.subdir)), packages[0].item.fn);
        QCOMPARE(record.value(s("sha256")).toString(), packages[0].item.sha256);
        QVERIFY(!record.contains(s("license_family")));
    }
};

QTEST_GUILESS_MAIN(TestSyncFidelity)
#include "tst_syncfidelity.moc"
