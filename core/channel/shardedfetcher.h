// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/channel/repodatafetcher.h"
#include "core/channel/shards.h"

#include <QObject>

#include <deque>
#include <memory>
#include <set>
#include <string>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace core::channel {

struct ShardedFetchOptions
{
    QString cacheDir; ///< empty: RepodataCache::defaultDirectory(); shards go to "<cacheDir>/shards"
    CacheMode cacheMode = CacheMode::Use;
    int transferTimeoutMs = 60000;
    int maxParallel = 24; ///< shard requests in flight at once
    /** How long "this subdir has no shard index" is believed (conda re-probes after 7 days). */
    std::int64_t noShardsRecheckSeconds = 7 * 24 * 3600;
    /**
     * A cached index fetched (or confirmed) less than this many seconds ago is used without asking
     * the server, whatever its max-age: for a session that fetches names one after another.
     */
    std::int64_t indexFreshSeconds = 0;
    /** Probe even where "no shard index" is remembered (the flat file is missing too). */
    bool ignoreNoShardsMemory = false;
    UseSystemProxy proxy = UseSystemProxy::Yes;
    std::vector<std::string> sslVerifyOff; ///< as FetchOptions::sslVerifyOff
};

/** What the sharded fetch did for one subdir. */
struct ShardedSubdirResult
{
    /**
     * As a flat fetch reports it: url is the shard index's (masked), jsonPath a repodata JSON of the
     * records of the names reached (only those not in the fetch's `known` set). A Failed status with
     * a jsonPath means an older index was used (the server could not be asked).
     */
    SubdirResult result;
    /** False: the server has no shard index here (or it or a shard was unusable: see result.error) — use the flat file.
     */
    bool sharded = false;
    std::size_t indexNames = 0; ///< names the index lists
    std::size_t shardsFetched = 0; ///< shards downloaded
    std::size_t shardsCached = 0; ///< shards read from the cache
    std::size_t records = 0; ///< records in jsonPath
};

/**
 * Fetches sharded repodata (CEP 16) for channel subdirs: each subdir's shard index (cached with
 * ETag / Last-Modified / max-age like the flat file), then, breadth-first from the root names over
 * every record's `depends` and `constrains`, only the shards of the names reached, in all subdirs
 * together (a platform subdir and noarch), many requests at once. Shards are cached by their hash
 * and never asked for again; each download is checked against the hash the index gives. Shards the
 * index no longer names are dropped from the cache when a new index arrives.
 *
 * A subdir without an index (4xx) is reported with `sharded == false` and remembered for
 * noShardsRecheckSeconds; so is one whose index or a shard is unusable (missing, not msgpack, an
 * HTML page, a wrong hash, a bad shards_base_url), with an error naming the URL: the caller then
 * uses the flat repodata.json. Local (file://) channels are not handled here.
 *
 * Thread affinity: lives in the thread that created it; never blocks it. One fetch() at a time.
 */
class ShardedFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShardedFetcher)

public:
    explicit ShardedFetcher(ShardedFetchOptions options = {}, QObject *parent = nullptr);
    ~ShardedFetcher() override;

    /**
     * Starts fetching the shards reached from @p roots (names; '*' globs match index names). Names in
     * @p known were loaded by an earlier fetch: they are neither fetched nor followed again. @p roots
     * holding only "*" fetches every shard (the whole channel). False while a fetch runs.
     */
    bool fetch(const std::vector<SubdirRequest> &requests, const std::vector<std::string> &roots,
        const std::set<std::string> &known = {});
    void cancel();
    bool isRunning() const { return m_running; }

    /** Every name reached by the last fetch (those of @p known excluded), sorted. */
    const std::set<std::string> &reachedNames() const { return m_reached; }

    /** Every name the last fetch followed, found in an index or not (a flat channel may have it). */
    const std::set<std::string> &followedNames() const { return m_seen; }

    /** The cached index of a subdir, when there is one (for browsing names at once). */
    std::optional<ShardIndex> cachedIndex(const SubdirRequest &request) const;

Q_SIGNALS:
    /** Shards done and known so far (the total grows while names are reached). */
    void progress(int shardsDone, int shardsKnown);
    void finished(const std::vector<core::channel::ShardedSubdirResult> &results);

private:
    struct Task;
    struct Job;
    void startIndex(Task &task);
    void onIndexReply(Task &task, QNetworkReply *reply);
    void useIndex(Task &task, const QByteArray &compressed, FetchStatus status);
    void indexDone(Task &task);
    void expand(const std::string &name);
    void pump();
    void startJob(const Job &job);
    void onShardReply(const Job &job, QNetworkReply *reply);
    void addShard(const Job &job, const QByteArray &compressed, bool fromNetwork);
    void failSharded(Task &task, util::Error error);
    void maybeFinish();
    QNetworkReply *get(
        const std::string &url, const Task &task, const QByteArray &etag = {}, const QByteArray &lastModified = {});

    ShardedFetchOptions m_options;
    QString m_dir;
    QNetworkAccessManager *m_network;
    std::vector<std::unique_ptr<Task>> m_tasks;
    std::deque<Job> m_queue;
    std::set<std::string> m_seen, m_known, m_reached;
    std::vector<std::string> m_pendingRoots;
    int m_indexesPending = 0;
    int m_active = 0;
    int m_jobsDone = 0, m_jobsKnown = 0;
    bool m_running = false;
    bool m_cancelled = false;
    quint64 m_generation = 0;
};

} // namespace core::channel

Q_DECLARE_METATYPE(core::channel::ShardedSubdirResult)
Q_DECLARE_METATYPE(std::vector<core::channel::ShardedSubdirResult>)
