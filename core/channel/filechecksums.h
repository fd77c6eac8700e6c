// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QString>

namespace core::channel {

/** A file's size, md5 and sha256 (lower-case hex; md5 empty when it was not asked for). */
struct FileChecksums
{
    qint64 size = 0;
    QByteArray md5;
    QByteArray sha256;

    bool operator==(const FileChecksums &) const = default;
};

/** Which digests fileChecksums() computes. */
enum class Digests { Md5AndSha256, Sha256Only };

/**
 * Reads @p path once for its sha256 (and md5). OpenSSL does the hashing: Qt 6.4's own SHA-256 is
 * some 20 times slower, and a sync or an index hashes every byte of every package.
 * FileUnreadable names the path.
 */
[[nodiscard]] util::Result<FileChecksums> fileChecksums(const QString &path, Digests digests = Digests::Md5AndSha256);

} // namespace core::channel
