// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/channel/repodataimport.h"

#include "core/channel/repodatascan.h"
#include "core/channel/zstdcodec.h"
#include "core/util/atomicfile.h"

#include <QDateTime>
#include <QFileInfo>

using core::util::ErrorCode;
using core::util::makeError;
using core::util::Result;

namespace core::channel {

namespace {

util::Error located(util::Error error, const std::string &location)
{
    error.location = location;
    return error;
}

/** Decompresses when the bytes are a zstd frame (the server may send .zst as any content type). */
Result<QByteArray> plainJson(const QByteArray &body)
{
    if (!isZstdFrame(body))
        return body;
    return zstdDecompress(body);
}

} // namespace

Result<CacheState> importDownload(const RepodataCache &cache, const std::string &keyUrl, const QByteArray &body,
                                  CacheState state, const std::string &maskedUrl)
{
    auto json = plainJson(body);
    if (!json)
        return located(json.error(), maskedUrl);
    auto summary = scanRepodata(*json);
    if (!summary)
        return located(summary.error(), maskedUrl);
    state.records = summary->records;
    auto stored = cache.store(keyUrl, *json, std::move(state));
    if (!stored)
        return stored.error();
    return stored;
}

Result<LocalRepodata> readLocalRepodata(
    const QString &subdirPath, const RepodataCache &cache, const std::string &keyUrl, bool scan)
{
    const QString jsonPath = subdirPath + QLatin1String("/repodata.json");
    const QString zstPath = jsonPath + QLatin1String(".zst");
    const bool hasJson = QFileInfo(jsonPath).isFile();
    if (!hasJson && !QFileInfo(zstPath).isFile())
        return makeError(ErrorCode::FileNotFound, "no repodata.json or repodata.json.zst", subdirPath.toStdString());
    const QString source = hasJson ? jsonPath : zstPath;
    // A plain repodata.json is used in place: its size and mtime are its stamp.
    const auto inPlace = [&](std::int64_t records) {
        LocalRepodata local;
        const QFileInfo info(jsonPath);
        local.state.url = "file://" + source.toStdString();
        local.state.records = records;
        local.state.fetchedAt = QDateTime::currentSecsSinceEpoch();
        local.jsonPath = jsonPath.toStdString();
        local.state.size = info.size();
        local.state.mtimeNs = info.fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch() * 1000000;
        return local;
    };
    if (hasJson && !scan)
        return inPlace(-1);
    auto data = util::readFile(source);
    if (!data)
        return data.error();
    auto json = plainJson(*data);
    if (!json)
        return located(json.error(), source.toStdString());
    auto summary = scanRepodata(*json);
    if (!summary)
        return located(summary.error(), source.toStdString());

    if (hasJson)
        return inPlace(summary->records);
    LocalRepodata local;
    local.state.url = "file://" + source.toStdString();
    local.state.records = summary->records;
    local.state.fetchedAt = QDateTime::currentSecsSinceEpoch();
    auto stored = cache.store(keyUrl, *json, local.state);
    if (!stored)
        return stored.error();
    local.state = *stored;
    local.jsonPath = cache.jsonPath(keyUrl, local.state).toStdString();
    return local;
}

} // namespace core::channel
