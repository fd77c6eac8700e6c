// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/channel/shardcheck.h"

#include "core/channel/repodatascan.h"
#include "core/util/atomicfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <map>
#include <memory>

namespace core::channel {

using util::ErrorCode;
using util::makeError;
using util::Result;

namespace {

util::Error located(util::Error error, const std::string &where)
{
    if (error.location.empty())
        error.location = where;
    return error;
}

/** Key of a record: its table and file name, as written. */
std::string recordKey(const RawRecord &r)
{
    return (r.conda ? "c:" : "t:") + std::string(r.fileName);
}

QJsonObject objectOf(std::string_view json)
{
    return QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), qsizetype(json.size()))).object();
}

std::vector<std::string> differingKeys(const QJsonObject &a, const QJsonObject &b)
{
    std::set<QString> keys;
    for (auto it = a.begin(); it != a.end(); ++it)
        keys.insert(it.key());
    for (auto it = b.begin(); it != b.end(); ++it)
        keys.insert(it.key());
    std::vector<std::string> out;
    for (const QString &key : keys)
        if (a.value(key) != b.value(key))
            out.push_back(key.toStdString());
    return out;
}

} // namespace

Result<RepodataComparison> compareRepodata(const QByteArray &flat, const std::string &flatWhere,
    const QByteArray &sharded, const std::string &shardsWhere, const std::set<std::string> &indexNames)
{
    auto flatRecords = rawRecords(flat);
    if (!flatRecords)
        return located(flatRecords.error(), flatWhere);
    auto shardRecords = rawRecords(sharded);
    if (!shardRecords)
        return located(shardRecords.error(), shardsWhere);

    // Records of the shards by key; the text is compared first, the JSON values only when it differs.
    std::map<std::string, std::string_view> shardText;
    std::map<std::string, std::string> shardName; // key -> package name
    std::set<std::string> shardNames;
    for (const RawRecord &r : *shardRecords) {
        const std::string key = recordKey(r);
        shardText.emplace(key, r.json);
        const std::string name = objectOf(r.json).value(QStringLiteral("name")).toString().toStdString();
        shardName.emplace(key, name);
        shardNames.insert(name);
    }

    RepodataComparison out;
    std::set<std::string> flatNames, onlyFlatNames;
    std::vector<std::pair<std::string, std::string>> onlyFlat; // (name, file name)
    std::set<std::string> matched;
    for (const RawRecord &r : *flatRecords) {
        const QJsonObject record = objectOf(r.json);
        const std::string name = record.value(QStringLiteral("name")).toString().toStdString();
        flatNames.insert(name);
        const std::string key = recordKey(r);
        const auto it = shardText.find(key);
        if (it == shardText.end()) {
            onlyFlat.emplace_back(name, std::string(r.fileName));
            continue;
        }
        matched.insert(key);
        ++out.records;
        if (it->second == r.json)
            continue;
        if (auto keys = differingKeys(record, objectOf(it->second)); !keys.empty())
            out.recordsDiffering.emplace_back(std::string(r.fileName), std::move(keys));
    }
    std::set<std::string> allShardNames = shardNames;
    allShardNames.insert(indexNames.begin(), indexNames.end());
    for (const auto &[name, fileName] : onlyFlat) {
        if (allShardNames.contains(name))
            out.recordsOnlyFlat.push_back(fileName);
        else
            onlyFlatNames.insert(name);
    }
    out.namesOnlyFlat.assign(onlyFlatNames.begin(), onlyFlatNames.end());
    for (const std::string &name : allShardNames) {
        if (flatNames.contains(name))
            ++out.names;
        else
            out.namesOnlyShards.push_back(name);
    }
    for (const auto &[key, text] : shardText)
        if (!matched.contains(key) && flatNames.contains(shardName[key]))
            out.recordsOnlyShards.push_back(key.substr(2));
    std::sort(out.recordsOnlyFlat.begin(), out.recordsOnlyFlat.end());
    std::sort(out.recordsOnlyShards.begin(), out.recordsOnlyShards.end());
    std::sort(out.recordsDiffering.begin(), out.recordsDiffering.end());
    return out;
}

Result<LocalShards> readLocalShards(const QString &subdirDir, const std::string &subdir)
{
    const QString indexPath = QDir(subdirDir).filePath(QString::fromLatin1(s_shardIndexFile));
    if (!QFileInfo::exists(indexPath))
        return makeError(ErrorCode::FileNotFound, "no shard index", indexPath.toStdString());
    auto bytes = util::readFile(indexPath);
    if (!bytes)
        return bytes.error();
    auto index = parseShardIndex(*bytes, indexPath.toStdString());
    if (!index)
        return index.error();
    const QString base = QString::fromStdString(index->shardsBaseUrl.empty() ? "./shards/" : index->shardsBaseUrl);
    if (base.contains(QLatin1String("://")) || base.startsWith(u'/'))
        return makeError(ErrorCode::UnsupportedFormat,
            "shards_base_url '" + index->shardsBaseUrl + "' is not a folder beside the index", indexPath.toStdString());
    const QString shardsDir = QDir::cleanPath(QDir(subdirDir).filePath(base));

    LocalShards out;
    std::vector<std::unique_ptr<ShardRecords>> shards;
    for (const auto &[name, hash] : index->shards) {
        out.names.insert(name);
        const QString path = shardsDir + u'/' + QString::fromStdString(hash) + QStringLiteral(".msgpack.zst");
        auto shard = util::readFile(path);
        if (!shard)
            return located(shard.error(), path.toStdString());
        const QByteArray digest = QCryptographicHash::hash(*shard, QCryptographicHash::Sha256).toHex();
        if (digest.toStdString() != hash)
            return makeError(ErrorCode::ChecksumMismatch,
                "the shard of '" + name + "' has sha256 " + digest.toStdString() + ", the index says " + hash,
                path.toStdString());
        auto records = parseShard(*shard, path.toStdString());
        if (!records)
            return records.error();
        shards.push_back(std::make_unique<ShardRecords>(std::move(*records)));
    }
    std::vector<const ShardRecords *> pointers;
    for (const auto &shard : shards)
        pointers.push_back(shard.get());
    out.repodata = repodataFromShards(subdir, {}, pointers);
    return out;
}

} // namespace core::channel
