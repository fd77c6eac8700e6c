// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/spec/packagerecord.h"
#include "core/util/result.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace core::solve {

enum class PipAsPythonDependency : bool { No, Yes };

/** One repodata file to load: a subdir of a channel. */
struct RepodataSource
{
    std::string channel;    ///< canonical channel name or URL (token masked), used for `channel::` specs
    std::string channelUrl; ///< base URL of the channel for package URLs (may carry a token)
    std::string subdir;     ///< "linux-64", "noarch"; for bare index files, records without subdir get this
    std::string path;       ///< repodata.json, repodata.json.zst, or a bare {filename: record} index file
    int priority = 0;       ///< higher wins; all subdirs of a channel share one priority
};

struct LoadOptions
{
    /** Where to keep the `.solv` cache of this file; empty: next to the JSON; "-": no cache. */
    std::string solvCacheDir;
    PipAsPythonDependency pipAsPythonDependency = PipAsPythonDependency::No;
    /**
     * exclude-newer: records whose timestamp is after the cutoff (ms since the epoch) are left out;
     * records without a timestamp are kept. Keyed by channel (its name, URL, or the last part of its
     * URL path); "" holds the cutoff of every channel not named. A filtered load neither reads nor
     * writes the `.solv` cache, which holds the whole file.
     */
    std::map<std::string, std::int64_t> excludeNewerMs;
};

/** What loading one repodata file gave. */
struct LoadStats
{
    std::size_t records = 0;            ///< records now in the database from this file
    std::size_t skipped = 0;            ///< records that could not be read (see warnings)
    std::size_t replacedByConda = 0;    ///< .tar.bz2 records dropped because a .conda of the same build exists
    bool fromSolvCache = false;
    std::vector<std::string> warnings;  ///< "file: record fn: reason", the first 50
};

/**
 * All packages of a channel set, held in one libsolv pool in conda mode. Load once, solve many
 * times. Not thread-safe: one thread at a time (the solve worker) may use a Database.
 */
class Database final
{
public:
    Database();
    ~Database();
    Database(Database &&) noexcept;
    Database &operator=(Database &&) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /**
     * Loads one repodata file. Malformed JSON is an error naming file:line:column; a record that
     * cannot be read is skipped and counted with a warning. A fresh `.solv` cache is used instead
     * of the JSON when its stamp (size, mtime, channel URL, format version) matches.
     */
    [[nodiscard]] util::Result<LoadStats> addRepodata(const RepodataSource &source, const LoadOptions &options = {});

    /** Number of packages loaded (virtual packages excluded). */
    std::size_t packageCount() const;
    /** The channels loaded, highest priority first. */
    std::vector<std::string> channels() const;
    /** Every package name, sorted, once. */
    std::vector<std::string> packageNames() const;
    /** Every record (for browsing); virtual packages excluded. */
    std::vector<spec::PackageRecord> allRecords() const;
    /**
     * The records of @p records as the channel's repodata files hold them, read again from those
     * files: "subdir/fn" -> the record's JSON object, every field the channel wrote (the loader keeps
     * only what the solver uses), whitespace outside strings removed. What a mirror must copy: a
     * channel's patched record, not the archive's own index.json. A record whose file no longer
     * lists it is left out; an unreadable file is an error naming it.
     */
    [[nodiscard]] util::Result<std::map<std::string, std::string>> recordTexts(
        const std::vector<spec::PackageRecord> &records) const;
    /**
     * As recordTexts(), from the repodata_from_packages.json beside each local channel's repodata
     * (conda-forge publishes it: the records as the packages were built, before any repodata
     * patch). Channels without one, remote channels among them, give no record.
     */
    [[nodiscard]] util::Result<std::map<std::string, std::string>> builtRecordTexts(
        const std::vector<spec::PackageRecord> &records) const;

    struct Private;
    Private *d() { return m_d.get(); }
    const Private *d() const { return m_d.get(); }

private:
    std::unique_ptr<Private> m_d;
};

} // namespace core::solve
