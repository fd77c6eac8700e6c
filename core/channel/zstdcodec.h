// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/util/result.h"

#include <QByteArray>

namespace core::channel {

/** Whether @p data starts with the zstd frame magic number. */
bool isZstdFrame(const QByteArray &data);

/**
 * Decompresses one or more zstd frames (the content size need not be in the header).
 * ParseError for corrupt or truncated input; LimitExceeded beyond @p maxOutput bytes.
 */
[[nodiscard]] util::Result<QByteArray> zstdDecompress(const QByteArray &data, qint64 maxOutput = qint64(8) << 30);

/** Compresses @p data at @p level (1-19). */
[[nodiscard]] util::Result<QByteArray> zstdCompress(const QByteArray &data, int level = 10);

} // namespace core::channel
