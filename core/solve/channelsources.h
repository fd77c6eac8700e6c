// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/channel/repodatafetcher.h"
#include "core/solve/database.h"
#include "core/util/result.h"

#include <string>
#include <vector>

namespace core::solve {

/**
 * The repodata files of local channels (file:// URLs or folders) for @p platform and noarch,
 * highest priority first: channel i of n gets priority n - i. A subdir without repodata is left
 * out (conda treats it as empty); a channel folder that does not exist is an error.
 */
[[nodiscard]] util::Result<std::vector<RepodataSource>> localRepodataSources(const std::vector<std::string> &channels,
                                                                             const std::string &platform);

/** Whether @p channel names a local channel (file:// URL or an absolute or ./relative path). */
bool isLocalChannel(const std::string &channel);

/**
 * The repodata files a fetch produced, as sources for the database: channel i of n (in the order
 * the fetch requests named them) gets priority n - i. Records keep the channel's URL with its
 * token so that package URLs work; names shown to people are masked. A subdir that failed with
 * no cached copy is an error naming its (masked) URL; one that failed but kept an older copy is
 * used, with a warning in @p warnings that says when that copy was fetched.
 */
[[nodiscard]] util::Result<std::vector<RepodataSource>>
sourcesFromFetch(const std::vector<channel::SubdirResult> &results, std::vector<std::string> &warnings);

/** Loads @p sources into @p database; the first error stops. Returns the summed stats. */
[[nodiscard]] util::Result<LoadStats> loadSources(Database &database, const std::vector<RepodataSource> &sources,
                                                  const LoadOptions &options);

} // namespace core::solve
