// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/solve/solvcache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>

#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string_view>
#include <unistd.h>

namespace core::solve::detail {

namespace {
// Bump when the loader stores anything differently, so old caches are rebuilt.
constexpr const char *s_formatVersion = "deploydeck-solv-4";
constexpr const char *s_stampKey = "deploydeck:stamp";
constexpr const char *s_baseUrlKey = "deploydeck:baseurl";
constexpr const char *s_skippedKey = "deploydeck:skipped";
constexpr const char *s_replacedKey = "deploydeck:replacedbyconda";
constexpr const char *s_warningsKey = "deploydeck:warnings";  // one a line
// The cache file: "DDSOLV01", the payload's length and CRC-32 (little-endian 64-bit each), then
// what repo_write() wrote.
constexpr const char s_magic[] = "DDSOLV01";
constexpr int s_headerSize = 24;

/**
 * The channel URL as the stamp holds it: a digest, because the URL may carry a token (/t/<token>/)
 * and the cache file is not a place for secrets; a new token still gives a new stamp.
 */
std::string urlDigest(const std::string &url)
{
    return QCryptographicHash::hash(QByteArray::fromStdString(url), QCryptographicHash::Sha256).toHex().toStdString();
}

const char *lookupMeta(Repo *repo, const char *key)
{
    return repo_lookup_str(repo, SOLVID_META, pool_str2id(repo->pool, key, 1));
}

std::size_t countFrom(const char *text)
{
    if (!text)
        return 0;
    char *end = nullptr;
    const unsigned long long n = std::strtoull(text, &end, 10);
    return end && *end == '\0' ? std::size_t(n) : 0;
}

void setMeta(Repodata *data, Repo *repo, const char *key, const std::string &value)
{
    repodata_set_str(data, SOLVID_META, pool_str2id(repo->pool, key, 1), value.c_str());
}
} // namespace

std::string solvStamp(const QFileInfo &json, const RepodataSource &source, PipAsPythonDependency pip)
{
    // The file name too: the repodata cache gives every download a name of its own, so a cache made
    // from a previous download never matches, whatever its size and mtime.
    return std::string(s_formatVersion) + '|' + json.fileName().toStdString() + '|' + std::to_string(json.size()) + '|' +
           std::to_string(json.lastModified().toMSecsSinceEpoch()) + '|' + urlDigest(source.channelUrl) + '|' + source.channel +
           '|' + source.subdir + '|' + (pip == PipAsPythonDependency::Yes ? "pip" : "nopip");
}

std::string solvCachePath(const QFileInfo &json, const RepodataSource &source, const std::string &cacheDir)
{
    if (cacheDir == "-")
        return {};
    if (cacheDir.empty())
        return QString(json.absoluteFilePath() + QStringLiteral(".solv")).toStdString();
    // Named by the folder, channel and subdir, not by the file: each refresh of the repodata cache
    // writes a JSON under a new name, and the one .solv of a subdir is then replaced, not added to.
    const QByteArray identity = json.absolutePath().toUtf8() + '|' + QByteArray::fromStdString(urlDigest(source.channelUrl))
                                + '|' + QByteArray::fromStdString(source.subdir);
    const QByteArray key = QCryptographicHash::hash(identity, QCryptographicHash::Sha1).toHex();
    return QDir(QString::fromStdString(cacheDir)).filePath(QString::fromLatin1(key) + QStringLiteral(".solv")).toStdString();
}

bool loadSolvCache(Repo *repo, const std::string &path, const std::string &stamp, SolvCacheInfo &info)
{
    // libsolv's .solv reader trusts its input (a corrupted file can make it read out of bounds), so
    // it only ever gets a file this code wrote and that is still intact: header and CRC-32 checked.
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    if (bytes.size() < qsizetype(s_headerSize) || !bytes.startsWith(s_magic))
        return false;
    const auto field = [&bytes](qsizetype at) {
        quint64 v = 0;
        for (int i = 7; i >= 0; --i)
            v = (v << 8) | quint8(bytes[at + i]);
        return v;
    };
    const quint64 length = field(8);
    const quint64 crc = field(16);
    const char *payload = bytes.constData() + s_headerSize;
    if (length != quint64(bytes.size()) - s_headerSize
        || crc != ::crc32_z(0L, reinterpret_cast<const Bytef *>(payload), size_t(length)))
        return false;
    FILE *fp = ::fmemopen(const_cast<char *>(payload), size_t(length), "rb");
    if (!fp)
        return false;
    const int failed = repo_add_solv(repo, fp, 0);
    std::fclose(fp);
    if (failed)
        return false;
    const char *stored = lookupMeta(repo, s_stampKey);
    if (!stored || stamp != stored)
        return false;
    const char *url = lookupMeta(repo, s_baseUrlKey);
    info.baseUrl = url ? url : "";
    info.skipped = countFrom(lookupMeta(repo, s_skippedKey));
    info.replacedByConda = countFrom(lookupMeta(repo, s_replacedKey));
    info.warnings.clear();
    if (const char *warnings = lookupMeta(repo, s_warningsKey)) {
        const std::string_view all(warnings);
        for (std::size_t at = 0; at < all.size();) {
            const std::size_t end = std::min(all.find('\n', at), all.size());
            info.warnings.emplace_back(all.substr(at, end - at));
            at = end + 1;
        }
    }
    return true;
}

void writeSolvCache(Repo *repo, const std::string &path, const std::string &stamp, const SolvCacheInfo &info)
{
    Repodata *data = repo_last_repodata(repo);
    setMeta(data, repo, s_stampKey, stamp);
    if (!info.baseUrl.empty())
        setMeta(data, repo, s_baseUrlKey, info.baseUrl);
    if (info.skipped)
        setMeta(data, repo, s_skippedKey, std::to_string(info.skipped));
    if (info.replacedByConda)
        setMeta(data, repo, s_replacedKey, std::to_string(info.replacedByConda));
    if (!info.warnings.empty()) {
        std::string joined;
        for (const std::string &warning : info.warnings) {
            if (!joined.empty())
                joined += '\n';
            std::string line = warning;
            std::replace(line.begin(), line.end(), '\n', ' ');
            joined += line;
        }
        setMeta(data, repo, s_warningsKey, joined);
    }
    repodata_internalize(data);
    QDir().mkpath(QFileInfo(QString::fromStdString(path)).absolutePath());
    // In memory first: the header needs the length and CRC-32 of what libsolv writes.
    char *buffer = nullptr;
    size_t size = 0;
    FILE *memory = ::open_memstream(&buffer, &size);
    if (!memory)
        return;
    const bool written = repo_write(repo, memory) == 0;
    std::fclose(memory);
    const std::unique_ptr<char, decltype(&std::free)> owned(buffer, &std::free);
    if (!written)
        return;
    QByteArray header(s_magic, 8);
    const auto append = [&header](quint64 v) {
        for (int i = 0; i < 8; ++i, v >>= 8)
            header.append(char(v & 0xff));
    };
    append(size);
    append(::crc32_z(0L, reinterpret_cast<const Bytef *>(buffer), size));
    const std::string tmp = path + ".tmp-" + std::to_string(::getpid());
    FILE *fp = std::fopen(tmp.c_str(), "wb");
    if (!fp)
        return;
    const bool ok = std::fwrite(header.constData(), 1, size_t(header.size()), fp) == size_t(header.size())
        && std::fwrite(buffer, 1, size, fp) == size;
    const bool closed = std::fflush(fp) == 0 && ::fsync(fileno(fp)) == 0;
    std::fclose(fp);
    if (!ok || !closed || std::rename(tmp.c_str(), path.c_str()) != 0)
        std::remove(tmp.c_str());
}

} // namespace core::solve::detail
