// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/spec/packagerecord.h"
#include "core/util/result.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace core::lock {

/** A package pinned by a lock file: one exact file for one platform. */
struct LockedPackage
{
    std::string name;
    std::string version;
    std::string build;
    std::string platform;   ///< the platform the lock is for ("linux-64"), also for noarch packages
    std::string subdir;     ///< the package's own subdir ("noarch", "linux-64"), from the URL when read
    std::string fn;         ///< file name, e.g. "numpy-1.26.4-py39h1234_0.conda"
    std::string url;
    std::string md5;
    std::string sha256;
    std::map<std::string, std::string> dependencies;  ///< name -> constraint ("*" when none), conda-lock style
    std::string manager = "conda";
    std::string category = "main";
    bool optional = false;
    int line = 0;           ///< 1-based line where it was read, 0 when built in memory

    /** "name-version-build" */
    std::string dist() const { return name + '-' + version + '-' + build; }
    bool operator==(const LockedPackage &) const = default;
};

/** Which lock-file format. */
enum class LockFormat { Explicit, CondaLock };

/**
 * A lock file in memory, for one or several platforms. @EXPLICIT files hold one platform;
 * conda-lock.yml files any number. Packages are kept in file order (for @EXPLICIT: install order).
 */
struct LockFile
{
    std::vector<std::string> platforms;
    std::vector<std::string> channels;               ///< channel names or URLs (tokens removed)
    std::map<std::string, std::string> contentHash;  ///< platform -> hash of the inputs (conda-lock)
    std::vector<std::string> sources;                ///< input files, e.g. "environment.yml"
    std::vector<std::string> comments;               ///< @EXPLICIT header comment lines, without "# "
    std::vector<LockedPackage> packages;

    /** The packages of @p platform, in order. */
    std::vector<LockedPackage> packagesFor(const std::string &platform) const;
    bool operator==(const LockFile &) const = default;
};

/**
 * A LockedPackage for @p record solved for @p platform: url, hashes, fn, subdir, and the record's
 * depends as the conda-lock dependency map ("libgcc-ng >=12" gives libgcc-ng -> ">=12").
 */
LockedPackage lockedPackage(const spec::PackageRecord &record, const std::string &platform);

/** lockedPackage() for each record, keeping the order (install order for a Solution). */
std::vector<LockedPackage> lockedPackages(const std::vector<spec::PackageRecord> &records, const std::string &platform);

/**
 * A lock file of @p sourceFile (an environment file: its file name is recorded) over @p channels
 * (names as written) for @p platforms, with the header `deploydeck lock` writes: one way to lock,
 * for the command line and the Environments page alike. Add each platform's solution with
 * addLockedPlatform(), then maskLockSecrets().
 */
LockFile newLockFile(const std::string &sourceFile, std::vector<std::string> channels,
    std::vector<std::string> platforms, LockFormat format);

/**
 * Appends @p records (a solution, in install order) for @p platform and that platform's content
 * hash of @p specs, the lock's channels and @p virtualPackages ("name=version=build").
 */
void addLockedPlatform(LockFile &lock, const std::string &platform, const std::vector<spec::PackageRecord> &records,
    const std::vector<std::string> &specs, const std::vector<std::string> &virtualPackages);

/**
 * Channel tokens and passwords in the lock's URLs become <TOKEN> and <PASSWORD>: a lock file is
 * shared and committed (conda list --explicit drops them too).
 */
void maskLockSecrets(LockFile &lock);

/**
 * The conda-lock content hash for one platform: sha256 (hex) of the sorted specs, the channels in
 * order, the platform and the virtual packages, so the same inputs give the same hash.
 */
std::string contentHash(const std::vector<std::string> &specs, const std::vector<std::string> &channels,
                        const std::string &platform, const std::vector<std::string> &virtualPackages = {});

// --- @EXPLICIT (CEP 23) ------------------------------------------------------------------------

/** Which hash goes after the URL of an @EXPLICIT line. */
enum class ExplicitHash { Sha256, Md5 };

/**
 * An @EXPLICIT file for the packages of one platform (lock.platforms.front(), or all packages when
 * there is no platform): "# This file may be used to create an environment ..." style header
 * comments (lock.comments), "# platform: P", "@EXPLICIT", then one URL per line in order, each with
 * "#sha256:<hex>" (or "#md5:<hex>"; falls back to the other hash when the preferred one is
 * missing, and to a bare URL when both are).
 */
std::string writeExplicit(const LockFile &lock, ExplicitHash hash = ExplicitHash::Sha256);

/**
 * Parses an @EXPLICIT file. Comments before @EXPLICIT become LockFile::comments ("# platform: P"
 * sets the platform); each later non-empty, non-comment line must be a package URL ending in
 * .conda or .tar.bz2, optionally followed by "#<md5>", "#md5:<hex>" or "#sha256:<hex>".
 * Name, version and build come from the file name, subdir from the URL. Errors (ParseError,
 * InvalidValue) carry "path:line:column".
 */
[[nodiscard]] util::Result<LockFile> parseExplicit(const std::string &text, const std::string &path = {});

// --- conda-lock.yml v1 (CEP 37) ----------------------------------------------------------------

/**
 * A conda-lock.yml v1 document: version 1, metadata (content_hash per platform, channels as
 * {url, used_env_vars: []}, platforms, sources) and the package list (name, version, manager,
 * platform, dependencies, url, hash {md5, sha256}, category, optional), platforms in
 * lock.platforms order, packages in order within each platform.
 */
std::string writeCondaLock(const LockFile &lock);

/**
 * Parses a conda-lock.yml v1 document. Only `manager: conda` packages are kept (pip entries are
 * skipped); version must be 1. Errors carry "path:line:column".
 */
[[nodiscard]] util::Result<LockFile> parseCondaLock(const std::string &text, const std::string &path = {});

// --- files -------------------------------------------------------------------------------------

/** The format of lock-file text: @EXPLICIT when a line is "@EXPLICIT", else conda-lock. */
LockFormat detectLockFormat(const std::string &text);

/**
 * Whether @p text is a lock file rather than an environment file: it has an "@EXPLICIT" line, or
 * the top-level keys of a conda-lock.yml ("metadata:" and "package:").
 */
bool looksLikeLockFile(const std::string &text);

/** Reads a lock file of either format (detected from the content). */
[[nodiscard]] util::Result<LockFile> readLockFile(const std::string &path);

/** The text of @p lock in @p format. */
std::string formatLockFile(const LockFile &lock, LockFormat format);

/** Writes @p lock to @p path in @p format atomically. */
[[nodiscard]] util::Result<void> writeLockFile(const std::string &path, const LockFile &lock, LockFormat format);

/** Splits a package file name "numpy-1.26.4-py39_0.conda" into name, version and build; false if it cannot. */
bool splitPackageFileName(const std::string &fn, std::string &name, std::string &version, std::string &build);

/** What a package URL says about its file: ".../<subdir>/<name>-<version>-<build>.conda". */
struct PackageFileRef
{
    std::string fn;      ///< percent-decoded file name
    std::string subdir;  ///< the folder above the file ("" when the URL has none)
    std::string name;
    std::string version;
    std::string build;
    bool operator==(const PackageFileRef &) const = default;
};

/** The file a package URL points to; nullopt when it does not end in a package file name. */
std::optional<PackageFileRef> packageFileOf(const std::string &url);

} // namespace core::lock
