// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// A channel check: does a subdir's sharded repodata say what its flat repodata.json says? A
// server whose shards lag behind its flat file (or the other way round) makes conda, mamba and
// pixi solve differently from one another, depending on which they read.

#include "core/channel/shards.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QString>

#include <set>
#include <string>
#include <utility>
#include <vector>

namespace core::channel {

/** What differs between a subdir's flat repodata and its shards. */
struct RepodataComparison
{
    std::size_t names = 0; ///< package names in both
    std::size_t records = 0; ///< records (file names) in both
    std::vector<std::string> namesOnlyFlat; ///< names with records in repodata.json and no shard
    std::vector<std::string> namesOnlyShards; ///< names of the shard index that repodata.json lacks
    std::vector<std::string> recordsOnlyFlat; ///< file names, of names in both
    std::vector<std::string> recordsOnlyShards;
    /** file name -> the record's keys whose values differ (a key on one side only counts). */
    std::vector<std::pair<std::string, std::vector<std::string>>> recordsDiffering;

    bool same() const
    {
        return namesOnlyFlat.empty() && namesOnlyShards.empty() && recordsOnlyFlat.empty() && recordsOnlyShards.empty()
            && recordsDiffering.empty();
    }
};

/**
 * Compares a flat repodata.json with the repodata document of every shard of the subdir
 * (repodataFromShards over all of them) and the names of its shard index. Records are compared
 * as JSON values, so key order and spacing do not count. Either document malformed: a ParseError
 * at @p flatWhere or @p shardsWhere.
 */
[[nodiscard]] util::Result<RepodataComparison> compareRepodata(const QByteArray &flat, const std::string &flatWhere,
    const QByteArray &sharded, const std::string &shardsWhere, const std::set<std::string> &indexNames);

/** A local subdir folder's shards read whole: the index's names and the repodata of all its shards. */
struct LocalShards
{
    std::set<std::string> names;
    QByteArray repodata;
};

/**
 * Reads the shard index of the subdir folder @p subdirDir (beside its repodata.json) and every shard
 * it names, each checked against its hash. No index there: a FileNotFound error.
 */
[[nodiscard]] util::Result<LocalShards> readLocalShards(const QString &subdirDir, const std::string &subdir);

} // namespace core::channel
