// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/checks/environmentcheck.h"
#include "core/inventory/pins.h"
#include "core/rpm/rpmrepo.h"
#include "core/spec/packagerecord.h"

#include <QMetaType>

#include <cstddef>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

namespace core::checks {

/** What the channels say about one pin. */
enum class PinCheckStatus {
    Available, ///< some package of the channels matches the pin
    NoMatch, ///< the package exists, but no version/build of it matches
    Missing, ///< no package of that name at all (a typo, or a channel that is not configured)
    Invalid, ///< the pin is not a valid match spec
    Unchecked, ///< not a conda pin (pip, channels, wrappers) or vault-encrypted
};

/** Stable identifier ("available", "no-match", "missing", "invalid", "unchecked") for JSON and logs. */
const char *pinCheckStatusName(PinCheckStatus status);

/** Whether a pin in this state would stop a deployment (NoMatch, Missing, Invalid). */
bool isPinCheckFailure(PinCheckStatus status);

/**
 * The check of one distinct pin: a package pinned the same way (same key, same text) by one or
 * more hosts. Versions are the packages' version strings as the channels write them.
 */
struct PinCheck
{
    inventory::PinKey key;
    std::string spec; ///< the requirement as written ("python=3.9")
    PinCheckStatus status = PinCheckStatus::Unchecked;
    std::string newestMatching; ///< the newest version that matches the pin ("" when none)
    std::string newestAvailable; ///< the newest version of the package in the channels ("" when none)
    std::size_t matchingBuilds = 0;
    std::string error; ///< Invalid: the parser's reason, with its column
    std::vector<std::string> hosts; ///< hosts with exactly this pin, in inventory order
    inventory::Source source; ///< where the first of those hosts gets it from

    bool operator==(const PinCheck &) const = default;
};

/**
 * The records of a channel set by package name, to answer many pin checks. Built once from
 * Database::allRecords() (or any list of records); a plain value, safe to hand between threads.
 */
class PackageIndex final
{
public:
    PackageIndex() = default;
    explicit PackageIndex(std::vector<spec::PackageRecord> records);

    /** The records named @p name (lower case), or an empty list. */
    const std::vector<spec::PackageRecord> &find(const std::string &name) const;
    std::size_t size() const { return m_size; }

private:
    std::unordered_map<std::string, std::vector<spec::PackageRecord>> m_byName;
    std::size_t m_size = 0;
};

/**
 * Checks one conda match spec (@p spec, as written) against @p index: the status, newest matching
 * version, newest version of the package. Glob names (`py*`) are not supported and count as Invalid.
 */
PinCheck checkCondaSpec(const std::string &spec, const PackageIndex &index);

/**
 * Checks every distinct conda pin of @p hosts against @p index, in matrix row order (key, then
 * spec text). Pip pins, channel and wrapper lists and encrypted pins are left out: the channels say
 * nothing about them. Pure function, runs on any thread.
 */
std::vector<PinCheck> checkCondaPins(const std::vector<inventory::HostPins> &hosts, const PackageIndex &index);

/** What a package source says about one pin (the PinCheck fields besides key, spec and hosts). */
struct PinLookup
{
    PinCheckStatus status = PinCheckStatus::Unchecked;
    std::string newestMatching;
    std::string newestAvailable;
    std::size_t matchingBuilds = 0;
    std::string error;
};

/**
 * Every distinct pin of @p kind in @p hosts (encrypted ones left out), in matrix row order, each
 * looked up once with @p lookup(key, spec) — for RPM pins, against RPM repositories.
 */
std::vector<PinCheck> checkPins(const std::vector<inventory::HostPins> &hosts, inventory::PinKind kind,
    const std::function<PinLookup(const inventory::PinKey &, const std::string &)> &lookup);

/**
 * The inventory::PinKey::scope of @p environment's pins: "conda_envs/silx" for an entry of a conda_envs list,
 * the variable itself ("sardana_env") for a whole environment.yml variable.
 */
std::string environmentScope(const inventory::CondaEnvironment &environment, const inventory::PinVariables &variables);

/** Every host's conda environments, in inventory order, named by their environmentScope(). */
std::vector<EnvironmentInput> environmentInputs(const std::vector<inventory::HostPins> &hosts,
                                                const inventory::PinVariables &variables);

/** The distinct RPM pins of @p hosts checked against @p repositories (the Inventory page and `pins --check`). */
std::vector<PinCheck> checkRpmPins(const std::vector<inventory::HostPins> &hosts, const rpm::RpmRepositories &repositories);

/**
 * The conda requirement a pin value stands for: "python" + "=3.10" gives "python=3.10", a bare
 * version gets conda's fuzzy "=" ("3.10" gives "python=3.10"), an empty value any version ("python").
 */
std::string requirementFor(const std::string &package, const std::string &value);

/**
 * @p specs with the requirement for @p package replaced by @p requirement (appended when no spec
 * names the package; removed when @p requirement is empty). Channel prefixes are kept out of the
 * comparison ("mini-conda-forge::numpy" names numpy).
 */
std::vector<std::string> replaceRequirement(
    const std::vector<std::string> &specs, const std::string &package, const std::string &requirement);

} // namespace core::checks

Q_DECLARE_METATYPE(core::checks::PinCheck)
