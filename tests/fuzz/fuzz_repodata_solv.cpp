// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The `.solv` cache reader (loadSolvCache: libsolv's repo_add_solv plus the stamp check) on
// arbitrary bytes, read from an in-memory file; a cache that is accepted is read back. The seeds
// are `.solv` files fuzz_make_solv_seeds writes from the repodata_json corpus, stamped kSolvStamp.
#include "repodatafuzz.h"

#include "core/solve/solvcache.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace core::solve;
    static const int fd = [] {
        const int f = ::memfd_create("fuzz.solv", 0);
        if (f < 0)
            std::abort();
        return f;
    }();
    static const std::string path = "/proc/self/fd/" + std::to_string(fd);
    if (::ftruncate(fd, 0) != 0 || (size > 0 && ::pwrite(fd, data, size, 0) != ssize_t(size)))
        std::abort();

    Database db;
    Repo *repo = fuzz::addFuzzRepo(db, fuzz::fuzzSource());
    detail::SolvCacheInfo info;
    if (!detail::loadSolvCache(repo, path, fuzz::kSolvStamp, info))
        return 0;  // addRepodata frees the repo and reads the JSON instead
    db.d()->repos.back().baseUrl = info.baseUrl;
    fuzz::readBack(db);
    return 0;
}
