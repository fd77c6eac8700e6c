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

namespace {
/** A FILE that passes what libsolv writes on to @p out, keeping its length and CRC-32 on the way. */
struct CrcSink
{
    FILE *out = nullptr;
    quint64 length = 0;
    uLong crc = ::crc32_z(0L, nullptr, 0);
    bool failed = false;

    static ssize_t write(void *cookie, const char *buffer, size_t size)
    {
        auto *sink = static_cast<CrcSink *>(cookie);
        if (std::fwrite(buffer, 1, size, sink->out) != size) {
            sink->failed = true;
            return 0;
        }
        sink->crc = ::crc32_z(sink->crc, reinterpret_cast<const Bytef *>(buffer), size);
        sink->length += size;
        return ssize_t(size);
    }
};

QByteArray header(quint64 length, quint64 crc)
{
    QByteArray bytes(s_magic, 8);
    for (quint64 v : { length, crc })
        for (int i = 0; i < 8; ++i, v >>= 8)
            bytes.append(char(v & 0xff));
    return bytes;
}
} // namespace

void writeSolvCache(Repo *repo, const std::string &path, const std::string &stamp, const SolvCacheInfo &info)
{
    // The stamp and the load's report go into a repodata of their own: setting them on the records'
    // repodata would make libsolv internalize all of it a second time. It is dropped once written.
    Repodata *data = repo_add_repodata(repo, 0);
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
    // Straight into the temporary file, the header's length and CRC-32 filled in at the end. No
    // fsync: a cache torn by a crash fails its CRC check and is made again, and the rename keeps
    // readers from ever seeing a half-written file.
    const std::string tmp = path + ".tmp-" + std::to_string(::getpid());
    FILE *fp = std::fopen(tmp.c_str(), "wb");
    bool ok = fp && std::fwrite(header(0, 0).constData(), 1, s_headerSize, fp) == size_t(s_headerSize);
    CrcSink sink { fp };
    if (ok) {
        FILE *through
            = ::fopencookie(&sink, "wb", cookie_io_functions_t { nullptr, &CrcSink::write, nullptr, nullptr });
        ok = through && repo_write(repo, through) == 0;
        if (through)
            ok = std::fclose(through) == 0 && ok && !sink.failed;
    }
    repodata_free(data);
    if (ok) {
        const QByteArray bytes = header(sink.length, sink.crc);
        ok = std::fseek(fp, 0, SEEK_SET) == 0
            && std::fwrite(bytes.constData(), 1, size_t(bytes.size()), fp) == size_t(bytes.size());
    }
    if (fp)
        ok = std::fclose(fp) == 0 && ok;
    if (!ok || std::rename(tmp.c_str(), path.c_str()) != 0)
        std::remove(tmp.c_str());
}

} // namespace core::solve::detail
