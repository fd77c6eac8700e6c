// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The spec-list preview: each line solved on its own on the database's worker, results cached by
// specs, then the per-platform plans combined. See speclistpreview.h for the contract.
#include "ui/views/speclistpreview.h"

#include "core/solve/channelsources.h"
#include "core/solve/solveservice.h"
#include "core/util/whenfinished.h"
#include "ui/diagnostictext.h"
#include "ui/views/platformdatabases.h"
#include "ui/workspacecontext.h"

#include <QTextDocument>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <exception>
#include <mutex>
#include <optional>

namespace ui {

using core::solve::LineResult;
using core::solve::LineSolveCache;
using core::solve::LineStatus;
using core::solve::PlatformPlan;

/**
 * The LineSolveCache of one platform. Only tasks on a database worker touch it; the mutex is for
 * the rare moment a platform moves from one database to another while a task of the old one runs.
 */
struct SpecListPreview::CacheSlot
{
    std::mutex mutex;
    LineSolveCache cache;
    const void *service = nullptr;
    int generation = -1;

    /** Empties the cache when the database is not the one it was filled from. Call with the mutex held. */
    void use(const void *database, int databaseGeneration)
    {
        if (database == service && databaseGeneration == generation)
            return;
        cache.clear();
        service = database;
        generation = databaseGeneration;
    }
};

namespace {

/** Every line of @p inputs failed on @p platform for @p error (its channels did not load). */
PlatformPlan failedPlan(const std::string &platform, const std::vector<core::solve::PlanLineInput> &inputs,
                        const std::string &error)
{
    PlatformPlan plan;
    plan.platform = platform;
    for (const auto &input : inputs) {
        LineResult r;
        r.lineNumber = input.lineNumber;
        r.text = input.text;
        r.specs = input.specs;
        r.platform = platform;
        r.status = input.errors.empty() ? LineStatus::Error : LineStatus::Invalid;
        r.errors = input.errors.empty() ? std::vector<std::string>{error} : input.errors;
        r.fromCache = true;  // nothing was solved
        plan.lines.push_back(std::move(r));
    }
    return plan;
}

bool solvesNothing(const core::solve::PlanLineInput &line)
{
    return !line.errors.empty() || line.specs.empty();
}

} // namespace

SpecListPreview::SpecListPreview(QObject *parent)
    : QObject(parent)
    , m_databases(new PlatformDatabases(this))
    , m_runner(new PreviewRunner(this))
{
    connect(m_runner, &PreviewRunner::due, this, &SpecListPreview::refresh);
    // A database that loaded, failed or is being replaced: plan again (what is still valid stays cached).
    connect(m_databases, &PlatformDatabases::databaseChanged, this, [this] {
        const bool wasRunning = m_run.started;
        cancelRun();
        if (wasRunning && m_active && m_document)
            startRun();
    });
}

SpecListPreview::~SpecListPreview()
{
    cancelRun();
}

void SpecListPreview::setContext(WorkspaceContext *context)
{
    cancelRun();
    m_context = context;
    m_results.clear();
    m_caches.clear();
    m_databases->setContext(context);
}

void SpecListPreview::setWorkspace(const core::envfile::Workspace &workspace)
{
    cancelRun();
    m_platforms.clear();
    for (const auto &p : workspace.platforms.empty() ? std::vector<std::string>{workspace.platform} : workspace.platforms)
        m_platforms << QString::fromStdString(p);
    m_targetChannel = QString::fromStdString(workspace.syncTarget);
    m_results.clear();
    m_plan = {};
    readTarget();
}

void SpecListPreview::setDocument(QTextDocument *document, const QString &path)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_path = path;
    if (document)
        connect(document, &QTextDocument::contentsChanged, m_runner, &PreviewRunner::edited);
    refresh();
}

void SpecListPreview::setActive(bool active)
{
    m_active = active;
    if (active && m_document && (!m_run.started || m_run.inputs != m_inputs))
        startRun();
}

void SpecListPreview::setState(State state, const QString &status)
{
    m_state = state;
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

void SpecListPreview::refresh()
{
    if (m_runner->isWaiting()) {
        m_runner->refreshNow(); // stops the debounce and comes back here
        return;
    }
    m_list = m_document ? core::envfile::parseSpecList(m_document->toPlainText().toStdString(), m_path.toStdString())
                        : core::envfile::SpecList{};
    m_diagnostics = editorDiagnostics(m_list);
    m_inputs = core::sync::planInputs(m_list);
    Q_EMIT parsed();
    if (!m_document) {
        cancelRun();
        m_plan = {};
        setState(State::Idle, tr("No spec list open"));
        Q_EMIT planUpdated();
        Q_EMIT previewUpdated();
        return;
    }
    if (!m_active)
        return;  // setActive(true) plans what is there by then
    if (m_run.started && m_run.inputs == m_inputs) {
        // Nothing to solve changed (the run for this text is going on, or done).
        if (m_state == State::Updated)
            Q_EMIT previewUpdated();
        return;
    }
    startRun();
}

void SpecListPreview::reloadTarget()
{
    readTarget();
}

void SpecListPreview::cancelRun()
{
    m_runner->cancelRun(); // queued tasks of this run return at once; its results are dropped
    m_run = Run{};
}

void SpecListPreview::startRun()
{
    cancelRun();
    m_runner->startRun();
    m_run.started = true;
    m_run.inputs = m_inputs;
    m_run.timer.start();
    setState(State::Solving, tr("Solving %n line(s)…", nullptr, int(m_inputs.size())));
    pump();
}

std::shared_ptr<SpecListPreview::CacheSlot> SpecListPreview::cacheFor(const QString &platform)
{
    auto &slot = m_caches[platform];
    if (!slot)
        slot = std::make_shared<CacheSlot>();
    return slot;
}

void SpecListPreview::pump()
{
    if (!m_run.started || m_run.finished)
        return;
    bool waiting = false;
    for (const QString &platform : std::as_const(m_platforms))
        if (!m_run.plans.contains(platform) && !pumpPlatform(platform))
            waiting = true;
    if (m_run.plans.size() == std::size_t(m_platforms.size()))
        finishRun();
    else if (!waiting)
        setState(State::Solving, tr("Solving %n line(s)…", nullptr, int(m_run.inputs.size())));
}

bool SpecListPreview::pumpPlatform(const QString &platform)
{
    if (m_run.planPosted.contains(platform))
        return true;
    const auto backend = m_databases->backend(platform);
    if (!backend.error.isEmpty()) {
        // Reported on every line, so no line is left out silently.
        m_results.forget(platform);
        auto plan = failedPlan(platform.toStdString(), m_run.inputs,
                               tr("Cannot load the channels for %1: %2").arg(platform, backend.error).toStdString());
        for (const auto &line : plan.lines)
            m_results.remember(platform, line);
        m_run.plans[platform] = std::move(plan);
        for (const auto &input : m_run.inputs)
            Q_EMIT lineUpdated(input.lineNumber);
        return true;
    }
    if (!backend.ready) {
        setState(State::LoadingChannels, tr("Loading channels for %1…").arg(platform));
        return false;
    }
    if (m_context && backend.service == &m_context->solveService() && !m_run.namesReady.contains(platform)) {
        // Sharded channels: the shards of names not loaded yet first (appended; a new generation).
        if (m_run.namesAsked.insert(platform).second) {
            std::vector<std::string> specs;
            for (const auto &line : m_run.inputs)
                specs.insert(specs.end(), line.specs.begin(), line.specs.end());
            QFuture<bool> names = m_context->ensureNames(specs);
            if (names.isFinished()) {
                m_run.namesReady.insert(platform);
            } else {
                m_runner->whenCurrent(std::move(names), [this, platform](bool) {
                    m_run.namesReady.insert(platform); // a name that could not be fetched is reported by its line
                    pump();
                });
            }
        }
        if (!m_run.namesReady.contains(platform)) {
            setState(State::LoadingChannels, tr("Fetching package shards…"));
            return false;
        }
        return pumpPlatform(platform); // the database may have a new generation now
    }
    if (!m_results.useDatabase(platform, backend.service, backend.generation)) {
        for (const auto &input : m_run.inputs)
            Q_EMIT lineUpdated(input.lineNumber);
    }
    if (m_run.linesPosted.insert(platform).second)
        postLines(platform);
    if (m_target) {
        postPlan(platform);
        m_run.planPosted.insert(platform);
    }
    return true;
}

void SpecListPreview::postLines(const QString &platform)
{
    const auto backend = m_databases->backend(platform);
    const auto base = m_context->request({}, platform.toStdString());
    const auto slot = cacheFor(platform);
    std::set<std::string> posted;
    for (const auto &line : m_run.inputs) {
        const std::string key = LineSolveCache::keyFor(platform.toStdString(), line.specs);
        if (solvesNothing(line) || m_results.knows(platform, line.specs) || !posted.insert(key).second)
            continue;
        // One task per line, so results show line by line and an edit skips the lines not yet begun.
        auto task = [cancel = m_runner->cancelFlag(), slot, service = static_cast<const void *>(backend.service),
                        generation = backend.generation, platform = platform.toStdString(), line,
                        base](core::solve::Database &db) -> std::optional<LineResult> {
            if (cancel->load())
                return std::nullopt;
            try {
                std::lock_guard lock(slot->mutex);
                slot->use(service, generation);
                auto plan = core::solve::planPlatform(db, platform, {line}, base, {}, &slot->cache, cancel.get());
                return plan.lines.empty() ? std::nullopt : std::optional<LineResult>(std::move(plan.lines.front()));
            } catch (const std::exception &) {
                return std::nullopt;  // the final plan of the platform reports it
            }
        };
        m_runner->whenCurrent(backend.service->run<std::optional<LineResult>>(task),
            [this, platform](const std::optional<LineResult> &r) {
                if (r)
                    acceptLine(platform, *r);
            });
    }
}

void SpecListPreview::postPlan(const QString &platform)
{
    const auto backend = m_databases->backend(platform);
    auto task = [cancel = m_runner->cancelFlag(), slot = cacheFor(platform),
                    service = static_cast<const void *>(backend.service), generation = backend.generation,
                    platform = platform.toStdString(), inputs = m_run.inputs,
                    base = m_context->request({}, platform.toStdString()),
                    target = m_target](core::solve::Database &db) -> std::optional<PlatformPlan> {
        if (cancel->load())
            return std::nullopt;
        try {
            std::lock_guard lock(slot->mutex);
            slot->use(service, generation);
            // After the line tasks: every line is in the cache, so this forms the union and the plan.
            auto plan = core::solve::planPlatform(db, platform, inputs, base, *target, &slot->cache, cancel.get());
            return cancel->load() ? std::nullopt : std::optional<PlatformPlan>(std::move(plan));
        } catch (const std::exception &e) {
            return failedPlan(platform, inputs, e.what());
        }
    };
    m_runner->whenCurrent(
        backend.service->run<std::optional<PlatformPlan>>(task), [this, platform](std::optional<PlatformPlan> plan) {
            if (plan)
                acceptPlan(platform, std::move(*plan));
        });
}

const LineResult *SpecListPreview::lineResult(int lineNumber, const QString &platform) const
{
    const auto input = std::find_if(
        m_inputs.begin(), m_inputs.end(), [lineNumber](const auto &l) { return l.lineNumber == lineNumber; });
    return input == m_inputs.end() ? nullptr : m_results.find(platform, input->specs);
}

SpecLineEntry SpecListPreview::lineEntry(int lineNumber) const
{
    return m_results.entry(lineNumber, m_list, m_inputs, m_platforms);
}

std::vector<SpecLineEntry> SpecListPreview::lineEntries() const
{
    std::vector<SpecLineEntry> entries;
    entries.reserve(m_inputs.size());
    for (const auto &input : m_inputs)
        entries.push_back(lineEntry(input.lineNumber));
    return entries;
}

void SpecListPreview::acceptLine(const QString &platform, const LineResult &result)
{
    if (!result.fromCache)
        ++m_solveCount;
    m_results.remember(platform, result);
    // The same specs may stand on several lines: all of them are answered.
    for (const auto &input : m_run.inputs)
        if (input.specs == result.specs && input.errors.empty())
            Q_EMIT lineUpdated(input.lineNumber);
}

void SpecListPreview::acceptPlan(const QString &platform, PlatformPlan plan)
{
    for (const auto &line : plan.lines) {
        if (!line.fromCache && line.status != LineStatus::Invalid)
            ++m_solveCount;  // the cache had lost it (its database was reloaded)
        // Most lines are known from their line tasks; copying their solutions again is wasted time.
        if (!line.fromCache || !m_results.knows(platform, line.specs))
            m_results.remember(platform, line);
    }
    m_run.plans[platform] = std::move(plan);
    for (const auto &input : m_run.inputs)
        Q_EMIT lineUpdated(input.lineNumber);
    pump();
}

void SpecListPreview::readSourceRecords(std::function<void(const core::util::Result<core::sync::SyncPlan> &)> done)
{
    struct Pending
    {
        std::vector<PlatformPlan> plans;
        std::optional<core::util::Error> error;
        std::size_t waiting = 0;
        std::function<void(const core::util::Result<core::sync::SyncPlan> &)> done;
    };
    auto pending = std::make_shared<Pending>();
    pending->plans = m_plan.platforms;
    pending->waiting = pending->plans.size();
    pending->done = std::move(done);
    if (pending->plans.empty())
        return pending->done(m_plan);
    for (std::size_t i = 0; i < pending->plans.size(); ++i) {
        const auto backend = m_databases->backend(QString::fromStdString(pending->plans[i].platform));
        if (!backend.service) {
            pending->error = core::util::makeError(
                core::util::ErrorCode::InvalidArgument, backend.error.toStdString(), pending->plans[i].platform);
            if (--pending->waiting == 0)
                pending->done(*pending->error);
            continue;
        }
        auto task = [plan = pending->plans[i], target = m_target](
                        core::solve::Database &db) -> core::util::Result<PlatformPlan> {
            PlatformPlan attached = plan;
            if (auto read = core::solve::attachSourceRecords(db, attached, *target); !read)
                return read.error();
            return attached;
        };
        backend.service->run<core::util::Result<PlatformPlan>>(task).then(
            this, [pending, i](const core::util::Result<PlatformPlan> &result) {
                if (result)
                    pending->plans[i] = *result;
                else if (!pending->error)
                    pending->error = result.error();
                if (--pending->waiting > 0)
                    return;
                if (pending->error)
                    return pending->done(*pending->error);
                pending->done(core::sync::combinePlans(std::move(pending->plans)));
            });
    }
}

void SpecListPreview::finishRun()
{
    std::vector<PlatformPlan> plans;
    for (const QString &platform : std::as_const(m_platforms))
        plans.push_back(std::move(m_run.plans[platform]));
    m_plan = core::sync::combinePlans(std::move(plans));
    m_run.finished = true;
    const auto entries = lineEntries();
    const auto solved = std::count_if(entries.begin(), entries.end(), [](const auto &e) { return e.status == SpecLineStatus::Solved; });
    setState(State::Updated, tr("Planned in %1 ms: %2 of %n line(s) solved", nullptr, int(entries.size()))
                                 .arg(m_run.timer.elapsed())
                                 .arg(solved));
    Q_EMIT planUpdated();
    Q_EMIT previewUpdated();
}

void SpecListPreview::readTarget()
{
    const int generation = ++m_targetGeneration;
    m_target.reset();
    m_targetNote.clear();
    const std::string channel = m_targetChannel.toStdString();
    if (channel.empty() || !core::solve::isLocalChannel(channel)) {
        // Nothing to compare with: the plan lists the whole union.
        m_targetNote = channel.empty() ? tr("The workspace has no sync_target: every package of the union is listed.")
                                       : tr("The sync target %1 is not a local channel: it is checked when the sync runs, "
                                            "so every package of the union is listed.")
                                             .arg(m_targetChannel);
        m_target = std::make_shared<const core::channel::TargetIndex>();
        pump();
        return;
    }
    std::vector<std::string> subdirs;
    for (const QString &p : std::as_const(m_platforms))
        subdirs.push_back(p.toStdString());
    subdirs.push_back("noarch");
    core::util::whenFinished(this,
        QtConcurrent::run([channel, subdirs] { return core::channel::readTargetIndex(channel, subdirs); }),
        [this, generation](const core::util::Result<core::channel::TargetIndex> &index) {
            if (generation != m_targetGeneration)
                return;
            if (!index && index.error().code == core::util::ErrorCode::FileNotFound)
                m_targetNote = tr("The sync target does not exist yet: every package is missing.");
            else if (!index)
                m_targetNote = tr("Cannot read the sync target (%1): every package is listed.")
                                   .arg(DiagnosticText::errorText(index.error()));
            m_target
                = std::make_shared<const core::channel::TargetIndex>(index ? *index : core::channel::TargetIndex {});
            // A plan already posted compared with the old index: plan again (the lines are cached).
            if (!m_run.planPosted.empty())
                startRun();
            else
                pump();
        });
}

} // namespace ui
