// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/channel/shardedfetcher.h"

#include "core/util/atomicfile.h"
#include "core/util/logging.h"
#include "core/util/secrets.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QUrl>

#include <fnmatch.h>

#include <algorithm>
#include <map>

using core::util::ErrorCode;
using core::util::makeError;
using core::util::Result;

namespace core::channel {

namespace {

std::int64_t now()
{
    return QDateTime::currentSecsSinceEpoch();
}

/** What the cache remembers of a subdir's shard index (index.state.json beside index.msgpack.zst). */
struct IndexState
{
    std::string url, etag, lastModified, cacheControl;
    std::int64_t fetchedAt = 0;
    std::optional<bool> hasShards;
    std::int64_t checkedAt = 0;

    static std::optional<IndexState> read(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        if (o.isEmpty())
            return std::nullopt;
        IndexState s;
        s.url = o.value(QLatin1String("url")).toString().toStdString();
        s.etag = o.value(QLatin1String("etag")).toString().toStdString();
        s.lastModified = o.value(QLatin1String("last_modified")).toString().toStdString();
        s.cacheControl = o.value(QLatin1String("cache_control")).toString().toStdString();
        s.fetchedAt = o.value(QLatin1String("fetched_at")).toInteger();
        if (o.contains(QLatin1String("has_shards")))
            s.hasShards = o.value(QLatin1String("has_shards")).toBool();
        s.checkedAt = o.value(QLatin1String("checked_at")).toInteger();
        return s;
    }

    Result<void> write(const QString &path) const
    {
        QJsonObject o { { QLatin1String("url"), QString::fromStdString(url) },
            { QLatin1String("etag"), QString::fromStdString(etag) },
            { QLatin1String("last_modified"), QString::fromStdString(lastModified) },
            { QLatin1String("cache_control"), QString::fromStdString(cacheControl) },
            { QLatin1String("fetched_at"), qint64(fetchedAt) }, { QLatin1String("checked_at"), qint64(checkedAt) } };
        if (hasShards)
            o.insert(QLatin1String("has_shards"), *hasShards);
        return util::writeFileAtomically(path, QJsonDocument(o).toJson());
    }

    CacheState asCacheState() const
    {
        CacheState c;
        c.url = url;
        c.etag = etag;
        c.lastModified = lastModified;
        c.cacheControl = cacheControl;
        c.fetchedAt = fetchedAt;
        return c;
    }
};

bool isHexHash(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}\\.msgpack\\.zst$"));
    return re.match(name).hasMatch();
}

std::string withSlash(std::string url)
{
    if (url.empty() || url.back() != '/')
        url += '/';
    return url;
}

/**
 * Removes the reached-*.json files of @p dir other than @p keep that are older than an hour: a
 * younger one may be about to be loaded by another fetch of the same subdir (another window, a
 * command run meanwhile).
 */
void removeOtherReachedFiles(const QString &dir, const QString &keep)
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QFileInfoList files
        = QDir(dir).entryInfoList({ QStringLiteral("reached-*.json"), QStringLiteral("reached.json") }, QDir::Files);
    for (const QFileInfo &file : files)
        if (file.absoluteFilePath() != QFileInfo(keep).absoluteFilePath() && file.lastModified().toUTC() < before)
            QFile::remove(file.absoluteFilePath());
}

} // namespace

struct ShardedFetcher::Task
{
    ShardedSubdirResult out;
    std::string keyUrl;
    QString dir; ///< this subdir's cache folder
    std::optional<IndexState> state;
    std::optional<ShardIndex> index;
    std::string indexUrl; ///< with the token, for the request
    std::string shardsBase; ///< with the token, ends in '/'
    std::string packagesBase; ///< masked, absolute; empty when packages are beside the index
    std::map<std::string, ShardRecords> records; ///< name -> its shard's records
    bool usable = false; ///< the index is read and shards may be fetched
    QNetworkReply *reply = nullptr;

    const SubdirRequest &request() const { return out.result.request; }
    std::string maskedIndexUrl() const { return util::maskSecrets(indexUrl); }
    QString indexPath() const { return dir + QLatin1String("/index.msgpack.zst"); }
    QString statePath() const { return dir + QLatin1String("/index.state.json"); }
};

struct ShardedFetcher::Job
{
    std::size_t task;
    std::string name;
    std::string hash;
    std::string fileName() const;
};

ShardedFetcher::ShardedFetcher(ShardedFetchOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
{
    m_dir = (m_options.cacheDir.isEmpty() ? RepodataCache::defaultDirectory() : m_options.cacheDir)
        + QLatin1String("/shards");
    if (m_options.proxy == UseSystemProxy::Yes)
        QNetworkProxyFactory::setUseSystemConfiguration(true);
    else
        m_network->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

ShardedFetcher::~ShardedFetcher()
{
    m_cancelled = true;
    const auto replies = m_network->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
    }
}

static QString subdirCacheDir(const QString &root, const std::string &keyUrl)
{
    const QByteArray hash
        = QCryptographicHash::hash(QByteArray::fromStdString(keyUrl), QCryptographicHash::Sha256).toHex();
    return root + u'/' + QString::fromLatin1(hash.left(16));
}

std::optional<ShardIndex> ShardedFetcher::cachedIndex(const SubdirRequest &request) const
{
    QFile file(
        subdirCacheDir(m_dir, request.channel.cacheKeyUrl(request.subdir)) + QLatin1String("/index.msgpack.zst"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    auto index = parseShardIndex(file.readAll(), file.fileName().toStdString());
    return index ? std::optional<ShardIndex>(std::move(*index)) : std::nullopt;
}

bool ShardedFetcher::fetch(const std::vector<SubdirRequest> &requests, const std::vector<std::string> &roots,
    const std::set<std::string> &known)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancelled = false;
    ++m_generation;
    m_tasks.clear();
    m_queue.clear();
    m_seen.clear();
    m_reached.clear();
    m_known = known;
    m_pendingRoots = roots;
    m_active = m_jobsDone = m_jobsKnown = 0;
    for (const auto &request : requests) {
        auto task = std::make_unique<Task>();
        task->out.result.request = request;
        task->keyUrl = request.channel.cacheKeyUrl(request.subdir);
        task->dir = subdirCacheDir(m_dir, task->keyUrl);
        task->indexUrl = request.channel.subdirUrl(request.subdir, WithToken::Yes) + '/' + s_shardIndexFile;
        task->out.result.url = task->maskedIndexUrl();
        m_tasks.push_back(std::move(task));
    }
    m_indexesPending = int(m_tasks.size());
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation] {
            if (generation != m_generation)
                return;
            if (m_tasks.empty())
                return maybeFinish();
            for (auto &task : m_tasks)
                startIndex(*task);
        },
        Qt::QueuedConnection);
    return true;
}

void ShardedFetcher::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_queue.clear();
    const auto replies = m_network->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies)
        reply->abort();
}

QNetworkReply *ShardedFetcher::get(
    const std::string &url, const Task &task, const QByteArray &etag, const QByteArray &lastModified)
{
    QNetworkRequest request { QUrl(QString::fromStdString(url)) };
    request.setTransferTimeout(m_options.transferTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("deploydeck/" DEPLOYDECK_VERSION));
    const std::string channel = task.request().channel.url(WithToken::Yes);
    const bool verifyOff
        = std::any_of(m_options.sslVerifyOff.begin(), m_options.sslVerifyOff.end(), [&](const std::string &c) {
              return !c.empty() && (channel.starts_with(c) || task.request().channel.url().starts_with(c));
          });
    if (verifyOff) {
        QSslConfiguration ssl = request.sslConfiguration();
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(ssl);
    }
    if (!etag.isEmpty())
        request.setRawHeader("If-None-Match", etag);
    if (!lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", lastModified);
    qCDebug(lcChannel).noquote() << "GET" << QString::fromStdString(util::maskSecrets(url));
    return m_network->get(request);
}

void ShardedFetcher::startIndex(Task &task)
{
    task.state = IndexState::read(task.statePath());
    QFile cached(task.indexPath());
    const bool haveIndex = cached.exists() && task.state && task.state->hasShards.value_or(false);
    const auto fromCache = [&](FetchStatus status) {
        if (!cached.open(QIODevice::ReadOnly))
            return failSharded(task,
                makeError(
                    ErrorCode::FileUnreadable, cached.errorString().toStdString(), task.indexPath().toStdString()));
        useIndex(task, cached.readAll(), status);
    };
    if (m_cancelled)
        return failSharded(task, makeError(ErrorCode::Cancelled, "cancelled"));
    const bool rememberedNone = task.state && task.state->hasShards == false && !m_options.ignoreNoShardsMemory
        && now() - task.state->checkedAt < m_options.noShardsRecheckSeconds;
    if (rememberedNone) {
        task.out.result.status = FetchStatus::Cached;
        return indexDone(task); // not sharded: the caller uses the flat file
    }
    if (m_options.cacheMode == CacheMode::Offline) {
        if (haveIndex)
            return fromCache(FetchStatus::Offline);
        return failSharded(task, makeError(ErrorCode::NetworkError, "offline, and there is no cached shard index"));
    }
    if (m_options.cacheMode == CacheMode::Use && haveIndex
        && (task.state->asCacheState().isFresh(now()) || now() - task.state->fetchedAt < m_options.indexFreshSeconds))
        return fromCache(FetchStatus::Fresh);
    const bool conditional
        = m_options.cacheMode == CacheMode::Use && haveIndex && task.state->url == task.maskedIndexUrl();
    task.reply = get(task.indexUrl, task, conditional ? QByteArray::fromStdString(task.state->etag) : QByteArray(),
        conditional ? QByteArray::fromStdString(task.state->lastModified) : QByteArray());
    connect(task.reply, &QNetworkReply::finished, this,
        [this, &task] { onIndexReply(task, std::exchange(task.reply, nullptr)); });
}

void ShardedFetcher::onIndexReply(Task &task, QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_cancelled)
        return failSharded(task, makeError(ErrorCode::Cancelled, "cancelled"));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool haveIndex = QFile::exists(task.indexPath()) && task.state && task.state->hasShards.value_or(false);
    if (status == 304 && haveIndex) {
        IndexState state = *task.state;
        state.fetchedAt = now();
        if (reply->hasRawHeader("Cache-Control"))
            state.cacheControl = reply->rawHeader("Cache-Control").toStdString();
        (void)state.write(task.statePath()); // only costs a request next time when it fails
        task.state = state;
        QFile cached(task.indexPath());
        if (!cached.open(QIODevice::ReadOnly))
            return failSharded(task,
                makeError(
                    ErrorCode::FileUnreadable, "cannot read the cached shard index", task.indexPath().toStdString()));
        return useIndex(task, cached.readAll(), FetchStatus::Cached);
    }
    if (status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError) {
        const QByteArray body = reply->readAll();
        task.out.result.bytesDownloaded += body.size();
        auto index = parseShardIndex(body, task.maskedIndexUrl());
        if (!index)
            return failSharded(task, index.error());
        IndexState state;
        state.url = task.maskedIndexUrl();
        state.etag = reply->rawHeader("ETag").toStdString();
        state.lastModified = reply->rawHeader("Last-Modified").toStdString();
        state.cacheControl = reply->rawHeader("Cache-Control").toStdString();
        state.fetchedAt = state.checkedAt = now();
        state.hasShards = true;
        // The index before its state: a state never names an index that is not on disk.
        if (auto written = util::writeFileAtomically(task.indexPath(), body); !written)
            return failSharded(task, written.error());
        if (auto written = state.write(task.statePath()); !written)
            return failSharded(task, written.error());
        task.state = state;
        // Shards the new index does not name will never be asked for again.
        std::set<QString> named;
        for (const auto &[name, hash] : index->shards)
            named.insert(QString::fromStdString(hash) + QLatin1String(".msgpack.zst"));
        const QDir dir(task.dir);
        for (const QString &file : dir.entryList(QDir::Files))
            if (isHexHash(file) && !named.contains(file))
                QFile::remove(dir.filePath(file));
        return useIndex(task, body, FetchStatus::Updated);
    }
    if (status >= 400 && status < 500) {
        // No shard index here: remember it, and let the caller use repodata.json.
        IndexState state = task.state.value_or(IndexState {});
        state.hasShards = false;
        state.checkedAt = now();
        (void)state.write(task.statePath());
        qCDebug(lcChannel).noquote() << "no shard index (HTTP" << status << ") at"
                                     << QString::fromStdString(task.maskedIndexUrl());
        task.out.result.status = FetchStatus::Updated;
        return indexDone(task);
    }
    util::Error error = status >= 500
        ? makeError(ErrorCode::HttpError,
            "HTTP " + std::to_string(status) + " "
                + reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().toStdString())
        : makeError(
            reply->error() == QNetworkReply::OperationCanceledError ? ErrorCode::Timeout : ErrorCode::NetworkError,
            util::maskSecrets(reply->errorString().toStdString()));
    error.location = task.maskedIndexUrl();
    if (haveIndex) {
        // The server cannot be asked: go on with the index we have, and say so.
        QFile cached(task.indexPath());
        if (cached.open(QIODevice::ReadOnly)) {
            task.out.result.error = error;
            return useIndex(task, cached.readAll(), FetchStatus::Failed);
        }
    }
    failSharded(task, std::move(error));
}

void ShardedFetcher::useIndex(Task &task, const QByteArray &compressed, FetchStatus status)
{
    auto index = parseShardIndex(compressed, task.maskedIndexUrl());
    if (!index)
        return failSharded(task, index.error());
    const QUrl indexUrl(QString::fromStdString(task.indexUrl));
    const std::string shardsBase = index->shardsBaseUrl.empty() ? "./" : index->shardsBaseUrl;
    const QUrl shards = indexUrl.resolved(QUrl(QString::fromStdString(shardsBase)));
    if (!shards.isValid()
        || (shards.scheme() != QLatin1String("http") && shards.scheme() != QLatin1String("https")
            && shards.scheme() != QLatin1String("file"))) {
        return failSharded(task,
            makeError(ErrorCode::InvalidValue,
                "the shard index's shards_base_url '" + util::maskSecrets(shardsBase) + "' is not a usable URL",
                task.maskedIndexUrl()));
    }
    task.shardsBase = withSlash(shards.toString().toStdString());
    // Packages beside the index need no base URL (the channel's own, with its token, is used).
    const std::string subdirUrl = withSlash(task.request().channel.subdirUrl(task.request().subdir, WithToken::Yes));
    const std::string packages
        = withSlash(indexUrl.resolved(QUrl(QString::fromStdString(index->baseUrl.empty() ? "./" : index->baseUrl)))
                        .toString()
                        .toStdString());
    task.packagesBase = packages == subdirUrl ? std::string() : util::maskSecrets(packages);
    task.out.result.status = status;
    task.out.result.state = task.state ? task.state->asCacheState() : CacheState {};
    task.out.result.ageSeconds = task.state ? now() - task.state->fetchedAt : 0;
    task.out.indexNames = index->shards.size();
    task.index = std::move(*index);
    task.usable = true;
    task.out.sharded = true;
    indexDone(task);
}

void ShardedFetcher::failSharded(Task &task, util::Error error)
{
    if (error.location.empty())
        error.location = task.maskedIndexUrl();
    error.location = util::maskSecrets(error.location);
    error.detail = util::maskSecrets(error.detail);
    if (error.code != ErrorCode::Cancelled)
        qCWarning(lcChannel).noquote() << QString::fromStdString(error.message());
    const bool wasUsable = task.usable;
    task.usable = false;
    task.out.sharded = false;
    task.out.result.status = error.code == ErrorCode::Cancelled ? FetchStatus::Cancelled : FetchStatus::Failed;
    task.out.result.error = std::move(error);
    task.out.result.jsonPath.clear();
    if (!wasUsable && !task.index)
        return indexDone(task);
    maybeFinish();
}

void ShardedFetcher::indexDone(Task &)
{
    if (--m_indexesPending > 0)
        return;
    if (m_cancelled)
        return maybeFinish();
    for (const std::string &root : std::exchange(m_pendingRoots, {}))
        expand(root);
    pump();
    maybeFinish();
}

void ShardedFetcher::expand(const std::string &name)
{
    if (name.find_first_of("*?[") != std::string::npos) {
        for (const auto &task : m_tasks) {
            if (!task->usable)
                continue;
            for (const auto &[candidate, hash] : task->index->shards)
                if (fnmatch(name.c_str(), candidate.c_str(), 0) == 0)
                    expand(candidate);
        }
        return;
    }
    if (m_known.contains(name) || !m_seen.insert(name).second)
        return;
    for (std::size_t i = 0; i < m_tasks.size(); ++i) {
        const Task &task = *m_tasks[i];
        if (!task.usable)
            continue;
        const auto it = task.index->shards.find(name);
        if (it == task.index->shards.end())
            continue;
        m_reached.insert(name);
        m_queue.push_back(Job { i, name, it->second });
        ++m_jobsKnown;
    }
    // conda's pip_as_python_dependency: python brings pip.
    if (name == "python")
        expand("pip");
}

std::string ShardedFetcher::Job::fileName() const
{
    return hash + ".msgpack.zst";
}

void ShardedFetcher::pump()
{
    while (!m_cancelled && m_active < m_options.maxParallel && !m_queue.empty()) {
        const Job job = m_queue.front();
        m_queue.pop_front();
        startJob(job);
    }
}

void ShardedFetcher::startJob(const Job &job)
{
    Task &task = *m_tasks[job.task];
    if (!task.usable)
        return;
    QFile cached(task.dir + u'/' + QString::fromStdString(job.fileName()));
    if (cached.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = cached.readAll();
        if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toStdString() == job.hash) {
            ++task.out.shardsCached;
            return addShard(job, bytes, false);
        }
        cached.close();
        cached.remove(); // damaged: fetch it again
    }
    ++m_active;
    QNetworkReply *reply = get(task.shardsBase + job.fileName(), task);
    connect(reply, &QNetworkReply::finished, this, [this, job, reply, generation = m_generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        --m_active;
        onShardReply(job, reply);
        pump();
        maybeFinish();
    });
}

void ShardedFetcher::onShardReply(const Job &job, QNetworkReply *reply)
{
    Task &task = *m_tasks[job.task];
    ++m_jobsDone;
    Q_EMIT progress(m_jobsDone, m_jobsKnown);
    if (!task.usable)
        return;
    const std::string url = util::maskSecrets(task.shardsBase + job.fileName());
    if (m_cancelled)
        return failSharded(task, makeError(ErrorCode::Cancelled, "cancelled", url));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status < 200 || status >= 300) {
        const std::string why = status >= 400
            ? "HTTP " + std::to_string(status) + " for the shard of '" + job.name + "'"
            : util::maskSecrets(reply->errorString().toStdString());
        return failSharded(task, makeError(status >= 400 ? ErrorCode::HttpError : ErrorCode::NetworkError, why, url));
    }
    const QByteArray body = reply->readAll();
    task.out.result.bytesDownloaded += body.size();
    const std::string got = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex().toStdString();
    if (got != job.hash) {
        const bool html = body.trimmed().startsWith('<');
        return failSharded(task,
            makeError(html ? ErrorCode::ParseError : ErrorCode::ChecksumMismatch,
                html ? "an HTML page instead of the shard of '" + job.name + "'"
                     : "the shard of '" + job.name + "' has sha256 " + got + ", the index says " + job.hash,
                url));
    }
    ++task.out.shardsFetched;
    addShard(job, body, true);
}

void ShardedFetcher::addShard(const Job &job, const QByteArray &compressed, bool fromNetwork)
{
    Task &task = *m_tasks[job.task];
    const std::string where = fromNetwork
        ? util::maskSecrets(task.shardsBase + job.fileName())
        : QString(task.dir + u'/' + QString::fromStdString(job.fileName())).toStdString();
    auto records = parseShard(compressed, where);
    if (!records)
        return failSharded(task, records.error());
    if (fromNetwork) {
        // Immutable: cached under its hash for good. A failed write only costs a download later.
        (void)util::writeFileAtomically(task.dir + u'/' + QString::fromStdString(job.fileName()), compressed);
    }
    for (const std::string &dependency : records->dependencyNames)
        expand(dependency);
    task.records.emplace(job.name, std::move(*records));
    if (!fromNetwork) {
        ++m_jobsDone;
        Q_EMIT progress(m_jobsDone, m_jobsKnown);
    }
}

void ShardedFetcher::maybeFinish()
{
    if (!m_running || m_indexesPending > 0 || m_active > 0 || (!m_queue.empty() && !m_cancelled))
        return;
    if (std::any_of(m_tasks.begin(), m_tasks.end(), [](const auto &t) { return t->reply != nullptr; }))
        return;
    std::vector<ShardedSubdirResult> results;
    for (auto &task : m_tasks) {
        if (task->usable) {
            std::vector<const ShardRecords *> shards;
            for (const auto &[name, records] : task->records) {
                shards.push_back(&records);
                task->out.records += records.size();
            }
            const QByteArray json = repodataFromShards(task->request().subdir, task->packagesBase, shards);
            // Named by its content: the .solv cache keys on a file's name, size and mtime, and two
            // requests reaching different records of the same total size can follow each other
            // within the file system's mtime resolution.
            const QString path = task->dir + QLatin1String("/reached-")
                + QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex().left(16))
                + QLatin1String(".json");
            removeOtherReachedFiles(task->dir, path);
            if (auto written = util::writeFileAtomically(path, json); !written) {
                task->usable = false;
                task->out.sharded = false;
                task->out.result.status = FetchStatus::Failed;
                task->out.result.error = written.error();
            } else {
                task->out.result.jsonPath = path.toStdString();
                task->out.result.state.records = std::int64_t(task->out.records);
            }
        }
        results.push_back(task->out);
    }
    m_running = false;
    Q_EMIT finished(results);
}

} // namespace core::channel
