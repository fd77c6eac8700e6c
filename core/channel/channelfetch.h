// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/channel/repodatafetcher.h"
#include "core/channel/shardedfetcher.h"

#include <QObject>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace core::channel {

/**
 * Repodata for channel subdirs, sharded where the server offers it and flat elsewhere: the one way
 * every command and page asks for repodata.
 *
 * With root names (the names a request or a spec list names), remote subdirs are first asked for
 * their shard index (ShardedFetcher), and only the shards the names reach are fetched; subdirs
 * without shards (or whose shards fail: the error is kept as a warning) get the flat repodata.json
 * (RepodataFetcher). Without root names (browsing everything), the flat file is used, and the
 * shards only where the flat file is missing (a channel that serves only shards). Local channels
 * are always read in place.
 *
 * Results come in request order, as SubdirResults whose jsonPath the database loads either way.
 */
class ChannelFetch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelFetch)

public:
    explicit ChannelFetch(FetchOptions options = {}, QObject *parent = nullptr);
    ~ChannelFetch() override;

    /**
     * Starts; @p roots nullopt: every name (see above). Names in @p known were loaded by an earlier
     * fetch of the same subdirs (the shard results then hold only the new names' records). False
     * while a fetch runs.
     */
    bool fetch(const std::vector<SubdirRequest> &requests, std::optional<std::vector<std::string>> roots,
        const std::set<std::string> &known = {});
    void cancel();
    bool isRunning() const { return m_running; }

    /**
     * Whether every name the flat subdirs' records need is followed into the sharded subdirs, not
     * only those the roots reach: for a database that holds the flat channels whole (the GUI's), so
     * that any of their records finds its dependencies. Off by default.
     */
    void setFollowEveryFlatRecord(bool follow) { m_followEveryFlatRecord = follow; }
    /** Every name the last fetch followed into the sharded subdirs, found there or not. */
    const std::set<std::string> &followedNames() const { return m_followed; }

    /** Per request of the last fetch: what the sharded path did (sharded == false: flat or local). */
    const std::vector<ShardedSubdirResult> &shardResults() const { return m_sharded; }
    /** Warnings of the last fetch: shards that failed and were replaced by the flat file. */
    const std::vector<std::string> &warnings() const { return m_warnings; }
    /** Names the shard results reached (for a later fetch's @p known). */
    const std::set<std::string> &reachedNames() const { return m_reached; }

Q_SIGNALS:
    /** Shards done and known so far (the total grows while names are reached). */
    void shardProgress(int done, int known);
    /** Bytes of a flat repodata download; @p total is -1 when unknown. */
    void bytesProgress(qint64 received, qint64 total);
    void subdirFinished(int index, const core::channel::SubdirResult &result);
    void finished(const std::vector<core::channel::SubdirResult> &results);

private:
    enum class Pass { First, Reprobe, FlatDependencies };
    void onShardsFinished(const std::vector<ShardedSubdirResult> &results, Pass pass);
    void startFlat();
    void onFlatFinished(const std::vector<SubdirResult> &results);
    /** Follows the flat subdirs' dependencies into the sharded ones (a name only a flat record needs). */
    void followFlatDependencies();
    void finish();

    FetchOptions m_options;
    RepodataFetcher *m_flat = nullptr;
    ShardedFetcher *m_shards = nullptr;
    ShardedFetcher *m_reprobe = nullptr;
    ShardedFetcher *m_again = nullptr; ///< the sharded subdirs again, with the names flat records reach
    /** name -> names its records depend on or constrain, over every flat subdir (built once per fetch). */
    std::map<std::string, std::set<std::string>> m_flatGraph;
    bool m_flatGraphBuilt = false;
    std::set<std::string> m_followed; ///< names the sharded fetches followed so far (found or not)
    bool m_grew = false; ///< the last sharded pass followed names not followed before
    std::vector<SubdirRequest> m_requests;
    std::optional<std::vector<std::string>> m_roots;
    std::set<std::string> m_known, m_reached;
    std::vector<std::optional<SubdirResult>> m_results;
    std::vector<ShardedSubdirResult> m_sharded;
    std::vector<int> m_flatIndexes; ///< request index of each flat request
    std::vector<std::string> m_warnings;
    bool m_running = false;
    bool m_followEveryFlatRecord = false;
    bool m_cancelled = false;
};

/** ShardedFetchOptions with the cache, mode, timeout, proxy and TLS settings of @p options. */
ShardedFetchOptions shardedOptions(const FetchOptions &options);

} // namespace core::channel
