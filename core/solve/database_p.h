// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// Private to core/solve: the Database's libsolv state, shared by the loader and the solver.
#include "core/solve/database.h"
#include "core/solve/libsolv/wrappers.h"

#include <map>
#include <string>
#include <vector>

namespace core::solve {

/** What the pool knows of each repo besides libsolv's own data (repo->appdata indexes this). */
struct RepoInfo
{
    std::string channel;
    std::string channelUrl;
    std::string subdir;
    std::string baseUrl;  ///< info.base_url when the repodata has one
    int priority = 0;
    std::string path; ///< the repodata file it was loaded from (records are read from it again for a sync)
};

struct Database::Private
{
    Private();

    libsolv::PoolPtr pool;
    std::vector<RepoInfo> repos;          ///< index = (intptr_t)repo->appdata
    Repo *virtualRepo = nullptr;            ///< virtual packages live here
    std::string virtualKey;             ///< the virtual package set now in `virtualRepo`
    bool whatprovidesDirty = true;
    Id noarchKey = 0;                     ///< custom key: the record's noarch kind

    /** Makes sure the pool's provides index is current (after loads or virtual package changes). */
    void ensureWhatProvides();
    const RepoInfo &info(const Repo *repo) const;
    /** A full PackageRecord for solvable @p id. */
    spec::PackageRecord record(Id id) const;
    /** Only what identifies solvable @p id: name, version, build, channel, subdir, fn. */
    spec::PackageRecord summary(Id id) const;
    /** Whether @p id belongs to a channel repo (not the virtual packages). */
    bool isChannelPackage(Id id) const;
    /** Every channel package name, sorted, once. */
    static std::vector<std::string> packageNamesOf(const Private &d);
};

} // namespace core::solve
