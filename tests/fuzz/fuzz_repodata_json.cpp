// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The repodata JSON loader (repodata.json or a bare {fn: record} index, straight into a libsolv
// repo) on arbitrary bytes, in a fresh conda-mode pool each time; what loads is read back.
#include "repodatafuzz.h"

#include "core/solve/repodataloader.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace core::solve;
    const std::string_view json(reinterpret_cast<const char *>(data), size);
    Database db;
    const RepodataSource source = fuzz::fuzzSource();
    Repo *repo = fuzz::addFuzzRepo(db, source);
    // The last byte picks the pip option, so both paths are fuzzed without a separate target.
    const auto pip = size > 0 && (data[size - 1] & 1) ? PipAsPythonDependency::Yes : PipAsPythonDependency::No;
    LoadStats stats;
    auto loaded = detail::loadRepodataJson(repo, db.d()->noarchKey, json, source, pip, db.d()->repos.back().baseUrl, stats);
    if (!loaded)
        return 0;  // addRepodata frees the repo; the pool goes with db
    fuzz::readBack(db);
    return 0;
}
