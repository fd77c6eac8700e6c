// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/channel/channel.h"
#include "core/channel/repodatacache.h"
#include "core/util/result.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace core::channel {

/** How the cache is used: normally (conditional requests, max-age), offline (cache only), or bypassed. */
enum class CacheMode { Use, Offline, Refresh };

/** Whether requests go through the proxy the environment names (http_proxy, https_proxy, no_proxy). */
enum class UseSystemProxy : bool { No, Yes };

struct FetchOptions
{
    QString cacheDir;                 ///< empty: RepodataCache::defaultDirectory()
    CacheMode cacheMode = CacheMode::Use;
    int transferTimeoutMs = 60000;    ///< a request with no data for this long fails (and is retried)
    int maxRetries = 3; ///< further tries after a network error or a 5xx answer (see RepodataFetcher)
    int retryDelayMs = 1000;          ///< back-off before the first retry, doubled for each next one
    bool preferZst = true;            ///< ask for repodata.json.zst first
    std::int64_t zstRecheckSeconds = 14 * 24 * 3600;  ///< how long "the server has no .zst" is believed
    UseSystemProxy proxy = UseSystemProxy::Yes;
    /**
     * Channel URLs (as configured, e.g. a workspace channel with `ssl_verify: false`) whose TLS
     * certificates are not verified; empty, the default: every certificate is verified. The caller
     * warns the user about each one.
     */
    std::vector<std::string> sslVerifyOff;
    /**
     * Whether a local channel's plain repodata.json is read through to check it and count its
     * records (what `fetch` and the Channels page show). A solve does not need it: the loader
     * reads the file itself, and reports a malformed one with its line and column.
     */
    bool scanLocalRepodata = true;
};

/** One channel subdir to fetch. */
struct SubdirRequest
{
    Channel channel;
    std::string subdir;

    bool operator==(const SubdirRequest &) const = default;
};

/** How a subdir's repodata was obtained. */
enum class FetchStatus {
    Fresh,      ///< the cached copy is within its max-age: no request was made
    Updated,    ///< downloaded (200) and cached
    Cached,     ///< the server answered 304: the cached copy is current
    Offline,    ///< offline mode: the cached copy, however old
    Local,      ///< a file:// channel, read in place
    Failed,     ///< see error; jsonPath is the previous cached copy when there is one
    Cancelled,
};

/** "fresh", "updated", "cached", "offline", "local", "failed", "cancelled". */
const char *fetchStatusName(FetchStatus status);

/** The outcome for one subdir. Value type, safe to pass between threads. */
struct SubdirResult
{
    SubdirRequest request;
    FetchStatus status = FetchStatus::Failed;
    std::string url;         ///< masked URL of the file used (".json.zst", ".json" or a path)
    std::string jsonPath;    ///< decompressed JSON to load; empty when there is none
    CacheState state;
    std::int64_t ageSeconds = 0;        ///< since the copy was last confirmed by the server
    std::int64_t bytesDownloaded = 0;   ///< body bytes received over the network
    int attempts = 0; ///< requests sent, retries and the .json after a .zst included
    std::optional<util::Error> error;   ///< set for Failed and Cancelled; location is the masked URL

    bool ok() const { return !error.has_value(); }
    bool operator==(const SubdirResult &) const = default;
};

/**
 * Fetches repodata for channel subdirs with Qt Network and keeps the cache (RepodataCache).
 *
 * Per subdir: a file:// channel is read in place; otherwise the cache is used as FetchOptions says,
 * and a request goes out for repodata.json.zst (falling back to repodata.json on a 4xx) with
 * If-None-Match / If-Modified-Since when a cached copy exists. A 200 body is decompressed and
 * validated on a worker thread before it replaces the cache, so a truncated, corrupt or failed
 * download never damages the previous copy. Network errors, timeouts and 5xx answers are retried
 * with back-off, except a host that cannot be resolved and a refused connection (offline): those
 * fail at once, keeping the cached copy for the caller. Redirects are followed. Tokens never
 * appear in signals, errors or logs.
 *
 * Thread affinity: lives in the thread that created it (GUI or worker); never blocks it.
 * One fetch() at a time.
 */
class RepodataFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepodataFetcher)

public:
    explicit RepodataFetcher(FetchOptions options = {}, QObject *parent = nullptr);
    ~RepodataFetcher() override;

    /** Starts fetching; returns false (and does nothing) while a fetch is running. */
    bool fetch(const std::vector<SubdirRequest> &requests);
    /** Aborts requests and pending retries; those subdirs finish as Cancelled. */
    void cancel();
    bool isRunning() const;
    const FetchOptions &options() const { return m_options; }

    /** Requests for each (channel, subdir) pair of @p channels on @p platform, in channel order. */
    static std::vector<SubdirRequest> requestsFor(const std::vector<Channel> &channels, const std::string &platform);

Q_SIGNALS:
    /** Bytes of one subdir's current download; @p bytesTotal is -1 when unknown. */
    void progress(int index, qint64 bytesReceived, qint64 bytesTotal);
    void subdirFinished(int index, const core::channel::SubdirResult &result);
    /** All subdirs are done; results are in request order. */
    void finished(const std::vector<core::channel::SubdirResult> &results);

private:
    struct Task;
    void start(Task &task);
    void startLocal(Task &task);
    void send(Task &task);
    void onReplyFinished(Task &task);
    void onBody(Task &task, QNetworkReply *reply);
    void onNotModified(Task &task, QNetworkReply *reply);
    void onClientError(Task &task, int status);
    void retryOrFail(Task &task, util::Error error);
    void finishFromCache(Task &task, FetchStatus status);
    void finishFailed(Task &task, util::Error error);
    void finish(Task &task);

    FetchOptions m_options;
    RepodataCache m_cache;
    QNetworkAccessManager *m_network;
    std::vector<std::unique_ptr<Task>> m_tasks;
    int m_remaining = 0;
    quint64 m_generation = 0;  ///< bumped by fetch(), so that late timers of an old fetch do nothing
    bool m_cancelled = false;
};

} // namespace core::channel

Q_DECLARE_METATYPE(core::channel::SubdirResult)
Q_DECLARE_METATYPE(std::vector<core::channel::SubdirResult>)
