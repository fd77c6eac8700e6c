// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <string_view>

namespace core::channel {

/** The two conda package formats. */
enum class PackageFormat { TarBz2, Conda };

/** The format a file name says ("x.conda", "x.tar.bz2"); nullopt for anything else. */
std::optional<PackageFormat> packageFormatOf(std::string_view fileName);

/**
 * Reads info/index.json from a conda package with libarchive: a .tar.bz2 directly; a .conda as the
 * zip it is, then its inner info-*.tar.zst. Refuses (UnsafePath, naming the archive and the entry)
 * absolute entry paths, ".." components, and symlinks or hard links under info/; and, in a .conda,
 * member names that are not plain file names. A damaged archive is a ParseError, one without
 * index.json an InvalidRecord. Thread-safe.
 */
[[nodiscard]] util::Result<QByteArray> readPackageIndexJson(const QString &path);
/** The same for a package file whose name does not say its format (a download's partial file). */
[[nodiscard]] util::Result<QByteArray> readPackageIndexJson(const QString &path, PackageFormat format);

} // namespace core::channel
