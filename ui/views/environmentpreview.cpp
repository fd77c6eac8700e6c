// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/views/environmentpreview.h"
#include "core/util/qtext.h"
#include "ui/diagnostictext.h"

#include "core/solve/solveservice.h"
#include "ui/workspacecontext.h"

#include <QLocale>
#include <QTextDocument>

#include <algorithm>
#include <functional>

namespace ui {

EnvironmentPreview::EnvironmentPreview(QObject *parent)
    : QObject(parent)
    , m_runner(new PreviewRunner(this))
{
    connect(m_runner, &PreviewRunner::due, this, &EnvironmentPreview::refresh);
    m_prefetch.setSingleShot(true);
    m_prefetch.setInterval(20);
    connect(&m_prefetch, &QTimer::timeout, this, &EnvironmentPreview::prefetchNames);
}

EnvironmentPreview::~EnvironmentPreview() = default;

void EnvironmentPreview::setContext(WorkspaceContext *context)
{
    if (m_context)
        disconnect(m_context, nullptr, this, nullptr);
    m_context = context;
    // A solve still running in the old service answers nothing any more (and may never report).
    m_inFlight.reset();
    m_runner->cancelRun();
    m_pending.reset();
    m_lastSolved.reset();
    if (!context)
        return;
    if (m_platform.isEmpty())
        m_platform = context->platform();
    connect(context, &WorkspaceContext::channelsLoaded, this, [this](const QString &platform) {
        if (platform != m_platform)
            return;
        m_lastSolved.reset();  // new channels: the same specs may solve differently
        refresh();
    });
    connect(context, &WorkspaceContext::channelsFailed, this, [this](const QString &platform, const QString &error) {
        if (platform != m_platform)
            return;
        m_pending.reset();
        setState(State::Error, tr("Cannot load the channels: %1").arg(error));
        Q_EMIT failed(error);
        Q_EMIT previewUpdated();
    });
    refresh();
}

void EnvironmentPreview::setDocument(QTextDocument *document, const QString &path)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_path = path;
    m_lastSolved.reset();
    if (document) {
        connect(document, &QTextDocument::contentsChanged, m_runner, &PreviewRunner::edited);
        connect(document, &QTextDocument::contentsChanged, &m_prefetch, qOverload<>(&QTimer::start));
    }
    refresh();
}

void EnvironmentPreview::prefetchNames()
{
    if (!m_document || !m_context || !m_context->hasShardedChannels() || !m_context->isLoaded()
        || m_context->platform() != m_platform)
        return;
    const EnvironmentCheck check = checkEnvironment(m_document->toPlainText(), m_path, {});
    if (check.parsed) // the lines that parse; one being typed may not yet
        (void)m_context->ensureNames(check.specs());
}

void EnvironmentPreview::setPlatform(const QString &platform)
{
    if (platform == m_platform)
        return;
    m_platform = platform;
    m_lastSolved.reset();
    refresh();
}

void EnvironmentPreview::setState(State state, const QString &status)
{
    m_state = state;
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

void EnvironmentPreview::refresh()
{
    if (m_runner->isWaiting()) {
        m_runner->refreshNow(); // stops the debounce and comes back here
        return;
    }
    if (!m_document)
        return;
    m_runner->nextGeneration();
    const WorkspaceContext *context = m_context.data();
    std::function<bool(const std::string &)> known;
    if (context)
        known = [context](const std::string &c) { return !context->workspaceChannel(c).empty(); };
    m_check = checkEnvironment(m_document->toPlainText(), m_path, known);
    Q_EMIT checked();
    if (m_check.hasErrors() || !context) {
        // Nothing to solve; the next valid text is solved even if its specs equal the last ones.
        m_pending.reset();
        m_lastSolved.reset();
        const int errors = int(std::count_if(m_check.diagnostics.begin(), m_check.diagnostics.end(),
                                             [](const auto &d) { return d.severity == Diagnostic::Severity::Error; }));
        setState(State::Error, context ? tr("%n problem(s) in the file", nullptr, errors) : tr("No workspace open"));
        Q_EMIT previewUpdated();
        return;
    }
    auto request = context->request(m_check.specs(), m_platform.toStdString());
    if (m_lastSolved && *m_lastSolved == request && !m_inFlight) {
        // An edit that does not change what is solved (a comment, a pip line, spacing).
        m_pending.reset();
        Q_EMIT previewUpdated();
        return;
    }
    if (m_inFlight && *m_inFlight == request) {
        // The solve running now answers this text as well.
        m_inFlightGeneration = m_runner->generation();
        m_pending.reset();
        return;
    }
    m_pending = std::move(request);
    startNext();
}

bool EnvironmentPreview::channelsReady()
{
    if (m_context->isLoaded() && m_context->platform() == m_platform)
        return true;
    m_context->loadChannels(m_platform);  // a no-op while they are loading already
    if (m_context->state() != WorkspaceContext::State::Failed)
        setState(State::LoadingChannels, tr("Loading channels for %1…").arg(m_platform));
    return false;
}

void EnvironmentPreview::startNext()
{
    if (!m_pending || m_inFlight || !m_context || !channelsReady())
        return;
    m_solveTimer.start();
    if (m_pending->specs.empty()) {
        // Nothing to install: no need to bother the solver.
        m_lastSolved = std::move(m_pending);
        m_pending.reset();
        apply(core::solve::SolveOutcome(core::solve::Solution{}));
        return;
    }
    m_inFlight = std::move(m_pending);
    m_pending.reset();
    m_inFlightGeneration = m_runner->generation();
    m_runner->startRun();
    // Sharded channels first fetch the shards of names not loaded yet (appended, nothing reloaded).
    QFuture<bool> names = m_context->ensureNames(m_inFlight->specs);
    if (names.isFinished())
        return solveInFlight();
    setState(State::LoadingChannels, tr("Fetching package shards…"));
    m_runner->whenCurrent(std::move(names), [this](bool ok) {
        if (ok)
            return solveInFlight();
        m_runner->finishRun();
        m_inFlight.reset();
        m_lastSolved.reset();
        const QString error
            = tr("Cannot fetch package shards: %1").arg(m_context ? m_context->shardError() : QString());
        setState(State::Error, error);
        Q_EMIT failed(error);
        Q_EMIT previewUpdated();
        startNext();
    });
}

void EnvironmentPreview::solveInFlight()
{
    if (!m_inFlight || !m_context)
        return;
    setState(State::Solving, tr("Solving…"));
    // Dropped when the run was cancelled meanwhile (a solve asked of a previous workspace's service).
    m_runner->whenCurrent(
        m_context->solveService().solve(*m_inFlight), [this](core::util::Result<core::solve::SolveOutcome> outcome) {
            m_runner->finishRun();
            if (!m_inFlight)
                return;
            const bool current = m_inFlightGeneration == m_runner->generation();
            auto request = std::move(*m_inFlight);
            m_inFlight.reset();
            if (current) {
                m_lastSolved = std::move(request);
                apply(outcome);
            }
            startNext();
        });
}

void EnvironmentPreview::apply(const core::util::Result<core::solve::SolveOutcome> &outcome)
{
    const qint64 ms = m_solveTimer.elapsed();
    if (!outcome) {
        const QString error = DiagnosticText::errorText(outcome.error());
        m_lastSolved.reset();
        setState(State::Error, tr("Error: %1").arg(error));
        Q_EMIT failed(error);
    } else if (const auto *solution = std::get_if<core::solve::Solution>(&*outcome)) {
        setState(State::Solved,
            tr("Solved in %1 ms: %n package(s), %2", nullptr, int(solution->packages.size()))
                .arg(ms)
                .arg(core::util::sizeText(solution->downloadSize, QLocale())));
        Q_EMIT solved(*solution, ms);
    } else {
        setState(State::Unsolvable, tr("Unsolvable (%1 ms)").arg(ms));
        Q_EMIT unsolvable(std::get<core::solve::Unsolvable>(*outcome), ms);
    }
    Q_EMIT previewUpdated();
}

} // namespace ui
