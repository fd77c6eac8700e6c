// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/workspacecontext.h"
#include "ui/diagnostictext.h"

#include "core/solve/channelsources.h"
#include "core/solve/solveservice.h"
#include "core/solve/virtualpackages.h"
#include "core/sync/workspacechannels.h"
#include "core/util/excludenewer.h"
#include "core/util/logging.h"

#include <QFutureWatcher>
#include <QStandardPaths>

#include <algorithm>

namespace ui {

WorkspaceContext::WorkspaceContext(core::envfile::Workspace workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_service(std::make_unique<core::solve::SolveService>())
{
    loadChannels(QString::fromStdString(m_workspace.platform));
}

WorkspaceContext::~WorkspaceContext() = default;

QString WorkspaceContext::solvCacheDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/deploydeck/solv");
}

core::solve::LoadOptions WorkspaceContext::loadOptions() const
{
    core::solve::LoadOptions options { solvCacheDir().toStdString(), core::solve::PipAsPythonDependency::No, {} };
    // Durations count back from now, so they are read at each load; the workspace checked every value.
    auto cutoffs = core::util::parseExcludeNewer(m_workspace.excludeNewer, core::util::nowMs());
    if (cutoffs)
        options.excludeNewerMs = std::move(*cutoffs);
    else
        qCWarning(lcUi) << "exclude_newer:" << DiagnosticText::errorText(cutoffs.error());
    return options;
}

std::vector<std::string> WorkspaceContext::localChannelFolders(std::vector<std::string> &remote) const
{
    const core::channel::ChannelConfig config = core::sync::channelConfig(&m_workspace);
    std::vector<std::string> local;
    for (const auto &c : m_workspace.channels) {
        auto resolved = core::channel::resolveChannel(c.name, config);
        const bool isLocal = resolved && !resolved->empty()
            && std::all_of(resolved->begin(), resolved->end(), [](const auto &r) { return r.isLocal(); });
        if (!isLocal) {
            remote.push_back(c.name);
            continue;
        }
        for (const auto &r : *resolved)
            local.push_back(r.localPath());
    }
    return local;
}

void WorkspaceContext::fail(const QString &error)
{
    m_state = State::Failed;
    m_error = error;
    qCWarning(lcUi) << "loading channels for" << m_platform << "failed:" << error;
    Q_EMIT channelsFailed(m_platform, error);
    if (m_retired)
        deleteLater();
}

void WorkspaceContext::loadChannels(const QString &platform)
{
    if (platform == m_platform && m_state != State::Failed && m_loadGeneration > 0)
        return;
    m_platform = platform;
    m_state = State::Loading;
    m_error.clear();
    const int generation = ++m_loadGeneration;
    Q_EMIT channelsLoading(platform);

    // Remote channels need the repodata cache of the Channels page; only local ones load here.
    m_skipped.clear();
    const std::vector<std::string> local = localChannelFolders(m_skipped);
    auto sources = core::solve::localRepodataSources(local, platform.toStdString());
    if (!sources || local.empty()) {
        // Reported from the event loop, so pages connected right after construction hear it.
        const QString why
            = !sources ? DiagnosticText::errorText(sources.error()) : tr("the workspace has no local channel to load");
        QMetaObject::invokeMethod(this, [this, why, generation] {
            if (generation == m_loadGeneration)
                fail(why);
        }, Qt::QueuedConnection);
        return;
    }
    startLoad(std::move(*sources), generation);
}

void WorkspaceContext::loadSources(std::vector<core::solve::RepodataSource> sources, std::vector<std::string> skipped)
{
    m_state = State::Loading;
    m_error.clear();
    m_skipped = std::move(skipped);
    const int generation = ++m_loadGeneration;
    Q_EMIT channelsLoading(m_platform);
    startLoad(std::move(sources), generation);
}

void WorkspaceContext::startLoad(std::vector<core::solve::RepodataSource> sources, int generation)
{
    const core::solve::LoadOptions options = loadOptions();
    // A watcher, not QFuture::then(this, ...), which asserts in Qt 6.4 when its context is gone first.
    auto *watcher = new QFutureWatcher<core::util::Result<core::solve::LoadStats>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_loadGeneration || watcher->isCanceled())
            return;  // a newer load (another platform) was started since
        if (m_retired) {
            deleteLater();
            return;
        }
        const auto &stats = watcher->result();
        if (!stats)
            return fail(DiagnosticText::errorText(stats.error()));
        m_stats = *stats;
        m_state = State::Loaded;
        Q_EMIT channelsLoaded(m_platform);
    });
    watcher->setFuture(m_service->load(std::move(sources), options));
}

void WorkspaceContext::retire()
{
    // The service's destructor waits for the task it runs; a load of a large channel takes seconds.
    m_retired = true;
    if (m_state != State::Loading)
        deleteLater();
}

std::vector<core::solve::VirtualPackage> WorkspaceContext::virtualPackages(const std::string &platform) const
{
    auto configured = core::solve::withConfiguredVirtualPackages(
        core::solve::defaultVirtualPackages(platform, core::solve::condaOverridesFromEnvironment()), m_workspace.virtualPackages,
        platform);
    for (const auto &error : configured.refused)
        qCWarning(lcUi) << "virtual package" << DiagnosticText::errorText(error);
    return std::move(configured.packages);
}

core::solve::Request WorkspaceContext::request(std::vector<std::string> specs, const std::string &platform) const
{
    core::solve::Request r;
    r.specs = std::move(specs);
    r.virtualPackages = virtualPackages(platform);
    r.channelPriority = m_workspace.strictChannelPriority ? core::solve::ChannelPriority::Strict
                                                          : core::solve::ChannelPriority::Flexible;
    return r;
}

std::string WorkspaceContext::workspaceChannel(const std::string &name) const
{
    for (const auto &c : m_workspace.channels) {
        std::string trimmed = c.name;
        while (trimmed.ends_with('/'))
            trimmed.pop_back();
        if (trimmed == name || trimmed.ends_with('/' + name))
            return c.name;
    }
    return {};
}

} // namespace ui
