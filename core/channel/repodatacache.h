// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>

namespace core::channel {

/**
 * What the cache knows about one subdir's repodata: the state file ("<key>.state.json") next to
 * the decompressed JSON ("<key>.json"). The URL is stored masked, never with a token.
 */
struct CacheState
{
    std::string url;           ///< masked URL of the file last downloaded (".json.zst" or ".json")
    std::string etag;
    std::string lastModified;  ///< the server's Last-Modified header, verbatim
    std::string cacheControl;  ///< the server's Cache-Control header, verbatim
    std::int64_t size = 0;     ///< bytes of the decompressed JSON on disk
    std::int64_t mtimeNs = 0;  ///< modification time of that JSON when it was written
    std::int64_t fetchedAt = 0;  ///< seconds since the epoch of the last 200 or 304 answer
    std::int64_t records = -1;   ///< records in packages + packages.conda, -1 when unknown
    std::optional<bool> hasZst;  ///< whether the server offers repodata.json.zst, when known
    std::int64_t hasZstCheckedAt = 0;  ///< seconds since the epoch
    /**
     * File name (in the cache folder) of the JSON this state describes: "<key>.<generation>.json",
     * new for every download; empty in states written before generations ("<key>.json").
     */
    std::string jsonFile;

    /** Cache-Control max-age in seconds; nullopt without one, 0 for no-cache / no-store. */
    std::optional<std::int64_t> maxAge() const;
    /** Whether max-age says the copy may be used without asking the server at @p now (seconds). */
    bool isFresh(std::int64_t now) const;
    /** Seconds since fetchedAt at @p now. */
    std::int64_t age(std::int64_t now) const { return now - fetchedAt; }

    bool operator==(const CacheState &) const = default;
};

/**
 * The repodata cache folder. Files are named by a hash of the subdir's token-less URL
 * (Channel::cacheKeyUrl), so a channel's cache survives a token change.
 *
 * A refresh never touches the copy in use: each download is written under a name of its own
 * ("<key>.<generation>.json"), and the state file, which names it, is then renamed into place. That
 * rename is the one commit point, so a kill at any moment leaves either the old state with its old
 * JSON (and `.solv` next to it) or the new state with the new JSON. Only after the commit are the
 * previous generation's files removed; files a killed refresh left behind are removed by a later
 * one. Thread-safe: it holds only the folder name.
 */
class RepodataCache final
{
public:
    /** @p directory empty: defaultDirectory(). */
    explicit RepodataCache(QString directory = {});

    /** GenericCacheLocation + "/deploydeck/repodata" (~/.cache/deploydeck/repodata). */
    static QString defaultDirectory();

    const QString &directory() const { return m_dir; }
    /** The JSON the current state names (the pre-generation name when there is no state). */
    QString jsonPath(const std::string &keyUrl) const;
    /** The JSON @p state describes. */
    QString jsonPath(const std::string &keyUrl, const CacheState &state) const;
    QString statePath(const std::string &keyUrl) const;

    /** The state, only when the JSON it describes is on disk unchanged (same size and mtime). */
    std::optional<CacheState> load(const std::string &keyUrl) const;
    /** The state file alone (for hasZst and the like), even when the JSON is gone. */
    std::optional<CacheState> loadStateOnly(const std::string &keyUrl) const;

    /**
     * Writes @p json under a new generation name, then commits the state that names it (size, mtime
     * and jsonFile filled in here), then removes the previous generation; returns the stored state.
     * On failure the previous copy is untouched and still the current one.
     */
    [[nodiscard]] util::Result<CacheState> store(const std::string &keyUrl, const QByteArray &json, CacheState state) const;
    /** Rewrites the state only (after a 304); the JSON must be the one @p state describes. */
    [[nodiscard]] util::Result<void> storeState(const std::string &keyUrl, const CacheState &state) const;

private:
    void removeSuperseded(const std::string &keyUrl, const std::optional<CacheState> &previous,
                          const CacheState &current) const;

    QString m_dir;
};

} // namespace core::channel
