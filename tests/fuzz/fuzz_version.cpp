// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// Version::parse and VersionSpec::parse on arbitrary text. The first line is a version, the rest
// (when there is a newline) a version spec; a version that parses is compared with the spec and
// with a few fixed versions.
#include "core/spec/version.h"
#include "core/spec/versionspec.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using core::spec::Version;
    using core::spec::VersionSpec;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const auto newline = text.find('\n');
    const std::string_view versionText = text.substr(0, newline);
    const std::string_view specText = newline == std::string_view::npos ? text : text.substr(newline + 1);

    auto version = Version::parse(versionText);
    auto spec = VersionSpec::parse(specText);
    auto prefixSpec = VersionSpec::parse(specText, VersionSpec::BareVersion::Prefix);
    if (spec)
        (void)spec->str();
    if (!version)
        return 0;
    (void)version->normalized();
    (void)version->componentsRepr();
    (void)version->hasLocal();
    static const Version fixed[] = {*Version::parse("0"), *Version::parse("1.2.3"), *Version::parse("1!2.0rc1.post3+local.7"),
                                    *Version::parse("2023.10.dev0")};
    for (const Version &other : fixed) {
        (void)version->compare(other);
        (void)other.compare(*version);
        (void)version->startsWith(other);
        (void)other.startsWith(*version);
    }
    (void)version->compare(*version);
    if (spec)
        (void)spec->matches(*version);
    if (prefixSpec)
        (void)prefixSpec->matches(*version);
    return 0;
}
