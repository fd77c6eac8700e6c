// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// Internal to the channel indexer: the files of a subdir folder and what the previous index left.

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace core::channel {

/** What the sidecar remembers of a package file: enough to tell that it has not changed. */
struct FileStamp
{
    std::int64_t size = -1;
    std::int64_t mtimeNs = -1;
    bool operator==(const FileStamp &) const = default;
};

/** A package file of a subdir folder; the name as the file system gives it (UTF-8 bytes). */
struct PackageFile
{
    std::string name;
    FileStamp stamp;
};

/** The *.conda and *.tar.bz2 regular files of @p folder, sorted by name; empty when unreadable. */
std::vector<PackageFile> listPackageFiles(const QString &folder);

/**
 * What the previous run left in an output folder: the text of each record, as written in its
 * repodata.json (a re-index copies it instead of parsing it into a document), and each file's
 * stamp from the sidecar. Either may be missing or damaged; then nothing is reused.
 */
class PreviousIndex
{
public:
    void load(const QString &repodataPath, const QString &sidecarPath);

    /** The previous record text of @p name when the file still has @p stamp; empty otherwise. */
    std::string_view reusable(const std::string &name, const FileStamp &stamp) const;

    /** The previous record text of @p name whatever the file's stamp; empty when there is none. */
    std::string_view record(const std::string &name) const;

    const QByteArray &repodata() const { return m_repodata; }
    const QByteArray &sidecar() const { return m_sidecar; }

private:
    QByteArray m_repodata;  // the views below point into it
    QByteArray m_sidecar;
    std::unordered_map<std::string_view, std::string_view> m_records;
    std::unordered_map<std::string, FileStamp> m_stamps;
};

/** A JSON string literal for UTF-8 @p text. */
QByteArray jsonString(std::string_view text);

/** The sidecar text for @p stamps (sorted by name): {"version": 1, "files": {name: {size, mtime_ns}}}. */
QByteArray sidecarJson(const std::vector<std::pair<std::string, FileStamp>> &stamps);

} // namespace core::channel
