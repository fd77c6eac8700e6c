// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// parseSpecList (one solve per line, MAX IV format) on arbitrary text; what was read is written
// back with formatSpecList and read again.
#include "core/envfile/speclist.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    const core::envfile::SpecList list = core::envfile::parseSpecList(text, "fuzz/specs.txt");
    const std::string written = core::envfile::formatSpecList(list);
    (void)core::envfile::parseSpecList(written);
    return 0;
}
