// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/channel/browseindex.h"
#include "core/channel/channel.h"
#include "core/channel/repodatafetcher.h"
#include "core/envfile/workspace.h"

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
class WorkspaceContext;

/**
 * The Channels page's channel list and its fetching: the workspace's channels resolved, each with
 * its status (loaded, cached, offline, error), age and record count; Refresh fetches remote
 * channels again (bypassing the cache) and re-reads local ones, with progress and Cancel, then
 * hands what it fetched to the WorkspaceContext, which reloads the shared database. A warning
 * names the channels whose TLS verification the workspace turns off.
 *
 * The fetch runs in a core::channel::RepodataFetcher on the GUI thread without blocking it; a new
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
    /** Fetches every channel with @p mode and reloads the database; false while a fetch runs. */
    bool fetchChannels(core::channel::CacheMode mode);
    bool isFetching() const { return m_fetcher != nullptr; }

    ChannelStatusModel *channelModel() const { return m_channelModel; }
    QPushButton *refreshButton() const { return m_refresh; }
    /** The warning shown while TLS verification is off for some channel (ssl_verify: false). */
    QLabel *tlsWarning() const { return m_tlsWarning; }

public Q_SLOTS:
    /** Fetches remote channels again, bypassing the cache, and re-reads local ones. */
    void refresh();
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
    void onFetchProgress(int index, qint64 received, qint64 total);
    void onFetchFinished(const std::vector<core::channel::SubdirResult> &results);

    QPointer<WorkspaceContext> m_context;
    QString m_workspacePlatform; ///< the platform when no context says otherwise
    std::vector<core::channel::Channel> m_channels; ///< the workspace's channels, resolved, in order
    std::vector<std::string> m_sslVerifyOff; ///< channels the workspace turned TLS verification off for
    std::shared_ptr<const core::channel::BrowseIndex> m_index;
    core::channel::FetchOptions m_fetchOptions;
    core::channel::RepodataFetcher *m_fetcher = nullptr; ///< while a fetch runs
    std::vector<std::pair<qint64, qint64>> m_progress; ///< per request: bytes received, total (-1: unknown)

    ChannelStatusModel *m_channelModel = nullptr;
    QTreeView *m_channelView = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_tlsWarning = nullptr;
};

} // namespace ui
