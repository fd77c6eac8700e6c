// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/views/inventorychecker.h"

#include "core/solve/channelsources.h"
#include "core/solve/solveservice.h"
#include "core/util/qtext.h"
#include "ui/diagnostictext.h"
#include "ui/workspacecontext.h"

#include <QFutureWatcher>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace ui {

using core::inventory::PinKind;
using core::util::qs;

InventoryChecker::InventoryChecker(QObject *parent)
    : QObject(parent)
{
}

InventoryChecker::~InventoryChecker() = default;

void InventoryChecker::setContext(WorkspaceContext *context)
{
    if (m_context)
        disconnect(m_context, nullptr, this, nullptr);
    m_context = context;
    m_index.reset();
    m_indexGeneration = -1;
    ++m_generation; // whatever the old service still answers is stale now
    if (!context)
        return;
    connect(context, &WorkspaceContext::channelsLoaded, this, [this] { refresh(); });
    connect(context, &WorkspaceContext::channelsFailed, this, [this](const QString &, const QString &error) {
        Q_EMIT statusChanged(tr("Cannot load the channels: %1").arg(error));
        Q_EMIT failed(error);
    });
}

void InventoryChecker::setSnapshot(std::shared_ptr<const InventorySnapshot> snapshot)
{
    m_snapshot = std::move(snapshot);
    refresh();
}

bool InventoryChecker::channelsReady()
{
    if (m_context->isLoaded())
        return true;
    if (m_context->state() == WorkspaceContext::State::Failed) {
        Q_EMIT statusChanged(tr("Cannot load the channels: %1").arg(m_context->errorText()));
        Q_EMIT failed(m_context->errorText());
    } else {
        Q_EMIT statusChanged(tr("Loading channels for %1…").arg(m_context->platform()));
    }
    return false; // channelsLoaded() calls refresh() again
}

template <typename T, typename F> void InventoryChecker::watch(QFuture<T> future, int generation, F onResult)
{
    // A watcher, not QFuture::then(this, ...): Qt 6.4 asserts when a continuation's context is gone first.
    auto *watcher = new QFutureWatcher<T>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, onResult = std::move(onResult)] {
        watcher->deleteLater();
        if (generation == m_generation && !watcher->isCanceled())
            onResult(watcher->result());
    });
    watcher->setFuture(std::move(future));
}

void InventoryChecker::refresh()
{
    const int generation = ++m_generation;
    ++m_impactGeneration; // a proposal solved against the old inventory or channels is stale too
    m_pinChecks.clear();
    m_condaChecks.clear();
    m_rpmChecks.clear();
    m_rpmErrors.clear();
    m_results.clear();
    m_readiness.reset();
    if (!m_snapshot || !m_context || !channelsReady())
        return;
    Q_EMIT statusChanged(tr("Checking pins and solving environments…"));
    Q_EMIT environmentsPending(m_snapshot->environments());
    checkPins(generation);
    checkRpm(generation);
    solveEnvironments(generation);
    checkReadiness(generation);
}

void InventoryChecker::checkPins(int generation)
{
    auto &service = m_context->solveService();
    const auto check = [this, generation](std::shared_ptr<const core::checks::PackageIndex> index) {
        // Matching pins against records needs no database: off the solver's worker, on the pool.
        auto snapshot = m_snapshot;
        watch(QtConcurrent::run([snapshot, index] { return core::checks::checkCondaPins(snapshot->pins, *index); }),
            generation, [this](std::vector<core::checks::PinCheck> checks) {
                m_condaChecks = std::move(checks);
                publishPinChecks();
            });
    };
    if (m_index && m_indexGeneration == service.generation())
        return check(m_index);
    const int serviceGeneration = service.generation();
    watch(service.run<std::shared_ptr<const core::checks::PackageIndex>>([](core::solve::Database &db) {
        return std::make_shared<const core::checks::PackageIndex>(db.allRecords());
    }),
        generation, [this, check, serviceGeneration](std::shared_ptr<const core::checks::PackageIndex> index) {
            m_index = index;
            m_indexGeneration = serviceGeneration;
            check(std::move(index));
        });
}

void InventoryChecker::checkRpm(int generation)
{
    const auto &repositories = m_context->workspace().rpmRepositories;
    if (repositories.empty())
        return;
    std::vector<core::rpm::RpmRepositorySource> sources;
    for (const auto &r : repositories)
        sources.push_back({ r.name, r.url });
    const std::string cache = QString(
        QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/deploydeck/rpm"))
                                  .toStdString();
    struct Checked
    {
        std::vector<core::checks::PinCheck> checks;
        std::vector<std::string> errors;
    };
    // On the thread pool: remote repositories are downloaded there, in a local event loop.
    auto snapshot = m_snapshot;
    watch(QtConcurrent::run([snapshot, sources, cache] {
        Checked out;
        const auto repositories = core::rpm::loadRpmRepositories(sources, cache, out.errors);
        out.checks = core::checks::checkRpmPins(snapshot->pins, repositories);
        return out;
    }),
        generation, [this](Checked checked) {
            m_rpmChecks = std::move(checked.checks);
            for (const auto &e : checked.errors)
                m_rpmErrors << qs(e);
            publishPinChecks();
        });
}

void InventoryChecker::publishPinChecks()
{
    m_pinChecks = m_condaChecks;
    m_pinChecks.insert(m_pinChecks.end(), m_rpmChecks.begin(), m_rpmChecks.end());
    Q_EMIT pinsChecked();
    Q_EMIT brokenHostsChanged();
}

void InventoryChecker::solveEnvironments(int generation)
{
    const auto base = m_context->request({}, m_context->platform().toStdString());
    auto inputs = m_snapshot->environments();
    watch(m_context->solveService().run<std::vector<core::checks::EnvironmentResult>>(
              [base, inputs](core::solve::Database &db) { return core::checks::solveEnvironments(db, base, inputs); }),
        generation, [this](std::vector<core::checks::EnvironmentResult> results) {
            m_results = std::move(results);
            const QStringList broken = brokenHosts();
            Q_EMIT statusChanged(broken.isEmpty()
                    ? tr("Every environment solves")
                    : tr("Hosts that would break: %1").arg(broken.join(QStringLiteral(", "))));
            Q_EMIT environmentsSolved();
            Q_EMIT brokenHostsChanged();
        });
}

void InventoryChecker::checkReadiness(int generation)
{
    const std::string target = m_context->workspace().syncTarget;
    if (target.empty() || !core::solve::isLocalChannel(target)) {
        m_readiness.reset();
        Q_EMIT readinessFailed(target.empty() ? tr("The workspace names no sync target (sync_target).")
                                              : tr("The sync target %1 is not a local channel.").arg(qs(target)));
        return;
    }
    const std::string platform = m_context->platform().toStdString();
    const auto base = m_context->request({}, platform);
    const core::solve::LoadOptions options = m_context->loadOptions();
    auto inputs = m_snapshot->environments();
    watch(m_context->solveService().run<core::util::Result<core::checks::ReadinessReport>>(
              [=](core::solve::Database &db) {
                  return core::checks::checkOfflineReadiness(db, target, platform, base, inputs, options);
              }),
        generation, [this](core::util::Result<core::checks::ReadinessReport> report) {
            if (!report)
                return Q_EMIT readinessFailed(DiagnosticText::errorText(report.error()));
            m_readiness = std::move(*report);
            Q_EMIT readinessChecked();
        });
}

QString InventoryChecker::where(const core::inventory::Source &source) const
{
    const QString text = qs(source.toString());
    const QString root = m_context ? qs(m_context->workspace().root) + QLatin1Char('/') : QString();
    return !root.isEmpty() && text.startsWith(root) ? text.mid(root.size()) : text;
}

QStringList InventoryChecker::brokenHosts() const
{
    QStringList broken;
    const QMap<QString, QStringList> reasons = brokenHostReasons();
    if (m_snapshot)
        for (const auto &host : m_snapshot->pins)
            if (reasons.contains(qs(host.host)))
                broken << qs(host.host);
    return broken;
}

QMap<QString, QStringList> InventoryChecker::brokenHostReasons() const
{
    QMap<QString, QStringList> reasons;
    if (!m_snapshot)
        return reasons;
    for (const core::checks::PinCheck &check : m_pinChecks)
        if (core::checks::isPinCheckFailure(check.status))
            for (const std::string &host : check.hosts)
                reasons[qs(host)] << tr("pin %1 (%2)").arg(qs(check.spec), qs(check.key.scope));
    for (const core::checks::EnvironmentResult &result : m_results)
        if (result.status != core::checks::EnvironmentStatus::Solved)
            reasons[qs(result.host)] << tr("%1 does not solve").arg(qs(result.environment));
    return reasons;
}

QString InventoryChecker::inventorySource() const
{
    return m_snapshot && !m_snapshot->inventory.sources.empty() ? qs(m_snapshot->inventory.sources.front()) : QString();
}

QStringList InventoryChecker::hostsSharingPin(const core::inventory::PinKey &key, const QString &host) const
{
    if (!m_snapshot)
        return {};
    const auto *pins = m_snapshot->hostPins(host.toStdString());
    const core::inventory::Pin *pin = pins ? pins->find(key) : nullptr;
    if (!pin)
        return { host }; // a pin the host does not have yet: only that host gets it
    // The same pin written on the same line reaches every host of the group that wrote it.
    QStringList hosts;
    for (const auto &other : m_snapshot->pins)
        if (const auto *p = other.find(key); p && p->source == pin->source)
            hosts << qs(other.host);
    return hosts;
}

void InventoryChecker::proposePin(const core::inventory::PinKey &key, const QString &host, const QString &value)
{
    if (!m_snapshot || !m_context)
        return;
    const QStringList hosts = hostsSharingPin(key, host);
    const auto *pins = m_snapshot->hostPins(host.toStdString());
    const auto *pin = pins ? pins->find(key) : nullptr;
    const QString description
        = tr("%1 %2 → %3 (%4) on %n host(s)", nullptr, int(hosts.size()))
              .arg(qs(key.package), pin ? qs(pin->value) : tr("(not pinned)"), value, pin ? where(pin->source) : host);
    if (key.kind != PinKind::Conda)
        return Q_EMIT impactListed(description, qs(key.scope), hosts);
    std::vector<core::checks::EnvironmentInput> before, after;
    const std::string requirement = core::checks::requirementFor(key.package, value.toStdString());
    for (const auto &input : m_snapshot->environments()) {
        if (input.environment != key.scope || !hosts.contains(qs(input.host)))
            continue;
        before.push_back(input);
        after.push_back(input);
        after.back().specs = core::checks::replaceRequirement(input.specs, key.package, requirement);
    }
    if (!channelsReady())
        return;
    const int generation = ++m_impactGeneration;
    Q_EMIT impactStarted(description);
    const auto base = m_context->request({}, m_context->platform().toStdString());
    using Impacts = std::vector<core::checks::EnvironmentImpact>;
    auto *watcher = new QFutureWatcher<Impacts>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, description] {
        watcher->deleteLater();
        if (generation == m_impactGeneration && !watcher->isCanceled())
            Q_EMIT impactReady(description, watcher->result());
    });
    watcher->setFuture(m_context->solveService().run<Impacts>([base, before, after](core::solve::Database &db) {
        return core::checks::compareResults(
            core::checks::solveEnvironments(db, base, before), core::checks::solveEnvironments(db, base, after));
    }));
}

} // namespace ui
