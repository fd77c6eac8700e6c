// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/channel/indexstate.h"

#include "core/channel/packagearchive.h"
#include "core/channel/repodatascan.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

#include <dirent.h>
#include <sys/stat.h>

namespace core::channel {

namespace {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

std::vector<PackageFile> listPackageFiles(const QString &folder)
{
    // POSIX directly: one fstatat per file relative to the open folder, where QDir + QFileInfo
    // cost two stats with full paths, and stat() is most of what re-indexing an unchanged channel does.
    std::vector<PackageFile> files;
    DIR *dir = ::opendir(QFile::encodeName(folder).constData());
    if (!dir)
        return files;
    while (const dirent *entry = ::readdir(dir)) {
        struct stat info {};
        if (!packageFormatOf(entry->d_name) || ::fstatat(::dirfd(dir), entry->d_name, &info, 0) != 0
            || !S_ISREG(info.st_mode))
            continue;
        files.push_back({entry->d_name, {std::int64_t(info.st_size),
                                         std::int64_t(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec}});
    }
    ::closedir(dir);
    std::sort(files.begin(), files.end(), [](const PackageFile &a, const PackageFile &b) { return a.name < b.name; });
    return files;
}

void PreviousIndex::load(const QString &repodataPath, const QString &sidecarPath)
{
    m_repodata = readBytes(repodataPath);
    m_sidecar = readBytes(sidecarPath);
    if (auto raw = rawRecords(m_repodata)) {
        for (const RawRecord &r : *raw) {
            if (r.fileName.find('\\') == std::string_view::npos)  // a name with JSON escapes is simply re-read
                m_records.emplace(r.fileName, r.json);
        }
    }
    const QJsonObject files = QJsonDocument::fromJson(m_sidecar).object().value(QLatin1String("files")).toObject();
    m_stamps.reserve(std::size_t(files.size()));
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        m_stamps.emplace(it.key().toStdString(), FileStamp{o.value(QLatin1String("size")).toInteger(-1),
                                                           o.value(QLatin1String("mtime_ns")).toInteger(-1)});
    }
}

std::string_view PreviousIndex::reusable(const std::string &name, const FileStamp &stamp) const
{
    const auto stamped = m_stamps.find(name);
    if (stamped == m_stamps.end() || !(stamped->second == stamp))
        return {};
    return record(name);
}

std::string_view PreviousIndex::record(const std::string &name) const
{
    const auto record = m_records.find(name);
    return record == m_records.end() ? std::string_view() : record->second;
}

QByteArray jsonString(std::string_view text)
{
    QByteArray out;
    out.reserve(qsizetype(text.size()) + 2);
    out += '"';
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            out += "\\u00" + QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
        } else {
            out += c;
        }
    }
    return out + '"';
}

QByteArray sidecarJson(const std::vector<std::pair<std::string, FileStamp>> &stamps)
{
    QByteArray out = "{\"version\": 1, \"files\": {";
    for (std::size_t i = 0; i < stamps.size(); ++i) {
        out += (i == 0 ? "\n" : ",\n") + jsonString(stamps[i].first) + ": {\"size\": "
            + QByteArray::number(qint64(stamps[i].second.size)) + ", \"mtime_ns\": "
            + QByteArray::number(qint64(stamps[i].second.mtimeNs)) + '}';
    }
    return out + "}}\n";
}

} // namespace core::channel
