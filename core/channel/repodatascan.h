// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/util/result.h"

#include <QByteArray>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace core::channel {

/** What a validating pass over a repodata.json learns without building a document. */
struct RepodataSummary
{
    std::int64_t records = 0;  ///< members of "packages" plus "packages.conda"
    std::string subdir;        ///< "info.subdir", empty when absent

    bool operator==(const RepodataSummary &) const = default;
};

/**
 * Checks that @p data is one complete JSON object (full RFC 8259 grammar, nesting up to 512) and
 * counts its records, at memory bandwidth and without allocating a DOM, so a 400 MB download is
 * validated before it replaces a cached copy. A truncated or malformed body is a ParseError whose
 * detail gives the line, column and byte offset and what was expected; the caller sets the location.
 */
[[nodiscard]] util::Result<RepodataSummary> scanRepodata(const QByteArray &data);

/** One record of a repodata.json as it is written there: spans into the scanned buffer. */
struct RawRecord
{
    std::string_view fileName;  ///< the key as written (JSON escapes not decoded)
    std::string_view json;      ///< the record object's text
    bool conda = false;         ///< from "packages.conda" rather than "packages"
};

/**
 * Validates like scanRepodata() and returns the text of every record, so that a record can be
 * copied into a new repodata.json without parsing it into a document (the local indexer's
 * re-index). The views point into @p data, which must outlive them.
 */
[[nodiscard]] util::Result<std::vector<RawRecord>> rawRecords(const QByteArray &data);

} // namespace core::channel
