// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/envfile/workspace.h"
#include "core/solve/database.h"
#include "core/solve/request.h"

#include <QObject>
#include <QString>

#include <memory>
#include <string>
#include <vector>

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

    /**
     * Replaces the database with @p sources for the current platform: every channel of the
     * workspace, remote ones included, once the Channels page has fetched them. The same signals
     * follow as for loadChannels(); @p skipped lists the channels left out (they failed to fetch).
     */
    void loadSources(std::vector<core::solve::RepodataSource> sources, std::vector<std::string> skipped = {});

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

Q_SIGNALS:
    void channelsLoading(const QString &platform);
    void channelsLoaded(const QString &platform);
    void channelsFailed(const QString &platform, const QString &error);

private:
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
};

} // namespace ui
