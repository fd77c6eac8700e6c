// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/spec/matchspec.h"
#include "core/spec/packagerecord.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace core::channel {

/** One package name across the loaded channels, as the Channels page lists it. */
struct PackageSummary
{
    std::string name;
    std::string latestVersion;          ///< the highest version in conda's order
    std::string license;                ///< licence of the newest build of latestVersion
    std::uint64_t lastUpdate = 0;       ///< newest build timestamp (ms since the epoch), 0 when unknown
    std::size_t builds = 0;             ///< records of this name over all channels and subdirs
    std::vector<std::string> subdirs;   ///< sorted, once each
    std::vector<std::string> channels;  ///< sorted, once each
    /** False: a name a shard index lists whose records are not loaded yet (no builds, no version). */
    bool loaded = true;

    bool operator==(const PackageSummary &) const = default;
};

/** A name that a channel's shard index lists, not loaded yet: browsed before its shard is fetched. */
struct UnloadedName
{
    std::string name;
    std::string channel;
    std::string subdir;
};

/** A record that depends on another package, and the dependency string that says so. */
struct ReverseDependency
{
    std::size_t record = 0;  ///< index into BrowseIndex::records()
    std::string spec;        ///< the dependency as written, e.g. "numpy >=1.22.4,<2.0a0"

    bool operator==(const ReverseDependency &) const = default;
};

/**
 * What the Channels page browses: every record of a loaded channel set grouped by name, a summary
 * per name, and a reverse-dependency index by dependency name.
 *
 * Built once from Database::allRecords() on the solve worker, then an immutable value: its const
 * members may be used from any number of threads at once. Records are sorted by name, then newest
 * version first (conda's order), then build number, timestamp, subdir and build string, so the
 * builds of one name, and of one version, are contiguous.
 */
class BrowseIndex final
{
public:
    BrowseIndex() = default;

    /**
     * Groups, sorts and indexes @p records (takes them over). Cost: O(n log n) plus one pass over
     * every dependency. Names of @p unloaded without a record become packages with no builds
     * (PackageSummary::loaded false), in name order among the others.
     */
    static BrowseIndex build(std::vector<spec::PackageRecord> records, const std::vector<UnloadedName> &unloaded = {});

    const std::vector<spec::PackageRecord> &records() const { return m_records; }
    /** One summary per name, sorted by name. */
    const std::vector<PackageSummary> &packages() const { return m_packages; }

    /** Position of @p name in packages(), or nullopt. */
    std::optional<std::size_t> findPackage(std::string_view name) const;
    /** The records of packages()[@p package], newest first. */
    std::span<const spec::PackageRecord> builds(std::size_t package) const;
    /** Index into records() of the first build of packages()[@p package]. */
    std::size_t firstRecord(std::size_t package) const { return m_offsets.at(package); }

    /** Records per channel name. */
    const std::map<std::string, std::size_t> &recordsPerChannel() const { return m_perChannel; }

    /** Whether @p spec accepts some build of packages()[@p package] (MatchSpec::matches, name included). */
    bool anyBuildMatches(std::size_t package, const spec::MatchSpec &spec) const;
    /** The builds of packages()[@p package] that @p spec accepts, newest first. */
    std::vector<spec::PackageRecord> matchingBuilds(std::size_t package, const spec::MatchSpec &spec) const;

    /**
     * "What requires this": every record with a dependency on @p record's name whose match spec
     * @p record actually satisfies (MatchSpec::matches), ordered like records(). Dependencies that
     * do not parse are left out. Thread-safe; parses each distinct dependency string once per call.
     */
    std::vector<ReverseDependency> reverseDependencies(const spec::PackageRecord &record) const;

    /** Every record with some dependency on the name @p name, whatever its constraint. */
    std::vector<ReverseDependency> dependentsOf(std::string_view name) const;

    /**
     * The package name a dependency string names: the text before the first blank or operator,
     * without a "channel::" prefix, in lower case ("numpy >=1.2" and "conda-forge::NumPy=1" give "numpy").
     */
    static std::string dependencyName(std::string_view dependency);

private:
    /** One dependency of one record: depends[dependency] of records()[record]. */
    struct Edge
    {
        std::uint32_t record = 0;
        std::uint32_t dependency = 0;
    };

    /** Lets m_byName be searched with a string_view. */
    struct NameHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view name) const { return std::hash<std::string_view>{}(name); }
    };

    void summarize(const std::vector<UnloadedName> &unloaded);
    void indexDependencies();

    std::vector<spec::PackageRecord> m_records;
    std::vector<PackageSummary> m_packages;
    std::vector<std::size_t> m_offsets;  ///< packages().size() + 1 bounds into m_records
    std::unordered_map<std::string, std::size_t, NameHash, std::equal_to<>> m_byName;
    std::map<std::string, std::size_t> m_perChannel;
    std::vector<std::size_t> m_edgeOffsets;  ///< per package: bounds into m_edges (CSR layout)
    std::vector<Edge> m_edges;               ///< dependencies grouped by the package they name
};

} // namespace core::channel
