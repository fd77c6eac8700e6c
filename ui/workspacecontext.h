// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/channel/browseindex.h"
#include "core/channel/repodatafetcher.h"
#include "core/envfile/workspace.h"
#include "core/solve/database.h"
#include "core/solve/request.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QString>

#include <memory>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

namespace core::channel {
class ShardedFetcher;
struct ShardedSubdirResult;
} // namespace core::channel
namespace core::solve {
class SolveService;
}

namespace ui {

/**
 * What the pages of an open workspace share: the Workspace and one SolveService, whose database
 * holds the workspace's local channels for one target platform. Loading runs in the background
 * (from a .solv cache when fresh); channelsLoaded or channelsFailed tell how it ended. The main
 * window owns one context per open workspace. GUI thread only.
 */
class WorkspaceContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceContext)
public:
    enum class State { Loading, Loaded, Failed };

    /** Starts loading the channels of @p workspace for its platform. */
    explicit WorkspaceContext(core::envfile::Workspace workspace, QObject *parent = nullptr);
    ~WorkspaceContext() override;

    const core::envfile::Workspace &workspace() const { return m_workspace; }
    core::solve::SolveService &solveService() { return *m_service; }

    /** The platform the database holds (or is loading). */
    QString platform() const { return m_platform; }
    State state() const { return m_state; }
    bool isLoaded() const { return m_state == State::Loaded; }
    /** Why loading failed (State::Failed). */
    QString errorText() const { return m_error; }
    const core::solve::LoadStats &loadStats() const { return m_stats; }
    /** Workspace channels that could not be loaded because they are not local (fetch them first). */
    const std::vector<std::string> &skippedChannels() const { return m_skipped; }

    /**
     * Loads the channels for @p platform unless they are loaded or loading already. Pages that
     * solve for another platform call this and wait for channelsLoaded; all pages then see it.
     */
    void loadChannels(const QString &platform);

    /** A remote subdir read from its shards: the database holds the names reached so far. */
    struct ShardedSubdir
    {
        core::channel::SubdirRequest request;
        core::solve::RepodataSource source; ///< its channel name, URL and priority in the database
        std::vector<std::string> indexNames; ///< every name its shard index lists
    };

    /**
     * Replaces the database with @p sources for the current platform: every channel of the
     * workspace, remote ones included, once the Channels page has fetched them. The same signals
     * follow as for loadChannels(); @p skipped lists the channels left out (they failed to fetch).
     *
     * @p sharded subdirs (also in @p sources, with the records of the names @p followed reached)
     * grow later: ensureNames() fetches the shards of names asked for and appends their records.
     * @p fetchOptions (cache folder, timeouts, TLS) are those the shards are fetched with.
     */
    void loadSources(std::vector<core::solve::RepodataSource> sources, std::vector<std::string> skipped = {},
        std::vector<ShardedSubdir> sharded = {}, std::set<std::string> followed = {},
        core::channel::FetchOptions fetchOptions = {});

    /** Whether some channel is loaded from shards, names added as they are asked for. */
    bool hasShardedChannels() const { return !m_sharded.empty(); }
    /** The names the shard indexes list that are not loaded yet, with their channel and subdir. */
    std::vector<core::channel::UnloadedName> unloadedNames() const;
    /** Whether @p name's records (and those of every name it reaches) are in the database. */
    bool isFollowed(const std::string &name) const { return m_sharded.empty() || m_followed.contains(name); }

    /**
     * Makes sure the records of @p names (match specs or names), and of every name they reach, are
     * in the database: for sharded channels only the shards of names not loaded yet are fetched,
     * and their records are appended (the rest is not reloaded). A name no shard index lists needs
     * nothing fetched (a flat channel holds all of its records, or no channel has it). The future ends once a task
     * queued on the solve service after it sees them: with true, or false when fetching failed (see shardError()). Ends
     * at once when nothing is missing or no channel is sharded.
     */
    QFuture<bool> ensureNames(const std::vector<std::string> &names);
    /** Why the last fetch of names failed; empty when it worked. */
    QString shardError() const { return m_shardError; }
    /** Whether shards are being fetched for ensureNames(). */
    bool isFetchingNames() const { return m_shardFetcher != nullptr; }

    /**
     * The virtual packages for @p platform: conda's defaults (with CONDA_OVERRIDE_*), overridden
     * by the workspace's virtual_packages where they apply to that platform's OS.
     */
    std::vector<core::solve::VirtualPackage> virtualPackages(const std::string &platform) const;

    /** A request for @p specs with the workspace's channel priority and virtual packages. */
    core::solve::Request request(std::vector<std::string> specs, const std::string &platform) const;

    /**
     * The workspace channel an environment file means by @p name ("mini-conda-forge" for
     * "file:///…/channels/mini-conda-forge"), or an empty string when it has none.
     */
    std::string workspaceChannel(const std::string &name) const;

    /**
     * Deletes the context once the load running on its service is over (at once when none is), so
     * that replacing a workspace never blocks the GUI waiting for a load. Call it instead of delete
     * once no page uses the context any more.
     */
    void retire();

    /** Where the .solv caches go: GenericCacheLocation/deploydeck/solv. */
    static QString solvCacheDir();

    /** How every page loads repodata: the .solv cache folder and the workspace's exclude_newer. */
    core::solve::LoadOptions loadOptions() const;

    /**
     * The folders of the workspace channels that are local, names resolved as the command line does
     * (channel_alias, custom_channels: core::sync::channelConfig); the others go to @p remote.
     */
    std::vector<std::string> localChannelFolders(std::vector<std::string> &remote) const;
    /** As above for @p channels (names, URLs or folders) instead of the workspace channels. */
    std::vector<std::string> localChannelFolders(
        const std::vector<std::string> &channels, std::vector<std::string> &remote) const;

Q_SIGNALS:
    void channelsLoading(const QString &platform);
    void channelsLoaded(const QString &platform);
    void channelsFailed(const QString &platform, const QString &error);
    /** Records of newly reached names were appended to the database (ensureNames()). */
    void namesAdded(const QString &platform);
    /** Shards fetched for ensureNames(): @p done of @p known so far. */
    void namesProgress(int done, int known);

private:
    struct Waiting
    {
        std::set<std::string> names;
        std::shared_ptr<QPromise<bool>> promise;
    };
    /** Starts a fetch of the waiting names not followed yet, unless one runs; settles what it can. */
    void fetchWaitingNames();
    void onShardsFetched(int generation, const std::set<std::string> &roots,
        const std::vector<core::channel::ShardedSubdirResult> &results);
    /** Settles the waiting callers whose names are all followed now (or all, with @p ok false). */
    void settleWaiting(bool ok);
    void dropSharded();

    void fail(const QString &error);
    void startLoad(std::vector<core::solve::RepodataSource> sources, int generation);

    core::envfile::Workspace m_workspace;
    std::unique_ptr<core::solve::SolveService> m_service;
    QString m_platform;
    State m_state = State::Loading;
    QString m_error;
    core::solve::LoadStats m_stats;
    std::vector<std::string> m_skipped;
    int m_loadGeneration = 0;  ///< a platform switch makes the result of an older load stale
    bool m_retired = false;

    std::vector<ShardedSubdir> m_sharded;
    std::set<std::string> m_followed; ///< names whose records (and reach) are in the database
    std::unordered_set<std::string> m_indexed; ///< every name the sharded subdirs' indexes list
    core::channel::FetchOptions m_fetchOptions;
    core::channel::ShardedFetcher *m_shardFetcher = nullptr; ///< while names are fetched
    bool m_appending = false; ///< while the records of a fetch are appended to the database
    std::vector<Waiting> m_waiting;
    QString m_shardError;
    QElapsedTimer m_shardClock; ///< since the running fetch of names began (for the debug log)
};

} // namespace ui
