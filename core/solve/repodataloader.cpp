// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/solve/repodataloader.h"

#include "core/util/secrets.h"
#include "core/solve/jsoncursor.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <deque>
#include <string>
#include <utility>
#include <vector>

using core::util::ErrorCode;
using core::util::makeError;

namespace core::solve::detail {

namespace {

constexpr std::size_t s_maxWarnings = 50;
constexpr std::size_t s_maxFieldSize = 1 << 20;  // a record field over 1 MiB is hostile, not data
constexpr std::size_t s_maxFileName = 255;        // NAME_MAX: no file system holds a longer name
constexpr std::size_t s_maxShownName = 120;       // how much of a file name a warning quotes
constexpr std::size_t s_releaseStep = 8 << 20; // how often the text read so far is given back

/** @p fn as a warning quotes it: at most s_maxShownName bytes, control characters (NUL) as '?'. */
std::string shownName(std::string_view fn)
{
    std::string shown(fn.substr(0, s_maxShownName));
    std::replace_if(shown.begin(), shown.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; }, '?');
    return fn.size() > s_maxShownName ? shown + "..." : shown;
}

/**
 * 96 bits standing for a string: libstdc++'s std::hash (MurmurHash64A) and 32 bits of a
 * multiply-xorshift hash of another construction. Two different strings share both by a chance of
 * about 2^-96, so the loader's tables keep these instead of the strings (or views into the JSON,
 * whose pages it gives back as it reads): 16 bytes an entry, and no string to compare.
 */
struct StringKey
{
    std::uint64_t a = 0;
    std::uint32_t b = 0;
    bool operator==(const StringKey &) const = default;

    static StringKey of(std::string_view s)
    {
        std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ (s.size() * 0xD6E8FEB86659FD93ULL);
        std::size_t i = 0;
        for (; i + 8 <= s.size(); i += 8) {
            std::uint64_t word = 0;
            std::memcpy(&word, s.data() + i, 8);
            h = (h ^ word) * 0xBF58476D1CE4E5B9ULL;
            h ^= h >> 31;
        }
        std::uint64_t tail = 0;
        std::memcpy(&tail, s.data() + i, s.size() - i);
        h = (h ^ tail) * 0x94D049BB133111EBULL;
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9ULL;
        // 0 marks an empty slot of KeyTable.
        return { std::hash<std::string_view> {}(s) | 1, std::uint32_t(h >> 32) };
    }
};

/** An open-addressing table from StringKey to a 32-bit value (linear probing, at most 3/4 full). */
class KeyTable
{
public:
    const std::uint32_t *find(const StringKey &key) const
    {
        if (m_slots.empty())
            return nullptr;
        for (std::size_t i = key.a & m_mask;; i = (i + 1) & m_mask) {
            const Slot &slot = m_slots[i];
            if (slot.a == 0)
                return nullptr;
            if (slot.a == key.a && slot.b == key.b)
                return &slot.value;
        }
    }

    /** Sets @p key's value (added, or replaced when there). */
    void set(const StringKey &key, std::uint32_t value)
    {
        if (const std::uint32_t *there = find(key)) {
            *const_cast<std::uint32_t *>(there) = value;
            return;
        }
        if ((m_count + 1) * 4 > m_slots.size() * 3)
            grow();
        place(Slot { key.a, key.b, value });
        ++m_count;
    }

private:
    struct Slot
    {
        std::uint64_t a = 0;
        std::uint32_t b = 0;
        std::uint32_t value = 0;
    };

    void place(const Slot &entry)
    {
        std::size_t i = entry.a & m_mask;
        while (m_slots[i].a != 0)
            i = (i + 1) & m_mask;
        m_slots[i] = entry;
    }

    void grow()
    {
        std::vector<Slot> old
            = std::exchange(m_slots, std::vector<Slot>(std::max<std::size_t>(1024, m_slots.size() * 2)));
        m_mask = m_slots.size() - 1;
        for (const Slot &slot : old)
            if (slot.a != 0)
                place(slot);
    }

    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    std::size_t m_count = 0;
};

/** The fields of one record as read, before it becomes a solvable. */
struct RecordFields
{
    std::string_view name, version, build, license, md5, sha256, subdir, fn, noarch, buildNumberText;
    std::uint64_t size = 0, timestamp = 0, buildNumber = 0;
    bool hasBuildNumber = false;
    std::vector<std::string_view> depends, constrains, trackFeatures;
    std::string problem;  ///< why the record cannot be used; empty when fine

    /** Empties the record for the next one, keeping the lists' memory. */
    void reset()
    {
        name = version = build = license = md5 = sha256 = subdir = fn = noarch = buildNumberText = {};
        size = timestamp = buildNumber = 0;
        hasBuildNumber = false;
        depends.clear();
        constrains.clear();
        trackFeatures.clear();
        problem.clear();
    }
};

bool isVersionChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '_' ||
           c == '+' || c == '!' || c == '-' || c == '*';
}

class Loader
{
public:
    Loader(Repo *repo, Id noarchKey, std::string_view json, const RepodataSource &source, PipAsPythonDependency pip,
           LoadStats &stats)
        : m_repo(repo), m_pool(repo->pool), m_data(repo_add_repodata(repo, 0)), m_noarchKey(noarchKey),
          m_json(json), m_cursor(json), m_source(source), m_pip(pip), m_stats(stats)
    {
        m_subdir = source.subdir;
    }

    /** Leaves out records published after @p cutoffMs (ms since the epoch); 0: none. */
    void setExcludeNewer(std::int64_t cutoffMs) { m_excludeNewerMs = cutoffMs; }
    /** Told every few MB that the text before an offset will not be read again. */
    void setConsumed(const std::function<void(std::size_t)> &consumed) { m_consumed = consumed; }

    util::Result<void> run(std::string &baseUrl)
    {
        if (!parseTop())
            return syntaxError();
        repodata_internalize(m_data);
        baseUrl = m_baseUrl;
        return {};
    }

private:
    util::Error syntaxError() const
    {
        std::size_t line = 0, column = 0;
        m_cursor.lineColumn(m_cursor.errorOffset(), line, column);
        return makeError(ErrorCode::ParseError, "invalid JSON: " + m_cursor.error(),
                         m_source.path + ':' + std::to_string(line) + ':' + std::to_string(column));
    }

    /**
     * Tells the owner of the text, every s_releaseStep bytes, that what was read before the cursor
     * is not needed any more. Nothing read from it is kept across records except as a StringKey
     * or a copy (a mapped page read again would come back from the file, slowly).
     */
    void consumed()
    {
        if (m_consumed && m_cursor.offset() >= m_released + s_releaseStep) {
            m_released = m_cursor.offset();
            m_consumed(m_released);
        }
    }

    /** Keeps a view valid for the whole load: views into the JSON stay, decoded ones are copied. */
    std::string_view stable(std::string_view v)
    {
        if (v.data() >= m_json.data() && v.data() + v.size() <= m_json.data() + m_json.size())
            return v;
        return m_strings.emplace_back(v);
    }

    bool parseTop()
    {
        if (m_cursor.peek() != JsonCursor::Type::Object)
            return m_cursor.fail("repodata must be a JSON object");
        m_cursor.beginObject();
        std::string_view key;
        bool first = true;
        while (m_cursor.nextKey(key)) {
            // A bare index (conda's test data) has file names as top-level keys.
            if (first && key != "packages.conda" && (key.ends_with(".tar.bz2") || key.ends_with(".conda"))) {
                if (!parseRecord(stable(key)))
                    return false;
                m_bare = true;
            } else if (m_bare) {
                if (!parseRecord(stable(key)))
                    return false;
            } else if (key == "packages" || key == "packages.conda") {
                if (!parsePackages())
                    return false;
            } else if (key == "info") {
                if (!parseInfo())
                    return false;
            } else if (!m_cursor.skipValue()) {
                return false;
            }
            first = false;
        }
        return !m_cursor.failed();
    }

    bool parseInfo()
    {
        if (m_cursor.peek() != JsonCursor::Type::Object)
            return m_cursor.skipValue();
        m_cursor.beginObject();
        std::string_view key, value;
        while (m_cursor.nextKey(key)) {
            if ((key == "subdir" || key == "base_url") && m_cursor.peek() == JsonCursor::Type::String) {
                if (!m_cursor.readString(value))
                    return false;
                if (key == "subdir")
                    m_subdir = std::string(value);
                else
                    m_baseUrl = std::string(value);
            } else if (!m_cursor.skipValue()) {
                return false;
            }
        }
        return !m_cursor.failed();
    }

    bool parsePackages()
    {
        if (m_cursor.peek() != JsonCursor::Type::Object)
            return m_cursor.fail("'packages' must be an object of file name to record");
        m_cursor.beginObject();
        std::string_view fn;
        while (m_cursor.nextKey(fn)) {
            if (!parseRecord(stable(fn)))
                return false;
            consumed();
        }
        return !m_cursor.failed();
    }

    bool readStringList(std::vector<std::string_view> &out, RecordFields &rec, const char *what)
    {
        out.clear();
        if (m_cursor.peek() == JsonCursor::Type::Null)  // some real channels write null for an empty list
            return m_cursor.skipValue();
        if (m_cursor.peek() != JsonCursor::Type::Array) {
            rec.problem = std::string("'") + what + "' is not a list";
            return m_cursor.skipValue();
        }
        m_cursor.beginArray();
        std::string_view item;
        while (m_cursor.nextElement()) {
            if (m_cursor.peek() != JsonCursor::Type::String) {
                rec.problem = std::string("'") + what + "' has an entry that is not a string";
                if (!m_cursor.skipValue())
                    return false;
                continue;
            }
            if (!m_cursor.readString(item))
                return false;
            if (item.size() > s_maxFieldSize) {
                rec.problem = std::string("'") + what + "' has an entry larger than 1 MiB";
                continue;
            }
            out.push_back(stable(item));
        }
        return !m_cursor.failed();
    }

    bool readStringField(std::string_view &out, RecordFields &rec, std::string_view key)
    {
        if (m_cursor.peek() != JsonCursor::Type::String) {
            if (m_cursor.peek() == JsonCursor::Type::Null)
                return m_cursor.skipValue();
            rec.problem = "'" + std::string(key) + "' is not a string";
            return m_cursor.skipValue();
        }
        if (!m_cursor.readString(out))
            return false;
        if (out.size() > s_maxFieldSize)
            rec.problem = "'" + std::string(key) + "' is larger than 1 MiB";
        out = stable(out);
        return true;
    }

    bool readNumberField(std::uint64_t &out, RecordFields &rec, std::string_view key)
    {
        if (m_cursor.peek() == JsonCursor::Type::Null)
            return m_cursor.skipValue();
        if (m_cursor.peek() != JsonCursor::Type::Number) {
            rec.problem = "'" + std::string(key) + "' is not a number";
            return m_cursor.skipValue();
        }
        std::string_view text;
        if (!m_cursor.readNumber(text))
            return false;
        out = 0;
        for (const char c : text) {
            if (c < '0' || c > '9') {
                rec.problem = "'" + std::string(key) + "' is not a whole non-negative number";
                return true;
            }
            out = out * 10 + std::uint64_t(c - '0');
        }
        return true;
    }

    bool readField(std::string_view key, RecordFields &rec)
    {
        if (key == "name")
            return readStringField(rec.name, rec, key);
        if (key == "version")
            return readStringField(rec.version, rec, key);
        if (key == "build")
            return readStringField(rec.build, rec, key);
        if (key == "build_number") {
            rec.hasBuildNumber = true;
            return readNumberField(rec.buildNumber, rec, key);
        }
        if (key == "depends")
            return readStringList(rec.depends, rec, "depends");
        if (key == "constrains")
            return readStringList(rec.constrains, rec, "constrains");
        if (key == "track_features") {
            if (m_cursor.peek() == JsonCursor::Type::Array)
                return readStringList(rec.trackFeatures, rec, "track_features");
            std::string_view text;
            if (!readStringField(text, rec, key))
                return false;
            splitFeatures(text, rec.trackFeatures);
            return true;
        }
        if (key == "license")
            return readStringField(rec.license, rec, key);
        if (key == "md5")
            return readStringField(rec.md5, rec, key);
        if (key == "sha256")
            return readStringField(rec.sha256, rec, key);
        if (key == "subdir")
            return readStringField(rec.subdir, rec, key);
        if (key == "fn")
            return readStringField(rec.fn, rec, key);
        if (key == "noarch" && m_cursor.peek() == JsonCursor::Type::String)
            return readStringField(rec.noarch, rec, key);
        if (key == "size")
            return readNumberField(rec.size, rec, key);
        if (key == "timestamp")
            return readNumberField(rec.timestamp, rec, key);
        // `requires` is conda's legacy key: conda ignores it and so do we. Everything else too.
        return m_cursor.skipValue();
    }

    static void splitFeatures(std::string_view text, std::vector<std::string_view> &out)
    {
        out.clear();
        std::size_t i = 0;
        while (i < text.size()) {
            while (i < text.size() && (text[i] == ' ' || text[i] == ',' || text[i] == '\t'))
                ++i;
            const std::size_t start = i;
            while (i < text.size() && text[i] != ' ' && text[i] != ',' && text[i] != '\t')
                ++i;
            if (i > start)
                out.push_back(text.substr(start, i - start));
        }
    }

    bool parseRecord(std::string_view key)
    {
        if (m_cursor.peek() != JsonCursor::Type::Object) {
            warn(key, "the record is not a JSON object");
            return m_cursor.skipValue();
        }
        RecordFields &rec = m_rec;
        rec.reset();
        m_cursor.beginObject();
        std::string_view field;
        while (m_cursor.nextKey(field))
            if (!readField(field, rec))
                return false;
        if (m_cursor.failed())
            return false;
        if (rec.fn.empty())
            rec.fn = key;
        validateFileName(key, rec);
        validate(rec);
        if (!rec.problem.empty()) {
            warn(rec.fn, rec.problem);
            return true;
        }
        addSolvable(rec);
        return true;
    }

    /**
     * The key and the fn field become a path under the channel (sync downloads and writes it, a lock
     * file names it): a record whose name could leave its subdir ("../x", "/etc/x", a NUL byte) or
     * that no file system can hold is refused, not loaded.
     */
    static void validateFileName(std::string_view key, RecordFields &rec)
    {
        if (!rec.problem.empty())
            return;
        for (const std::string_view name : {key, rec.fn}) {
            if (name.size() > s_maxFileName)
                rec.problem = "the file name is longer than 255 bytes";
            else if (!util::isSafeFileName(name))
                rec.problem = "unsafe file name (a path, '..' or a NUL byte)";
            if (!rec.problem.empty())
                return;
        }
    }

    void validate(RecordFields &rec)
    {
        if (!rec.problem.empty())
            return;
        if (rec.name.empty())
            rec.problem = "no package name";
        else if (rec.version.empty())
            rec.problem = "no version";
        else if (rec.version.size() > 256)
            rec.problem = "the version is longer than 256 characters";
        else if (!std::all_of(rec.version.begin(), rec.version.end(), isVersionChar))
            rec.problem = "invalid version '" + std::string(rec.version) + "'";
    }

    /** Converts a dependency string with libsolv's conda parser, once per distinct string. */
    Id dependency(std::string_view spec)
    {
        const StringKey key = StringKey::of(spec);
        if (const std::uint32_t *known = m_deps.find(key))
            return Id(*known);
        const std::string text(spec);
        const Id id = pool_conda_matchspec(m_pool, text.c_str());
        m_deps.set(key, std::uint32_t(id));
        return id;
    }

    bool convertDeps(const std::vector<std::string_view> &specs, std::vector<Id> &out, RecordFields &rec)
    {
        out.clear();
        for (const auto spec : specs) {
            const Id id = dependency(spec);
            if (!id) {
                rec.problem = "cannot read the dependency '" + std::string(spec) + "'";
                return false;
            }
            out.push_back(id);
        }
        return true;
    }

    void addSolvable(RecordFields &rec)
    {
        if (m_excludeNewerMs && rec.timestamp && std::int64_t(timestampMs(rec.timestamp)) > m_excludeNewerMs)
            return; // exclude-newer; a record without a timestamp is kept
        if (!convertDeps(rec.depends, m_requires, rec) || !convertDeps(rec.constrains, m_constrains, rec)) {
            warn(rec.fn, rec.problem);
            return;
        }
        // A .conda and a .tar.bz2 of the same build: keep the .conda, whichever comes first.
        const bool isConda = rec.fn.ends_with(".conda");
        const std::string_view stem = rec.fn.substr(0, rec.fn.size() - (isConda ? 6 : rec.fn.ends_with(".tar.bz2") ? 8 : 0));
        const StringKey stemKey = StringKey::of(stem);
        if (const std::uint32_t *seen = m_stems.find(stemKey)) {
            if (!isConda || (*seen & 1)) { // the solvable's Id shifted left, the low bit: a .conda
                ++m_stats.replacedByConda;
                return;
            }
            repo_free_solvable(m_repo, Id(*seen >> 1), 0);
            ++m_stats.replacedByConda;
            --m_stats.records;
        }
        const Id handle = repo_add_solvable(m_repo);
        m_stems.set(stemKey, std::uint32_t(handle) << 1 | (isConda ? 1 : 0));
        Solvable *s = pool_id2solvable(m_pool, handle);
        s->name = pool_strn2id(m_pool, rec.name.data(), unsigned(rec.name.size()), 1);
        s->evr = pool_strn2id(m_pool, rec.version.data(), unsigned(rec.version.size()), 1);
        for (const Id dep : m_requires)
            s->requires_ = repo_addid_dep(m_repo, s->requires_, dep, 0);
        if (m_pip == PipAsPythonDependency::Yes && rec.name == "python" && !rec.version.empty() &&
            (rec.version[0] == '2' || rec.version[0] == '3'))
            s->requires_ = repo_addid_dep(m_repo, s->requires_, pool_str2id(m_pool, "pip", 1), 0);
        for (const Id dep : m_constrains)
            repodata_add_idarray(m_data, handle, SOLVABLE_CONSTRAINS, dep);
        for (const auto feature : rec.trackFeatures)
            repodata_add_idarray(m_data, handle, SOLVABLE_TRACK_FEATURES,
                                 pool_strn2id(m_pool, feature.data(), unsigned(feature.size()), 1));
        setStr(handle, SOLVABLE_BUILDFLAVOR, rec.build);
        if (rec.hasBuildNumber) {
            char number[24];
            const auto end = std::to_chars(number, number + sizeof(number) - 1, rec.buildNumber).ptr;
            *end = '\0';
            repodata_set_str(m_data, handle, SOLVABLE_BUILDVERSION, number);
        }
        setStr(handle, SOLVABLE_LICENSE, rec.license);
        setStr(handle, m_noarchKey, rec.noarch);
        setChecksum(handle, SOLVABLE_PKGID, REPOKEY_TYPE_MD5, rec.md5, 32);
        setChecksum(handle, SOLVABLE_CHECKSUM, REPOKEY_TYPE_SHA256, rec.sha256, 64);
        if (rec.size)
            repodata_set_num(m_data, handle, SOLVABLE_DOWNLOADSIZE, rec.size);
        if (rec.timestamp)
            repodata_set_num(m_data, handle, SOLVABLE_BUILDTIME, timestampMs(rec.timestamp) / 1000);
        const std::string_view subdir = rec.subdir.empty() ? std::string_view(m_subdir) : rec.subdir;
        repodata_set_location(m_data, handle, 0, subdir.empty() ? nullptr : cstr(m_buffer, subdir), cstr(m_buffer2, rec.fn));
        s->provides = repo_addid_dep(m_repo, s->provides, pool_rel2id(m_pool, s->name, s->evr, REL_EQ, 1), 0);
        ++m_stats.records;
    }

    /** CEP 34 timestamps are milliseconds; very old records used seconds (anything before year 10000). */
    static std::uint64_t timestampMs(std::uint64_t timestamp)
    {
        return timestamp > 253402300799ULL ? timestamp : timestamp * 1000;
    }

    /** A NUL-terminated copy of @p value in @p buffer (libsolv wants C strings; views are not). */
    static const char *cstr(std::string &buffer, std::string_view value)
    {
        buffer.assign(value.data(), value.size());
        return buffer.c_str();
    }

    void setStr(Id handle, Id key, std::string_view value)
    {
        if (!value.empty())
            repodata_set_id(m_data, handle, key, pool_strn2id(m_pool, value.data(), unsigned(value.size()), 1));
    }

    /** Stores a checksum given as @p length hex digits; anything else is left out. */
    void setChecksum(Id handle, Id key, Id type, std::string_view hex, std::size_t length)
    {
        unsigned char bytes[32];
        if (hex.size() != length || length > 2 * sizeof bytes)
            return;
        for (std::size_t i = 0; i < length; i += 2) {
            const int high = hexDigitValue(hex[i]), low = hexDigitValue(hex[i + 1]);
            if (high < 0 || low < 0)
                return;
            bytes[i / 2] = static_cast<unsigned char>(high << 4 | low);
        }
        repodata_set_bin_checksum(m_data, handle, key, type, bytes);
    }

    void warn(std::string_view fn, const std::string &why)
    {
        ++m_stats.skipped;
        if (m_stats.warnings.size() < s_maxWarnings)
            m_stats.warnings.push_back(m_source.path + ": record '" + shownName(fn) + "': " + why);
    }

    Repo *m_repo;
    Pool *m_pool;
    Repodata *m_data;
    Id m_noarchKey;
    std::string_view m_json;
    JsonCursor m_cursor;
    const RepodataSource &m_source;
    PipAsPythonDependency m_pip;
    std::int64_t m_excludeNewerMs = 0;
    std::function<void(std::size_t)> m_consumed;
    std::size_t m_released = 0;
    LoadStats &m_stats;
    std::string m_subdir;
    std::string m_baseUrl;
    bool m_bare = false;
    RecordFields m_rec;
    std::vector<Id> m_requires, m_constrains;
    std::deque<std::string> m_strings;
    std::string m_buffer, m_buffer2;
    KeyTable m_deps; ///< dependency string -> libsolv's Id: each string is converted once
    KeyTable m_stems; ///< file name without its extension -> its solvable's Id << 1 | is a .conda
};

} // namespace

util::Result<void> loadRepodataJson(Repo *repo, Id noarchKey, std::string_view json, const RepodataSource &source,
    PipAsPythonDependency pip, std::string &baseUrl, LoadStats &stats, std::int64_t excludeNewerMs,
    const std::function<void(std::size_t)> &consumed)
{
    Loader loader(repo, noarchKey, json, source, pip, stats);
    loader.setExcludeNewer(excludeNewerMs);
    loader.setConsumed(consumed);
    return loader.run(baseUrl);
}

std::int64_t excludeNewerCutoff(const LoadOptions &options, const RepodataSource &source)
{
    if (options.excludeNewerMs.empty())
        return 0;
    const auto names = [&source](std::string key) {
        while (key.size() > 1 && key.back() == '/')
            key.pop_back();
        for (std::string channel : { source.channel, util::maskSecrets(source.channelUrl) }) {
            while (channel.size() > 1 && channel.back() == '/')
                channel.pop_back();
            if (channel == key || channel.ends_with('/' + key))
                return true;
        }
        return false;
    };
    for (const auto &[key, cutoff] : options.excludeNewerMs)
        if (!key.empty() && names(key))
            return cutoff;
    const auto all = options.excludeNewerMs.find(std::string());
    return all == options.excludeNewerMs.end() ? 0 : all->second;
}

} // namespace core::solve::detail
