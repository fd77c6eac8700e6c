// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// parseExplicit (@EXPLICIT lock files) on arbitrary text; a lock that reads is written in both
// formats.
#include "core/lock/lockfile.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace core::lock;
    const std::string text(reinterpret_cast<const char *>(data), size);
    (void)detectLockFormat(text);
    auto lock = parseExplicit(text, "fuzz/explicit.txt");
    if (!lock)
        return 0;
    (void)writeExplicit(*lock);
    (void)writeCondaLock(*lock);
    return 0;
}
