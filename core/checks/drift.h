// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// Drift: what the inventory pins against what the hosts really have (HostFacts), and the change a
// deployment would make to each host environment.
#include "core/checks/environmentcheck.h"
#include "core/checks/hostfacts.h"
#include "core/inventory/pins.h"
#include "core/lock/changes.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace core::checks {

enum class DriftStatus {
    Ok, ///< installed as pinned
    Missing, ///< not installed (or its environment is not on the host)
    Mismatch, ///< installed, in another version than the pin asks for
    Unknown, ///< no facts to tell: never gathered, or the RPM database could not be read
};

/** "ok", "missing", "mismatch", "unknown": for JSON and logs. */
const char *driftStatusName(DriftStatus status);

/** One RPM pin of a host against its installed packages. */
struct RpmDrift
{
    std::string scope; ///< the variable ("packages_stable")
    std::string name;
    std::string pin; ///< "default", "latest", "10.9", "1:2.0-3.el7"
    std::string wanted; ///< what the pin installs today ("10.9", the newest for latest); "" any version
    std::string installed; ///< the installed version-release(s), ", " between several; "" none
    DriftStatus status = DriftStatus::Unknown;
    bool operator==(const RpmDrift &) const = default;
};

/** One conda spec of one of a host's environments against what that environment has. */
struct CondaDrift
{
    std::string env; ///< the environment's name on the host ("tango-tools")
    std::string scope; ///< where the inventory gives it ("conda_envs/tango-tools", "sardana_env")
    std::string name;
    std::string spec; ///< as written ("pytango>=9.4")
    std::string installed; ///< "version build"; "" when not installed
    DriftStatus status = DriftStatus::Unknown;
    std::string note; ///< a spec that cannot be read: the parser's reason
    bool operator==(const CondaDrift &) const = default;
};

/** What deploying one environment now would change on the host: installed vs today's solve. */
struct DeployChange
{
    std::string env;
    std::string scope;
    bool exists = false; ///< the environment is on the host (else every package is new)
    lock::ChangeSet changes;
    std::string error; ///< the environment does not solve today (the solver's reason), or no facts
    bool operator==(const DeployChange &) const = default;
};

/** Everything that drifts (or not) on one host. */
struct HostDrift
{
    std::string host;
    bool reachable = false;
    std::string gathered; ///< when the facts were read; "" never
    std::string attempted; ///< when a gathering last tried this host; "" never
    std::string error; ///< the last gathering's failure
    std::string rpmError; ///< why the host's RPMs were not read ("no RPM database in …"); their pins are Unknown
    std::vector<RpmDrift> rpm; ///< in pin order
    std::vector<CondaDrift> conda; ///< environment by environment, specs in order
    std::vector<DeployChange> deploy; ///< one per environment, when solves were given

    /** The last gathering did not read the host (not reached, failed, or never tried). */
    bool notRead() const { return !reachable || !error.empty(); }
    /** Whether anything is not as pinned: an entry not Ok, or the host notRead(). */
    bool drifts() const;
    std::size_t count(DriftStatus status) const;
    bool operator==(const HostDrift &) const = default;
};

/**
 * What an RPM pin `latest` installs today (the newest version-release in the repositories), or ""
 * when that is not known (no repositories): then any installed version counts.
 */
using LatestRpm = std::function<std::string(const std::string &name)>;

/** The name an environment has on the host: its env_name or environment.yml name, else its variable. */
std::string hostEnvironmentName(const inventory::CondaEnvironment &environment);

/** The environments to gather on each host of @p hosts (hostEnvironmentName()s, in order, no repeats). */
std::map<std::string, std::vector<std::string>> environmentNames(const std::vector<inventory::HostPins> &hosts);

/**
 * Compares @p pins with @p facts (nullptr: never gathered, every entry Unknown). RPM pins:
 * `default` is Ok when any version is installed; `latest` when the newest of @p latest is (any
 * version without it); a version pin when an installed package has that version (and release,
 * and epoch, where the pin gives them). Conda specs: Ok when the installed record matches the
 * spec, Mismatch when it does not, Missing when the package or the environment is absent.
 * Encrypted pins are left out. Pure function, any thread.
 */
HostDrift compareHost(const inventory::HostPins &pins, const HostFacts *facts, const inventory::PinVariables &variables,
    const LatestRpm &latest = {});

/**
 * compareHost() for each of @p hosts with its facts in @p facts (a host without any gets error
 * "never gathered"), sharing the parsed specs between hosts. Pure function, any thread.
 */
std::vector<HostDrift> compareHosts(const std::vector<inventory::HostPins> &hosts,
    const std::map<std::string, HostFacts> &facts, const inventory::PinVariables &variables,
    const LatestRpm &latest = {});

/**
 * Fills @p drift.deploy: for every environment of @p pins, @p solved (the host's
 * EnvironmentResults, by scope) against what the host has. An environment not solved gets its
 * error; one missing on the host gets every package as new.
 */
void addDeployChanges(HostDrift &drift, const inventory::HostPins &pins, const HostFacts *facts,
    const std::vector<EnvironmentResult> &solved, const inventory::PinVariables &variables);

/** The installed packages of @p environment as a package set for lock::comparePackages. */
std::vector<lock::PackageVersion> packageSet(const InstalledEnvironment &environment);

/** A host that has a package matching a spec: the "which hosts have …" search. */
struct InstalledMatch
{
    std::string host;
    std::string where; ///< the environment's name, or "rpm"
    std::string name;
    std::string installed; ///< "version build" (conda) or version-release (RPM)
    bool operator==(const InstalledMatch &) const = default;
};

/**
 * Every installed package of @p facts that matches the conda match spec @p spec, over every
 * environment (and, by name and version, the RPMs), in host order. InvalidMatchSpec for a bad spec.
 */
[[nodiscard]] util::Result<std::vector<InstalledMatch>> findInstalled(
    const std::string &spec, const std::vector<const HostFacts *> &facts);

} // namespace core::checks
