// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/channel/browseindex.h"
#include "core/channel/channel.h"
#include "core/channel/repodatafetcher.h"

namespace core::channel {
class ChannelFetch;
}
#include "core/envfile/workspace.h"
#include "ui/workspacecontext.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <string>
#include <utility>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace ui {

class ChannelStatusModel;

/**
 * The Channels page's channel list and its fetching: the workspace's channels resolved, each with
 * its status (loaded, cached, offline, error), age and record count; Refresh fetches remote
 * channels again (bypassing the cache) and re-reads local ones, with progress and Cancel, then
 * hands what it fetched to the WorkspaceContext, which reloads the shared database. A warning
 * names the channels whose TLS verification the workspace turns off.
 *
 * Where a remote subdir serves sharded repodata (CEP 16), only its shard index is fetched, and the
 * shards of the names its flat neighbours need: packages are listed from the index at once and
 * their records are fetched when a page asks for them (WorkspaceContext::ensureNames()). "Load
 * All Packages" fetches every record instead (the flat repodata.json, or every shard where there
 * is none), with progress and Cancel.
 *
 * The fetch runs in a core::channel::ChannelFetch on the GUI thread without blocking it; a new
 * context drops a running fetch. GUI thread only.
 */
class ChannelFetchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelFetchPanel)
public:
    explicit ChannelFetchPanel(QWidget *parent = nullptr);
    ~ChannelFetchPanel() override;

    /** Drops a running fetch (without waiting for it) and follows @p context's loading of the channels. */
    void setContext(WorkspaceContext *context);
    /**
     * Resolves and lists @p workspace's channels, warns when TLS verification is off for some, and
     * fetches remote ones through the repodata cache (CacheMode::Use), as conda does at start.
     */
    void setWorkspace(const core::envfile::Workspace &workspace);
    /** Record counts (and, for local channels not fetched, state and age) from @p index; nullptr: nothing loaded. */
    void setBrowseIndex(std::shared_ptr<const core::channel::BrowseIndex> index);
    /** The line under the list, which says what is loading, fetched or indexed. */
    void setStateText(const QString &text);

    /** Options for fetching (cache folder, timeouts, retries); the cache mode is set per fetch. */
    void setFetchOptions(const core::channel::FetchOptions &options) { m_fetchOptions = options; }
    /** What a fetch loads: the shards a page needs (sharded subdirs), or every record. */
    enum class Scope { AsNeeded, Everything };
    /** Fetches every channel with @p mode and reloads the database; false while a fetch runs. */
    bool fetchChannels(core::channel::CacheMode mode, Scope scope = Scope::AsNeeded);
    bool isFetching() const { return m_fetcher != nullptr; }

    ChannelStatusModel *channelModel() const { return m_channelModel; }
    QPushButton *refreshButton() const { return m_refresh; }
    /** "Load All Packages": shown while some channel is loaded from shards as needed. */
    QPushButton *loadAllButton() const { return m_loadAll; }
    /** The warning shown while TLS verification is off for some channel (ssl_verify: false). */
    QLabel *tlsWarning() const { return m_tlsWarning; }

public Q_SLOTS:
    /** Fetches remote channels again, bypassing the cache, and re-reads local ones. */
    void refresh();
    /** Loads every record of every channel, sharded ones included (their flat file, or every shard). */
    void loadEverything();
    void cancelFetch();

Q_SIGNALS:
    /** A fetch ended and the channel list shows its results. */
    void fetchFinished();
    /** "Add Quetz…" was clicked. */
    void addQuetzRequested();

private:
    void resetChannelRows();
    void updateChannelRecords();
    void onChannelsFailed(const QString &error);
    /** Drops a running fetch without waiting for it (another workspace was opened). */
    void abandonFetch();
    void fetchEnded();
    void onFetchFinished(const std::vector<core::channel::SubdirResult> &results);
    /** The sharded subdirs of the last fetch (Scope::AsNeeded), for the workspace context. */
    std::vector<WorkspaceContext::ShardedSubdir> shardedSubdirs(
        const std::vector<core::solve::RepodataSource> &sources) const;

    QPointer<WorkspaceContext> m_context;
    QString m_workspacePlatform; ///< the platform when no context says otherwise
    std::vector<core::channel::Channel> m_channels; ///< the workspace's channels, resolved, in order
    std::vector<std::string> m_sslVerifyOff; ///< channels the workspace turned TLS verification off for
    std::shared_ptr<const core::channel::BrowseIndex> m_index;
    core::channel::FetchOptions m_fetchOptions;
    core::channel::ChannelFetch *m_fetcher = nullptr; ///< while a fetch runs
    Scope m_scope = Scope::AsNeeded; ///< of the running fetch

    ChannelStatusModel *m_channelModel = nullptr;
    QTreeView *m_channelView = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_loadAll = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_tlsWarning = nullptr;
};

} // namespace ui
