// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/channel/packagearchive.h"

#include "core/util/secrets.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>

#include <memory>
#include <optional>
#include <string>

using core::util::ErrorCode;
using core::util::makeError;
using core::util::Result;

namespace core::channel {

namespace {

constexpr la_int64_t s_maxIndexJson = 16 << 20;     // an index.json is a few kB
constexpr la_int64_t s_maxInfoArchive = 256 << 20;  // info-*.tar.zst, usually well under 1 MB

using ArchivePtr = std::unique_ptr<archive, decltype(&archive_read_free)>;

bool endsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

ArchivePtr newTarReader(bool zstd)
{
    ArchivePtr a(archive_read_new(), &archive_read_free);
    if (zstd)
        archive_read_support_filter_zstd(a.get());
    else
        archive_read_support_filter_bzip2(a.get());
    archive_read_support_format_tar(a.get());
    return a;
}

util::Error archiveError(archive *a, const std::string &where)
{
    const char *text = archive_error_string(a);
    return makeError(ErrorCode::ParseError, std::string("damaged archive: ") + (text ? text : "unknown error"), where);
}

/** Reads the current entry's data, refusing more than @p limit bytes. */
Result<QByteArray> readData(archive *a, archive_entry *entry, la_int64_t limit, const std::string &where)
{
    if (archive_entry_size_is_set(entry) && archive_entry_size(entry) > limit)
        return makeError(ErrorCode::LimitExceeded, "archive member too large", where);
    QByteArray data;
    char buffer[65536];
    la_ssize_t n = 0;
    while ((n = archive_read_data(a, buffer, sizeof buffer)) > 0) {
        if (data.size() + n > limit)
            return makeError(ErrorCode::LimitExceeded, "archive member too large", where);
        data.append(buffer, qsizetype(n));
    }
    if (n < 0)
        return archiveError(a, where);
    return data;
}

/** A tar member path, "./" stripped; an UnsafePath error for what could escape or mislead. */
Result<std::string> checkedTarPath(archive_entry *entry, const std::string &where)
{
    const char *raw = archive_entry_pathname(entry);
    std::string path = raw ? raw : "";
    while (path.rfind("./", 0) == 0)
        path.erase(0, 2);
    if (path.empty())
        return makeError(ErrorCode::UnsafePath, "an archive member without a name", where);
    if (path.front() == '/')
        return makeError(ErrorCode::UnsafePath, "absolute path '" + path + "' in the archive", where);
    const std::string padded = "/" + path + "/";
    if (padded.find("/../") != std::string::npos)
        return makeError(ErrorCode::UnsafePath, "path '" + path + "' leaves the package (\"..\")", where);
    const bool inInfo = path.rfind("info/", 0) == 0;
    if (inInfo && (archive_entry_filetype(entry) == AE_IFLNK || archive_entry_hardlink(entry)))
        return makeError(ErrorCode::UnsafePath, "link '" + path + "' inside info/", where);
    return path;
}

/**
 * Finds info/index.json in a tar stream. Every member read is checked; once index.json is found
 * the rest of info/ is still checked (conda puts info/ first), then reading stops, so a large
 * package's payload is not decompressed.
 */
Result<QByteArray> indexFromTar(archive *a, const std::string &where)
{
    archive_entry *entry = nullptr;
    std::optional<QByteArray> index;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(a, &entry)) == ARCHIVE_OK) {
        auto path = checkedTarPath(entry, where);
        if (!path)
            return path.error();
        if (index && path->rfind("info/", 0) != 0)
            break;
        if (*path == "info/index.json") {
            auto data = readData(a, entry, s_maxIndexJson, where);
            if (!data)
                return data.error();
            index = std::move(*data);
        }
    }
    if (status != ARCHIVE_OK && status != ARCHIVE_EOF)
        return archiveError(a, where);
    if (!index)
        return makeError(ErrorCode::InvalidRecord, "no info/index.json in the package", where);
    return *index;
}

Result<QByteArray> readTarBz2(const QString &path, const std::string &where)
{
    ArchivePtr a = newTarReader(false);
    if (archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), 65536) != ARCHIVE_OK)
        return archiveError(a.get(), where);
    return indexFromTar(a.get(), where);
}

/** The info-*.tar.zst member of a .conda (a zip of metadata.json, info-*.tar.zst, pkg-*.tar.zst). */
Result<QByteArray> infoMemberOfConda(const QString &path, const std::string &where)
{
    ArchivePtr zip(archive_read_new(), &archive_read_free);
    archive_read_support_format_zip_seekable(zip.get());
    if (archive_read_open_filename(zip.get(), QFile::encodeName(path).constData(), 65536) != ARCHIVE_OK)
        return archiveError(zip.get(), where);
    archive_entry *entry = nullptr;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(zip.get(), &entry)) == ARCHIVE_OK) {
        const char *raw = archive_entry_pathname(entry);
        const std::string name = raw ? raw : "";
        if (!util::isSafeFileName(name))
            return makeError(ErrorCode::UnsafePath, "member '" + name + "' is not a plain file name", where);
        if (name.rfind("info-", 0) == 0 && endsWith(name, ".tar.zst"))
            return readData(zip.get(), entry, s_maxInfoArchive, where + ":" + name);
    }
    if (status != ARCHIVE_EOF)
        return archiveError(zip.get(), where);
    return makeError(ErrorCode::InvalidRecord, "no info-*.tar.zst in the .conda package", where);
}

Result<QByteArray> readConda(const QString &path, const std::string &where)
{
    auto info = infoMemberOfConda(path, where);
    if (!info)
        return info.error();
    ArchivePtr tar = newTarReader(true);
    if (archive_read_open_memory(tar.get(), info->constData(), size_t(info->size())) != ARCHIVE_OK)
        return archiveError(tar.get(), where);
    return indexFromTar(tar.get(), where);
}

} // namespace

std::optional<PackageFormat> packageFormatOf(std::string_view fileName)
{
    if (endsWith(fileName, ".conda") && fileName.size() > 6)
        return PackageFormat::Conda;
    if (endsWith(fileName, ".tar.bz2") && fileName.size() > 8)
        return PackageFormat::TarBz2;
    return std::nullopt;
}

Result<QByteArray> readPackageIndexJson(const QString &path)
{
    const std::string where = path.toStdString();
    const auto format = packageFormatOf(where);
    if (!format)
        return makeError(ErrorCode::UnsupportedFormat, "not a .conda or .tar.bz2 package", where);
    return readPackageIndexJson(path, *format);
}

Result<QByteArray> readPackageIndexJson(const QString &path, PackageFormat format)
{
    const std::string where = path.toStdString();
    return format == PackageFormat::Conda ? readConda(path, where) : readTarBz2(path, where);
}

} // namespace core::channel
