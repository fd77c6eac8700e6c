// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// The blocking file work of a sync (checking, verifying, placing, publishing), kept apart from the
// job so it can run on worker threads and be tested on its own. Every function is thread-safe as
// long as two calls do not work on the same channel folder at once (SyncJob serialises them).

#include "core/channel/channelindexer.h"
#include "core/channel/filechecksums.h"
#include "core/channel/packagearchive.h"
#include "core/sync/syncoptions.h"
#include "core/util/result.h"

#include <QHash>
#include <QStringList>

#include <atomic>
#include <optional>
#include <vector>

namespace core::sync {

/** What a look at the target and at earlier partial downloads found for one item. */
struct SyncCheck
{
    std::optional<util::Error> refused;  ///< unsafe name or unsupported format: never downloaded
    bool present = false;                ///< the target already holds the file with a matching checksum
    qint64 partialBytes = 0;             ///< bytes of an unfinished earlier download to continue from
};

/** Checksums a target's repodata lists, by "subdir/fn": the sha256 and the md5 (either may be empty). */
using TargetChecksums = QHash<QString, QPair<QString, QString>>;

/** Where unfinished downloads wait: "<root>/.deploydeck-partial" (a folder no conda client reads). */
QString partialFolder(const QString &root);
/** "<root>/.deploydeck-partial/<subdir>/<fn>.part"; the subdir keeps equal file names of two subdirs apart. */
QString partialPath(const QString &root, const SyncItem &item);

using channel::FileChecksums;
using channel::fileChecksums;

/**
 * Checks @p path against @p item: its size (when known), then its sha256 or, without one, its md5,
 * and returns the file's checksums (the item's md5 when it has one and its sha256 matched). ChecksumMismatch names what was expected and what was found;
 * an item with neither checksum is InvalidRecord (nothing to verify against, so it is not
 * trusted); FileUnreadable names the path.
 */
[[nodiscard]] util::Result<FileChecksums> verifyFile(const QString &path, const SyncItem &item);

/**
 * Creates the local channel folder @p root if it does not exist and gives each of @p subdirs that
 * lacks one an empty repodata.json (+ .zst), so a new target is a valid channel from the start.
 */
[[nodiscard]] util::Result<void> prepareLocalChannel(const QString &root, const QStringList &subdirs);

/**
 * Looks at every item before anything is downloaded: refused names; files the target already holds
 * with a matching checksum (a local target: the file in `<localRoot>/<subdir>/`, verified; a Quetz
 * target: listed in @p remote with a matching checksum); the bytes of a partial download under
 * @p partialRoot (an empty partial, or one longer than the item, is deleted, and so are partials
 * of files that are not among @p items: what a killed run left of another plan). @p localRoot or @p remote may be
 * empty/null. Stops early (remaining items unchecked, default SyncCheck) when @p cancel is set.
 */
std::vector<SyncCheck> checkSyncItems(const std::vector<SyncItem> &items, const QString &localRoot,
                                      const QString &partialRoot, const TargetChecksums *remote,
                                      const std::atomic_bool *cancel);

/**
 * Verifies the finished download @p part, then, when @p destination is not empty, renames it there
 * (same file system: atomic, so readers see the whole file or none). A file that fails verification
 * is deleted and the error returned.
 */
[[nodiscard]] util::Result<FileChecksums> verifyAndPlace(const QString &part, const SyncItem &item,
                                                         const QString &destination);

/** A verified file placed in `<root>/<subdir>/<fileName>`, waiting to be published. */
struct PlacedFile
{
    QString subdir;
    QString fileName;
    FileChecksums checksums;
    QByteArray record {}; ///< the source channel's record to publish; empty: read from the archive
};

/**
 * Makes a batch of placed files durable (fsync) and then regenerates repodata.json (+ .zst) of
 * @p subdirs with the channel indexer, atomically; unchanged files reuse their previous records,
 * and the new ones their known checksums (the indexer only reads their info/index.json). A file
 * with a source record is published under that record as it is (a file already there too: its
 * record is replaced).
 */
[[nodiscard]] util::Result<channel::IndexReport> publishLocalChannel(const QString &root, const QStringList &subdirs,
                                                                   const std::vector<PlacedFile> &newFiles,
                                                                   const std::atomic_bool *cancel);

/**
 * The fields of @p sourceRecord (a channel's record of the package @p archive) whose values the
 * archive's own info/index.json does not have: a repodata patch, which a server that reads records
 * from the archives (Quetz) does not keep. Checksums and size, which index.json never holds, do
 * not count. Empty when the archive cannot be read.
 */
QStringList patchedFields(const QString &archive, channel::PackageFormat format, const QByteArray &sourceRecord);

/**
 * Adds the records of a repodata.json of @p subdir to @p into. ParseError names @p location.
 */
[[nodiscard]] util::Result<void> addRepodataChecksums(const QByteArray &json, const QString &subdir,
                                                      const QString &location, TargetChecksums &into);

} // namespace core::sync
