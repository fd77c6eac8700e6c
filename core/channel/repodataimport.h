// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/channel/repodatacache.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QString>

#include <string>

namespace core::channel {

/**
 * Turns a downloaded body into the cached JSON: decompresses it when it is zstd, checks that it is
 * a complete JSON object (scanRepodata), and only then stores it with @p state (records filled in).
 * On any error the previous cache files are untouched; the error's location is @p maskedUrl.
 * Thread-safe (pure function over its arguments); meant for a worker thread.
 */
[[nodiscard]] util::Result<CacheState> importDownload(const RepodataCache &cache, const std::string &keyUrl,
                                                      const QByteArray &body, CacheState state,
                                                      const std::string &maskedUrl);

/** A local channel's repodata, read in place (or decompressed into the cache when only .zst exists). */
struct LocalRepodata
{
    std::string jsonPath;
    CacheState state;  ///< url, size, mtimeNs, records

    bool operator==(const LocalRepodata &) const = default;
};

/**
 * Reads "<subdirPath>/repodata.json" of a file:// channel in place, validating it; when only
 * repodata.json.zst is there, it is decompressed into @p cache under @p keyUrl. FileNotFound
 * when neither exists, ParseError for bad JSON, both naming the file. Without @p scan a plain
 * repodata.json is not read at all (its record count stays -1); the loader validates it.
 */
[[nodiscard]] util::Result<LocalRepodata> readLocalRepodata(
    const QString &subdirPath, const RepodataCache &cache, const std::string &keyUrl, bool scan = true);

} // namespace core::channel
