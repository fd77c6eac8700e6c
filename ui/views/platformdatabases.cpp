// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/views/platformdatabases.h"
#include "ui/diagnostictext.h"

#include "core/solve/channelsources.h"
#include "core/solve/solveservice.h"
#include "ui/workspacecontext.h"

#include <QFutureWatcher>

namespace ui {

namespace {

/**
 * Deletes @p service once the task it runs now is over: its destructor waits for that task, and a
 * load of a large channel takes seconds the GUI thread must not spend waiting.
 */
void retire(std::unique_ptr<core::solve::SolveService> service)
{
    auto *raw = service.release();
    auto *watcher = new QFutureWatcher<bool>(raw);
    QObject::connect(watcher, &QFutureWatcherBase::finished, raw, &QObject::deleteLater);
    watcher->setFuture(raw->run<bool>([](core::solve::Database &) { return true; }));
}

} // namespace

PlatformDatabases::PlatformDatabases(QObject *parent) : QObject(parent) {}

PlatformDatabases::~PlatformDatabases() = default;

void PlatformDatabases::setContext(WorkspaceContext *context)
{
    if (m_context)
        disconnect(m_context, nullptr, this, nullptr);
    dropPrivate();
    m_context = context;
    if (!context)
        return;
    // Any change of the shared database concerns the platform it held and the one it gets, unless
    // the plans come from a sync source of their own (never from the shared database).
    const auto changed = [this](const QString &platform) {
        if (!hasOwnSource())
            Q_EMIT databaseChanged(platform);
    };
    connect(context, &WorkspaceContext::channelsLoading, this, changed);
    connect(context, &WorkspaceContext::channelsLoaded, this, changed);
    connect(context, &WorkspaceContext::channelsFailed, this, changed);
}

bool PlatformDatabases::hasOwnSource() const
{
    return m_context && !m_context->workspace().syncSource.empty();
}

void PlatformDatabases::dropPrivate()
{
    for (auto &[platform, database] : m_private)
        retire(std::move(database->service));
    m_private.clear();
}

PlatformDatabases::Backend PlatformDatabases::backend(const QString &platform)
{
    if (!m_context)
        return {nullptr, 0, false, tr("No workspace open")};
    if (m_context->platform() == platform && !hasOwnSource()) {
        core::solve::SolveService &shared = m_context->solveService();
        const bool failed = m_context->state() == WorkspaceContext::State::Failed;
        return {&shared, shared.generation(), m_context->isLoaded(), failed ? m_context->errorText() : QString()};
    }
    auto &database = m_private[platform];
    if (!database) {
        database = std::make_unique<Private>();
        database->service = std::make_unique<core::solve::SolveService>();
        loadPrivate(platform, *database);
    }
    return {database->service.get(), database->service->generation(), database->loaded, database->error};
}

void PlatformDatabases::loadPrivate(const QString &platform, Private &database)
{
    // As WorkspaceContext::loadChannels() does: the local channels; remote ones need a fetch first.
    std::vector<std::string> remote;
    const std::vector<std::string> local
        = m_context->localChannelFolders(core::envfile::syncSourceChannels(m_context->workspace()), remote);
    if (hasOwnSource() && !remote.empty()) {
        database.error = tr("the sync source %1 is not a local channel: plan it with deploydeck sync-plan")
                             .arg(QString::fromStdString(remote.front()));
        return;
    }
    auto sources = core::solve::localRepodataSources(local, platform.toStdString());
    if (!sources || local.empty()) {
        database.error
            = !sources ? DiagnosticText::errorText(sources.error()) : tr("the workspace has no local channel to load");
        return;
    }
    const core::solve::LoadOptions options = m_context->loadOptions();
    auto *watcher = new QFutureWatcher<core::util::Result<core::solve::LoadStats>>(this);
    core::solve::SolveService *service = database.service.get();
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, service, platform] {
        watcher->deleteLater();
        const auto it = m_private.find(platform);
        if (it == m_private.end() || it->second->service.get() != service || watcher->isCanceled())
            return;  // dropped meanwhile (another workspace)
        const auto &loaded = watcher->result();
        it->second->loaded = bool(loaded);
        if (!loaded)
            it->second->error = DiagnosticText::errorText(loaded.error());
        Q_EMIT databaseChanged(platform);
    });
    watcher->setFuture(service->load(std::move(*sources), options));
}

} // namespace ui
