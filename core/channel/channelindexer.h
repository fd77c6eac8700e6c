// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/channel/filechecksums.h"
#include "core/util/result.h"

#include <atomic>
#include <map>
#include <string>
#include <vector>

namespace core::channel {

/** Whether a repodata.json.zst is written next to each repodata.json. */
enum class WriteZst : bool { No, Yes };

/** Whether sharded repodata (CEP 16: repodata_shards.msgpack.zst and shards/) is written beside it. */
enum class WriteShards : bool { No, Yes };

struct IndexOptions
{
    std::string channelDir;               ///< folder with <subdir>/*.conda and *.tar.bz2
    std::string outputDir;                ///< where <subdir>/repodata.json go; empty: channelDir
    std::vector<std::string> subdirs;     ///< only these; empty: every subdir folder (noarch always)
    WriteZst writeZst = WriteZst::Yes;
    WriteShards writeShards = WriteShards::Yes;
    const std::atomic_bool *cancel = nullptr;  ///< checked between packages; Cancelled when set
    /**
     * "subdir/file name" -> checksums a caller has just computed for a file it put into the channel
     * (the sync verifies every file it copies), used instead of hashing that file again while it
     * still has their size and both digests are given.
     */
    std::map<std::string, FileChecksums> knownChecksums;
    /**
     * "subdir/file name" -> the record a mirror's source channel serves for that file (a JSON
     * object), written as it is instead of one read from the archive: a channel's repodata patches
     * are what clients solve with, and a mirror must keep them. Wins over the previous record.
     */
    std::map<std::string, std::string> sourceRecords;
};

/** What indexing one subdir did. */
struct SubdirIndexReport
{
    std::string subdir;
    std::string repodataPath;
    int packages = 0;   ///< records written
    int reused = 0; ///< records taken from the previous repodata (same size and mtime, or same sha256)
    int read = 0;       ///< archives opened and hashed
    std::vector<util::Error> skipped;  ///< packages left out, each with its file and reason

    bool operator==(const SubdirIndexReport &) const = default;
};

struct IndexReport
{
    std::vector<SubdirIndexReport> subdirs;

    bool operator==(const IndexReport &) const = default;
};

/**
 * Writes repodata.json (and .zst) for every subdir of a local channel, like conda-index: each
 * record is the package's info/index.json plus md5, sha256 and size; .tar.bz2 files go to
 * "packages", .conda files to "packages.conda"; info.subdir and repodata_version 1.
 * Sharded repodata (CEP 16) is written beside it from the same records, so clients that read
 * shards (conda >= 26.5, mamba 2.6, pixi, deploydeck) fetch only what they need. A sidecar
 * ".deploydeck-index.json" per subdir remembers each file's size and mtime, so a re-index reuses
 * the previous record of an unchanged file instead of opening it. All files are written atomically.
 *
 * A package that cannot be read (damaged, unsafe paths, no index.json, wrong subdir, unsafe file
 * name) is skipped and listed in the report; only I/O errors on the output and a missing channel
 * folder fail the whole call. Blocking: run it on a worker thread.
 */
[[nodiscard]] util::Result<IndexReport> indexChannel(const IndexOptions &options);

} // namespace core::channel
