// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The bundled demo's main job on the command line, as a newcomer runs it: `deploydeck sync-plan`
// and `deploydeck sync --workspace DEMO` on a copy of resources/demo. Its source, a conda-forge
// stand-in with real archives, has published two packages and patched five records since the
// mirror mini-conda-forge was last synced; the sync must copy and verify the first, update the
// second without a download, and leave the mirror holding its source's records byte for byte.
#include "core/channel/filechecksums.h"
#include "tests/support/clirun.h"
#include "tests/support/copytree.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using testsupport::CliRun;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

/** "subdir/fn" -> record of both tables of @p channel's linux-64 and noarch repodata.json. */
QMap<QString, QJsonObject> recordsOf(const QString &channel)
{
    QMap<QString, QJsonObject> records;
    for (const QString &subdir : { s("linux-64"), s("noarch") }) {
        QFile file(channel + u'/' + subdir + s("/repodata.json"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QJsonObject repodata = QJsonDocument::fromJson(file.readAll()).object();
        for (const QString &key : { s("packages"), s("packages.conda") }) {
            const QJsonObject table = repodata.value(key).toObject();
            for (auto it = table.begin(); it != table.end(); ++it)
                records.insert(subdir + u'/' + it.key(), it.value().toObject());
        }
    }
    return records;
}

QStringList fileNames(const QJsonArray &entries)
{
    QStringList names;
    for (const auto &e : entries)
        names << e.toObject().value(QLatin1String("fn")).toString();
    names.sort();
    return names;
}

} // namespace

class TestDemoSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

    QString mirror() const { return m_demo + s("/channels/mini-conda-forge"); }
    QString source() const { return m_demo + s("/channels/conda-forge"); }

    CliRun deploydeck(const QStringList &args) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(s("XDG_CACHE_HOME"), m_dir.filePath(s("cache")));
        return testsupport::runDeploydeck(args, env);
    }

    QJsonObject plan() const
    {
        const CliRun run = deploydeck({ s("sync-plan"), s("--workspace"), m_demo, s("--json") });
        if (run.code != 0)
            qWarning().noquote() << "sync-plan:" << run.code << run.err;
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(s("demo"));
        QVERIFY(testsupport::copyTree(s(DEPLOYDECK_SOURCE_DIR "/resources/demo"), m_demo));
    }

    /** Before: what the source published since the last sync, and what it patched. */
    void thePlanNamesNewFilesAndPatchedRecords()
    {
        const QJsonObject before = plan();
        QCOMPARE(fileNames(before.value(QLatin1String("missing")).toArray()),
            (QStringList { s("icepap-3.8.1-pyhd8ed1ab_0.conda"), s("itango-0.1.10-pyhd8ed1ab_0.conda") }));
        const QJsonArray updates = before.value(QLatin1String("record_updates")).toArray();
        QMap<QString, QStringList> changed;
        for (const auto &u : updates) {
            QStringList fields;
            for (const auto &f : u.toObject().value(QLatin1String("changed_fields")).toArray())
                fields << f.toString();
            changed.insert(u.toObject().value(QLatin1String("name")).toString(), fields);
        }
        QCOMPARE(updates.size(), 5); // taurus 5.1.8, sardana 3.5.0, matplotlib-base 3.8.2 for three Pythons
        QCOMPARE(changed.value(s("taurus")), QStringList { s("depends") });
        QCOMPARE(changed.value(s("sardana")), QStringList { s("constrains") });
        QCOMPARE(changed.value(s("matplotlib-base")), QStringList { s("license_family") });
    }

    /**
     * Into an empty channel every file is new; the source publishes its records as built
     * (repodata_from_packages.json), so each file whose served record is patched says which fields.
     */
    void missingFilesNameTheirPatchedFields()
    {
        const QString empty = m_dir.filePath(s("empty"));
        QVERIFY(QDir().mkpath(empty));
        const CliRun run = deploydeck({ s("sync-plan"), s("--workspace"), m_demo, s("--target"), empty, s("--json") });
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QMap<QString, QStringList> patched;
        for (const auto &m :
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("missing")).toArray()) {
            const QJsonObject item = m.toObject();
            QStringList fields;
            for (const auto &f : item.value(QLatin1String("patched_fields")).toArray())
                fields << f.toString();
            if (!fields.isEmpty())
                patched.insert(item.value(QLatin1String("fn")).toString(), fields);
        }
        QCOMPARE(patched.size(), 5);
        QCOMPARE(patched.value(s("taurus-5.1.8-pyhd8ed1ab_0.conda")), QStringList { s("depends") });
        QCOMPARE(patched.value(s("sardana-3.5.0-pyhd8ed1ab_0.conda")), QStringList { s("constrains") });
    }

    /**
     * A Quetz target rebuilds records from the archives: before uploading, the sync names the files
     * whose patched records it will not keep. No server listens on the port (the upload fails, exit
     * 1); what is asserted is the plan printed before the job starts.
     */
    void aQuetzTargetNamesThePatchesItWillNotKeep()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(s("XDG_CACHE_HOME"), m_dir.filePath(s("cache")));
        env.insert(s("QUETZ_API_KEY"), s("not-used"));
        const CliRun run = testsupport::runDeploydeck({ s("sync"), s("--workspace"), m_demo, s("--target"),
                                                          s("http://127.0.0.1:9/get/mirror"), s("--retries"), s("0") },
            env);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains(s("5 file(s) to upload carry records the source has patched since they were built")),
            qPrintable(run.out));
        QVERIFY2(run.out.contains(s("  noarch/taurus-5.1.8-pyhd8ed1ab_0.conda: depends\n")), qPrintable(run.out));
        QVERIFY(run.out.contains(s("  noarch/sardana-3.5.0-pyhd8ed1ab_0.conda: constrains\n")));
    }

    void theSyncCompletesWithEveryFileVerified()
    {
        const auto beforeRecords = recordsOf(mirror());
        QVERIFY(!beforeRecords.isEmpty());
        const CliRun run = deploydeck({ s("sync"), s("--workspace"), m_demo });
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(s("sync 2 package files (2.2 kB) and 5 records from ")), qPrintable(run.out));
        QVERIFY2(run.out.contains(s(" 0 rejected, 0 failed, 5 records updated;")), qPrintable(run.out));

        // Every record of the mirror has its file, with the record's size and sha256.
        const auto records = recordsOf(mirror());
        QCOMPARE(records.size(), beforeRecords.size() + 2);
        for (auto it = records.begin(); it != records.end(); ++it) {
            const QString path = mirror() + u'/' + it.key();
            const auto sums = core::channel::fileChecksums(path, core::channel::Digests::Sha256Only);
            QVERIFY2(sums, qPrintable(path));
            QCOMPARE(sums->size, it.value().value(QLatin1String("size")).toInteger());
            QCOMPARE(QString::fromLatin1(sums->sha256), it.value().value(QLatin1String("sha256")).toString());
        }
        // The mirror serves what its source serves: every record the same, patches included.
        const auto sourceRecords = recordsOf(source());
        QCOMPARE(records.keys(), sourceRecords.keys());
        for (auto it = sourceRecords.begin(); it != sourceRecords.end(); ++it)
            QVERIFY2(records.value(it.key()) == it.value(), qPrintable(it.key()));
        // Nothing half-done is left anywhere in the workspace.
        QDirIterator partials(m_demo, { s("*.part") }, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QVERIFY2(!partials.hasNext(), qPrintable(partials.hasNext() ? partials.next() : QString()));
    }

    void aSecondSyncHasNothingToDo()
    {
        const QJsonObject after = plan();
        QVERIFY(after.contains(QLatin1String("missing")));
        QCOMPARE(after.value(QLatin1String("missing")).toArray().size(), 0);
        QCOMPARE(after.value(QLatin1String("record_updates")).toArray().size(), 0);
        const CliRun run = deploydeck({ s("sync"), s("--workspace"), m_demo });
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
    }
};

QTEST_GUILESS_MAIN(TestDemoSync)
#include "tst_demosync.moc"
