// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// parseEnvironmentFile (environment.yml, read with yaml-cpp) on arbitrary text.
#include "core/envfile/environmentfile.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    auto env = core::envfile::parseEnvironmentFile(text, "fuzz/environment.yml");
    if (env)
        (void)(*env == *env);
    return 0;
}
