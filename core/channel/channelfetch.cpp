// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/channel/channelfetch.h"

#include "core/channel/repodatascan.h"
#include "core/channel/shards.h"
#include "core/util/atomicfile.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace core::channel {

namespace {

using DependencyGraph = std::map<std::string, std::set<std::string>>;

/** name -> dependency names of the records of flat repodata files (JSON files, as fetched). */
DependencyGraph dependencyGraph(const std::vector<std::string> &jsonPaths)
{
    DependencyGraph graph;
    for (const std::string &path : jsonPaths) {
        auto data = util::readFile(QString::fromStdString(path));
        if (!data)
            continue;
        auto records = rawRecords(*data);
        if (!records)
            continue;
        for (const RawRecord &raw : *records) {
            const QJsonObject record
                = QJsonDocument::fromJson(QByteArray::fromRawData(raw.json.data(), qsizetype(raw.json.size())))
                      .object();
            auto &deps = graph[record.value(QLatin1String("name")).toString().toStdString()];
            for (const char *key : { "depends", "constrains" })
                for (const QJsonValue &d : record.value(QLatin1String(key)).toArray())
                    deps.insert(dependencyName(d.toString().toStdString()));
        }
    }
    return graph;
}

} // namespace

ShardedFetchOptions shardedOptions(const FetchOptions &options)
{
    ShardedFetchOptions sharded;
    sharded.cacheDir = options.cacheDir;
    sharded.cacheMode = options.cacheMode;
    sharded.transferTimeoutMs = options.transferTimeoutMs;
    sharded.proxy = options.proxy;
    sharded.sslVerifyOff = options.sslVerifyOff;
    return sharded;
}

ChannelFetch::ChannelFetch(FetchOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_flat(new RepodataFetcher(m_options, this))
    , m_shards(new ShardedFetcher(shardedOptions(m_options), this))
{
    ShardedFetchOptions reprobe = shardedOptions(m_options);
    reprobe.ignoreNoShardsMemory = true;
    m_reprobe = new ShardedFetcher(reprobe, this);
    m_again = new ShardedFetcher(shardedOptions(m_options), this);
    connect(m_shards, &ShardedFetcher::finished, this, [this](const auto &r) { onShardsFinished(r, Pass::First); });
    connect(m_reprobe, &ShardedFetcher::finished, this, [this](const auto &r) { onShardsFinished(r, Pass::Reprobe); });
    connect(m_again, &ShardedFetcher::finished, this,
        [this](const auto &r) { onShardsFinished(r, Pass::FlatDependencies); });
    connect(m_again, &ShardedFetcher::progress, this, &ChannelFetch::shardProgress);
    connect(m_flat, &RepodataFetcher::finished, this, &ChannelFetch::onFlatFinished);
    connect(m_shards, &ShardedFetcher::progress, this, &ChannelFetch::shardProgress);
    connect(m_reprobe, &ShardedFetcher::progress, this, &ChannelFetch::shardProgress);
    connect(m_flat, &RepodataFetcher::progress, this,
        [this](int, qint64 received, qint64 total) { Q_EMIT bytesProgress(received, total); });
}

ChannelFetch::~ChannelFetch() = default;

bool ChannelFetch::fetch(const std::vector<SubdirRequest> &requests, std::optional<std::vector<std::string>> roots,
    const std::set<std::string> &known)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancelled = false;
    m_requests = requests;
    m_roots = std::move(roots);
    m_known = known;
    m_reached.clear();
    m_warnings.clear();
    m_flatGraph.clear();
    m_flatGraphBuilt = false;
    m_followed.clear();
    m_results.assign(requests.size(), std::nullopt);
    m_sharded.assign(requests.size(), ShardedSubdirResult {});
    for (std::size_t i = 0; i < requests.size(); ++i)
        m_sharded[i].result.request = requests[i];
    if (!m_roots) {
        QMetaObject::invokeMethod(this, &ChannelFetch::startFlat, Qt::QueuedConnection);
        return true;
    }
    std::vector<SubdirRequest> remote;
    for (const auto &r : requests)
        if (!r.channel.isLocal())
            remote.push_back(r);
    m_followed.insert(m_roots->begin(), m_roots->end());
    m_shards->fetch(remote, *m_roots, m_known);
    return true;
}

void ChannelFetch::cancel()
{
    // A pass that has not started yet must not start: the flat pass after the sharded one, say.
    m_cancelled = m_running;
    m_shards->cancel();
    m_reprobe->cancel();
    m_again->cancel();
    m_flat->cancel();
}

void ChannelFetch::onShardsFinished(const std::vector<ShardedSubdirResult> &results, Pass pass)
{
    // Results come for the requests that fetch was given, in their order.
    std::size_t next = 0;
    for (std::size_t i = 0; i < m_requests.size() && next < results.size(); ++i) {
        if (!(results[next].result.request == m_requests[i]))
            continue;
        const bool again = pass == Pass::FlatDependencies;
        if ((again && !m_sharded[i].sharded) || (!again && m_results[i])) {
            ++next;
            continue;
        }
        const ShardedSubdirResult &r = results[next++];
        if (r.sharded) {
            m_sharded[i] = r;
            m_results[i] = r.result;
            if (!again)
                Q_EMIT subdirFinished(int(i), r.result);
        } else if (r.result.error && r.result.error->code != util::ErrorCode::Cancelled) {
            m_warnings.push_back(r.result.error->message() + "; using repodata.json instead");
            if (again) { // rare: a shard failed on the second pass; this subdir's first answer stays
                m_warnings.back() = r.result.error->message();
            }
        }
    }
    switch (pass) {
    case Pass::First:
        m_reached = m_shards->reachedNames();
        m_followed.insert(m_shards->followedNames().begin(), m_shards->followedNames().end());
        return startFlat();
    case Pass::Reprobe:
        m_reached.insert(m_reprobe->reachedNames().begin(), m_reprobe->reachedNames().end());
        m_followed.insert(m_reprobe->followedNames().begin(), m_reprobe->followedNames().end());
        return followFlatDependencies();
    case Pass::FlatDependencies:
        m_reached.insert(m_again->reachedNames().begin(), m_again->reachedNames().end());
        m_grew = false;
        for (const std::string &name : m_again->followedNames())
            m_grew = m_followed.insert(name).second || m_grew;
        return followFlatDependencies();
    }
}

void ChannelFetch::startFlat()
{
    std::vector<SubdirRequest> flat;
    m_flatIndexes.clear();
    for (std::size_t i = 0; i < m_requests.size(); ++i) {
        if (m_results[i])
            continue;
        flat.push_back(m_requests[i]);
        m_flatIndexes.push_back(int(i));
    }
    if (flat.empty())
        return finish();
    if (m_cancelled) {
        for (int i : m_flatIndexes) {
            SubdirResult cancelled;
            cancelled.request = m_requests[std::size_t(i)];
            cancelled.status = FetchStatus::Cancelled;
            cancelled.url
                = cancelled.request.channel.subdirUrl(cancelled.request.subdir, WithToken::No) + "/repodata.json";
            cancelled.error = util::makeError(util::ErrorCode::Cancelled, "cancelled", cancelled.url);
            m_results[std::size_t(i)] = std::move(cancelled);
        }
        return finish();
    }
    m_flat->fetch(flat);
}

void ChannelFetch::onFlatFinished(const std::vector<SubdirResult> &results)
{
    // A channel may serve only shards: where the flat file is missing (and no copy is cached),
    // probe for shards again even if "no shards" was remembered, for the names asked or all.
    std::vector<SubdirRequest> reprobe;
    for (std::size_t k = 0; k < results.size(); ++k) {
        const SubdirResult &r = results[k];
        const bool missing = r.error && r.error->code == util::ErrorCode::HttpError
            && (r.error->detail.starts_with("HTTP 404") || r.error->detail.starts_with("HTTP 403"));
        if (missing && !r.request.channel.isLocal() && m_options.cacheMode != CacheMode::Offline) {
            reprobe.push_back(r.request);
            continue;
        }
        const int i = m_flatIndexes[k];
        m_results[std::size_t(i)] = r;
        Q_EMIT subdirFinished(i, r);
    }
    for (std::size_t k = 0; k < results.size(); ++k)
        if (!m_results[std::size_t(m_flatIndexes[k])]
            && std::find(reprobe.begin(), reprobe.end(), results[k].request) == reprobe.end())
            m_results[std::size_t(m_flatIndexes[k])] = results[k];
    if (reprobe.empty() || m_cancelled)
        return followFlatDependencies();
    // Keep the flat failure for the subdirs the re-probe cannot serve either.
    for (std::size_t k = 0; k < results.size(); ++k)
        m_sharded[std::size_t(m_flatIndexes[k])].result = results[k];
    m_reprobe->fetch(reprobe, m_roots.value_or(std::vector<std::string> { "*" }), m_known);
}

void ChannelFetch::followFlatDependencies()
{
    std::vector<SubdirRequest> sharded;
    std::vector<std::string> flatJson;
    for (std::size_t i = 0; i < m_requests.size(); ++i) {
        if (m_sharded[i].sharded)
            sharded.push_back(m_requests[i]);
        else if (m_results[i] && !m_results[i]->jsonPath.empty())
            flatJson.push_back(m_results[i]->jsonPath);
    }
    if (m_cancelled || !m_roots || sharded.empty() || flatJson.empty()
        || (m_roots->size() == 1 && m_roots->front() == "*"))
        return finish();
    const auto follow = [this, sharded] {
        // Closure over the flat records from everything asked for or reached so far (or from
        // every flat record).
        std::set<std::string> names(m_followed.begin(), m_followed.end());
        names.insert(m_reached.begin(), m_reached.end());
        if (m_followEveryFlatRecord)
            for (const auto &[name, dependencies] : m_flatGraph)
                names.insert(name);
        std::vector<std::string> queue(names.begin(), names.end());
        while (!queue.empty()) {
            const std::string name = queue.back();
            queue.pop_back();
            const auto it = m_flatGraph.find(name);
            if (it == m_flatGraph.end())
                continue;
            for (const std::string &dep : it->second)
                if (names.insert(dep).second)
                    queue.push_back(dep);
        }
        std::vector<std::string> roots;
        bool grew = m_grew;
        m_grew = false;
        for (const std::string &name : names) {
            roots.push_back(name);
            grew = m_followed.insert(name).second || grew;
        }
        if (!grew)
            return finish();
        // Every shard asked before is cached now: this pass downloads only the new names' shards.
        m_again->fetch(sharded, roots, m_known);
    };
    if (m_flatGraphBuilt)
        return follow();
    auto *watcher = new QFutureWatcher<DependencyGraph>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, follow] {
        watcher->deleteLater();
        m_flatGraph = watcher->result();
        m_flatGraphBuilt = true;
        follow();
    });
    watcher->setFuture(QtConcurrent::run([flatJson] { return dependencyGraph(flatJson); }));
}

void ChannelFetch::finish()
{
    std::vector<SubdirResult> out;
    out.reserve(m_requests.size());
    for (std::size_t i = 0; i < m_requests.size(); ++i)
        out.push_back(m_results[i] ? *m_results[i] : m_sharded[i].result);
    m_running = false;
    Q_EMIT finished(out);
}

} // namespace core::channel
