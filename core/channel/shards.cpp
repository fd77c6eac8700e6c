// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/channel/shards.h"

#include "core/channel/indexstate.h"
#include "core/channel/zstdcodec.h"
#include "core/util/atomicfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <msgpack.hpp>

#include <algorithm>
#include <set>

using core::util::ErrorCode;
using core::util::makeError;
using core::util::Result;

namespace core::channel {

namespace {

constexpr qint64 s_maxIndexBytes = qint64(512) << 20; // decompressed: conda-forge's is a few MB
constexpr qint64 s_maxShardBytes = qint64(256) << 20;

/** Bounds for hostile input: msgpack-cxx allocates what a header announces. */
msgpack::unpack_limit unpackLimit()
{
    return msgpack::unpack_limit(std::size_t(1) << 24, std::size_t(1) << 24, std::size_t(256) << 20,
        std::size_t(256) << 20, std::size_t(1) << 20, 64);
}

Result<msgpack::object_handle> unpack(const QByteArray &compressed, qint64 limit, const std::string &where)
{
    if (!isZstdFrame(compressed)) {
        const bool html = compressed.trimmed().startsWith('<');
        return makeError(ErrorCode::ParseError,
            html ? "an HTML page instead of zstd-compressed msgpack" : "not zstd-compressed data", where);
    }
    auto plain = zstdDecompress(compressed, limit);
    if (!plain)
        return makeError(plain.error().code, plain.error().detail, where);
    try {
        return msgpack::unpack(plain->constData(), std::size_t(plain->size()), nullptr, nullptr, unpackLimit());
    } catch (const std::exception &e) {
        return makeError(ErrorCode::ParseError, std::string("not msgpack: ") + e.what(), where);
    }
}

std::string_view str(const msgpack::object &o)
{
    return o.type == msgpack::type::STR ? std::string_view(o.via.str.ptr, o.via.str.size) : std::string_view();
}

const msgpack::object *member(const msgpack::object &map, std::string_view key)
{
    if (map.type != msgpack::type::MAP)
        return nullptr;
    for (std::uint32_t i = 0; i < map.via.map.size; ++i)
        if (str(map.via.map.ptr[i].key) == key)
            return &map.via.map.ptr[i].val;
    return nullptr;
}

QByteArray hex(const char *data, std::size_t size)
{
    return QByteArray::fromRawData(data, qsizetype(size)).toHex();
}

/** A shard hash: 32 raw bytes, or an array of 32 integers 0..255 (written by some servers). */
std::string hashText(const msgpack::object &o)
{
    if (o.type == msgpack::type::BIN && o.via.bin.size == 32)
        return hex(o.via.bin.ptr, 32).toStdString();
    if (o.type == msgpack::type::ARRAY && o.via.array.size == 32) {
        QByteArray raw(32, '\0');
        for (std::uint32_t i = 0; i < 32; ++i) {
            const msgpack::object &b = o.via.array.ptr[i];
            if (b.type != msgpack::type::POSITIVE_INTEGER || b.via.u64 > 255)
                return {};
            raw[i] = char(b.via.u64);
        }
        return raw.toHex().toStdString();
    }
    if (o.type == msgpack::type::STR && o.via.str.size == 64) // hex text: lenient, no server known to write it
        return std::string(str(o));
    return {};
}

void appendJson(QByteArray &out, const msgpack::object &o);

void appendKey(QByteArray &out, const msgpack::object &key)
{
    if (key.type == msgpack::type::STR) {
        out += jsonString(str(key));
        return;
    }
    QByteArray text;
    appendJson(text, key);
    out += jsonString(text.toStdString());
}

/** msgpack to JSON: bytes become lower-case hex (md5, sha256), ext values null. */
void appendJson(QByteArray &out, const msgpack::object &o)
{
    switch (o.type) {
    case msgpack::type::NIL:
        out += "null";
        return;
    case msgpack::type::BOOLEAN:
        out += o.via.boolean ? "true" : "false";
        return;
    case msgpack::type::POSITIVE_INTEGER:
        out += QByteArray::number(quint64(o.via.u64));
        return;
    case msgpack::type::NEGATIVE_INTEGER:
        out += QByteArray::number(qint64(o.via.i64));
        return;
    case msgpack::type::FLOAT32:
    case msgpack::type::FLOAT64:
        out += QByteArray::number(o.via.f64, 'g', 17);
        return;
    case msgpack::type::STR:
        out += jsonString(str(o));
        return;
    case msgpack::type::BIN:
        out += '"' + hex(o.via.bin.ptr, o.via.bin.size) + '"';
        return;
    case msgpack::type::ARRAY:
        out += '[';
        for (std::uint32_t i = 0; i < o.via.array.size; ++i) {
            if (i)
                out += ',';
            appendJson(out, o.via.array.ptr[i]);
        }
        out += ']';
        return;
    case msgpack::type::MAP:
        out += '{';
        for (std::uint32_t i = 0; i < o.via.map.size; ++i) {
            if (i)
                out += ',';
            appendKey(out, o.via.map.ptr[i].key);
            out += ':';
            appendJson(out, o.via.map.ptr[i].val);
        }
        out += '}';
        return;
    default:
        out += "null";
        return;
    }
}

void collectNames(const msgpack::object &record, const char *key, std::set<std::string> &names)
{
    const msgpack::object *list = member(record, key);
    if (!list || list->type != msgpack::type::ARRAY)
        return;
    for (std::uint32_t i = 0; i < list->via.array.size; ++i) {
        const std::string name = dependencyName(str(list->via.array.ptr[i]));
        if (!name.empty())
            names.insert(name);
    }
}

Result<void> readTable(const msgpack::object &table, std::vector<std::pair<std::string, QByteArray>> &out,
    std::set<std::string> &names, const std::string &where)
{
    if (table.type == msgpack::type::NIL)
        return {};
    if (table.type != msgpack::type::MAP)
        return makeError(ErrorCode::ParseError, "'packages' is not a map of file name to record", where);
    out.reserve(table.via.map.size);
    for (std::uint32_t i = 0; i < table.via.map.size; ++i) {
        const auto &entry = table.via.map.ptr[i];
        if (entry.key.type != msgpack::type::STR)
            return makeError(ErrorCode::ParseError, "a record's file name is not a string", where);
        QByteArray json;
        appendJson(json, entry.val);
        out.emplace_back(std::string(str(entry.key)), std::move(json));
        collectNames(entry.val, "depends", names);
        collectNames(entry.val, "constrains", names);
    }
    return {};
}

// --- writing ------------------------------------------------------------------------------------

using Packer = msgpack::packer<msgpack::sbuffer>;

void packStr(Packer &pk, std::string_view s)
{
    pk.pack_str(std::uint32_t(s.size()));
    pk.pack_str_body(s.data(), std::uint32_t(s.size()));
}

void packJson(Packer &pk, const QJsonValue &v, std::string_view key = {})
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        pk.pack_nil();
        return;
    case QJsonValue::Bool:
        v.toBool() ? pk.pack_true() : pk.pack_false();
        return;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)) && std::abs(d) < 9.0e15)
            d < 0 ? pk.pack_int64(qint64(d)) : pk.pack_uint64(quint64(d));
        else
            pk.pack_double(d);
        return;
    }
    case QJsonValue::String: {
        const QByteArray text = v.toString().toUtf8();
        if ((key == "md5" && text.size() == 32) || (key == "sha256" && text.size() == 64)) {
            const QByteArray raw = QByteArray::fromHex(text);
            if (raw.size() * 2 == text.size()) {
                pk.pack_bin(std::uint32_t(raw.size()));
                pk.pack_bin_body(raw.constData(), std::uint32_t(raw.size()));
                return;
            }
        }
        packStr(pk, std::string_view(text.constData(), std::size_t(text.size())));
        return;
    }
    case QJsonValue::Array: {
        const QJsonArray array = v.toArray();
        pk.pack_array(std::uint32_t(array.size()));
        for (const QJsonValue &item : array)
            packJson(pk, item);
        return;
    }
    case QJsonValue::Object: {
        const QJsonObject object = v.toObject(); // keys sorted: deterministic output
        pk.pack_map(std::uint32_t(object.size()));
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QByteArray k = it.key().toUtf8();
            packStr(pk, std::string_view(k.constData(), std::size_t(k.size())));
            packJson(pk, it.value(), std::string_view(k.constData(), std::size_t(k.size())));
        }
        return;
    }
    }
}

struct NameRecords
{
    std::vector<std::pair<QString, QJsonValue>> tarBz2, conda;
};

void packTable(Packer &pk, const std::vector<std::pair<QString, QJsonValue>> &records)
{
    pk.pack_map(std::uint32_t(records.size()));
    for (const auto &[fn, record] : records) {
        const QByteArray k = fn.toUtf8();
        packStr(pk, std::string_view(k.constData(), std::size_t(k.size())));
        packJson(pk, record);
    }
}

} // namespace

std::string dependencyName(std::string_view spec)
{
    while (!spec.empty() && spec.front() == ' ')
        spec.remove_prefix(1);
    if (const auto colons = spec.find("::"); colons != std::string_view::npos)
        spec.remove_prefix(colons + 2);
    const auto end = spec.find_first_of(" =<>!~[;,@(");
    std::string name(spec.substr(0, end));
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return name;
}

Result<ShardIndex> parseShardIndex(const QByteArray &compressed, const std::string &where)
{
    auto handle = unpack(compressed, s_maxIndexBytes, where);
    if (!handle)
        return handle.error();
    const msgpack::object &root = handle->get();
    if (root.type != msgpack::type::MAP)
        return makeError(ErrorCode::ParseError, "the shard index is not a msgpack map", where);
    ShardIndex index;
    if (const auto *v = member(root, "version"); v && v->type == msgpack::type::POSITIVE_INTEGER)
        index.version = int(v->via.u64);
    if (const auto *info = member(root, "info")) {
        if (const auto *v = member(*info, "subdir"))
            index.subdir = std::string(str(*v));
        if (const auto *v = member(*info, "base_url"))
            index.baseUrl = std::string(str(*v));
        if (const auto *v = member(*info, "shards_base_url"))
            index.shardsBaseUrl = std::string(str(*v));
    }
    const msgpack::object *shards = member(root, "shards");
    if (!shards || shards->type != msgpack::type::MAP)
        return makeError(ErrorCode::ParseError, "the shard index has no 'shards' map", where);
    for (std::uint32_t i = 0; i < shards->via.map.size; ++i) {
        const auto &entry = shards->via.map.ptr[i];
        const std::string name(str(entry.key));
        std::string hash = hashText(entry.val);
        if (name.empty() || hash.empty())
            return makeError(ErrorCode::ParseError,
                "shard entry " + std::to_string(i + 1) + " ('" + name.substr(0, 80)
                    + "') has no name or no 32-byte sha256",
                where);
        index.shards.emplace(name, std::move(hash));
    }
    return index;
}

Result<ShardRecords> parseShard(const QByteArray &compressed, const std::string &where)
{
    auto handle = unpack(compressed, s_maxShardBytes, where);
    if (!handle)
        return handle.error();
    const msgpack::object &root = handle->get();
    if (root.type != msgpack::type::MAP)
        return makeError(ErrorCode::ParseError, "the shard is not a msgpack map", where);
    ShardRecords records;
    std::set<std::string> names;
    if (const auto *table = member(root, "packages"))
        if (auto read = readTable(*table, records.tarBz2, names, where); !read)
            return read.error();
    if (const auto *table = member(root, "packages.conda"))
        if (auto read = readTable(*table, records.conda, names, where); !read)
            return read.error();
    records.dependencyNames.assign(names.begin(), names.end());
    return records;
}

QByteArray repodataFromShards(
    const std::string &subdir, const std::string &baseUrl, const std::vector<const ShardRecords *> &shards)
{
    QByteArray out = "{\"info\":{\"subdir\":" + jsonString(subdir);
    if (!baseUrl.empty())
        out += ",\"base_url\":" + jsonString(baseUrl);
    out += "},\"repodata_version\":1";
    const auto table = [&](const char *key, auto member) {
        out += ",\n\"";
        out += key;
        out += "\":{";
        bool first = true;
        for (const ShardRecords *shard : shards) {
            for (const auto &[fn, record] : shard->*member) {
                out += first ? "\n" : ",\n";
                first = false;
                out += jsonString(fn) + ':' + record;
            }
        }
        out += '}';
    };
    table("packages", &ShardRecords::tarBz2);
    table("packages.conda", &ShardRecords::conda);
    out += "}\n";
    return out;
}

Result<ShardedRepodata> shardRepodata(
    const QByteArray &repodataJson, const std::string &subdir, const std::string &where)
{
    QJsonParseError error {};
    const QJsonObject root = QJsonDocument::fromJson(repodataJson, &error).object();
    if (error.error != QJsonParseError::NoError)
        return makeError(ErrorCode::ParseError,
            error.errorString().toStdString() + " at offset " + std::to_string(error.offset), where);
    std::map<QString, NameRecords> byName;
    for (const char *key : { "packages", "packages.conda" }) {
        const QJsonObject table = root.value(QLatin1String(key)).toObject();
        for (auto it = table.begin(); it != table.end(); ++it) {
            const QString name = it.value().toObject().value(QLatin1String("name")).toString();
            if (name.isEmpty())
                continue; // the loader would skip it too
            auto &records = byName[name];
            (key[8] == '.' ? records.conda : records.tarBz2).emplace_back(it.key(), it.value());
        }
    }
    ShardedRepodata out;
    std::map<std::string, QByteArray> hashes; // name -> raw sha256
    for (const auto &[name, records] : byName) {
        msgpack::sbuffer buffer;
        Packer pk(buffer);
        pk.pack_map(3);
        packStr(pk, "packages");
        packTable(pk, records.tarBz2);
        packStr(pk, "packages.conda");
        packTable(pk, records.conda);
        packStr(pk, "removed");
        pk.pack_array(0);
        auto compressed = zstdCompress(QByteArray(buffer.data(), qsizetype(buffer.size())), 3);
        if (!compressed)
            return compressed.error();
        const QByteArray raw = QCryptographicHash::hash(*compressed, QCryptographicHash::Sha256);
        hashes.emplace(name.toStdString(), raw);
        out.shards.emplace_back(raw.toHex().toStdString(), std::move(*compressed));
    }
    std::sort(out.shards.begin(), out.shards.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    out.shards.erase(std::unique(out.shards.begin(), out.shards.end(),
                         [](const auto &a, const auto &b) { return a.first == b.first; }),
        out.shards.end());

    msgpack::sbuffer buffer;
    Packer pk(buffer);
    pk.pack_map(4);
    packStr(pk, "info");
    pk.pack_map(3);
    packStr(pk, "base_url");
    packStr(pk, "./");
    packStr(pk, "shards_base_url");
    packStr(pk, "./shards/");
    packStr(pk, "subdir");
    packStr(pk, subdir);
    packStr(pk, "repodata_version");
    pk.pack_uint64(2);
    packStr(pk, "shards");
    pk.pack_map(std::uint32_t(hashes.size()));
    for (const auto &[name, raw] : hashes) {
        packStr(pk, name);
        pk.pack_bin(32);
        pk.pack_bin_body(raw.constData(), 32);
    }
    packStr(pk, "version");
    pk.pack_uint64(1);
    auto index = zstdCompress(QByteArray(buffer.data(), qsizetype(buffer.size())), 3);
    if (!index)
        return index.error();
    out.index = std::move(*index);
    return out;
}

Result<std::size_t> writeShardedRepodata(
    const QString &subdirDir, const QByteArray &repodataJson, const std::string &subdir)
{
    const QString indexPath = subdirDir + u'/' + QLatin1String(s_shardIndexFile);
    auto sharded
        = shardRepodata(repodataJson, subdir, QString(subdirDir + QLatin1String("/repodata.json")).toStdString());
    if (!sharded)
        return sharded.error();
    const QString shardDir = subdirDir + QLatin1String("/shards");
    std::set<QString> named;
    for (const auto &[hash, bytes] : sharded->shards) {
        const QString path = shardDir + u'/' + QString::fromStdString(hash) + QLatin1String(".msgpack.zst");
        named.insert(QFileInfo(path).fileName());
        // Content-addressed: a file of that name already holds these bytes (written atomically).
        if (QFileInfo(path).size() == bytes.size())
            continue;
        if (auto written = util::writeFileAtomically(path, bytes); !written)
            return written.error();
    }
    if (auto written = util::writeFileAtomically(indexPath, sharded->index); !written)
        return written.error();
    const QDir dir(shardDir);
    for (const QString &name : dir.entryList({ QStringLiteral("*.msgpack.zst") }, QDir::Files))
        if (!named.contains(name))
            QFile::remove(dir.filePath(name));
    return sharded->shards.size();
}

} // namespace core::channel
