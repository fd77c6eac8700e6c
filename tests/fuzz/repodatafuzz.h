// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// Shared by the repodata fuzz targets and the `.solv` seed writer: a repo inside a Database, set up
// as Database::addRepodata sets it up, so the Database's readers (allRecords ...) see it.
#include "core/solve/database.h"
#include "core/solve/database_p.h"

#include <cstdint>

namespace fuzz {

/** The stamp the `.solv` seeds carry and the `.solv` target asks for. */
inline constexpr const char *kSolvStamp = "deploydeck-fuzz-stamp";

inline core::solve::RepodataSource fuzzSource()
{
    return {"conda-forge", "https://conda.anaconda.org/conda-forge", "linux-64", "fuzz/repodata.json", 0};
}

/** A new repo of @p db for @p source, registered in its repo table (as addRepodata's makeRepo). */
inline Repo *addFuzzRepo(core::solve::Database &db, const core::solve::RepodataSource &source)
{
    auto *d = db.d();
    const auto index = d->repos.size();
    d->repos.push_back(core::solve::RepoInfo{source.channel, source.channelUrl, source.subdir, {}, source.priority});
    Repo *repo = repo_create(d->pool.get(), (source.channel + '/' + source.subdir).c_str());
    repo->appdata = reinterpret_cast<void *>(std::intptr_t(index));
    repo->priority = source.priority;
    repo->subpriority = 1;
    d->whatprovidesDirty = true;
    return repo;
}

/** Reads everything back the way the Channels page and the solver's results do. */
inline void readBack(core::solve::Database &db)
{
    (void)db.packageCount();
    (void)db.packageNames();
    (void)db.allRecords();
    db.d()->ensureWhatProvides();
}

} // namespace fuzz
