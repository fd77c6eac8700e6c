// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/workspacecontext.h"
#include "ui/diagnostictext.h"

#include "core/channel/channelfetch.h"
#include "core/channel/shardedfetcher.h"
#include "core/channel/shards.h"
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
    std::vector<std::string> names;
    for (const auto &c : m_workspace.channels)
        names.push_back(c.name);
    return localChannelFolders(names, remote);
}

std::vector<std::string> WorkspaceContext::localChannelFolders(
    const std::vector<std::string> &channels, std::vector<std::string> &remote) const
{
    const core::channel::ChannelConfig config = core::sync::channelConfig(&m_workspace);
    std::vector<std::string> local;
    for (const auto &name : channels) {
        auto resolved = core::channel::resolveChannel(name, config);
        const bool isLocal = resolved && !resolved->empty()
            && std::all_of(resolved->begin(), resolved->end(), [](const auto &r) { return r.isLocal(); });
        if (!isLocal) {
            remote.push_back(name);
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
    dropSharded();
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

void WorkspaceContext::loadSources(std::vector<core::solve::RepodataSource> sources, std::vector<std::string> skipped,
    std::vector<ShardedSubdir> sharded, std::set<std::string> followed, core::channel::FetchOptions fetchOptions)
{
    dropSharded();
    m_sharded = std::move(sharded);
    m_followed = std::move(followed);
    for (const ShardedSubdir &subdir : m_sharded)
        m_indexed.insert(subdir.indexNames.begin(), subdir.indexNames.end());
    m_fetchOptions = std::move(fetchOptions);
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
        fetchWaitingNames(); // names asked for while the database was loading
    });
    watcher->setFuture(m_service->load(std::move(sources), options));
}

std::vector<core::channel::UnloadedName> WorkspaceContext::unloadedNames() const
{
    std::vector<core::channel::UnloadedName> out;
    for (const ShardedSubdir &subdir : m_sharded)
        for (const std::string &name : subdir.indexNames)
            if (!m_followed.contains(name))
                out.push_back({ name, subdir.source.channel, subdir.request.subdir });
    return out;
}

QFuture<bool> WorkspaceContext::ensureNames(const std::vector<std::string> &names)
{
    std::set<std::string> missing;
    if (!m_sharded.empty())
        for (const std::string &spec : names)
            if (std::string name = core::channel::dependencyName(spec);
                m_indexed.contains(name) && !m_followed.contains(name))
                missing.insert(std::move(name));
    if (missing.empty())
        return QtFuture::makeReadyFuture(true);
    auto promise = std::make_shared<QPromise<bool>>();
    promise->start();
    m_waiting.push_back({ std::move(missing), promise });
    fetchWaitingNames();
    return promise->future();
}

void WorkspaceContext::fetchWaitingNames()
{
    // One fetch and its append at a time: names it followed count as followed only once their
    // records are in, and a second fetch meanwhile would append them twice.
    if (m_shardFetcher || m_appending || m_waiting.empty())
        return;
    if (m_state != State::Loaded)
        return; // startLoad() comes back here once the database is there
    std::set<std::string> roots;
    for (const Waiting &w : m_waiting)
        for (const std::string &name : w.names)
            if (!m_followed.contains(name))
                roots.insert(name);
    if (roots.empty())
        return settleWaiting(true);
    core::channel::ShardedFetchOptions options = core::channel::shardedOptions(m_fetchOptions);
    // The Channels page fetched (or confirmed) the indexes: names typed one after another need
    // not ask the server about them each time.
    options.indexFreshSeconds = 300;
    m_shardFetcher = new core::channel::ShardedFetcher(options, this);
    connect(m_shardFetcher, &core::channel::ShardedFetcher::progress, this, &WorkspaceContext::namesProgress);
    connect(m_shardFetcher, &core::channel::ShardedFetcher::finished, this,
        [this, generation = m_loadGeneration, roots](const std::vector<core::channel::ShardedSubdirResult> &results) {
            onShardsFetched(generation, roots, results);
        });
    std::vector<core::channel::SubdirRequest> requests;
    for (const ShardedSubdir &subdir : m_sharded)
        requests.push_back(subdir.request);
    m_shardClock.start();
    m_shardFetcher->fetch(requests, std::vector<std::string>(roots.begin(), roots.end()), m_followed);
}

void WorkspaceContext::onShardsFetched(
    int generation, const std::set<std::string> &roots, const std::vector<core::channel::ShardedSubdirResult> &results)
{
    core::channel::ShardedFetcher *fetcher = std::exchange(m_shardFetcher, nullptr);
    fetcher->deleteLater();
    if (generation != m_loadGeneration)
        return;
    std::vector<core::solve::RepodataSource> sources;
    QStringList errors;
    bool usable = true;
    for (std::size_t i = 0; i < results.size() && i < m_sharded.size(); ++i) {
        const auto &r = results[i];
        if (r.result.error)
            errors << DiagnosticText::errorText(*r.result.error);
        if (!r.sharded || r.result.jsonPath.empty()) {
            usable = false;
            continue;
        }
        if (r.records == 0)
            continue;
        core::solve::RepodataSource source = m_sharded[i].source;
        source.path = r.result.jsonPath;
        sources.push_back(std::move(source));
    }
    m_shardError = errors.join(QStringLiteral("; "));
    if (!usable) {
        qCWarning(lcUi) << "fetching shards failed:" << m_shardError;
        return settleWaiting(false);
    }
    std::set<std::string> followed = fetcher->followedNames();
    followed.insert(roots.begin(), roots.end());
    std::size_t shards = 0, records = 0;
    for (const auto &r : results) {
        shards += r.shardsFetched;
        records += r.records;
    }
    qCDebug(lcUi) << "shards of" << roots.size() << "name(s):" << shards << "downloaded," << records << "records, in"
                  << m_shardClock.elapsed() << "ms";
    if (sources.empty()) {
        m_followed.insert(followed.begin(), followed.end());
        settleWaiting(true);
        return fetchWaitingNames();
    }
    core::solve::LoadOptions options = loadOptions();
    options.solvCacheDir.assign(1, '-'); // "-": a few shards' records: no .solv cache for them
    auto *watcher = new QFutureWatcher<core::util::Result<core::solve::LoadStats>>(this);
    m_appending = true;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, followed] {
        watcher->deleteLater();
        if (generation != m_loadGeneration || watcher->isCanceled())
            return;
        m_appending = false;
        const auto &stats = watcher->result();
        if (!stats) {
            m_shardError = DiagnosticText::errorText(stats.error());
            return settleWaiting(false);
        }
        m_followed.insert(followed.begin(), followed.end());
        qCDebug(lcUi) << "appended, in" << m_shardClock.elapsed() << "ms since the fetch began";
        Q_EMIT namesAdded(m_platform);
        settleWaiting(true);
        fetchWaitingNames();
    });
    watcher->setFuture(m_service->append(std::move(sources), options));
}

void WorkspaceContext::settleWaiting(bool ok)
{
    std::vector<Waiting> still;
    for (Waiting &w : m_waiting) {
        const bool done = !ok || std::all_of(w.names.begin(), w.names.end(), [this](const std::string &n) {
            return m_followed.contains(n);
        });
        if (!done) {
            still.push_back(std::move(w));
            continue;
        }
        w.promise->addResult(ok);
        w.promise->finish();
    }
    m_waiting = std::move(still);
}

void WorkspaceContext::dropSharded()
{
    if (m_shardFetcher) {
        disconnect(m_shardFetcher, nullptr, this, nullptr);
        m_shardFetcher->cancel();
        m_shardFetcher->deleteLater();
        m_shardFetcher = nullptr;
    }
    m_sharded.clear();
    m_followed.clear();
    m_indexed.clear();
    m_appending = false; // an append of the old database is dropped when it ends (generation)
    settleWaiting(false);
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
