// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/solve/channelsources.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>

using core::util::ErrorCode;
using core::util::makeError;
using core::channel::Channel;
using core::util::Result;

namespace core::solve {

bool isLocalChannel(const std::string &channel)
{
    return channel.starts_with("file://") || channel.starts_with('/') || channel.starts_with("./") ||
           channel.starts_with("../");
}

Result<std::vector<RepodataSource>> localRepodataSources(const std::vector<std::string> &channels,
                                                         const std::string &platform)
{
    std::vector<RepodataSource> sources;
    int priority = int(channels.size());
    for (const auto &channel : channels) {
        const QString path = channel.starts_with("file://")
                                 ? QUrl(QString::fromStdString(channel)).toLocalFile()
                                 : QFileInfo(QString::fromStdString(channel)).absoluteFilePath();
        if (!QFileInfo(path).isDir())
            return makeError(ErrorCode::UnknownChannel, "the channel folder does not exist", channel);
        const QString clean = QDir::cleanPath(path);
        for (const std::string &subdir : {platform, std::string("noarch")}) {
            const QDir dir(clean + QLatin1Char('/') + QString::fromStdString(subdir));
            QString file = dir.filePath(QStringLiteral("repodata.json"));
            if (!QFileInfo::exists(file))
                file = dir.filePath(QStringLiteral("repodata.json.zst"));
            if (!QFileInfo::exists(file))
                continue;
            sources.push_back(RepodataSource{QFileInfo(clean).fileName().toStdString(),
                                             QUrl::fromLocalFile(clean).toString().toStdString(), subdir,
                                             file.toStdString(), priority});
        }
        --priority;
    }
    return sources;
}

/** When the cached copy of @p result was fetched, in local time ("2026-05-04 13:07"). */
static std::string cachedAt(const channel::SubdirResult &result)
{
    const std::int64_t at
        = result.state.fetchedAt > 0 ? result.state.fetchedAt : QDateTime::currentSecsSinceEpoch() - result.ageSeconds;
    return QDateTime::fromSecsSinceEpoch(at).toString(QStringLiteral("yyyy-MM-dd HH:mm")).toStdString();
}

Result<std::vector<RepodataSource>> sourcesFromFetch(const std::vector<channel::SubdirResult> &results,
                                                     std::vector<std::string> &warnings)
{
    std::vector<std::string> order;  // channel URLs in request order
    for (const auto &r : results)
        if (std::find(order.begin(), order.end(), r.request.channel.url()) == order.end())
            order.push_back(r.request.channel.url());
    std::vector<RepodataSource> sources;
    for (const auto &r : results) {
        if (r.status == channel::FetchStatus::Cancelled)
            return makeError(ErrorCode::Cancelled, "the download was cancelled", r.url);
        if (r.jsonPath.empty()) {
            if (r.error)
                return *r.error;
            continue;  // a local channel without this subdir: conda treats it as empty
        }
        if (r.error)
            warnings.push_back(r.error->message() + "; using the cached copy from " + cachedAt(r) + " ("
                + std::to_string(r.ageSeconds / 60) + " minutes old)");
        const auto position = std::find(order.begin(), order.end(), r.request.channel.url()) - order.begin();
        const Channel &c = r.request.channel;
        sources.push_back(RepodataSource{c.name(), c.url(channel::WithToken::Yes), r.request.subdir, r.jsonPath,
                                         int(order.size()) - int(position)});
    }
    return sources;
}

Result<LoadStats> loadSources(Database &database, const std::vector<RepodataSource> &sources, const LoadOptions &options)
{
    LoadStats total;
    for (const auto &source : sources) {
        auto stats = database.addRepodata(source, options);
        if (!stats)
            return stats.error();
        total.records += stats->records;
        total.skipped += stats->skipped;
        total.replacedByConda += stats->replacedByConda;
        total.fromSolvCache = total.fromSolvCache || stats->fromSolvCache;
        total.warnings.insert(total.warnings.end(), stats->warnings.begin(), stats->warnings.end());
    }
    return total;
}

} // namespace core::solve
