// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// MatchSpec::parse on arbitrary text; a spec that parses is also written back, turned into the form
// libsolv reads and matched against a record.
#include "core/spec/matchspec.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using core::spec::MatchSpec;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto spec = MatchSpec::parse(text);
    if (!spec)
        return 0;
    (void)spec->str();
    (void)spec->version();
    (void)spec->toCondaBuildForm();
    (void)spec->isCondaBuildFormExact();
    (void)spec->matchesName("numpy");
    core::spec::PackageRecord record;
    record.name = "numpy";
    record.version = "1.26.4";
    record.build = "py311h64a7726_0";
    record.buildNumber = 0;
    record.channel = "conda-forge";
    record.subdir = "linux-64";
    record.fn = "numpy-1.26.4-py311h64a7726_0.conda";
    (void)spec->matches(record);
    // What str() writes must read again.
    (void)MatchSpec::parse(spec->str());
    return 0;
}
