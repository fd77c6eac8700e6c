// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/channel/repodatafetcher.h"

#include "core/channel/repodataimport.h"
#include "core/util/secrets.h"
#include "core/util/logging.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <type_traits>
#include <utility>

using core::util::ErrorCode;
using core::util::makeError;
using core::util::Result;

namespace core::channel {

namespace {

std::int64_t now()
{
    return QDateTime::currentSecsSinceEpoch();
}

std::string header(const QNetworkReply *reply, const char *name)
{
    return reply->rawHeader(name).toStdString();
}

/** Runs @p work on the thread pool and hands its result to @p done in @p context's thread. */
template<typename Work, typename Done>
void runOnWorker(QObject *context, Work work, Done done)
{
    using T = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace

const char *fetchStatusName(FetchStatus status)
{
    switch (status) {
    case FetchStatus::Fresh: return "fresh";
    case FetchStatus::Updated: return "updated";
    case FetchStatus::Cached: return "cached";
    case FetchStatus::Offline: return "offline";
    case FetchStatus::Local: return "local";
    case FetchStatus::Failed: return "failed";
    case FetchStatus::Cancelled: return "cancelled";
    }
    return "unknown";
}

/** One subdir's progress through cache check, request(s), retries and import. */
struct RepodataFetcher::Task
{
    SubdirResult result;
    int index = 0;
    std::string keyUrl;
    std::optional<CacheState> cached;  ///< the cached copy, when its JSON is intact
    std::optional<bool> hasZst;        ///< what we know about the server's .zst
    std::int64_t hasZstCheckedAt = 0;
    bool zst = false;                  ///< the variant being requested
    int attempt = 0;
    QNetworkReply *reply = nullptr;
    bool busy = false;                 ///< a worker-thread job (import, local read) is running
    bool done = false;

    const SubdirRequest &request() const { return result.request; }
    std::string fileUrl(WithToken withToken) const
    {
        return request().channel.subdirUrl(request().subdir, withToken) + (zst ? "/repodata.json.zst" : "/repodata.json");
    }
    std::string maskedUrl() const { return util::maskSecrets(fileUrl(WithToken::No)); }
};

RepodataFetcher::RepodataFetcher(FetchOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_cache(m_options.cacheDir), m_network(new QNetworkAccessManager(this))
{
    if (m_options.proxy == UseSystemProxy::Yes)
        QNetworkProxyFactory::setUseSystemConfiguration(true);
    else
        m_network->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

RepodataFetcher::~RepodataFetcher()
{
    m_cancelled = true;
    for (auto &task : m_tasks) {
        if (QNetworkReply *reply = std::exchange(task->reply, nullptr)) {
            reply->disconnect(this);  // no signals from a half-destroyed fetcher
            reply->abort();
        }
    }
}

std::vector<SubdirRequest> RepodataFetcher::requestsFor(const std::vector<Channel> &channels, const std::string &platform)
{
    std::vector<SubdirRequest> requests;
    for (const auto &channel : channels) {
        for (const auto &subdir : channel.subdirs(platform))
            requests.push_back(SubdirRequest{channel, subdir});
    }
    return requests;
}

bool RepodataFetcher::isRunning() const
{
    return m_remaining > 0;
}

bool RepodataFetcher::fetch(const std::vector<SubdirRequest> &requests)
{
    if (isRunning())
        return false;
    m_tasks.clear();
    ++m_generation;
    m_cancelled = false;
    for (const auto &request : requests) {
        auto task = std::make_unique<Task>();
        task->index = int(m_tasks.size());
        task->result.request = request;
        task->keyUrl = request.channel.cacheKeyUrl(request.subdir);
        m_tasks.push_back(std::move(task));
    }
    m_remaining = int(m_tasks.size());
    // Start from the event loop so that no signal is emitted from inside fetch().
    QMetaObject::invokeMethod(this, [this] {
        if (m_tasks.empty())
            Q_EMIT finished({});
        for (auto &task : m_tasks)
            start(*task);
    }, Qt::QueuedConnection);
    return true;
}

void RepodataFetcher::cancel()
{
    m_cancelled = true;
    for (auto &task : m_tasks) {
        if (task->done || task->busy)
            continue;  // a running import finishes on its own; it never damages the cache
        if (task->reply)
            task->reply->abort();  // emits finished(), which reports Cancelled
        else
            finishFailed(*task, makeError(ErrorCode::Cancelled, "cancelled"));
    }
}

void RepodataFetcher::start(Task &task)
{
    if (task.done)
        return;
    if (m_cancelled)
        return finishFailed(task, makeError(ErrorCode::Cancelled, "cancelled"));
    if (task.request().channel.isLocal())
        return startLocal(task);
    if (auto known = m_cache.loadStateOnly(task.keyUrl)) {
        task.hasZst = known->hasZst;
        task.hasZstCheckedAt = known->hasZstCheckedAt;
    }
    task.cached = m_cache.load(task.keyUrl);
    if (m_options.cacheMode == CacheMode::Offline) {
        if (task.cached)
            return finishFromCache(task, FetchStatus::Offline);
        return finishFailed(task, makeError(ErrorCode::NetworkError, "offline, and there is no cached copy"));
    }
    if (m_options.cacheMode == CacheMode::Use && task.cached && task.cached->isFresh(now()))
        return finishFromCache(task, FetchStatus::Fresh);
    const bool knownWithoutZst = task.hasZst == false && now() - task.hasZstCheckedAt < m_options.zstRecheckSeconds;
    task.zst = m_options.preferZst && !knownWithoutZst;
    send(task);
}

void RepodataFetcher::startLocal(Task &task)
{
    task.busy = true;
    const QString folder = QString::fromStdString(task.request().channel.localPath() + "/" + task.request().subdir);
    auto read = [cache = m_cache, folder, key = task.keyUrl, scan = m_options.scanLocalRepodata] {
        return readLocalRepodata(folder, cache, key, scan);
    };
    runOnWorker(this, std::move(read), [this, &task](const Result<LocalRepodata> &local) {
        task.busy = false;
        if (!local)
            return finishFailed(task, local.error());
        task.result.status = FetchStatus::Local;
        task.result.url = local->state.url;
        task.result.jsonPath = local->jsonPath;
        task.result.state = local->state;
        finish(task);
    });
}

void RepodataFetcher::send(Task &task)
{
    const std::string url = task.fileUrl(WithToken::Yes);
    QNetworkRequest request(QUrl(QString::fromStdString(url)));
    request.setTransferTimeout(m_options.transferTimeoutMs);
    const auto underChannel = [&url](const std::string &channel) {  // ".../chan" is not ".../chan-other"
        return !channel.empty() && url.starts_with(channel)
               && (url.size() == channel.size() || url[channel.size()] == '/' || channel.back() == '/');
    };
    if (std::any_of(m_options.sslVerifyOff.begin(), m_options.sslVerifyOff.end(), underChannel)) {
        // Turned off by the user for this one channel (ssl_verify: false); never for any other.
        QSslConfiguration ssl = request.sslConfiguration();
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(ssl);
    }
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("deploydeck/" DEPLOYDECK_VERSION));
    // Conditional headers only for the very file the cached copy came from: an ETag is per URL.
    const bool conditional = m_options.cacheMode == CacheMode::Use && task.cached && task.cached->url == task.maskedUrl();
    if (conditional && !task.cached->etag.empty())
        request.setRawHeader("If-None-Match", QByteArray::fromStdString(task.cached->etag));
    if (conditional && !task.cached->lastModified.empty())
        request.setRawHeader("If-Modified-Since", QByteArray::fromStdString(task.cached->lastModified));
    qCDebug(lcChannel).noquote() << "GET" << QString::fromStdString(task.maskedUrl()) << (conditional ? "(conditional)" : "");
    ++task.result.attempts;
    task.reply = m_network->get(request);
    const int index = task.index;
    connect(task.reply, &QNetworkReply::downloadProgress, this,
            [this, index](qint64 received, qint64 total) { Q_EMIT progress(index, received, total); });
    connect(task.reply, &QNetworkReply::finished, this, [this, &task] { onReplyFinished(task); });
}

void RepodataFetcher::onReplyFinished(Task &task)
{
    QNetworkReply *reply = std::exchange(task.reply, nullptr);
    reply->deleteLater();
    if (task.done)
        return;
    if (m_cancelled)
        return finishFailed(task, makeError(ErrorCode::Cancelled, "cancelled"));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto error = reply->error();
    const bool httpOk = status >= 200 && status < 300;
    if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
        return retryOrFail(task, makeError(ErrorCode::Timeout, "no data for " + std::to_string(m_options.transferTimeoutMs)
                                                                   + " ms (transfer timeout)"));
    if (status == 304)
        return onNotModified(task, reply);
    if (httpOk && error == QNetworkReply::NoError)
        return onBody(task, reply);
    if (error == QNetworkReply::HostNotFoundError || error == QNetworkReply::ConnectionRefusedError) {
        // Offline or the server is down: another try in a second would find the same, so fail now.
        return finishFailed(task,
            makeError(ErrorCode::NetworkError,
                "cannot reach the server of channel " + task.request().channel.name() + ": "
                    + util::maskSecrets(reply->errorString().toStdString()) + " (not retried)"));
    }
    if (status == 0 || httpOk) {
        const QByteArray partial = reply->readAll();
        return retryOrFail(task, makeError(ErrorCode::NetworkError, util::maskSecrets(reply->errorString().toStdString())
                                                                        + " (after " + std::to_string(partial.size())
                                                                        + " bytes of the body)"));
    }
    const std::string reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().toStdString();
    util::Error httpError = makeError(ErrorCode::HttpError, "HTTP " + std::to_string(status) + " " + reason);
    if (status >= 500)
        return retryOrFail(task, std::move(httpError));
    if (status >= 400 && task.zst)
        return onClientError(task, status);
    finishFailed(task, std::move(httpError));
}

void RepodataFetcher::onBody(Task &task, QNetworkReply *reply)
{
    const QByteArray body = reply->readAll();
    task.result.bytesDownloaded += body.size();
    // Qt un-gzips bodies itself, and then Content-Length counts the compressed bytes.
    const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
    if (declared.isValid() && !reply->hasRawHeader("Content-Encoding") && declared.toLongLong() != body.size()) {
        return retryOrFail(task, makeError(ErrorCode::NetworkError, "received " + std::to_string(body.size())
                                                                        + " bytes but Content-Length says "
                                                                        + std::to_string(declared.toLongLong())));
    }
    CacheState state;
    state.url = task.maskedUrl();
    state.etag = header(reply, "ETag");
    state.lastModified = header(reply, "Last-Modified");
    state.cacheControl = header(reply, "Cache-Control");
    state.fetchedAt = now();
    state.hasZst = task.zst ? std::optional<bool>(true) : task.hasZst;
    state.hasZstCheckedAt = task.zst ? now() : task.hasZstCheckedAt;

    // Decompressing and checking a large body must not block this (maybe the GUI) thread.
    task.busy = true;
    auto import = [cache = m_cache, key = task.keyUrl, body, state, url = task.maskedUrl()] {
        return importDownload(cache, key, body, state, url);
    };
    runOnWorker(this, std::move(import), [this, &task](const Result<CacheState> &stored) {
        task.busy = false;
        if (!stored)
            return finishFailed(task, stored.error());
        task.cached = *stored;
        finishFromCache(task, FetchStatus::Updated);
    });
}

void RepodataFetcher::onNotModified(Task &task, QNetworkReply *reply)
{
    if (!task.cached)
        return finishFailed(task, makeError(ErrorCode::HttpError, "HTTP 304 Not Modified, but there is no cached copy"));
    CacheState state = *task.cached;
    state.fetchedAt = now();
    if (reply->hasRawHeader("Cache-Control"))
        state.cacheControl = header(reply, "Cache-Control");
    if (reply->hasRawHeader("ETag"))
        state.etag = header(reply, "ETag");
    if (auto stored = m_cache.storeState(task.keyUrl, state); !stored)
        return finishFailed(task, stored.error());
    task.cached = state;
    finishFromCache(task, FetchStatus::Cached);
}

void RepodataFetcher::onClientError(Task &task, int status)
{
    // No .zst here (404, or 403 from an object store): remember it and ask for the plain JSON.
    qCDebug(lcChannel).noquote() << "no .zst (HTTP" << status << ") at" << QString::fromStdString(task.maskedUrl());
    task.zst = false;
    task.hasZst = false;
    task.hasZstCheckedAt = now();
    task.attempt = 0;
    send(task);
}

void RepodataFetcher::retryOrFail(Task &task, util::Error error)
{
    if (task.attempt >= m_options.maxRetries || m_cancelled) {
        if (task.attempt > 0)
            error.detail += " (" + std::to_string(task.attempt + 1) + " attempts)";
        return finishFailed(task, std::move(error));
    }
    const int delay = m_options.retryDelayMs << task.attempt;
    ++task.attempt;
    qCInfo(lcChannel).noquote() << "retrying" << QString::fromStdString(task.maskedUrl()) << "in" << delay
                                << "ms:" << QString::fromStdString(util::maskSecrets(error.detail));
    // The timer may outlive a cancelled task; the generation tells whether it still exists.
    QTimer::singleShot(delay, this, [this, generation = m_generation, index = task.index] {
        if (generation != m_generation || m_tasks[std::size_t(index)]->done)
            return;
        Task &again = *m_tasks[std::size_t(index)];
        if (m_cancelled)
            return finishFailed(again, makeError(ErrorCode::Cancelled, "cancelled"));
        send(again);
    });
}

void RepodataFetcher::finishFromCache(Task &task, FetchStatus status)
{
    task.result.status = status;
    task.result.state = *task.cached;
    task.result.url = task.cached->url;
    task.result.jsonPath = m_cache.jsonPath(task.keyUrl, *task.cached).toStdString();
    task.result.ageSeconds = task.cached->age(now());
    finish(task);
}

void RepodataFetcher::finishFailed(Task &task, util::Error error)
{
    if (error.location.empty())
        error.location = task.request().channel.isLocal() ? task.request().channel.localPath() : task.maskedUrl();
    error.location = util::maskSecrets(error.location);
    error.detail = util::maskSecrets(error.detail);
    if (error.code == ErrorCode::Cancelled)
        qCInfo(lcChannel).noquote() << QString::fromStdString(error.message());
    else
        qCWarning(lcChannel).noquote() << QString::fromStdString(error.message());
    task.result.status = error.code == ErrorCode::Cancelled ? FetchStatus::Cancelled : FetchStatus::Failed;
    task.result.url = error.location;
    task.result.error = std::move(error);
    if (task.cached) {
        // The previous copy stays usable (and untouched); the caller decides whether to load it.
        task.result.state = *task.cached;
        task.result.jsonPath = m_cache.jsonPath(task.keyUrl, *task.cached).toStdString();
        task.result.ageSeconds = task.cached->age(now());
    }
    finish(task);
}

void RepodataFetcher::finish(Task &task)
{
    task.done = true;
    Q_EMIT subdirFinished(task.index, task.result);
    if (--m_remaining > 0)
        return;
    std::vector<SubdirResult> results;
    results.reserve(m_tasks.size());
    for (const auto &t : m_tasks)
        results.push_back(t->result);
    Q_EMIT finished(results);
}

} // namespace core::channel
