// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/solve/solvcache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>

#include <zlib.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <unistd.h>

namespace core::solve::detail {

namespace {
// Bump when the loader stores anything differently, so old caches are rebuilt.
constexpr const char *s_formatVersion = "deploydeck-solv-2";
constexpr const char *s_stampKey = "deploydeck:stamp";
constexpr const char *s_baseUrlKey = "deploydeck:baseurl";
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
} // namespace

std::string solvStamp(const QFileInfo &json, const RepodataSource &source, PipAsPythonDependency pip)
{
    return std::string(s_formatVersion) + '|' + std::to_string(json.size()) + '|' +
           std::to_string(json.lastModified().toMSecsSinceEpoch()) + '|' + urlDigest(source.channelUrl) + '|' + source.channel +
           '|' + source.subdir + '|' + (pip == PipAsPythonDependency::Yes ? "pip" : "nopip");
}

std::string solvCachePath(const QFileInfo &json, const std::string &cacheDir)
{
    if (cacheDir == "-")
        return {};
    if (cacheDir.empty())
        return QString(json.absoluteFilePath() + QStringLiteral(".solv")).toStdString();
    const QByteArray key = QCryptographicHash::hash(json.absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex();
    return QDir(QString::fromStdString(cacheDir)).filePath(QString::fromLatin1(key) + QStringLiteral(".solv")).toStdString();
}

bool loadSolvCache(Repo *repo, const std::string &path, const std::string &stamp, std::string &baseUrl)
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
    const char *stored = repo_lookup_str(repo, SOLVID_META, pool_str2id(repo->pool, s_stampKey, 1));
    if (!stored || stamp != stored)
        return false;
    const char *url = repo_lookup_str(repo, SOLVID_META, pool_str2id(repo->pool, s_baseUrlKey, 1));
    baseUrl = url ? url : "";
    return true;
}

void writeSolvCache(Repo *repo, const std::string &path, const std::string &stamp, const std::string &baseUrl)
{
    Repodata *data = repo_last_repodata(repo);
    repodata_set_str(data, SOLVID_META, pool_str2id(repo->pool, s_stampKey, 1), stamp.c_str());
    if (!baseUrl.empty())
        repodata_set_str(data, SOLVID_META, pool_str2id(repo->pool, s_baseUrlKey, 1), baseUrl.c_str());
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
