// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "tests/support/realquetz.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>

#include <csignal>

#include <poll.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace testsupport {

namespace {

constexpr int s_startTimeoutMs = 120000;
constexpr int s_stopTimeoutMs = 30000;
constexpr int s_requestTimeoutMs = 60000;

/** A port nothing listens on now (start-quetz.sh needs one named; another process could take it first). */
quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

/** The value after "<key>=" in start-quetz.sh's output. */
QString valueOf(const QByteArray &output, const QByteArray &key)
{
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith(QByteArray(key + '=')))
            return QString::fromUtf8(line.mid(key.size() + 1).trimmed());
    }
    return {};
}

/**
 * Sends SIGTERM to @p pid and waits for it to exit. The server is not our child (start-quetz.sh
 * started it in the background), so waitpid() cannot wait for it: a pidfd becomes readable when
 * the process exits.
 */
void stopProcess(qint64 pid)
{
    const int fd = int(::syscall(SYS_pidfd_open, pid_t(pid), 0));
    if (::kill(pid_t(pid), SIGTERM) != 0 || fd < 0) {
        if (fd >= 0)
            ::close(fd);
        return;
    }
    pollfd exited { fd, POLLIN, 0 };
    if (::poll(&exited, 1, s_stopTimeoutMs) == 0)
        ::kill(pid_t(pid), SIGKILL); // uvicorn did not finish its shutdown: do not leave it behind
    ::close(fd);
}

RealQuetz::Reply finish(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    RealQuetz::Reply answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return answer;
}

} // namespace

QByteArray RealQuetz::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

RealQuetz::RealQuetz(QString serverDir)
    : m_serverDir(std::move(serverDir))
{
}

RealQuetz::~RealQuetz()
{
    if (m_pid > 0)
        stopProcess(m_pid);
}

PeerDataState RealQuetz::locate()
{
    const QString fromEnv = qEnvironmentVariable("DEPLOYDECK_QUETZ_DIR");
    if (!fromEnv.isEmpty() && !QFileInfo(fromEnv + QStringLiteral("/start-quetz.sh")).isFile())
        return { {}, QStringLiteral("DEPLOYDECK_QUETZ_DIR=%1 has no start-quetz.sh").arg(fromEnv), true };
    const QString dir = fromEnv.isEmpty() ? QStringLiteral(DEPLOYDECK_QUETZ_DEFAULT_DIR) : fromEnv;
    if (!QFileInfo(dir + QStringLiteral("/start-quetz.sh")).isFile()) {
        return { {},
            QStringLiteral(
                "the real Quetz server is not there (set DEPLOYDECK_QUETZ_DIR or place ../shared/servers/quetz)"),
            requirementsAreMandatory() };
    }
    return { QFileInfo(dir).canonicalFilePath(), {}, false };
}

bool RealQuetz::start()
{
    // The port is free when chosen, but another process may bind it before the server does: then
    // the server exits, the script fails, and another port is tried in a fresh folder.
    for (int attempt = 1; attempt <= 3; ++attempt) {
        if (startOnce(attempt))
            return true;
    }
    return false;
}

bool RealQuetz::startOnce(int attempt)
{
    const quint16 port = freePort();
    if (!m_dir.isValid() || port == 0) {
        m_error = QStringLiteral("no temporary folder or no free port");
        return false;
    }
    QProcess script;
    script.start(m_serverDir + QStringLiteral("/start-quetz.sh"),
        { m_dir.filePath(QStringLiteral("deploy-%1").arg(attempt)), QString::number(port) });
    // The script returns once the server answers; the server itself lives on in the background.
    if (!script.waitForFinished(s_startTimeoutMs) || script.exitStatus() != QProcess::NormalExit
        || script.exitCode() != 0) {
        script.kill();
        m_error = QStringLiteral("start-quetz.sh failed: ") + QString::fromUtf8(script.readAllStandardError());
        return false;
    }
    const QByteArray output = script.readAllStandardOutput();
    m_url = valueOf(output, "url");
    m_keyFile = valueOf(output, "key_file");
    m_pid = valueOf(output, "pid").toLongLong();
    QFile key(m_keyFile);
    if (key.open(QIODevice::ReadOnly))
        m_apiKey = key.readAll().trimmed();
    if (m_url.isEmpty() || m_pid <= 0 || m_apiKey.isEmpty()) {
        m_error = QStringLiteral("start-quetz.sh printed no url, pid or key: ") + QString::fromUtf8(output);
        return false;
    }
    return true;
}

QString RealQuetz::channelUrl(const QString &channel) const
{
    return m_url + QStringLiteral("/get/") + channel;
}

int RealQuetz::createChannel(const QString &name, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("name"), name);
    if (!body.contains(QStringLiteral("private")))
        body.insert(QStringLiteral("private"), false);
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_url + QStringLiteral("/api/channels")));
    request.setTransferTimeout(s_requestTimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-API-Key", m_apiKey);
    return finish(network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact))).status;
}

int RealQuetz::upload(const QString &channel, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray data = file.readAll();
    QUrl url(m_url + QStringLiteral("/api/channels/%1/upload/%2").arg(channel, QFileInfo(path).fileName()));
    url.setQuery(QStringLiteral("sha256=")
        + QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(s_requestTimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
    request.setRawHeader("X-API-Key", m_apiKey);
    return finish(network.post(request, data)).status;
}

RealQuetz::Reply RealQuetz::get(
    const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers, bool withKey) const
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_url + path));
    request.setTransferTimeout(s_requestTimeoutMs);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (withKey)
        request.setRawHeader("X-API-Key", m_apiKey);
    return finish(network.get(request));
}

QJsonObject RealQuetz::record(const QString &channel, const QString &subdir, const QString &fileName) const
{
    const Reply reply = get(QStringLiteral("/get/%1/%2/repodata.json").arg(channel, subdir));
    const QJsonObject index = QJsonDocument::fromJson(reply.body).object();
    const char *table = fileName.endsWith(QLatin1String(".conda")) ? "packages.conda" : "packages";
    return index.value(QLatin1String(table)).toObject().value(fileName).toObject();
}

} // namespace testsupport
