// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/util/result.h"

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace core::rpm {

/** One binary RPM of a repository's primary metadata. */
struct RpmPackage
{
    std::string name;
    std::string evr; ///< "[epoch:]version-release" as libsolv writes it
    std::string arch;
    std::string repository;
    bool operator==(const RpmPackage &) const = default;
};

enum class RpmPinStatus {
    Available, ///< the pin resolves to a package of the repositories
    NoMatch, ///< the package exists, but not in the pinned version
    Missing, ///< no package of that name in any repository
};

/** Stable identifier ("available", "no-match", "missing") for JSON and logs. */
const char *rpmPinStatusName(RpmPinStatus status);

/** What the repositories say about one RPM pin. */
struct RpmPinCheck
{
    std::string name;
    std::string pin; ///< "default", "latest", "1.2.3-1.el7", "1.2.3"
    RpmPinStatus status = RpmPinStatus::Missing;
    std::string resolved; ///< the version-release the pin installs today ("" when none)
    std::string newest; ///< the newest version-release of the package ("" when none)
    std::vector<std::string> repositories; ///< where the resolved package is
    bool operator==(const RpmPinCheck &) const = default;
};

/**
 * yum/dnf repositories (repodata/repomd.xml and the primary metadata it names, plain or
 * compressed), read with libsolv's rpm-md support into a pool of their own in RPM mode, so
 * versions compare as rpm compares them. Source packages are left out. Not thread-safe: use one
 * from one thread at a time; it downloads nothing (see fetchRpmRepository()).
 */
class RpmRepositories final
{
public:
    RpmRepositories();
    ~RpmRepositories();
    RpmRepositories(RpmRepositories &&) noexcept;
    RpmRepositories &operator=(RpmRepositories &&) noexcept;

    /**
     * Reads the repository in the folder (or file:// URL) @p location, whose repodata/ holds
     * repomd.xml. Returns the number of packages read. Errors: FileNotFound (no repomd.xml, or the
     * primary file it names), ParseError (malformed repomd.xml with line:column, or primary
     * metadata libsolv cannot read), UnsupportedFormat (repomd.xml names no primary metadata).
     */
    [[nodiscard]] util::Result<std::size_t> addRepository(const std::string &name, const std::string &location);

    std::size_t packageCount() const;
    /** Every package named @p name, newest first (RPM version order, then repository order). */
    std::vector<RpmPackage> packages(const std::string &name) const;

    /**
     * Resolves @p pin for package @p name as the RPM role would: `latest` and `default` to the
     * newest version there is (latest also upgrades; default installs it when the package is
     * missing), an explicit `version-release` or `version` (optionally with `epoch:`) to the
     * newest package it matches.
     */
    RpmPinCheck check(const std::string &name, const std::string &pin) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/**
 * Downloads repodata/repomd.xml and the primary metadata of the http(s) repository @p url into
 * @p cacheDir (a folder per repository) and returns that folder, ready for addRepository(). A local
 * folder or file:// URL is returned as it is. Waits in a local event loop: call it from a worker
 * thread or a command-line tool, never from the GUI thread. Errors: NetworkError/HttpError/Timeout
 * naming the URL (tokens masked), FileWriteFailed.
 */
[[nodiscard]] util::Result<std::string> fetchRpmRepository(const std::string &url, const std::string &cacheDir);

/** A repository to load: its name and its URL or folder. */
struct RpmRepositorySource
{
    std::string name;
    std::string url;
};

/**
 * Fetches (when remote) and reads every repository of @p sources, in order, into one set. A
 * repository that cannot be fetched or read is left out with its error message in @p errors; the
 * others load. Same threading rule as fetchRpmRepository().
 */
RpmRepositories loadRpmRepositories(
    const std::vector<RpmRepositorySource> &sources, const std::string &cacheDir, std::vector<std::string> &errors);

} // namespace core::rpm
