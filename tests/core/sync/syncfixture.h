// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// Helpers of the sync tests: real packages to serve, and the check that a channel folder is valid.

#include "core/channel/zstdcodec.h"
#include "core/jobs/job.h"
#include "core/sync/syncjob.h"
#include "core/sync/syncoptions.h"
#include "tests/support/testpackages.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

#include <vector>

namespace synctest {

/** A package file written for a test: its sync item and its bytes. */
struct SourcePackage
{
    core::sync::SyncItem item;
    QByteArray data;
    QString path;  ///< where it lies in the served folder
};

inline QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

/**
 * Writes @p count real packages into `<root>/<subdir>/`: even ones as linux-64 .conda files, odd ones
 * as noarch .tar.bz2 files, each with @p payloadBytes of incompressible payload (so sizes are real).
 * Their URLs are @p baseUrl + "/<subdir>/<fn>" (an http:// server serving root, or "file://" + root).
 * Package i is named "pkg<i>" + @p namePrefix ... so that two sets can be told apart.
 */
inline std::vector<SourcePackage> writeSourcePackages(const QString &root, int count, const QString &baseUrl,
                                                      int payloadBytes = 4000, const QString &namePrefix = QStringLiteral("pkg"))
{
    std::vector<SourcePackage> packages;
    for (int i = 0; i < count; ++i) {
        testsupport::TestPackage package;
        package.name = namePrefix + QString::number(i);
        package.subdir = i % 2 == 0 ? QStringLiteral("linux-64") : QStringLiteral("noarch");
        QRandomGenerator random(quint32(1000 + i));
        package.payload.resize(payloadBytes);
        random.fillRange(reinterpret_cast<quint32 *>(package.payload.data()), payloadBytes / 4);
        const QString fn = package.fileName(i % 2 == 0 ? QStringLiteral(".conda") : QStringLiteral(".tar.bz2"));
        const QString path = root + QLatin1Char('/') + package.subdir + QLatin1Char('/') + fn;
        QDir().mkpath(root + QLatin1Char('/') + package.subdir);
        if (!testsupport::writePackage(path, package).isEmpty())
            return {};
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        SourcePackage source;
        source.data = file.readAll();
        source.path = path;
        source.item.fn = fn;
        source.item.subdir = package.subdir;
        source.item.url = baseUrl + QLatin1Char('/') + package.subdir + QLatin1Char('/') + fn;
        source.item.size = source.data.size();
        source.item.sha256 = sha256Hex(source.data);
        source.item.md5 = QString::fromLatin1(QCryptographicHash::hash(source.data, QCryptographicHash::Md5).toHex());
        packages.push_back(std::move(source));
    }
    return packages;
}

inline std::vector<core::sync::SyncItem> itemsOf(const std::vector<SourcePackage> &packages)
{
    std::vector<core::sync::SyncItem> items;
    for (const SourcePackage &p : packages)
        items.push_back(p.item);
    return items;
}

/** What checkChannel() found. */
struct ChannelCheck
{
    QStringList problems;  ///< empty: the channel is valid
    QSet<QString> listed;  ///< "subdir/fn" of every record
};

/** Checks one index text: it parses, and every record names a file that exists with its sha256 and size. */
inline void checkIndex(const QByteArray &json, const QString &subdirPath, const QString &what, ChannelCheck &check)
{
    QJsonParseError error{};
    const QJsonObject doc = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError) {
        check.problems << what + QStringLiteral(" does not parse: ") + error.errorString();
        return;
    }
    const QString subdir = QFileInfo(subdirPath).fileName();
    for (const char *table : {"packages", "packages.conda"}) {
        const QJsonObject records = doc.value(QLatin1String(table)).toObject();
        for (auto it = records.begin(); it != records.end(); ++it) {
            QFile file(subdirPath + QLatin1Char('/') + it.key());
            if (!file.open(QIODevice::ReadOnly)) {
                check.problems << what + QStringLiteral(" lists a missing file ") + it.key();
                continue;
            }
            const QByteArray data = file.readAll();
            const QJsonObject record = it.value().toObject();
            if (sha256Hex(data) != record.value(QLatin1String("sha256")).toString()
                || data.size() != record.value(QLatin1String("size")).toInteger())
                check.problems << what + QStringLiteral(" has a wrong sha256/size for ") + it.key();
            check.listed.insert(subdir + QLatin1Char('/') + it.key());
        }
    }
}

/**
 * A channel folder is valid when every subdir's repodata.json (and .zst, when there is one) parses
 * and lists only files that exist with the listed sha256 and size.
 */
inline ChannelCheck checkChannel(const QString &root)
{
    ChannelCheck check;
    const QDir dir(root);
    for (const QString &subdir : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString subdirPath = dir.filePath(subdir);
        QFile json(subdirPath + QStringLiteral("/repodata.json"));
        if (subdir.startsWith(QLatin1Char('.')) || !json.open(QIODevice::ReadOnly))
            continue;
        checkIndex(json.readAll(), subdirPath, subdir + QStringLiteral("/repodata.json"), check);
        QFile zst(subdirPath + QStringLiteral("/repodata.json.zst"));
        if (!zst.open(QIODevice::ReadOnly))
            continue;
        auto decoded = core::channel::zstdDecompress(zst.readAll());
        if (!decoded)
            check.problems << subdir + QStringLiteral("/repodata.json.zst does not decompress");
        else
            checkIndex(*decoded, subdirPath, subdir + QStringLiteral("/repodata.json.zst"), check);
    }
    return check;
}

/** "subdir/fn" of every package. */
inline QSet<QString> namesOf(const std::vector<SourcePackage> &packages)
{
    QSet<QString> names;
    for (const SourcePackage &p : packages)
        names.insert(p.item.displayName());
    return names;
}

/** QVERIFY that the channel at @p root is valid and, when given, lists exactly @p expected. */
inline void verifyChannel(const QString &root, const QSet<QString> *expected = nullptr)
{
    const ChannelCheck check = checkChannel(root);
    QVERIFY2(check.problems.isEmpty(), qPrintable(check.problems.join(u'\n')));
    if (expected)
        QCOMPARE(check.listed, *expected);
}

/** Waits for @p job to finish; false on timeout. */
inline bool waitFinished(core::jobs::Job &job, int timeoutMs = 60000)
{
    if (job.isFinished())
        return true;
    QSignalSpy spy(&job, &core::jobs::Job::finished);
    return spy.wait(timeoutMs) || job.isFinished();
}

/** Runs a sync with @p options to its end. */
inline std::unique_ptr<core::sync::SyncJob> runSync(const core::sync::SyncOptions &options)
{
    auto job = std::make_unique<core::sync::SyncJob>(options);
    job->start();
    if (!waitFinished(*job))
        qWarning("the sync did not finish in time");
    return job;
}

} // namespace synctest
