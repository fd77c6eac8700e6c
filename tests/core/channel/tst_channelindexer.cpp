// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/channel/channelindexer.h"
#include "core/channel/zstdcodec.h"
#include "core/util/peerdata.h"
#include "tests/support/requirements.h"
#include "tests/support/testpackages.h"
#include "tests/support/writefile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace core::channel;
using testsupport::TestPackage;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(readAll(path)).object();
}

TestPackage package(const QString &name, const QString &version, const QString &subdir)
{
    TestPackage p;
    p.name = name;
    p.version = version;
    p.subdir = subdir;
    p.depends = {QStringLiteral("python >=3.9")};
    p.extra = QJsonObject{{QStringLiteral("license"), QStringLiteral("MIT")}, {QStringLiteral("timestamp"), qint64(1700000000000)}};
    return p;
}

/** Writes a package into <dir>/<subdir>/ and returns its path. */
QString addPackage(const QString &dir, const TestPackage &p, const QString &extension)
{
    const QString path = dir + u'/' + p.subdir + u'/' + p.fileName(extension);
    const QString error = testsupport::writePackage(path, p);
    return error.isEmpty() ? path : QString();
}

const SubdirIndexReport *reportFor(const IndexReport &report, const std::string &subdir)
{
    for (const auto &s : report.subdirs) {
        if (s.subdir == subdir)
            return &s;
    }
    return nullptr;
}

} // namespace

class TestChannelIndexer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_channel;

    void makeChannel()
    {
        m_channel = m_dir.filePath(QStringLiteral("chan"));
        QDir(m_channel).removeRecursively();
        QVERIFY(!addPackage(m_channel, package(QStringLiteral("numpy"), QStringLiteral("1.26.4"), QStringLiteral("linux-64")), QStringLiteral(".conda")).isEmpty());
        QVERIFY(!addPackage(m_channel, package(QStringLiteral("numpy"), QStringLiteral("1.24.0"), QStringLiteral("linux-64")), QStringLiteral(".tar.bz2")).isEmpty());
        QVERIFY(!addPackage(m_channel, package(QStringLiteral("h5py"), QStringLiteral("3.10"), QStringLiteral("linux-64")), QStringLiteral(".conda")).isEmpty());
        QVERIFY(!addPackage(m_channel, package(QStringLiteral("sardana"), QStringLiteral("3.4.0"), QStringLiteral("noarch")), QStringLiteral(".conda")).isEmpty());
    }

    IndexReport index(WriteZst zst = WriteZst::Yes)
    {
        IndexOptions options;
        options.channelDir = m_channel.toStdString();
        options.writeZst = zst;
        auto report = indexChannel(options);
        if (!report.ok())
            qWarning("%s", report.error().message().c_str());
        return report.ok() ? *report : IndexReport{};
    }

private Q_SLOTS:
    void init()
    {
        makeChannel();
    }

    void writesRepodata()
    {
        const IndexReport report = index();
        QCOMPARE(report.subdirs.size(), std::size_t(2));
        const auto *linux = reportFor(report, "linux-64");
        QVERIFY(linux);
        QCOMPARE(linux->packages, 3);
        QCOMPARE(linux->read, 3);
        QVERIFY(linux->skipped.empty());

        const QString path = m_channel + QStringLiteral("/linux-64/repodata.json");
        const QJsonObject repodata = readJson(path);
        QCOMPARE(repodata.value(QLatin1String("info")).toObject().value(QLatin1String("subdir")).toString(), QStringLiteral("linux-64"));
        QCOMPARE(repodata.value(QLatin1String("repodata_version")).toInt(), 1);
        QCOMPARE(repodata.value(QLatin1String("removed")).toArray(), QJsonArray());
        const QJsonObject tarBz2 = repodata.value(QLatin1String("packages")).toObject();
        const QJsonObject conda = repodata.value(QLatin1String("packages.conda")).toObject();
        QCOMPARE(tarBz2.keys(), QStringList{QStringLiteral("numpy-1.24.0-0.tar.bz2")});
        QCOMPARE(conda.keys(), (QStringList{QStringLiteral("h5py-3.10-0.conda"), QStringLiteral("numpy-1.26.4-0.conda")}));

        // The record is index.json plus checksums and size of the file.
        const QString file = m_channel + QStringLiteral("/linux-64/numpy-1.26.4-0.conda");
        const QByteArray bytes = readAll(file);
        QJsonObject expected = package(QStringLiteral("numpy"), QStringLiteral("1.26.4"), QStringLiteral("linux-64")).indexJson();
        expected[QStringLiteral("md5")] = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex());
        expected[QStringLiteral("sha256")] = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        expected[QStringLiteral("size")] = bytes.size();
        QCOMPARE(conda.value(QLatin1String("numpy-1.26.4-0.conda")).toObject(), expected);

        // The .zst holds the same JSON; the sidecar is there; noarch was indexed too.
        QCOMPARE(zstdDecompress(readAll(path + QStringLiteral(".zst"))).value(), readAll(path));
        QVERIFY(QFile::exists(m_channel + QStringLiteral("/linux-64/.deploydeck-index.json")));
        QCOMPARE(readJson(m_channel + QStringLiteral("/noarch/repodata.json")).value(QLatin1String("packages.conda")).toObject().size(), 1);
    }

    void reindexReusesUnchangedRecords()
    {
        index();
        const QString path = m_channel + QStringLiteral("/linux-64/repodata.json");
        const QByteArray first = readAll(path);

        const IndexReport again = index();
        QCOMPARE(reportFor(again, "linux-64")->reused, 3);
        QCOMPARE(reportFor(again, "linux-64")->read, 0);
        QCOMPARE(readAll(path), first);

        QVERIFY(!addPackage(m_channel, package(QStringLiteral("pytango"), QStringLiteral("9.5.0"), QStringLiteral("linux-64")), QStringLiteral(".conda")).isEmpty());
        const IndexReport added = index();
        QCOMPARE(reportFor(added, "linux-64")->packages, 4);
        QCOMPARE(reportFor(added, "linux-64")->read, 1);
        QCOMPARE(reportFor(added, "linux-64")->reused, 3);
        QVERIFY(readJson(path).value(QLatin1String("packages.conda")).toObject().contains(QLatin1String("pytango-9.5.0-0.conda")));
    }

    void changedAndRemovedFiles()
    {
        index();
        // Rewrite one package with other content (new size), delete another.
        TestPackage changed = package(QStringLiteral("h5py"), QStringLiteral("3.10"), QStringLiteral("linux-64"));
        changed.depends.append(QStringLiteral("hdf5 >=1.14,<1.15"));
        QVERIFY(!addPackage(m_channel, changed, QStringLiteral(".conda")).isEmpty());
        QVERIFY(QFile::remove(m_channel + QStringLiteral("/linux-64/numpy-1.24.0-0.tar.bz2")));
        const IndexReport report = index();
        QCOMPARE(reportFor(report, "linux-64")->packages, 2);
        QCOMPARE(reportFor(report, "linux-64")->read, 1);
        const QJsonObject repodata = readJson(m_channel + QStringLiteral("/linux-64/repodata.json"));
        QVERIFY(repodata.value(QLatin1String("packages")).toObject().isEmpty());
        const QJsonArray depends = repodata.value(QLatin1String("packages.conda")).toObject().value(QLatin1String("h5py-3.10-0.conda"))
                                       .toObject().value(QLatin1String("depends")).toArray();
        QCOMPARE(depends.size(), 2);
    }

    void damagedSidecarKeepsRecordsWhoseFilesMatch()
    {
        index();
        QFile sidecar(m_channel + QStringLiteral("/linux-64/.deploydeck-index.json"));
        QVERIFY(sidecar.open(QIODevice::WriteOnly | QIODevice::Truncate));
        sidecar.write("{not json");
        sidecar.close();
        const IndexReport report = index();
        // No stamps to trust: each file is hashed, and its record kept because the sha256 matches.
        QCOMPARE(reportFor(report, "linux-64")->read, 0);
        QCOMPARE(reportFor(report, "linux-64")->reused, 3);
    }

    /** A copied channel (no sidecar): records with fields beyond the archive's survive a re-index. */
    void aCopiedMirrorKeepsItsSourcesRecords()
    {
        index();
        const QString path = m_channel + QStringLiteral("/linux-64/repodata.json");
        QJsonObject repodata = readJson(path);
        QJsonObject conda = repodata.value(QLatin1String("packages.conda")).toObject();
        QJsonObject patched = conda.value(QLatin1String("numpy-1.26.4-0.conda")).toObject();
        patched[QStringLiteral("constrains")] = QJsonArray { QStringLiteral("numpy-base <0a0") };
        conda[QStringLiteral("numpy-1.26.4-0.conda")] = patched;
        QJsonObject wrong = conda.value(QLatin1String("h5py-3.10-0.conda")).toObject();
        wrong[QStringLiteral("sha256")] = QString(64, u'0'); // same size, other content: not this file's record
        wrong[QStringLiteral("constrains")] = QJsonArray { QStringLiteral("hdf5 <0a0") };
        conda[QStringLiteral("h5py-3.10-0.conda")] = wrong;
        repodata[QStringLiteral("packages.conda")] = conda;
        QVERIFY(tests::writeFile(path, QJsonDocument(repodata).toJson()));
        QVERIFY(QFile::remove(m_channel + QStringLiteral("/linux-64/.deploydeck-index.json")));

        const IndexReport report = index();
        QCOMPARE(reportFor(report, "linux-64")->reused, 2);
        QCOMPARE(reportFor(report, "linux-64")->read, 1);
        const QJsonObject after = readJson(path).value(QLatin1String("packages.conda")).toObject();
        QCOMPARE(after.value(QLatin1String("numpy-1.26.4-0.conda")).toObject(), patched);
        QVERIFY(!after.value(QLatin1String("h5py-3.10-0.conda")).toObject().contains(QLatin1String("constrains")));
    }

    void badPackagesAreSkippedAndListed()
    {
        TestPackage hostile = package(QStringLiteral("evil"), QStringLiteral("1"), QStringLiteral("linux-64"));
        hostile.entries = {{QStringLiteral("../../etc/x"), "x", {}}};
        const QString hostilePath = addPackage(m_channel, hostile, QStringLiteral(".tar.bz2"));
        TestPackage elsewhere = package(QStringLiteral("misplaced"), QStringLiteral("1"), QStringLiteral("osx-64"));
        const QString misplaced = m_channel + QStringLiteral("/linux-64/") + elsewhere.fileName(QStringLiteral(".conda"));
        QCOMPARE(testsupport::writePackage(misplaced, elsewhere), QString());
        const QString oddName = m_channel + QStringLiteral("/linux-64/odd..name-1-0.conda");
        QCOMPARE(testsupport::writePackage(oddName, package(QStringLiteral("odd"), QStringLiteral("1"), QStringLiteral("linux-64"))), QString());

        const IndexReport report = index();
        const auto *linux = reportFor(report, "linux-64");
        QCOMPARE(linux->packages, 3);
        QCOMPARE(linux->skipped.size(), std::size_t(3));
        QMap<QString, core::util::ErrorCode> skipped;
        for (const auto &e : linux->skipped)
            skipped.insert(QString::fromStdString(e.location), e.code);
        QCOMPARE(skipped.value(hostilePath), core::util::ErrorCode::UnsafePath);
        QCOMPARE(skipped.value(misplaced), core::util::ErrorCode::InvalidRecord);
        QCOMPARE(skipped.value(oddName), core::util::ErrorCode::UnsafePath);
    }

    void noarchAlwaysWritten()
    {
        QVERIFY(QDir(m_channel + QStringLiteral("/noarch")).removeRecursively());
        const IndexReport report = index();
        QVERIFY(reportFor(report, "noarch"));
        QCOMPARE(readJson(m_channel + QStringLiteral("/noarch/repodata.json")).value(QLatin1String("info")).toObject()
                     .value(QLatin1String("subdir")).toString(), QStringLiteral("noarch"));
    }

    void withoutZstRemovesStaleOne()
    {
        index(WriteZst::Yes);
        QVERIFY(QFile::exists(m_channel + QStringLiteral("/linux-64/repodata.json.zst")));
        index(WriteZst::No);
        QVERIFY(!QFile::exists(m_channel + QStringLiteral("/linux-64/repodata.json.zst")));
    }

    void errors()
    {
        IndexOptions options;
        options.channelDir = m_dir.filePath(QStringLiteral("missing")).toStdString();
        auto missing = indexChannel(options);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, core::util::ErrorCode::FileNotFound);

        const std::atomic_bool cancel{true};
        options.channelDir = m_channel.toStdString();
        options.cancel = &cancel;
        auto cancelled = indexChannel(options);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, core::util::ErrorCode::Cancelled);
    }

    /** conda's own test channel, read in place (read-only) and indexed into a temporary folder. */
    void matchesCondaTestChannel()
    {
        REQUIRE_PEER_DATA(peers);
        const QString repo = peers + QStringLiteral("/conda/tests/data/conda_format_repo");
        QTemporaryDir out;
        IndexOptions options;
        options.channelDir = repo.toStdString();
        options.outputDir = out.path().toStdString();
        auto report = indexChannel(options);
        QVERIFY2(report.ok(), report.ok() ? "" : report.error().message().c_str());
        QCOMPARE(report->subdirs.size(), std::size_t(5));  // linux-64 noarch osx-64 win-32 win-64
        for (const auto &subdir : report->subdirs) {
            QVERIFY(subdir.skipped.empty());
            const QString name = QString::fromStdString(subdir.subdir);
            const QJsonObject ours = readJson(out.path() + u'/' + name + QStringLiteral("/repodata.json"));
            const QJsonObject theirs = readJson(repo + u'/' + name + QStringLiteral("/repodata.json"));
            for (const QLatin1String table : {QLatin1String("packages"), QLatin1String("packages.conda")}) {
                const QJsonObject mine = ours.value(table).toObject();
                const QJsonObject reference = theirs.value(table).toObject();
                for (const QString &fn : mine.keys()) {
                    QVERIFY2(reference.contains(fn), qPrintable(fn));
                    const QJsonObject expected = reference.value(fn).toObject();
                    // Every field conda's repodata has for this file (checksums included) is the same here.
                    for (const QString &key : expected.keys())
                        QVERIFY2(mine.value(fn).toObject().value(key) == expected.value(key), qPrintable(fn + u' ' + key));
                }
            }
            QCOMPARE(subdir.packages, int(ours.value(QLatin1String("packages")).toObject().size()
                                          + ours.value(QLatin1String("packages.conda")).toObject().size()));
        }
        QCOMPARE(reportFor(*report, "linux-64")->packages, 2);
    }
};

QTEST_GUILESS_MAIN(TestChannelIndexer)
#include "tst_channelindexer.moc"
