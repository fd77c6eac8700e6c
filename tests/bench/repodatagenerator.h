// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace bench {

/** Shape of a generated conda-forge-sized channel. */
struct GeneratorOptions
{
    std::uint64_t seed = 20261124;
    int names = 25000;            ///< distinct package names
};

/** What was written, and specs that exercise it. */
struct GeneratedChannel
{
    std::string root;                  ///< channel folder with linux-64/ and noarch/
    std::size_t records = 0;
    std::uint64_t bytes = 0;
    std::vector<std::string> sardanaLike;   ///< an environment of ~50-100 packages
    std::vector<std::string> unsolvable;    ///< a request with no solution
};

/**
 * Writes a deterministic conda-forge-like channel under @p root: layered names (base C
 * libraries, libraries, python packages with python/numpy build matrices, noarch packages),
 * realistic version histories, `constrains`, a few `track_features`, and both archive formats
 * (older builds as .tar.bz2 and .conda, newer only .conda). Same seed, same bytes.
 * Skips the work when @p root already holds the data of the same options (a stamp file).
 */
GeneratedChannel generateChannel(const std::string &root, const GeneratorOptions &options = {});

} // namespace bench
