// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/solve/database.h"

#include "core/solve/database_p.h"
#include "core/solve/jsoncursor.h"
#include "core/solve/repodataloader.h"
#include "core/solve/solvcache.h"
#include "core/util/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <zstd.h>

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <set>

using core::util::ErrorCode;
using core::util::makeError;
using core::util::Result;

namespace core::solve {

namespace {

/**
 * The JSON text of a repodata file: mapped when plain, decompressed when `.zst`. The loader reads
 * a mapped file once, front to back, and gives back what it has read (release()): those pages
 * leave the process's memory (they stay in the page cache and come back if touched again), so
 * loading a file of hundreds of MB does not hold all of it at once.
 */
class RepodataText
{
public:
    ~RepodataText()
    {
        if (m_mapped)
            m_file.unmap(const_cast<uchar *>(m_mapped));
    }

    Result<void> open(const std::string &path)
    {
        m_file.setFileName(QString::fromStdString(path));
        if (!m_file.exists())
            return makeError(ErrorCode::FileNotFound, "no such file", path);
        if (!m_file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::FileUnreadable, m_file.errorString().toStdString(), path);
        if (path.ends_with(".zst"))
            return decompress(path);
        if (m_file.size() == 0)
            return makeError(ErrorCode::ParseError, "the file is empty", path);
        m_mapped = m_file.map(0, m_file.size());
        if (m_mapped) {
            m_text = std::string_view(reinterpret_cast<const char *>(m_mapped), std::size_t(m_file.size()));
            ::madvise(const_cast<uchar *>(m_mapped), m_text.size(), MADV_SEQUENTIAL);
        } else {
            m_owned = m_file.readAll().toStdString();
            m_text = m_owned;
        }
        return {};
    }

    std::string_view text() const { return m_text; }

    /** The text before @p offset has been read: its pages may leave memory (mapped files only). */
    void release(std::size_t offset)
    {
        static const std::size_t s_page = std::size_t(::sysconf(_SC_PAGESIZE));
        const std::size_t end = std::min(offset, m_text.size()) / s_page * s_page;
        if (!m_mapped || end <= m_released)
            return;
        ::madvise(const_cast<uchar *>(m_mapped) + m_released, end - m_released, MADV_DONTNEED);
        m_released = end;
    }

private:
    Result<void> decompress(const std::string &path)
    {
        const QByteArray compressed = m_file.readAll();
        std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> ctx(ZSTD_createDCtx(), &ZSTD_freeDCtx);
        ZSTD_inBuffer in{compressed.constData(), std::size_t(compressed.size()), 0};
        std::vector<char> chunk(ZSTD_DStreamOutSize());
        std::size_t last = 1;
        while (in.pos < in.size) {
            ZSTD_outBuffer out{chunk.data(), chunk.size(), 0};
            last = ZSTD_decompressStream(ctx.get(), &out, &in);
            if (ZSTD_isError(last))
                return makeError(ErrorCode::ParseError, std::string("zstd: ") + ZSTD_getErrorName(last), path);
            m_owned.append(chunk.data(), out.pos);
        }
        if (last != 0)
            return makeError(ErrorCode::ParseError, "zstd: the compressed data is truncated", path);
        m_text = m_owned;
        return {};
    }

    QFile m_file;
    const uchar *m_mapped = nullptr;
    std::size_t m_released = 0;
    std::string m_owned;
    std::string_view m_text;
};

} // namespace

Database::Private::Private() : pool(pool_create())
{
    pool_setdisttype(pool.get(), DISTTYPE_CONDA);
    noarchKey = pool_str2id(pool.get(), "deploydeck:noarch", 1);
    // The first repo info (index 0) stands for the virtual packages.
    repos.push_back(RepoInfo { "@virtual", {}, {}, {}, 0, {} });
}

void Database::Private::ensureWhatProvides()
{
    if (!whatprovidesDirty)
        return;
    // No pool_addfileprovides(): conda has no file dependencies ("/usr/bin/x"), and the pass over
    // every dependency cost a warm start a tenth of its time.
    pool_createwhatprovides(pool.get());
    whatprovidesDirty = false;
}

const RepoInfo &Database::Private::info(const Repo *repo) const
{
    const auto index = std::size_t(reinterpret_cast<std::intptr_t>(repo->appdata));
    return repos.at(index < repos.size() ? index : 0);
}

bool Database::Private::isChannelPackage(Id id) const
{
    const Solvable *s = pool_id2solvable(pool.get(), id);
    return s->repo && s->repo != virtualRepo;
}

spec::PackageRecord Database::Private::summary(Id id) const
{
    Pool *p = pool.get();
    Solvable *s = pool_id2solvable(p, id);
    spec::PackageRecord r;
    r.name = pool_id2str(p, s->name);
    r.version = pool_id2str(p, s->evr);
    if (const char *build = solvable_lookup_str(s, SOLVABLE_BUILDFLAVOR))
        r.build = build;
    const RepoInfo &ri = info(s->repo);
    r.channel = ri.channel;
    r.subdir = ri.subdir;
    return r;
}

spec::PackageRecord Database::Private::record(Id id) const
{
    Pool *p = pool.get();
    Solvable *s = pool_id2solvable(p, id);
    spec::PackageRecord r;
    r.name = pool_id2str(p, s->name);
    r.version = pool_id2str(p, s->evr);
    const auto str = [s](Id key) {
        const char *v = solvable_lookup_str(s, key);
        return v ? std::string(v) : std::string();
    };
    r.build = str(SOLVABLE_BUILDFLAVOR);
    r.buildNumber = std::strtoull(str(SOLVABLE_BUILDVERSION).c_str(), nullptr, 10);
    r.license = str(SOLVABLE_LICENSE);
    r.noarch = str(noarchKey);
    Id type = 0;
    if (const char *md5 = solvable_lookup_checksum(s, SOLVABLE_PKGID, &type))
        r.md5 = md5;
    if (const char *sha = solvable_lookup_checksum(s, SOLVABLE_CHECKSUM, &type))
        r.sha256 = sha;
    r.size = solvable_lookup_num(s, SOLVABLE_DOWNLOADSIZE, 0);
    r.timestamp = solvable_lookup_num(s, SOLVABLE_BUILDTIME, 0) * 1000;
    if (s->requires_)
        for (Id *dp = s->repo->idarraydata + s->requires_; *dp; ++dp)
            r.depends.emplace_back(pool_dep2str(p, *dp));
    libsolv::ObjQueue q;
    solvable_lookup_idarray(s, SOLVABLE_CONSTRAINS, q.raw());
    for (int i = 0; i < q.size(); ++i)
        r.constrains.emplace_back(pool_dep2str(p, q[i]));
    q.clear();
    solvable_lookup_idarray(s, SOLVABLE_TRACK_FEATURES, q.raw());
    for (int i = 0; i < q.size(); ++i)
        r.trackFeatures.emplace_back(pool_id2str(p, q[i]));
    if (const char *location = solvable_lookup_location(s, nullptr)) {
        const std::string loc(location);
        const auto slash = loc.rfind('/');
        r.fn = slash == std::string::npos ? loc : loc.substr(slash + 1);
        r.subdir = slash == std::string::npos ? std::string() : loc.substr(0, slash);
    }
    const RepoInfo &ri = info(s->repo);
    if (r.subdir.empty())
        r.subdir = ri.subdir;
    r.channel = ri.channel;
    if (!ri.baseUrl.empty())
        r.url = ri.baseUrl + (ri.baseUrl.ends_with('/') ? "" : "/") + r.fn;
    else if (!ri.channelUrl.empty())
        r.url = ri.channelUrl + '/' + r.subdir + '/' + r.fn;
    return r;
}

namespace {

/** @p json without the whitespace outside its strings. */
std::string compactJson(std::string_view json)
{
    std::string out;
    out.reserve(json.size());
    bool inString = false;
    for (std::size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < json.size())
                out += json[++i];
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
            out += c;
        } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            out += c;
        }
    }
    return out;
}

/** Adds the records of @p json named in @p wanted (file names) to @p out under "subdir/fn". */
Result<void> scanRecordTexts(std::string_view json, const std::string &subdir, const std::set<std::string> &wanted,
    const std::string &path, std::map<std::string, std::string> &out)
{
    JsonCursor cursor(json);
    std::string_view key, fn;
    if (!cursor.beginObject())
        return makeError(ErrorCode::ParseError, "repodata must be a JSON object", path);
    while (cursor.nextKey(key)) {
        if ((key != "packages" && key != "packages.conda") || cursor.peek() != JsonCursor::Type::Object) {
            if (!cursor.skipValue())
                break;
            continue;
        }
        if (!cursor.beginObject())
            break;
        while (cursor.nextKey(fn)) {
            const std::string name(fn);
            cursor.peek();
            const std::size_t start = cursor.offset();
            if (!cursor.skipValue())
                break;
            if (wanted.contains(name))
                out[subdir + '/' + name] = compactJson(json.substr(start, cursor.offset() - start));
        }
    }
    if (cursor.failed())
        return makeError(ErrorCode::ParseError, "invalid JSON: " + cursor.error(), path);
    return {};
}

} // namespace

namespace {

/** Which repodata file to read for a repo whose loaded file is @p path; empty: none. */
using PathOf = std::string (*)(const std::string &path);

/**
 * The records of @p records in the files @p pathOf gives for their repos: every repo of the
 * record's channel and subdir (a sharded channel may have several, one per batch of names appended).
 */
Result<std::map<std::string, std::string>> readRecordTexts(
    const std::vector<RepoInfo> &repos, const std::vector<spec::PackageRecord> &records, PathOf pathOf)
{
    std::map<std::string, std::pair<std::string, std::set<std::string>>> byPath;
    for (const auto &record : records)
        for (const RepoInfo &info : repos) {
            if (info.path.empty() || info.channel != record.channel || info.subdir != record.subdir)
                continue;
            const std::string path = pathOf(info.path);
            if (path.empty())
                continue;
            auto &entry = byPath[path];
            entry.first = info.subdir;
            entry.second.insert(record.fn);
        }
    std::map<std::string, std::string> out;
    for (const auto &[path, entry] : byPath) {
        RepodataText text;
        if (auto opened = text.open(path); !opened)
            return opened.error();
        if (auto scanned = scanRecordTexts(text.text(), entry.first, entry.second, path, out); !scanned)
            return scanned.error();
    }
    return out;
}

} // namespace

Result<std::map<std::string, std::string>> Database::recordTexts(const std::vector<spec::PackageRecord> &records) const
{
    return readRecordTexts(m_d->repos, records, [](const std::string &path) { return path; });
}

Result<std::map<std::string, std::string>> Database::builtRecordTexts(
    const std::vector<spec::PackageRecord> &records) const
{
    return readRecordTexts(m_d->repos, records, [](const std::string &path) {
        const QFileInfo served(QString::fromStdString(path));
        if (!served.fileName().startsWith(QLatin1String("repodata.json")))
            return std::string(); // a cached copy of a remote channel, or a shard: nothing beside it
        const QString built = served.dir().filePath(QStringLiteral("repodata_from_packages.json"));
        return QFileInfo::exists(built) ? built.toStdString() : std::string();
    });
}

Database::Database() : m_d(std::make_unique<Private>()) {}
Database::~Database() = default;
Database::Database(Database &&) noexcept = default;
Database &Database::operator=(Database &&) noexcept = default;

Result<LoadStats> Database::addRepodata(const RepodataSource &source, const LoadOptions &options)
{
    Pool *pool = m_d->pool.get();
    LoadStats stats;
    const auto index = m_d->repos.size();
    m_d->repos.push_back(
        RepoInfo { source.channel, source.channelUrl, source.subdir, {}, source.priority, source.path });
    const QFileInfo info(QString::fromStdString(source.path));
    const std::string stamp = detail::solvStamp(info, source, options.pipAsPythonDependency);
    // A load filtered by exclude-newer holds fewer records than the file: it bypasses the cache.
    const std::int64_t excludeNewerMs = detail::excludeNewerCutoff(options, source);
    const std::string cachePath
        = excludeNewerMs ? std::string() : detail::solvCachePath(info, source, options.solvCacheDir);

    const auto makeRepo = [&] {
        Repo *repo = repo_create(pool, (source.channel + '/' + source.subdir).c_str());
        repo->appdata = reinterpret_cast<void *>(std::intptr_t(index));
        repo->priority = source.priority;
        // Within a channel, the platform subdir wins over noarch for the very same version.
        repo->subpriority = source.subdir == "noarch" ? 0 : 1;
        return repo;
    };

    if (!cachePath.empty()) {
        Repo *repo = makeRepo();
        detail::SolvCacheInfo cached;
        if (detail::loadSolvCache(repo, cachePath, stamp, cached)) {
            m_d->repos.back().baseUrl = std::move(cached.baseUrl);
            stats.records = std::size_t(repo->nsolvables);
            stats.skipped = cached.skipped;
            stats.replacedByConda = cached.replacedByConda;
            stats.warnings = std::move(cached.warnings);
            stats.fromSolvCache = true;
            m_d->whatprovidesDirty = true;
            return stats;
        }
        repo_free(repo, 1);
    }

    RepodataText text;
    if (auto r = text.open(source.path); !r.ok()) {
        m_d->repos.pop_back();
        return r.error();
    }
    Repo *repo = makeRepo();
    auto loaded = detail::loadRepodataJson(repo, m_d->noarchKey, text.text(), source, options.pipAsPythonDependency,
        m_d->repos.back().baseUrl, stats, excludeNewerMs, [&text](std::size_t offset) { text.release(offset); });
    if (!loaded.ok()) {
        repo_free(repo, 1);
        m_d->repos.pop_back();
        return loaded.error();
    }
    m_d->whatprovidesDirty = true;
    if (!cachePath.empty())
        detail::writeSolvCache(repo, cachePath, stamp,
                               detail::SolvCacheInfo{m_d->repos.back().baseUrl, stats.skipped, stats.replacedByConda, stats.warnings});
    return stats;
}

std::size_t Database::packageCount() const
{
    std::size_t n = 0;
    Pool *pool = m_d->pool.get();  // FOR_REPOS expects a `pool`
    Repo *repo = nullptr;
    int i = 0;
    FOR_REPOS(i, repo)
    {
        if (repo != m_d->virtualRepo)
            n += std::size_t(repo->nsolvables);
    }
    return n;
}

std::vector<std::string> Database::channels() const
{
    std::vector<std::pair<int, std::string>> byPriority;
    for (std::size_t i = 1; i < m_d->repos.size(); ++i) {
        const auto &ri = m_d->repos[i];
        if (std::none_of(byPriority.begin(), byPriority.end(), [&](const auto &p) { return p.second == ri.channel; }))
            byPriority.emplace_back(-ri.priority, ri.channel);
    }
    std::stable_sort(byPriority.begin(), byPriority.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<std::string> out;
    for (auto &p : byPriority)
        out.push_back(std::move(p.second));
    return out;
}

std::vector<std::string> Database::packageNames() const
{
    return Private::packageNamesOf(*m_d);
}

std::vector<std::string> Database::Private::packageNamesOf(const Private &d)
{
    const Private *m_d = &d;
    Pool *pool = m_d->pool.get();
    std::set<Id> ids;
    Id p = 0;
    Solvable *s = nullptr;
    FOR_POOL_SOLVABLES(p)
    {
        s = pool_id2solvable(pool, p);
        if (s->repo != m_d->virtualRepo)
            ids.insert(s->name);
    }
    std::vector<std::string> names;
    names.reserve(ids.size());
    for (Id id : ids)
        names.emplace_back(pool_id2str(pool, id));
    std::sort(names.begin(), names.end());
    return names;
}

std::vector<spec::PackageRecord> Database::allRecords() const
{
    std::vector<spec::PackageRecord> out;
    Pool *pool = m_d->pool.get();
    Id p = 0;
    FOR_POOL_SOLVABLES(p)
    {
        if (m_d->isChannelPackage(p))
            out.push_back(m_d->record(p));
    }
    return out;
}

} // namespace core::solve
