// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "tests/support/testhttpserver.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

namespace testsupport {

using Behaviour = TestHttpServer::Behaviour;
using Rule = TestHttpServer::Rule;
using Request = TestHttpServer::Request;

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

QByteArray contentTypeFor(const QString &path)
{
    if (path.endsWith(QLatin1String(".json")))
        return "application/json";
    if (path.endsWith(QLatin1String(".zst")))
        return "application/zstd";
    return "application/octet-stream";
}

/** Parses "METHOD /path?query HTTP/1.1" and the header lines; false when malformed. */
bool parseHead(const QByteArray &head, Request &request)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    if (first.size() < 2)
        return false;
    request.method = first[0];
    const QUrl url(QString::fromLatin1(first[1]));
    request.path = url.path();
    request.query = url.query();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    return true;
}

} // namespace

/** Lives in the server thread: the QTcpServer and its connections. */
class TestHttpServerWorker final : public QObject
{
public:
    explicit TestHttpServerWorker(std::shared_ptr<TestHttpServer::Shared> shared) : m_shared(std::move(shared)) {}

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server->serverPort();
    }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        Request request;
        if (!parseHead(buffer.left(headEnd), request)) {
            m_buffers.remove(socket);
            return send(socket, 400, {}, "bad request");
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() - headEnd - 4 < length)
            return;  // wait for the whole body
        request.body = buffer.mid(headEnd + 4, length);
        m_buffers.remove(socket);
        respond(socket, request);
    }

    /** The rule for a request (handler, then a per-path rule while it has uses left), recorded. */
    Rule ruleFor(const Request &request)
    {
        TestHttpServer::Handler handler;
        {
            QMutexLocker lock(&m_shared->mutex);
            m_shared->requests.append(request);
            for (const auto &[prefix, h] : m_shared->handlers) {
                if (request.path.startsWith(prefix))
                    handler = h;
            }
            if (!handler) {
                auto it = m_shared->rules.find(request.path);
                if (it == m_shared->rules.end())
                    return {};
                int &uses = m_shared->ruleUses[request.path];
                if (it->times >= 0 && uses >= it->times)
                    return {};
                ++uses;
                return *it;
            }
        }
        return handler(request);
    }

    void respond(QTcpSocket *socket, const Request &request)
    {
        const Rule rule = ruleFor(request);
        switch (rule.behaviour) {
        case Behaviour::Hang: return;
        case Behaviour::NotModified: return send(socket, 304, cachingHeaders(rule, {}, {}), {});
        case Behaviour::Redirect: return redirect(socket, rule);
        case Behaviour::Status: return send(socket, rule.code, extraHeaders(rule), rule.body.value_or(QByteArray()));
        case Behaviour::InvalidJson:
            return send(socket, 200, contentHeaders(rule, request.path), R"({"info": {"subdir": "broken"}, "packages": {"a)");
        default: break;
        }
        QByteArray body;
        QDateTime mtime;
        if (!loadContent(rule, request.path, body, mtime))
            return send(socket, 404, {}, "not found");
        const QList<QPair<QByteArray, QByteArray>> headers = cachingHeaders(rule, body, mtime);
        if (isNotModified(request, headers))
            return send(socket, 304, headers, {});
        const auto all = headers + contentHeaders(rule, request.path);
        sendBody(socket, rule, all, request.method == "HEAD" ? QByteArray() : body);
    }

    bool loadContent(const Rule &rule, const QString &path, QByteArray &body, QDateTime &mtime) const
    {
        if (rule.body) {
            body = *rule.body;
            mtime = QDateTime::fromSecsSinceEpoch(1700000000);
            return true;
        }
        QString root;
        {
            QMutexLocker lock(&m_shared->mutex);
            root = m_shared->root;
        }
        if (root.isEmpty() || path.contains(QLatin1String("..")))
            return false;
        QFile file(root + path);
        if (QFileInfo(file).isDir() || !file.open(QIODevice::ReadOnly))
            return false;
        body = file.readAll();
        mtime = QFileInfo(file).lastModified();
        return true;
    }

    static QList<QPair<QByteArray, QByteArray>> cachingHeaders(const Rule &rule, const QByteArray &body, const QDateTime &mtime)
    {
        QList<QPair<QByteArray, QByteArray>> headers = rule.headers;
        // Hash the body only when no ETag was given: large bodies make that costly.
        const QByteArray etag = rule.etag ? *rule.etag
                                          : '"' + QCryptographicHash::hash(body, QCryptographicHash::Sha1).toHex().left(16) + '"';
        const QByteArray lastModified = rule.lastModified.value_or(mtime.isValid() ? httpDate(mtime) : QByteArray());
        if (!etag.isEmpty())
            headers.append({"ETag", etag});
        if (!lastModified.isEmpty())
            headers.append({"Last-Modified", lastModified});
        if (!rule.cacheControl.isEmpty())
            headers.append({"Cache-Control", rule.cacheControl});
        return headers;
    }

    static QList<QPair<QByteArray, QByteArray>> extraHeaders(const Rule &rule)
    {
        auto headers = rule.headers;
        if (!rule.contentType.isEmpty())
            headers.append({"Content-Type", rule.contentType});
        return headers;
    }

    static QList<QPair<QByteArray, QByteArray>> contentHeaders(const Rule &rule, const QString &path)
    {
        return {{"Content-Type", rule.contentType.isEmpty() ? contentTypeFor(path) : rule.contentType}};
    }

    static bool isNotModified(const Request &request, const QList<QPair<QByteArray, QByteArray>> &headers)
    {
        QByteArray etag;
        QByteArray lastModified;
        for (const auto &[name, value] : headers) {
            if (name == "ETag")
                etag = value;
            else if (name == "Last-Modified")
                lastModified = value;
        }
        if (request.headers.contains("if-none-match"))
            return !etag.isEmpty() && request.headers.value("if-none-match") == etag;
        return request.headers.contains("if-modified-since") && !lastModified.isEmpty()
            && request.headers.value("if-modified-since") == lastModified;
    }

    void redirect(QTcpSocket *socket, const Rule &rule)
    {
        QByteArray location = rule.location.toUtf8();
        if (location.startsWith('/'))
            location = "http://127.0.0.1:" + QByteArray::number(m_server->serverPort()) + location;
        send(socket, rule.code ? rule.code : 301, rule.headers + QList<QPair<QByteArray, QByteArray>>{{"Location", location}}, {});
    }

    static QByteArray head(int status, const QList<QPair<QByteArray, QByteArray>> &headers, qint64 contentLength)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
        for (const auto &[name, value] : headers)
            out += name + ": " + value + "\r\n";
        out += "Content-Length: " + QByteArray::number(contentLength) + "\r\nConnection: close\r\n\r\n";
        return out;
    }

    void send(QTcpSocket *socket, int status, const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
    {
        socket->write(head(status, headers, status == 304 ? 0 : body.size()));
        if (status != 304)
            socket->write(body);
        socket->disconnectFromHost();  // graceful: what was written is still delivered
    }

    void sendBody(QTcpSocket *socket, const Rule &rule, const QList<QPair<QByteArray, QByteArray>> &headers,
                  const QByteArray &body)
    {
        switch (rule.behaviour) {
        case Behaviour::Truncate: {
            const qint64 sent = rule.truncateAt >= 0 ? std::min<qint64>(rule.truncateAt, body.size()) : body.size() / 2;
            socket->write(head(200, headers, body.size()));
            socket->write(body.left(sent));
            return socket->disconnectFromHost();
        }
        case Behaviour::WrongContentLength:
            socket->write(head(200, headers, std::max<qint64>(0, body.size() + rule.contentLengthDelta)));
            socket->write(body);
            return socket->disconnectFromHost();
        case Behaviour::Slow:
            socket->write(head(200, headers, body.size()));
            return sendSlowly(QPointer<QTcpSocket>(socket), body, 0, rule);
        default:
            return send(socket, 200, headers, body);
        }
    }

    void sendSlowly(QPointer<QTcpSocket> socket, QByteArray body, qint64 offset, Rule rule)
    {
        if (!socket)
            return;
        if (offset >= body.size())
            return socket->disconnectFromHost();
        socket->write(body.mid(offset, rule.chunkSize));
        QTimer::singleShot(rule.chunkDelayMs, this, [this, socket, body, offset, rule] {
            sendSlowly(socket, body, offset + rule.chunkSize, rule);
        });
    }

    std::shared_ptr<TestHttpServer::Shared> m_shared;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

TestHttpServer::TestHttpServer(QString rootDir, QObject *parent) : QObject(parent), m_shared(std::make_shared<Shared>())
{
    m_shared->root = std::move(rootDir);
}

TestHttpServer::~TestHttpServer()
{
    if (!m_thread)
        return;
    // The worker and its sockets belong to the server thread: delete them there, then stop it.
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

bool TestHttpServer::start()
{
    if (m_thread)
        return m_port != 0;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("TestHttpServer"));
    m_worker = new TestHttpServerWorker(m_shared);
    m_worker->moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, [this] { m_port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
    return m_port != 0;
}

quint16 TestHttpServer::port() const
{
    return m_port;
}

QString TestHttpServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:") + QString::number(m_port);
}

QUrl TestHttpServer::url(const QString &path) const
{
    return QUrl(baseUrl() + path);
}

void TestHttpServer::setRule(const QString &path, Rule rule)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->rules.insert(path, std::move(rule));
    m_shared->ruleUses.remove(path);
}

void TestHttpServer::clearRule(const QString &path)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->rules.remove(path);
    m_shared->ruleUses.remove(path);
}

void TestHttpServer::clearRules()
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->rules.clear();
    m_shared->ruleUses.clear();
    m_shared->handlers.clear();
}

void TestHttpServer::setHandler(const QString &pathPrefix, Handler handler)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->handlers.append({pathPrefix, std::move(handler)});
}

QList<Request> TestHttpServer::requests() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->requests;
}

int TestHttpServer::requestCount(const QString &path) const
{
    QMutexLocker lock(&m_shared->mutex);
    return int(std::count_if(m_shared->requests.begin(), m_shared->requests.end(),
                             [&](const Request &r) { return r.path == path; }));
}

void TestHttpServer::clearRequests()
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->requests.clear();
}

} // namespace testsupport
