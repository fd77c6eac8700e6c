// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// Sharded repodata (CEP 16): the formats, without any network. A subdir's shard index
// "repodata_shards.msgpack.zst" maps each package name to the sha256 of its shard, a
// "<hex sha256>.msgpack.zst" file with every record of that name. Both are msgpack, compressed with
// zstd; records carry md5 and sha256 as raw bytes.

#include "core/util/result.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace core::channel {

/** File name of a subdir's shard index. */
inline constexpr const char *s_shardIndexFile = "repodata_shards.msgpack.zst";

/** A subdir's shard index. */
struct ShardIndex
{
    int version = 0;
    std::string subdir; ///< info.subdir, when given
    std::string baseUrl; ///< info.base_url as written: where packages are (absolute or relative to the index)
    std::string shardsBaseUrl; ///< info.shards_base_url as written: where shards are (absolute or relative)
    /** Package name -> lower-case hex sha256 of its shard file (32 raw bytes or an integer array on the wire). */
    std::map<std::string, std::string> shards;

    bool operator==(const ShardIndex &) const = default;
};

/** Reads a compressed shard index; @p where (a masked URL or path) is the error's location. */
[[nodiscard]] util::Result<ShardIndex> parseShardIndex(const QByteArray &compressed, const std::string &where);

/** One shard's records, as repodata JSON text ready for the loader. */
struct ShardRecords
{
    /** file name -> the record as a JSON object (md5 and sha256 as hex), for "packages" and "packages.conda". */
    std::vector<std::pair<std::string, QByteArray>> tarBz2, conda;
    /** Names that the records depend on or constrain, once each, sorted. */
    std::vector<std::string> dependencyNames;

    std::size_t size() const { return tarBz2.size() + conda.size(); }
};

/**
 * Reads a compressed shard. Not zstd, not msgpack (an HTML error page served with 200), or not a
 * map of "packages"/"packages.conda" is a ParseError at @p where.
 */
[[nodiscard]] util::Result<ShardRecords> parseShard(const QByteArray &compressed, const std::string &where);

/** The package name a dependency string ("python >=3.9", "numpy[version='>=1.2']", "conda-forge::x") is about. */
std::string dependencyName(std::string_view spec);

/**
 * A repodata JSON document of records from shards: info.subdir = @p subdir, info.base_url only when
 * @p baseUrl is not empty.
 */
QByteArray repodataFromShards(
    const std::string &subdir, const std::string &baseUrl, const std::vector<const ShardRecords *> &shards);

/** Shards made from one subdir's repodata.json. */
struct ShardedRepodata
{
    QByteArray index; ///< the compressed shard index
    std::vector<std::pair<std::string, QByteArray>> shards; ///< hex sha256 -> compressed shard, sorted by hash
};

/**
 * Splits @p repodataJson into one shard per package name (zstd level 3), and the index naming them,
 * with base_url "./" (packages beside the index) and shards_base_url "./shards/". Deterministic: the
 * same repodata gives the same bytes. md5/sha256 become raw bytes.
 */
[[nodiscard]] util::Result<ShardedRepodata> shardRepodata(
    const QByteArray &repodataJson, const std::string &subdir, const std::string &where);

/**
 * Writes the shards of @p repodataJson beside it in @p subdirDir: new shards into "shards/", then the
 * index atomically (the commit point), then removes shard files the index no longer names. A killed
 * write leaves the previous index, whose shards are all still there.
 */
[[nodiscard]] util::Result<std::size_t> writeShardedRepodata(
    const QString &subdirDir, const QByteArray &repodataJson, const std::string &subdir);

} // namespace core::channel
