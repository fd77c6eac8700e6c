// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/channel/repodatacache.h"

#include "core/util/atomicfile.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using core::util::ErrorCode;
using core::util::makeError;
using core::util::Result;

namespace core::channel {

namespace {

std::int64_t fileMtimeNs(const QFileInfo &info)
{
    return info.fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch() * 1000000;
}

QJsonObject toJson(const CacheState &state)
{
    QJsonObject o;
    o[QLatin1String("url")] = QString::fromStdString(state.url);
    o[QLatin1String("etag")] = QString::fromStdString(state.etag);
    o[QLatin1String("last_modified")] = QString::fromStdString(state.lastModified);
    o[QLatin1String("cache_control")] = QString::fromStdString(state.cacheControl);
    o[QLatin1String("size")] = qint64(state.size);
    o[QLatin1String("mtime_ns")] = qint64(state.mtimeNs);
    o[QLatin1String("fetched_at")] = qint64(state.fetchedAt);
    o[QLatin1String("records")] = qint64(state.records);
    if (state.hasZst) {
        o[QLatin1String("has_zst")] = QJsonObject{{QLatin1String("value"), *state.hasZst},
                                                  {QLatin1String("checked_at"), qint64(state.hasZstCheckedAt)}};
    }
    return o;
}

CacheState fromJson(const QJsonObject &o)
{
    CacheState state;
    state.url = o.value(QLatin1String("url")).toString().toStdString();
    state.etag = o.value(QLatin1String("etag")).toString().toStdString();
    state.lastModified = o.value(QLatin1String("last_modified")).toString().toStdString();
    state.cacheControl = o.value(QLatin1String("cache_control")).toString().toStdString();
    state.size = o.value(QLatin1String("size")).toInteger(-1);
    state.mtimeNs = o.value(QLatin1String("mtime_ns")).toInteger(-1);
    state.fetchedAt = o.value(QLatin1String("fetched_at")).toInteger();
    state.records = o.value(QLatin1String("records")).toInteger(-1);
    const QJsonObject zst = o.value(QLatin1String("has_zst")).toObject();
    if (zst.contains(QLatin1String("value"))) {
        state.hasZst = zst.value(QLatin1String("value")).toBool();
        state.hasZstCheckedAt = zst.value(QLatin1String("checked_at")).toInteger();
    }
    return state;
}

} // namespace

std::optional<std::int64_t> CacheState::maxAge() const
{
    const QString header = QString::fromStdString(cacheControl).toLower();
    std::optional<std::int64_t> result;
    for (const QString &part : header.split(u',', Qt::SkipEmptyParts)) {
        const QString directive = part.trimmed();
        if (directive == QLatin1String("no-cache") || directive == QLatin1String("no-store"))
            return 0;
        if (directive.startsWith(QLatin1String("max-age="))) {
            bool ok = false;
            const qint64 seconds = directive.mid(8).toLongLong(&ok);
            if (ok && seconds >= 0)
                result = seconds;
        }
    }
    return result;
}

bool CacheState::isFresh(std::int64_t now) const
{
    const auto seconds = maxAge();
    return seconds && *seconds > 0 && now >= fetchedAt && now - fetchedAt < *seconds;
}

RepodataCache::RepodataCache(QString directory) : m_dir(directory.isEmpty() ? defaultDirectory() : std::move(directory))
{
}

QString RepodataCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QLatin1String("/deploydeck/repodata");
}

static QString keyName(const std::string &keyUrl)
{
    const QByteArray hash = QCryptographicHash::hash(QByteArray::fromStdString(keyUrl), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(16));
}

QString RepodataCache::jsonPath(const std::string &keyUrl) const
{
    return m_dir + u'/' + keyName(keyUrl) + QLatin1String(".json");
}

QString RepodataCache::statePath(const std::string &keyUrl) const
{
    return m_dir + u'/' + keyName(keyUrl) + QLatin1String(".state.json");
}

std::optional<CacheState> RepodataCache::loadStateOnly(const std::string &keyUrl) const
{
    auto data = util::readFile(statePath(keyUrl));
    if (!data)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(*data);
    if (!doc.isObject())
        return std::nullopt;
    return fromJson(doc.object());
}

std::optional<CacheState> RepodataCache::load(const std::string &keyUrl) const
{
    auto state = loadStateOnly(keyUrl);
    const QFileInfo json(jsonPath(keyUrl));
    if (!state || !json.isFile() || json.size() != state->size || fileMtimeNs(json) != state->mtimeNs)
        return std::nullopt;
    return state;
}

Result<CacheState> RepodataCache::store(const std::string &keyUrl, const QByteArray &json, CacheState state) const
{
    const QString path = jsonPath(keyUrl);
    if (auto written = util::writeFileAtomically(path, json); !written)
        return written.error();
    const QFileInfo info(path);
    state.size = info.size();
    state.mtimeNs = fileMtimeNs(info);
    if (auto written = storeState(keyUrl, state); !written)
        return written.error();
    return state;
}

Result<void> RepodataCache::storeState(const std::string &keyUrl, const CacheState &state) const
{
    return util::writeFileAtomically(statePath(keyUrl), QJsonDocument(toJson(state)).toJson(QJsonDocument::Indented));
}

} // namespace core::channel
