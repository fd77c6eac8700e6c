// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/spec/packagerecord.h"
#include "core/spec/versionspec.h"
#include "core/util/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace core::spec {

/**
 * A conda match spec (CEP 29): `[channel[/subdir]::]name[ version[ build]][[key=value, ...]]`.
 *
 * Accepted forms include `numpy`, `numpy=1.2` (1.2.*), `numpy==1.2`, `numpy 1.2` (exactly 1.2),
 * `numpy 1.2*`, `numpy >=1.2,<2|==3.1`, `numpy 1.2 py39_0`, `numpy=1.2=*_1`, `numpy >= 1.6`,
 * `conda-forge::numpy`, `conda-forge/linux-64::numpy`, `*`, bracket keys `version`, `build`,
 * `build_number` (`3`, `>=3`, ...), `channel`, `subdir`, `md5`, `sha256`, `license`,
 * `track_features`, `fn`, `url` with values bare or quoted ('' or ""), a trailing `# comment`, and a
 * package URL or file name (`.../linux-64/numpy-1.2-py39_0.conda`). Bracket values override the
 * same part given before the brackets, as in conda. Not supported (a clear error): regular
 * expressions (`^...$`), namespaces (`ns:name`), and newer proposals such as `[when="..."]` and
 * extras (`ray[default]`).
 *
 * Plain value type, safe to copy between threads.
 */
class MatchSpec final
{
public:
    /** A build number constraint: `3`, `==3`, `!=3`, `<3`, `<=3`, `>3`, `>=3`. */
    struct BuildNumberConstraint
    {
        enum class Op : std::uint8_t { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual };
        Op op = Op::Equal;
        std::uint64_t value = 0;

        bool matches(std::uint64_t buildNumber) const;
        /** "3", ">=3", ... */
        std::string str() const;
        bool operator==(const BuildNumberConstraint &) const = default;
    };

    MatchSpec() = default;

    /**
     * Parses @p text. Fails with ErrorCode::InvalidMatchSpec, a reason in Error::detail and
     * "column N" (1-based, in @p text) in Error::location.
     */
    [[nodiscard]] static util::Result<MatchSpec> parse(std::string_view text);

    /** The package name in lower case, possibly a glob; "*" matches every name. */
    const std::string &name() const { return m_name; }
    /** The version constraint; matches everything when none was given. */
    const VersionSpec &versionSpec() const { return m_version; }
    bool hasVersion() const { return m_hasVersion; }
    /** The normalised version constraint text ("" when none), e.g. ">=1.6,<2" or "1.5.*". */
    std::string version() const { return m_hasVersion ? m_version.str() : std::string(); }
    /** The build string glob ("" when none or "*"), e.g. "py39_0" or "*_cp39". */
    const std::string &build() const { return m_build; }
    const std::optional<BuildNumberConstraint> &buildNumber() const { return m_buildNumber; }
    /** Channel name or URL as written, without a subdir ("" when none). */
    const std::string &channel() const { return m_channel; }
    const std::string &subdir() const { return m_subdir; }
    const std::string &md5() const { return m_md5; }
    const std::string &sha256() const { return m_sha256; }
    const std::string &license() const { return m_license; }
    /** Sorted, without duplicates; a record matches when its track_features are exactly these. */
    const std::vector<std::string> &trackFeatures() const { return m_trackFeatures; }
    const std::string &fn() const { return m_fn; }
    const std::string &url() const { return m_url; }

    /** Whether the name matches @p name (case-insensitively; globs allowed). */
    bool matchesName(std::string_view name) const;

    /**
     * Whether @p record satisfies every part of this spec: name, version, build, build number,
     * channel, subdir, md5, sha256, license, track_features, fn and url. A record whose version does
     * not parse matches only specs without a version constraint.
     *
     * Channels compare by text: equal, or one a URL ending in "/" + the other (`conda-forge` matches
     * `https://conda.anaconda.org/conda-forge`). Resolving custom channels and aliases is core/channel's job.
     */
    bool matches(const PackageRecord &record) const;

    /**
     * The "name version build" form libsolv's pool_conda_matchspec() reads (it rejects brackets):
     * `numpy[version='>=1.6',build=*py27*]` gives `numpy >=1.6 *py27*`, `numpy=1.5` gives
     * `numpy 1.5.*`, a build without version gives `name * build`. Channel, subdir and the other
     * bracket keys cannot be said in it; see isCondaBuildFormExact().
     */
    std::string toCondaBuildForm() const;

    /**
     * Whether toCondaBuildForm() selects exactly what matches() accepts. When false, it selects a
     * superset and the caller must filter with matches() (channel, subdir, build_number, hashes ...).
     */
    bool isCondaBuildFormExact() const;

    /** Normalised text in conda's style, e.g. `conda-forge::numpy[version='>=1.6,<2',build=*py27*]`. */
    std::string str() const;

    bool operator==(const MatchSpec &other) const { return str() == other.str(); }

private:
    friend class MatchSpecParser;

    std::string m_name = "*";
    VersionSpec m_version;
    bool m_hasVersion = false;
    std::string m_build;
    std::optional<BuildNumberConstraint> m_buildNumber;
    std::string m_channel;
    std::string m_subdir;
    std::string m_md5;
    std::string m_sha256;
    std::string m_license;
    std::vector<std::string> m_trackFeatures;
    std::string m_fn;
    std::string m_url;
};

} // namespace core::spec
