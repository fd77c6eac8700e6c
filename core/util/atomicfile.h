// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace core::util {

/**
 * Writes @p data to @p path atomically: a temporary file next to it is written, flushed to disk
 * and renamed over the target, so readers see the old file or the new one, never a mix, and a
 * failure (full disk, killed process) leaves the old file as it was. Missing parent folders are
 * created. @p permissions, when given, are set before the rename (0600 for files with secrets).
 */
[[nodiscard]] Result<void> writeFileAtomically(const QString &path, const QByteArray &data,
                                               QFileDevice::Permissions permissions = {});

/**
 * Why a write to @p file failed, as text. A write that stops short (a full disk, a file-size
 * limit) is not an error to Qt, which then says "Unknown error"; @p savedErrno, errno taken right
 * after the write, names the cause instead ("File too large", "No space left on device").
 */
std::string writeErrorText(const QFileDevice &file, int savedErrno);

/** Reads a whole file; FileNotFound / FileUnreadable name the path. */
[[nodiscard]] Result<QByteArray> readFile(const QString &path);

/**
 * Copies every file under @p from to the same place under @p to, making folders as needed (a
 * workspace to edit, the demo into the user's data folder). Not atomic: copy beside the place and
 * rename. False on the first file that cannot be copied.
 */
[[nodiscard]] bool copyTree(const QString &from, const QString &to);

} // namespace core::util
