// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/solve/solvcache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>

#include <sys/mman.h>
#include <unistd.h>
#if defined(__x86_64__)
#include <nmmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string_view>

namespace core::solve::detail {

namespace {
// Bump when the loader stores anything differently, so old caches are rebuilt.
constexpr const char *s_formatVersion = "deploydeck-solv-4";
constexpr const char *s_stampKey = "deploydeck:stamp";
constexpr const char *s_baseUrlKey = "deploydeck:baseurl";
constexpr const char *s_skippedKey = "deploydeck:skipped";
constexpr const char *s_replacedKey = "deploydeck:replacedbyconda";
constexpr const char *s_warningsKey = "deploydeck:warnings";  // one a line
// The cache file: "DDSOLV02", the payload's length and CRC-32C (little-endian 64-bit each), then
// what repo_write() wrote. ("DDSOLV01" files, framed with zlib's CRC-32, are simply made again.)
constexpr const char s_magic[] = "DDSOLV02";
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

std::uint32_t crc32cTableEntry(std::uint32_t i)
{
    for (int bit = 0; bit < 8; ++bit)
        i = (i & 1) ? (i >> 1) ^ 0x82F63B78u : i >> 1;
    return i;
}

std::uint32_t crc32cSoftware(std::uint32_t crc, const unsigned char *p, std::size_t n)
{
    static const auto s_table = [] {
        std::array<std::uint32_t, 256> table {};
        for (std::uint32_t i = 0; i < 256; ++i)
            table[i] = crc32cTableEntry(i);
        return table;
    }();
    crc = ~crc;
    while (n--)
        crc = s_table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
    return ~crc;
}

#if defined(__x86_64__)
__attribute__((target("sse4.2"))) std::uint32_t crc32cHardware(std::uint32_t crc, const unsigned char *p, std::size_t n)
{
    std::uint64_t c = ~crc;
    for (; n >= 8; n -= 8, p += 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, p, 8);
        c = _mm_crc32_u64(c, word);
    }
    auto c32 = std::uint32_t(c);
    while (n--)
        c32 = _mm_crc32_u8(c32, *p++);
    return ~c32;
}
#endif

/**
 * CRC-32C (Castagnoli) of the cache's payload, continuing from @p crc: SSE 4.2 computes it at
 * several GB/s (zlib's CRC-32 took 0.15 s for a 100 MB cache), a table where the processor lacks it.
 */
std::uint32_t crc32c(std::uint32_t crc, const void *data, std::size_t n)
{
    const auto *p = static_cast<const unsigned char *>(data);
#if defined(__x86_64__)
    static const bool s_hardware = __builtin_cpu_supports("sse4.2");
    if (s_hardware)
        return crc32cHardware(crc, p, n);
#endif
    return crc32cSoftware(crc, p, n);
}

constexpr std::size_t s_dropStep = 8 << 20; // how much of a mapped cache is read before its pages go

/** A cache file mapped for reading; pages already read leave memory as the reading goes on. */
class MappedFile
{
public:
    explicit MappedFile(QFile &file)
        : m_file(file)
        , m_size(std::size_t(file.size()))
    {
        m_data = reinterpret_cast<const char *>(file.map(0, file.size()));
        if (m_data)
            ::madvise(const_cast<char *>(m_data), m_size, MADV_SEQUENTIAL);
    }
    ~MappedFile()
    {
        if (m_data)
            m_file.unmap(reinterpret_cast<uchar *>(const_cast<char *>(m_data)));
    }
    MappedFile(const MappedFile &) = delete;
    MappedFile &operator=(const MappedFile &) = delete;

    const char *data() const { return m_data; }
    std::size_t size() const { return m_size; }

    /** The CRC-32C of everything from @p from on. */
    std::uint32_t checksum(std::size_t from)
    {
        std::uint32_t crc = 0;
        for (std::size_t at = from; at < m_size; at += s_dropStep) {
            crc = crc32c(crc, m_data + at, std::min(s_dropStep, m_size - at));
            drop(at, std::min(at + s_dropStep, m_size));
        }
        return crc;
    }

    /** A FILE reading from @p from to the end (libsolv wants a FILE); close it before this goes. */
    FILE *reader(std::size_t from)
    {
        m_position = from;
        m_dropped = from;
        return ::fopencookie(this, "rb", cookie_io_functions_t { &MappedFile::read, nullptr, nullptr, nullptr });
    }

private:
    static ssize_t read(void *cookie, char *buffer, size_t size)
    {
        auto *self = static_cast<MappedFile *>(cookie);
        const std::size_t n = std::min(size, self->m_size - self->m_position);
        std::memcpy(buffer, self->m_data + self->m_position, n);
        self->m_position += n;
        if (self->m_position >= self->m_dropped + s_dropStep) {
            self->drop(self->m_dropped, self->m_position);
            self->m_dropped = self->m_position;
        }
        return ssize_t(n);
    }

    /** Lets the whole pages inside [begin, end) go (they come back from the file if read again). */
    void drop(std::size_t begin, std::size_t end) const
    {
        static const std::size_t s_page = std::size_t(::sysconf(_SC_PAGESIZE));
        const std::size_t first = (begin + s_page - 1) / s_page * s_page, last = end / s_page * s_page;
        if (last > first)
            ::madvise(const_cast<char *>(m_data) + first, last - first, MADV_DONTNEED);
    }

    QFile &m_file;
    std::size_t m_size;
    const char *m_data = nullptr;
    std::size_t m_position = 0, m_dropped = 0;
};
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
    // it only ever gets a file this code wrote and that is still intact: header and CRC checked.
    // The file is mapped, not copied: checked, then handed to libsolv, its pages dropped behind
    // each pass. The cache is only ever replaced by a rename, never changed in place, so what
    // libsolv reads is what was checked.
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly) || file.size() < qint64(s_headerSize))
        return false;
    MappedFile mapped(file);
    if (!mapped.data() || !std::string_view(mapped.data(), mapped.size()).starts_with(std::string_view(s_magic, 8)))
        return false;
    const auto field = [&mapped](std::size_t at) {
        quint64 v = 0;
        for (int i = 7; i >= 0; --i)
            v = (v << 8) | quint8(mapped.data()[at + std::size_t(i)]);
        return v;
    };
    const quint64 length = field(8);
    const quint64 crc = field(16);
    if (length != quint64(mapped.size()) - s_headerSize || crc != mapped.checksum(s_headerSize))
        return false;
    FILE *fp = mapped.reader(s_headerSize);
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
/** A FILE that passes what libsolv writes on to @p out, keeping its length and CRC-32C on the way. */
struct CrcSink
{
    FILE *out = nullptr;
    quint64 length = 0;
    std::uint32_t crc = 0;
    bool failed = false;

    static ssize_t write(void *cookie, const char *buffer, size_t size)
    {
        auto *sink = static_cast<CrcSink *>(cookie);
        if (std::fwrite(buffer, 1, size, sink->out) != size) {
            sink->failed = true;
            return 0;
        }
        sink->crc = crc32c(sink->crc, buffer, size);
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
