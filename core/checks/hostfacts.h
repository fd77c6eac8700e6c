// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// What a host really has installed, as deploydeck's gathering play (resources/ansible,
// module deploydeck_installed) reports it, and the per-host cache of those facts in the
// workspace's state folder.
#include "core/spec/packagerecord.h"
#include "core/util/result.h"

#include <QJsonObject>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace core::checks {

/** One installed RPM, as `rpm -qa` gives it. */
struct InstalledRpm
{
    std::string name;
    std::string epoch; ///< "0" when the package has none
    std::string version;
    std::string release;
    std::string arch;

    /** "version-release", with "epoch:" in front when the epoch is not 0. */
    std::string evr() const;
    bool operator==(const InstalledRpm &) const = default;
};

/** One package record of an environment's conda-meta folder. */
struct InstalledPackage
{
    std::string name;
    std::string version;
    std::string build;
    std::uint64_t buildNumber = 0;
    std::string channel;
    std::string subdir;
    std::string sha256;
    std::string md5;
    std::string url;
    std::string fn;

    /** As a record, for match specs and package-set comparisons. */
    spec::PackageRecord record() const;
    bool operator==(const InstalledPackage &) const = default;
};

/** A conda environment the inventory gives a host, as found there. */
struct InstalledEnvironment
{
    std::string name;
    std::string prefix;
    bool exists = false; ///< false: the host has no such environment (no conda-meta folder)
    std::vector<InstalledPackage> packages; ///< sorted by name
    std::vector<std::string> errors; ///< conda-meta files that could not be read, "path: reason"

    /** The installed package named @p name (lower case), or nullptr. */
    const InstalledPackage *find(const std::string &name) const;
    bool operator==(const InstalledEnvironment &) const = default;
};

/** Everything known about what one host has installed, and when it was learnt. */
struct HostFacts
{
    std::string host;
    bool reachable = false; ///< the last attempt reached the host (error says when it then failed)
    std::string gathered; ///< when the facts below were read (ISO 8601, UTC); "" never
    std::string attempted; ///< when the last attempt was made
    std::string error; ///< why the last attempt failed ("" when it did not)
    bool rpmRead = false; ///< the RPM database was read (rpms is what the host has)
    std::string rpmRoot;
    std::string rpmError; ///< why it was not ("rpm is not installed on this host")
    std::vector<InstalledRpm> rpms; ///< sorted by name, then version
    std::string condaRoot;
    std::vector<InstalledEnvironment> environments; ///< in the order asked for

    bool hasFacts() const { return !gathered.empty(); }
    /** The installed RPMs named @p name (several for multilib or kernels); empty when none. */
    std::vector<const InstalledRpm *> rpmsNamed(const std::string &name) const;
    /** The environment named @p name, or nullptr when it was not asked for. */
    const InstalledEnvironment *environment(const std::string &name) const;
    bool operator==(const HostFacts &) const = default;
};

/**
 * Reads the module's findings (the `deploydeck_data` object of one host's result) into facts for
 * @p host, gathered at @p time. InvalidValue naming the field when the object is not what the
 * module writes (another format version, wrong types).
 */
[[nodiscard]] util::Result<HostFacts> parseGathered(
    const std::string &host, const QJsonObject &data, const std::string &time);

/** What one host's gathering attempt gave: its findings, or why there are none. */
struct GatherOutcome
{
    std::string host;
    bool reachable = false;
    std::string error; ///< unreachable or failed: Ansible's message
    QJsonObject data; ///< reachable and read: the module's findings
};

/**
 * The facts to keep after @p outcome at @p time: new facts when the host was read; otherwise the
 * @p previous ones (if any) marked unreachable or failed, with the attempt's time and message,
 * so nothing that was known is dropped. Findings that cannot be parsed count as a failed attempt.
 */
HostFacts applyOutcome(const HostFacts *previous, const GatherOutcome &outcome, const std::string &time);

/** The current time as the facts write it: ISO 8601 UTC to the second ("2026-12-06T07:40:00Z"). */
std::string nowText();

/**
 * The facts as stored in the cache: the times, and the packages as tab-separated lines (RPMs: name,
 * epoch, version, release, arch; conda: name, version, build, build_number, channel, subdir,
 * sha256, md5, url, fn), which read many times faster than an object per package.
 */
QJsonObject factsToJson(const HostFacts &facts);
/** factsToJson() read back; InvalidValue naming the field, and the file given as @p location. */
[[nodiscard]] util::Result<HostFacts> factsFromJson(const QJsonObject &object, const std::string &location);

/** The workspace's state folder for host facts: `<workspace root>/.deploydeck/facts`. */
std::string factsFolder(const std::string &workspaceRoot);

/** The cache file of @p host in @p folder (the host name with `/` and other unsafe bytes escaped). */
std::string factsFile(const std::string &folder, const std::string &host);

/** Writes @p facts into @p folder atomically (the old file stays whole on any failure). */
[[nodiscard]] util::Result<void> writeFacts(const std::string &folder, const HostFacts &facts);

/** The cached facts of some hosts, and the cache files that could not be read. */
struct FactsCache
{
    std::map<std::string, HostFacts> hosts; ///< hosts with a readable cache file
    std::vector<util::Error> problems; ///< malformed files: ParseError with file:line:column, or InvalidValue
};

/** Reads the cached facts of @p hosts from @p folder; hosts without a file are simply absent. */
FactsCache readFacts(const std::string &folder, const std::vector<std::string> &hosts);

/** Why a host a gathering run was to read has no result: the run was @p cancelled, or it ended without it. */
std::string unreportedReason(bool cancelled);

/** What recordGathering() wrote, left alone, and could not write. */
struct GatheringRecord
{
    std::vector<std::string> written; ///< hosts whose cache file was written
    std::vector<std::string> keptNewer; ///< hosts a run started later had already recorded
    std::vector<util::Error> failures; ///< cache files that could not be written (the others were)
};

/**
 * Writes a gathering run's findings into the cache in @p folder. Each host of @p outcomes gets
 * applyOutcome(); each host of @p selected the run did not report is a failed attempt whose
 * reason is @p unreported (its last facts are kept, marked), so old facts never pass for new.
 * Facts and attempts are stamped @p started, the time the run began: a host whose cache already
 * holds a later gathering or attempt (a run started after this one and finished before it) is left
 * as it is. An unreported host whose cache file cannot be read is left too (gathering again
 * replaces it). Every host is written even when one cannot be.
 */
GatheringRecord recordGathering(const std::string &folder, const std::vector<std::string> &selected,
    const std::vector<GatherOutcome> &outcomes, const std::string &started, const std::string &unreported);

} // namespace core::checks
