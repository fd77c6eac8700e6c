// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

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

/** Loads @p sources into @p database; the first error stops. Returns the summed stats. */
[[nodiscard]] util::Result<LoadStats> loadSources(Database &database, const std::vector<RepodataSource> &sources,
                                                  const LoadOptions &options);

} // namespace core::solve
