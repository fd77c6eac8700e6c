// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/channel/repodatacache.h"

#include "core/util/atomicfile.h"
#include "core/util/failpoint.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>

using core::util::ErrorCode;
using core::util::makeError;
using core::util::Result;

namespace core::channel {

namespace {

// Files of a key that no state names (a refresh killed before or after its commit) are removed once
// they are this old: younger ones may be another process's refresh that has not committed yet.
constexpr qint64 s_orphanAgeSeconds = 600;

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
    if (!state.jsonFile.empty())
        o[QLatin1String("json_file")] = QString::fromStdString(state.jsonFile);
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
    // Only a plain file name is taken: a state file is no way to point the cache elsewhere.
    const QString jsonFile = o.value(QLatin1String("json_file")).toString();
    if (!jsonFile.contains(u'/') && jsonFile != QLatin1String("..") && jsonFile != QLatin1String("."))
        state.jsonFile = jsonFile.toStdString();
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
    const auto state = loadStateOnly(keyUrl);
    return jsonPath(keyUrl, state ? *state : CacheState{});
}

QString RepodataCache::jsonPath(const std::string &keyUrl, const CacheState &state) const
{
    if (state.jsonFile.empty())
        return m_dir + u'/' + keyName(keyUrl) + QLatin1String(".json");
    return m_dir + u'/' + QString::fromStdString(state.jsonFile);
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
    if (!state)
        return std::nullopt;
    const QFileInfo json(jsonPath(keyUrl, *state));
    if (!json.isFile() || json.size() != state->size || fileMtimeNs(json) != state->mtimeNs)
        return std::nullopt;
    return state;
}

Result<CacheState> RepodataCache::store(const std::string &keyUrl, const QByteArray &json, CacheState state) const
{
    const quint64 generation = QRandomGenerator::system()->generate64();
    state.jsonFile = QString(keyName(keyUrl) + u'.' + QString::number(generation, 16).rightJustified(16, u'0')
                             + QLatin1String(".json")).toStdString();
    const QString path = jsonPath(keyUrl, state);
    util::failpoint("repodata-cache:storing", keyUrl);
    // 1. The new JSON beside the old one; nothing names it yet, so a kill here leaves the old copy.
    if (auto written = util::writeFileAtomically(path, json); !written)
        return written.error();
    util::failpoint("repodata-cache:json-written", keyUrl);
    const QFileInfo info(path);
    state.size = info.size();
    state.mtimeNs = fileMtimeNs(info);
    // 2. The commit: the state that names the new JSON replaces the one that named the old.
    const auto previous = loadStateOnly(keyUrl);
    if (auto written = storeState(keyUrl, state); !written) {
        QFile::remove(path);
        return written.error();
    }
    // 3. Only now is the previous generation of no use.
    removeSuperseded(keyUrl, previous, state);
    return state;
}

Result<void> RepodataCache::storeState(const std::string &keyUrl, const CacheState &state) const
{
    util::failpoint("repodata-cache:writing-state", keyUrl);
    auto written = util::writeFileAtomically(statePath(keyUrl), QJsonDocument(toJson(state)).toJson(QJsonDocument::Indented));
    if (written)
        util::failpoint("repodata-cache:state-written", keyUrl);
    return written;
}

void RepodataCache::removeSuperseded(const std::string &keyUrl, const std::optional<CacheState> &previous,
                                     const CacheState &current) const
{
    const QString currentJson = QFileInfo(jsonPath(keyUrl, current)).fileName();
    const QString stateFile = QFileInfo(statePath(keyUrl)).fileName();
    if (previous && previous->jsonFile != current.jsonFile) {
        const QString old = jsonPath(keyUrl, *previous);
        QFile::remove(old);
        util::failpoint("repodata-cache:previous-json-removed", keyUrl);
        QFile::remove(old + QLatin1String(".solv"));  // the .solv cache kept next to it, if any
    }
    const QDateTime orphanBefore = QDateTime::currentDateTimeUtc().addSecs(-s_orphanAgeSeconds);
    const QDir dir(m_dir);
    for (const QFileInfo &file : dir.entryInfoList({keyName(keyUrl) + QLatin1String(".*")}, QDir::Files)) {
        const QString name = file.fileName();
        if (name == stateFile || name.startsWith(currentJson) || file.lastModified() >= orphanBefore)
            continue;
        QFile::remove(file.absoluteFilePath());
    }
}

} // namespace core::channel
