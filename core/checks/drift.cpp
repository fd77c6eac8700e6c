// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/checks/drift.h"

#include "core/checks/pincheck.h"
#include "core/spec/matchspec.h"

#include <algorithm>
#include <unordered_map>

namespace core::checks {

using inventory::PinKind;

namespace {

/** The parts of an RPM pin: epoch (or ""), version, release (or ""). */
struct RpmPinParts
{
    std::string epoch;
    std::string version;
    std::string release;
};

RpmPinParts splitRpmPin(const std::string &pin)
{
    RpmPinParts parts;
    std::string rest = pin;
    if (const auto colon = rest.find(':'); colon != std::string::npos) {
        parts.epoch = rest.substr(0, colon);
        rest = rest.substr(colon + 1);
    }
    // "1.2.3-1.el7": the release follows the last dash; RPM versions never hold one.
    if (const auto dash = rest.rfind('-'); dash != std::string::npos) {
        parts.release = rest.substr(dash + 1);
        rest = rest.substr(0, dash);
    }
    parts.version = rest;
    return parts;
}

bool satisfies(const InstalledRpm &installed, const RpmPinParts &pin)
{
    if (!pin.epoch.empty() && pin.epoch != installed.epoch)
        return false;
    return installed.version == pin.version && (pin.release.empty() || installed.release == pin.release);
}

RpmDrift compareRpmPin(const inventory::Pin &pin, const HostFacts *facts, const LatestRpm &latest)
{
    RpmDrift d;
    d.scope = pin.key.scope;
    d.name = pin.key.package;
    d.pin = pin.value;
    const bool anyVersion
        = pin.value.empty() || pin.value == "default" || pin.value == "present" || pin.value == "installed";
    if (pin.value == "latest")
        d.wanted = latest ? latest(pin.key.package) : std::string();
    else if (!anyVersion)
        d.wanted = pin.value;
    if (!facts || !facts->hasFacts() || !facts->rpmRead)
        return d; // Unknown
    const auto installed = facts->rpmsNamed(pin.key.package);
    for (const InstalledRpm *p : installed)
        d.installed += (d.installed.empty() ? "" : ", ") + p->evr();
    if (installed.empty()) {
        d.status = DriftStatus::Missing;
        return d;
    }
    if (d.wanted.empty()) {
        d.status = DriftStatus::Ok;
        return d;
    }
    const RpmPinParts wanted = splitRpmPin(d.wanted);
    const bool any
        = std::any_of(installed.begin(), installed.end(), [&](const InstalledRpm *p) { return satisfies(*p, wanted); });
    d.status = any ? DriftStatus::Ok : DriftStatus::Mismatch;
    return d;
}

/** @p spec without a channel ("mini-conda-forge::numpy>=1" reads as "numpy>=1"): pins compare versions. */
util::Result<spec::MatchSpec> parseWithoutChannel(const std::string &text)
{
    auto parsed = spec::MatchSpec::parse(text);
    if (!parsed || parsed->channel().empty())
        return parsed;
    const auto colons = text.find("::");
    return colons == std::string::npos ? parsed : spec::MatchSpec::parse(text.substr(colons + 2));
}

std::string installedText(const InstalledPackage &p)
{
    return p.version + ' ' + p.build;
}

/** Parsed specs by text: thousands of hosts share the same few hundred specs. */
using SpecCache = std::unordered_map<std::string, util::Result<spec::MatchSpec>>;

const util::Result<spec::MatchSpec> &parsedSpec(SpecCache &cache, const std::string &text)
{
    auto it = cache.find(text);
    if (it == cache.end())
        it = cache.emplace(text, parseWithoutChannel(text)).first;
    return it->second;
}

void compareEnvironment(HostDrift &drift, const inventory::CondaEnvironment &env, const std::string &scope,
    const HostFacts *facts, SpecCache &specs)
{
    const std::string name = hostEnvironmentName(env);
    const InstalledEnvironment *installed = facts && facts->hasFacts() ? facts->environment(name) : nullptr;
    for (const std::string &text : env.dependencies) {
        CondaDrift d;
        d.env = name;
        d.scope = scope;
        d.spec = text;
        const auto &spec = parsedSpec(specs, text);
        if (spec) {
            d.name = spec->name();
        } else {
            const auto split = inventory::splitRequirement(text, PinKind::Conda);
            d.name = split ? split->first : text;
            d.note = spec.error().message();
        }
        if (!installed) {
            // Gathered, but without this environment: the facts predate it in the inventory.
            drift.conda.push_back(std::move(d));
            continue;
        }
        const InstalledPackage *p = installed->exists ? installed->find(d.name) : nullptr;
        if (!p) {
            d.status = DriftStatus::Missing;
        } else {
            d.installed = installedText(*p);
            d.status = spec && spec->matches(p->record()) ? DriftStatus::Ok : DriftStatus::Mismatch;
        }
        drift.conda.push_back(std::move(d));
    }
}

} // namespace

const char *driftStatusName(DriftStatus status)
{
    switch (status) {
    case DriftStatus::Ok:
        return "ok";
    case DriftStatus::Missing:
        return "missing";
    case DriftStatus::Mismatch:
        return "mismatch";
    case DriftStatus::Unknown:
        break;
    }
    return "unknown";
}

bool HostDrift::drifts() const
{
    if (notRead())
        return true;
    const auto notOk = [](const auto &e) { return e.status != DriftStatus::Ok; };
    return std::any_of(rpm.begin(), rpm.end(), notOk) || std::any_of(conda.begin(), conda.end(), notOk);
}

std::size_t HostDrift::count(DriftStatus status) const
{
    const auto is = [status](const auto &e) { return e.status == status; };
    return std::size_t(std::count_if(rpm.begin(), rpm.end(), is) + std::count_if(conda.begin(), conda.end(), is));
}

std::string hostEnvironmentName(const inventory::CondaEnvironment &environment)
{
    return environment.name.empty() ? environment.variable : environment.name;
}

std::map<std::string, std::vector<std::string>> environmentNames(const std::vector<inventory::HostPins> &hosts)
{
    std::map<std::string, std::vector<std::string>> names;
    for (const inventory::HostPins &h : hosts) {
        auto &list = names[h.host];
        for (const inventory::CondaEnvironment &env : h.environments)
            if (const std::string name = hostEnvironmentName(env);
                std::find(list.begin(), list.end(), name) == list.end())
                list.push_back(name);
    }
    return names;
}

namespace {

HostDrift compareOne(const inventory::HostPins &pins, const HostFacts *facts, const inventory::PinVariables &variables,
    const LatestRpm &latest, SpecCache &specs)
{
    HostDrift drift;
    drift.host = pins.host;
    if (facts) {
        drift.reachable = facts->reachable;
        drift.gathered = facts->gathered;
        drift.attempted = facts->attempted;
        drift.error = facts->error;
        if (facts->hasFacts() && !facts->rpmRead)
            drift.rpmError = facts->rpmError;
    }
    for (const inventory::Pin &pin : pins.pins)
        if (pin.key.kind == PinKind::Rpm && !pin.encrypted)
            drift.rpm.push_back(compareRpmPin(pin, facts, latest));
    for (const inventory::CondaEnvironment &env : pins.environments)
        compareEnvironment(drift, env, environmentScope(env, variables), facts, specs);
    return drift;
}

} // namespace

HostDrift compareHost(const inventory::HostPins &pins, const HostFacts *facts, const inventory::PinVariables &variables,
    const LatestRpm &latest)
{
    SpecCache specs;
    return compareOne(pins, facts, variables, latest, specs);
}

std::vector<HostDrift> compareHosts(const std::vector<inventory::HostPins> &hosts,
    const std::map<std::string, HostFacts> &facts, const inventory::PinVariables &variables, const LatestRpm &latest)
{
    SpecCache specs;
    std::vector<HostDrift> drift;
    drift.reserve(hosts.size());
    for (const inventory::HostPins &h : hosts) {
        const auto found = facts.find(h.host);
        drift.push_back(compareOne(h, found == facts.end() ? nullptr : &found->second, variables, latest, specs));
        if (found == facts.end())
            drift.back().error = "never gathered";
    }
    return drift;
}

std::vector<lock::PackageVersion> packageSet(const InstalledEnvironment &environment)
{
    std::vector<lock::PackageVersion> set;
    set.reserve(environment.packages.size());
    for (const InstalledPackage &p : environment.packages)
        set.push_back({ p.name, p.version, p.build });
    return set;
}

void addDeployChanges(HostDrift &drift, const inventory::HostPins &pins, const HostFacts *facts,
    const std::vector<EnvironmentResult> &solved, const inventory::PinVariables &variables)
{
    for (const inventory::CondaEnvironment &env : pins.environments) {
        DeployChange change;
        change.env = hostEnvironmentName(env);
        change.scope = environmentScope(env, variables);
        const auto result = std::find_if(solved.begin(), solved.end(),
            [&](const EnvironmentResult &r) { return r.host == pins.host && r.environment == change.scope; });
        const InstalledEnvironment *installed = facts && facts->hasFacts() ? facts->environment(change.env) : nullptr;
        change.exists = installed && installed->exists;
        if (result == solved.end()) {
            change.error = "not solved";
        } else if (result->status != EnvironmentStatus::Solved) {
            change.error = result->status == EnvironmentStatus::Unsolvable ? result->problemsText : result->error;
        } else if (!installed) {
            change.error = "no facts gathered for this environment";
        } else {
            std::vector<lock::PackageVersion> after;
            for (const spec::PackageRecord &r : result->packages)
                after.push_back({ r.name, r.version, r.build });
            change.changes = lock::comparePackages(
                installed->exists ? packageSet(*installed) : std::vector<lock::PackageVersion> {}, after);
        }
        drift.deploy.push_back(std::move(change));
    }
}

util::Result<std::vector<InstalledMatch>> findInstalled(
    const std::string &text, const std::vector<const HostFacts *> &facts)
{
    auto spec = parseWithoutChannel(text);
    if (!spec)
        return spec.error();
    std::vector<InstalledMatch> found;
    for (const HostFacts *host : facts) {
        if (!host || !host->hasFacts())
            continue;
        for (const InstalledEnvironment &env : host->environments)
            for (const InstalledPackage &p : env.packages)
                if (spec->matchesName(p.name) && spec->matches(p.record()))
                    found.push_back({ host->host, env.name, p.name, installedText(p) });
        for (const InstalledRpm &p : host->rpms) {
            if (!spec->matchesName(p.name))
                continue;
            spec::PackageRecord record;
            record.name = p.name;
            record.version = p.version;
            record.build = p.release;
            if (spec->matches(record))
                found.push_back({ host->host, "rpm", p.name, p.evr() });
        }
    }
    return found;
}

} // namespace core::checks
