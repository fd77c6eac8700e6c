// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/sync/syncfiles.h"

#include "core/channel/packagearchive.h"
#include "core/solve/lineplan.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cstdio>
#include <memory>

#include <fcntl.h>
#include <unistd.h>

using core::util::ErrorCode;
using core::util::makeError;
using core::util::Result;

namespace core::sync {

namespace {

/**
 * Linux: asks the kernel to start writing the file's data out now, without waiting, so that it is
 * mostly on disk by the time the file is published.
 */
void startWriteback(const QString &path)
{
#ifdef __linux__
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        ::sync_file_range(file.handle(), 0, 0, SYNC_FILE_RANGE_WRITE);
#else
    Q_UNUSED(path);
#endif
}

/**
 * The file's data on disk before an index lists it, so that a crash of the machine does not leave
 * an index naming a file with lost content. On Linux this waits for the file's data only (started
 * by startWriteback()); the metadata — the rename, the allocation — becomes durable with the
 * journal commit of the index's own fsync right after (ext4, XFS). One fsync per file would commit
 * the journal once per file, which costs more than the whole copy. Elsewhere: fsync.
 */
bool flushData(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
#ifdef __linux__
    return ::sync_file_range(file.handle(), 0, 0,
                             SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE | SYNC_FILE_RANGE_WAIT_AFTER) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

/** Whether a local target already holds @p item with the right content. */
bool presentLocally(const QString &root, const SyncItem &item)
{
    const QString path = root + QLatin1Char('/') + item.subdir + QLatin1Char('/') + item.fn;
    return QFileInfo(path).isFile() && verifyFile(path, item).ok();
}

bool presentRemotely(const TargetChecksums &remote, const SyncItem &item)
{
    const auto it = remote.constFind(item.displayName());
    if (it == remote.constEnd())
        return false;
    // Same rule as verifyFile(): sha256 when the item has one, else md5.
    if (!item.sha256.isEmpty())
        return it->first.compare(item.sha256, Qt::CaseInsensitive) == 0;
    return !item.md5.isEmpty() && it->second.compare(item.md5, Qt::CaseInsensitive) == 0;
}

/** Bytes of an earlier partial download worth continuing; a partial too long to be right is deleted. */
qint64 partialBytes(const QString &partialRoot, const SyncItem &item)
{
    const QFileInfo info(partialPath(partialRoot, item));
    if (!info.isFile())
        return 0;
    if ((item.size > 0 && info.size() > item.size) || info.size() == 0) {
        QFile::remove(info.filePath());
        return 0;
    }
    return info.size();
}

/** Removes the partial files under @p partialRoot that belong to none of @p items (a killed run's). */
void removeStrayPartials(const QString &partialRoot, const std::vector<SyncItem> &items)
{
    QSet<QString> wanted;
    for (const SyncItem &item : items)
        wanted.insert(partialPath(partialRoot, item));
    QDirIterator it(
        partialFolder(partialRoot), { QStringLiteral("*.part") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!wanted.contains(path))
            QFile::remove(path);
    }
}

} // namespace

QString partialFolder(const QString &root)
{
    return root + QStringLiteral("/.deploydeck-partial");
}

QString partialPath(const QString &root, const SyncItem &item)
{
    return partialFolder(root) + QLatin1Char('/') + item.subdir + QLatin1Char('/') + item.fn + QStringLiteral(".part");
}

Result<FileChecksums> verifyFile(const QString &path, const SyncItem &item)
{
    const std::string where = item.displayName().toStdString();
    // sha256 when the plan has one, else md5; without either the file is not trusted.
    const bool useSha256 = !item.sha256.isEmpty();
    const QByteArray expected = (useSha256 ? item.sha256 : item.md5).toLatin1().toLower();
    if (expected.isEmpty())
        return makeError(ErrorCode::InvalidRecord, "the plan gives no sha256 or md5 to verify the file against", where);
    const qint64 size = QFileInfo(path).size();
    if (item.size > 0 && size != item.size)
        return makeError(ErrorCode::ChecksumMismatch,
                         "size mismatch: expected " + std::to_string(item.size) + " bytes, got " + std::to_string(size), where);
    // With a sha256 to check and an md5 from the same source record, the md5 is not computed: once
    // the sha256 matches, the file is the one that record describes, md5 included.
    static const QRegularExpression s_md5(QStringLiteral("^[0-9a-fA-F]{32}$"));
    const bool md5FromRecord = useSha256 && s_md5.match(item.md5).hasMatch();
    auto sums = channel::fileChecksums(path, md5FromRecord ? channel::Digests::Sha256Only : channel::Digests::Md5AndSha256);
    if (!sums)
        return sums.error();
    if (md5FromRecord)
        sums->md5 = item.md5.toLatin1().toLower();
    const QByteArray &actual = useSha256 ? sums->sha256 : sums->md5;
    if (actual != expected)
        return makeError(ErrorCode::ChecksumMismatch, std::string(useSha256 ? "sha256" : "md5") + " mismatch: expected "
                                                          + expected.toStdString() + ", got " + actual.toStdString(), where);
    return sums;
}

Result<void> prepareLocalChannel(const QString &root, const QStringList &subdirs)
{
    if (!QDir().mkpath(root))
        return makeError(ErrorCode::FileWriteFailed, "cannot create the channel folder", root.toStdString());
    std::vector<std::string> missing;
    for (const QString &subdir : subdirs) {
        if (!QFileInfo::exists(root + QLatin1Char('/') + subdir + QStringLiteral("/repodata.json")))
            missing.push_back(subdir.toStdString());
    }
    if (missing.empty())
        return {};
    // The indexer writes an empty index for a subdir folder without packages (and indexes any it has).
    channel::IndexOptions options;
    options.channelDir = root.toStdString();
    options.subdirs = std::move(missing);
    auto indexed = channel::indexChannel(options);
    if (!indexed)
        return indexed.error();
    return {};
}

std::vector<SyncCheck> checkSyncItems(const std::vector<SyncItem> &items, const QString &localRoot,
                                      const QString &partialRoot, const TargetChecksums *remote,
                                      const std::atomic_bool *cancel)
{
    std::vector<SyncCheck> checks(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (cancel && cancel->load())
            break;
        const SyncItem &item = items[i];
        SyncCheck &check = checks[i];
        if (auto name = checkItemName(item); !name) {
            check.refused = name.error();  // decided before any path is formed from the name
            continue;
        }
        check.present = (!localRoot.isEmpty() && presentLocally(localRoot, item))
                        || (remote && presentRemotely(*remote, item));
        if (!check.present)
            check.partialBytes = partialBytes(partialRoot, item);
    }
    if (!partialRoot.isEmpty() && !(cancel && cancel->load()))
        removeStrayPartials(partialRoot, items);
    return checks;
}

Result<FileChecksums> verifyAndPlace(const QString &part, const SyncItem &item, const QString &destination)
{
    auto verified = verifyFile(part, item);
    if (!verified) {
        QFile::remove(part);  // never kept: a resumed download must not build on wrong bytes
        return verified;
    }
    if (destination.isEmpty())
        return verified;
    startWriteback(part);
    const QString folder = QFileInfo(destination).absolutePath();
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::FileWriteFailed, "cannot create the subdir folder", folder.toStdString());
    // rename(2) replaces an existing (damaged) file in one step; QFile::rename would refuse.
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(destination).constData()) != 0)
        return makeError(ErrorCode::FileWriteFailed, "cannot move the verified file into the channel",
                         destination.toStdString());
    return verified;
}

Result<channel::IndexReport> publishLocalChannel(const QString &root, const QStringList &subdirs,
                                                 const std::vector<PlacedFile> &newFiles, const std::atomic_bool *cancel)
{
    channel::IndexOptions options;
    for (const PlacedFile &file : newFiles) {
        const QString path = root + QLatin1Char('/') + file.subdir + QLatin1Char('/') + file.fileName;
        if (!flushData(path))
            return makeError(ErrorCode::FileWriteFailed, "cannot flush the file to disk", path.toStdString());
        const std::string key = QString(file.subdir + QLatin1Char('/') + file.fileName).toStdString();
        if (!file.record.isEmpty())
            options.sourceRecords[key] = file.record.toStdString(); // verified against it: kept as it is
        else // verified a moment ago: the indexer need not read the whole file again to hash it
            options.knownChecksums[key] = file.checksums;
    }
    options.channelDir = root.toStdString();
    for (const QString &subdir : subdirs)
        options.subdirs.push_back(subdir.toStdString());
    options.cancel = cancel;
    return channel::indexChannel(options);
}

QStringList patchedFields(const QString &archive, channel::PackageFormat format, const QByteArray &sourceRecord)
{
    auto index = channel::readPackageIndexJson(archive, format);
    if (!index)
        return {};
    QStringList fields;
    for (const std::string &field : solve::differingFields(index->toStdString(), sourceRecord.toStdString()))
        if (field != "md5" && field != "sha256" && field != "size")
            fields << QString::fromStdString(field);
    return fields;
}

Result<void> addRepodataChecksums(const QByteArray &json, const QString &subdir, const QString &location,
                                  TargetChecksums &into)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::ParseError, "not a repodata.json: " + error.errorString().toStdString(),
                         location.toStdString());
    for (const char *table : {"packages", "packages.conda"}) {
        const QJsonObject records = doc.object().value(QLatin1String(table)).toObject();
        for (auto it = records.begin(); it != records.end(); ++it) {
            const QJsonObject record = it.value().toObject();
            into.insert(subdir + QLatin1Char('/') + it.key(),
                        {record.value(QLatin1String("sha256")).toString(), record.value(QLatin1String("md5")).toString()});
        }
    }
    return {};
}

} // namespace core::sync
