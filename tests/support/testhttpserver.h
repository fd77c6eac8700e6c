// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

/*
 * TestHttpServer: a real HTTP/1.1 server on 127.0.0.1 for tests (repodata fetches, the sync job,
 * a Quetz stand-in). It listens on a free port and runs in its own thread, so a test may use
 * blocking clients as well as event-loop ones.
 *
 * By default it serves the files under a root folder, GET and HEAD, with an automatic ETag (a hash
 * of the content) and Last-Modified (the file's mtime), and answers 304 when If-None-Match matches
 * the ETag or If-Modified-Since repeats the Last-Modified value. A Rule per path changes that:
 *
 *     TestHttpServer server(channelDir);
 *     QVERIFY(server.start());
 *     using Rule = TestHttpServer::Rule;
 *     server.setRule("/linux-64/repodata.json.zst", Rule::status(404));
 *     server.setRule("/noarch/repodata.json", Rule::truncate().withTimes(1));
 *     server.setRule("/noarch/repodata.json.zst", Rule::serve().withCacheControl("max-age=60"));
 *     fetch(server.url("/linux-64/"));  ...  QCOMPARE(server.requestCount("/noarch/repodata.json"), 1);
 *
 * Behaviours: Serve (file or Rule::body), Status (any code, e.g. 404/500, optional body),
 * NotModified (always 304), Slow (chunks with delays), Truncate (close early), WrongContentLength
 * (declared length off by contentLengthDelta), InvalidJson (a 200 with a broken body), Redirect
 * (301/302/307/308 to Rule::location), Hang (never answers). Rule::times limits a rule to the first
 * N requests (e.g. two 500s, then the real file). For dynamic answers (uploads, APIs) setHandler()
 * installs a function that returns the Rule to apply; it runs in the server thread.
 *
 * Every request is recorded (method, path, query, lower-cased headers, body). Connections close after
 * each response. All methods are thread-safe.
 */

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace testsupport {

class TestHttpServerWorker;

class TestHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestHttpServer)

public:
    enum class Behaviour { Serve, Status, NotModified, Slow, Truncate, WrongContentLength, InvalidJson, Redirect, Hang };

    /** How to answer one path. Defaults serve the file with automatic caching headers. */
    struct Rule
    {
        Behaviour behaviour = Behaviour::Serve;
        int code = 0;                    ///< Status: the code; Redirect: 301 (default), 302, 307, 308
        std::optional<QByteArray> body;  ///< content instead of the file (Serve, Status, Slow, ...)
        QByteArray contentType;          ///< default from the extension (.json, .zst, ...)
        QString location;                ///< Redirect target: a path ("/other") or a full URL
        int chunkSize = 512;             ///< Slow: bytes per chunk
        int chunkDelayMs = 20;           ///< Slow: pause between chunks
        qint64 truncateAt = -1;          ///< Truncate: body bytes sent before closing; -1: half
        qint64 contentLengthDelta = 64;  ///< WrongContentLength: declared minus real length (may be < 0)
        int times = -1;                  ///< apply to the first N matching requests only; -1: always
        std::optional<QByteArray> etag;          ///< nullopt: automatic; empty: no ETag header
        std::optional<QByteArray> lastModified;  ///< nullopt: the file's mtime; empty: none
        QByteArray cacheControl;                 ///< Cache-Control header when not empty
        QList<QPair<QByteArray, QByteArray>> headers;  ///< extra response headers

        // Factories, one per behaviour (GCC warns about designated initializers that skip members).
        static Rule serve() { return {}; }
        static Rule status(int code) { return make(Behaviour::Status).set(&Rule::code, code); }
        static Rule notModified() { return make(Behaviour::NotModified); }
        static Rule slow(int chunkSize, int chunkDelayMs)
        {
            return make(Behaviour::Slow).set(&Rule::chunkSize, chunkSize).set(&Rule::chunkDelayMs, chunkDelayMs);
        }
        static Rule truncate(qint64 at = -1) { return make(Behaviour::Truncate).set(&Rule::truncateAt, at); }
        static Rule wrongContentLength(qint64 delta) { return make(Behaviour::WrongContentLength).set(&Rule::contentLengthDelta, delta); }
        static Rule invalidJson() { return make(Behaviour::InvalidJson); }
        static Rule redirect(const QString &to, int code = 301)
        {
            return make(Behaviour::Redirect).set(&Rule::location, to).set(&Rule::code, code);
        }
        static Rule hang() { return make(Behaviour::Hang); }

        // Modifiers, chainable: Rule::serve().withEtag("\"v1\"").withTimes(2).
        Rule withBody(const QByteArray &data) const { return set(&Rule::body, std::optional<QByteArray>(data)); }
        Rule withContentType(const QByteArray &type) const { return set(&Rule::contentType, type); }
        Rule withEtag(const QByteArray &value) const { return set(&Rule::etag, std::optional<QByteArray>(value)); }
        Rule withLastModified(const QByteArray &value) const
        {
            return set(&Rule::lastModified, std::optional<QByteArray>(value));
        }
        Rule withCacheControl(const QByteArray &value) const { return set(&Rule::cacheControl, value); }
        Rule withHeader(const QByteArray &name, const QByteArray &value) const
        {
            Rule r = *this;
            r.headers.append({name, value});
            return r;
        }
        Rule withTimes(int n) const { return set(&Rule::times, n); }

    private:
        static Rule make(Behaviour b) { return Rule().set(&Rule::behaviour, b); }
        template<typename T, typename V>
        Rule set(T Rule::*member, V value) const
        {
            Rule r = *this;
            r.*member = T(std::move(value));
            return r;
        }
    };

    /** A request as received. Header names are lower-case. */
    struct Request
    {
        QByteArray method;
        QString path;   ///< decoded, without the query
        QString query;
        QMap<QByteArray, QByteArray> headers;
        QByteArray body;
    };

    /** Returns the rule for a request; runs in the server thread. */
    using Handler = std::function<Rule(const Request &)>;

    /** @p rootDir: folder served for paths without a rule (may be empty: everything is 404). */
    explicit TestHttpServer(QString rootDir = {}, QObject *parent = nullptr);
    ~TestHttpServer() override;

    /** Listens on 127.0.0.1 on a free port in the server thread; false if that failed. */
    bool start();
    quint16 port() const;
    /** "http://127.0.0.1:<port>" + @p path. */
    QUrl url(const QString &path = {}) const;
    QString baseUrl() const;

    void setRule(const QString &path, Rule rule);
    void clearRule(const QString &path);
    void clearRules();
    /** Requests whose path starts with @p pathPrefix go to @p handler (before the rules). */
    void setHandler(const QString &pathPrefix, Handler handler);

    QList<Request> requests() const;
    int requestCount(const QString &path) const;
    void clearRequests();

    /** The state shared with the worker thread. Internal. */
    struct Shared
    {
        mutable QMutex mutex;
        QString root;
        QMap<QString, Rule> rules;
        QMap<QString, int> ruleUses;
        QList<QPair<QString, Handler>> handlers;
        QList<Request> requests;
    };

private:
    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
    TestHttpServerWorker *m_worker = nullptr;
    quint16 m_port = 0;
};

} // namespace testsupport

Q_DECLARE_METATYPE(testsupport::TestHttpServer::Rule)
