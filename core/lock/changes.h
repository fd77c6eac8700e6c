// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/lock/lockfile.h"
#include "core/spec/packagerecord.h"

#include <cstddef>
#include <string>
#include <vector>

namespace core::lock {

/** What happens to a package between two package sets. */
enum class ChangeKind {
    Installed,   ///< only in the new set
    Removed,     ///< only in the old set
    Upgraded,    ///< newer version (conda's version order)
    Downgraded,  ///< older version
    Rebuilt,     ///< same version, other build
};

/** Stable identifier ("installed", "upgraded", ...) for JSON and logs. */
const char *changeKindName(ChangeKind kind);

/** One changed package. Old fields are empty for Installed, new fields for Removed. */
struct PackageChange
{
    std::string name;
    ChangeKind kind = ChangeKind::Installed;
    std::string oldVersion;
    std::string oldBuild;
    std::string newVersion;
    std::string newBuild;
    bool operator==(const PackageChange &) const = default;
};

struct ChangeCounts
{
    std::size_t installed = 0;
    std::size_t removed = 0;
    std::size_t upgraded = 0;
    std::size_t downgraded = 0;
    std::size_t rebuilt = 0;
    std::size_t unchanged = 0;  ///< same name, version and build in both sets

    /** Number of changes (unchanged not counted). */
    std::size_t total() const { return installed + removed + upgraded + downgraded + rebuilt; }
    bool operator==(const ChangeCounts &) const = default;
};

/** The changes between two package sets, sorted by name, with counts. */
struct ChangeSet
{
    std::vector<PackageChange> changes;
    ChangeCounts counts;

    bool isEmpty() const { return changes.empty(); }
    bool operator==(const ChangeSet &) const = default;
};

/** The identity compared: a package name, version and build. */
struct PackageVersion
{
    std::string name;
    std::string version;
    std::string build;
    bool operator==(const PackageVersion &) const = default;
};

/**
 * Compares @p before with @p after, package by name (one platform's packages each; when a name
 * appears twice the last one counts). Versions compare with core::spec::Version; text that is
 * not a valid version compares as plain text. Equal versions with different builds are Rebuilt.
 */
ChangeSet comparePackages(const std::vector<PackageVersion> &before, const std::vector<PackageVersion> &after);

/** comparePackages() for solver records (previous solve vs current solve). */
ChangeSet compareRecords(const std::vector<spec::PackageRecord> &before, const std::vector<spec::PackageRecord> &after);

/** comparePackages() for a lock file's packages (one platform, see LockFile::packagesFor) vs a solve. */
ChangeSet compareLockedToRecords(const std::vector<LockedPackage> &locked, const std::vector<spec::PackageRecord> &solved);

/** comparePackages() for two lock files' packages of one platform. */
ChangeSet compareLocked(const std::vector<LockedPackage> &before, const std::vector<LockedPackage> &after);

} // namespace core::lock
