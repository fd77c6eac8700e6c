// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/sync/syncquetz.h"

#include "core/util/secrets.h"
#include "core/sync/syncworker.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

using core::util::ErrorCode;
using core::util::makeError;

namespace core::sync {

namespace {

constexpr int s_transferTimeoutMs = 120000;

QString masked(const QString &text)
{
    return QString::fromStdString(util::maskSecrets(text.toStdString()));
}

/** A request to the Quetz server: the key in its header only, redirects kept to the same origin. */
QNetworkRequest quetzRequest(const QUrl &url, const std::string &apiKey)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(s_transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    if (!apiKey.empty())
        request.setRawHeader("X-API-Key", QByteArray::fromStdString(apiKey));
    return request;
}

/** "HTTP 403 Forbidden: <detail from Quetz's JSON answer>", with a hint for the key. */
std::string httpFailure(int status, QNetworkReply *reply)
{
    std::string text = "HTTP " + std::to_string(status) + ' '
                       + reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().toStdString();
    // Quetz (FastAPI) explains refusals as {"detail": "..."}; keep a bounded, masked piece of it.
    const QString detail = QJsonDocument::fromJson(reply->read(4096)).object().value(QLatin1String("detail")).toString();
    if (!detail.isEmpty())
        text += ": " + masked(detail.left(200)).toStdString();
    if (status == 401 || status == 403)
        text += " (check the API key)";
    return text;
}

} // namespace

QUrl quetzUploadUrl(const SyncTarget &target, const QString &fileName, const QString &sha256)
{
    QUrl url(target.quetzServer);
    const QString path = url.path() + QStringLiteral("/api/channels/") + target.quetzChannel + QStringLiteral("/upload/")
                         + fileName;
    url.setPath(path);  // QUrl encodes what must be encoded in a path
    if (!sha256.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sha256"), sha256);
        url.setQuery(query);
    }
    return url;
}

QuetzUpload::QuetzUpload(QNetworkAccessManager *network, const SyncTarget &target, const std::string &apiKey,
    const QString &path, const QString &fileName, const QString &sha256, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_url(quetzUploadUrl(target, fileName, sha256))
    , m_channel(target.quetzChannel)
    , m_apiKey(apiKey)
    , m_path(path)
{
}

QuetzUpload::~QuetzUpload()
{
    detail::abandonReply(m_reply, this);
}

void QuetzUpload::start()
{
    m_file = new QFile(m_path, this);
    if (!m_file->open(QIODevice::ReadOnly)) {
        QTimer::singleShot(0, this, [this] { fail(ErrorCode::FileUnreadable, m_file->errorString().toStdString()); });
        return;
    }
    QNetworkRequest request = quetzRequest(m_url, m_apiKey);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
    request.setHeader(QNetworkRequest::ContentLengthHeader, m_file->size());
    m_reply = m_network->post(request, m_file);
    connect(m_reply, &QNetworkReply::finished, this, &QuetzUpload::onFinished);
}

void QuetzUpload::abort()
{
    fail(ErrorCode::Cancelled, "upload cancelled");
}

void QuetzUpload::onFinished()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 409) {
        m_outcome = Outcome::AlreadyPresent;
    } else if (status == 500) {
        // Quetz answers a bare "Internal Server Error" for a missing channel or an archive it cannot read.
        return fail(ErrorCode::HttpError,
            httpFailure(status, reply) + " (does the channel '" + m_channel.toStdString()
                + "' exist, and is the file a conda package with info/index.json and info/files?)");
    } else if (status >= 400) {
        return fail(ErrorCode::HttpError, httpFailure(status, reply));
    } else if (reply->error() != QNetworkReply::NoError) {
        return fail(ErrorCode::NetworkError, util::maskSecrets(reply->errorString().toStdString()));
    } else {
        m_outcome = Outcome::Uploaded;
    }
    Q_EMIT finished();
}

void QuetzUpload::fail(ErrorCode code, const std::string &detail)
{
    if (m_outcome != Outcome::Pending)
        return;
    detail::abandonReply(m_reply, this);
    m_reply = nullptr;
    m_outcome = Outcome::Failed;
    // The URL carries no secret (the key travels in a header), but mask it like every other.
    m_error = makeError(code, detail, util::maskSecrets(m_url.toString().toStdString()));
    Q_EMIT finished();
}

QuetzTargetReader::QuetzTargetReader(QNetworkAccessManager *network, const SyncTarget &target, const std::string &apiKey,
                                     QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_target(target)
    , m_apiKey(apiKey)
{
}

QuetzTargetReader::~QuetzTargetReader()
{
    abort();
}

void QuetzTargetReader::read(const QStringList &subdirs)
{
    m_pending = int(subdirs.size());
    if (m_pending == 0) {
        QTimer::singleShot(0, this, &QuetzTargetReader::finished);
        return;
    }
    ++m_pending;
    QNetworkReply *channelReply = m_network->get(
        quetzRequest(QUrl(m_target.quetzServer + QStringLiteral("/api/channels/") + m_target.quetzChannel), m_apiKey));
    m_replies.emplace_back(channelReply);
    connect(channelReply, &QNetworkReply::finished, this, [this, channelReply] { onChannelReply(channelReply); });
    for (const QString &subdir : subdirs) {
        const QUrl url(m_target.quetzServer + QStringLiteral("/get/") + m_target.quetzChannel + QLatin1Char('/') + subdir
                       + QStringLiteral("/repodata.json"));
        QNetworkReply *reply = m_network->get(quetzRequest(url, m_apiKey));
        m_replies.emplace_back(reply);
        connect(reply, &QNetworkReply::finished, this, [this, reply, subdir] { onReply(reply, subdir); });
    }
}

void QuetzTargetReader::abort()
{
    for (const QPointer<QNetworkReply> &reply : m_replies)
        detail::abandonReply(reply, this);
    m_replies.clear();
}

void QuetzTargetReader::onReply(QNetworkReply *reply, const QString &subdir)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString location = masked(reply->url().toString());
    if (status == 404) {
        // A subdir the channel has never had a package for.
    } else if (status >= 400) {
        m_problems.push_back(makeError(ErrorCode::HttpError, httpFailure(status, reply), location.toStdString()));
    } else if (reply->error() != QNetworkReply::NoError) {
        m_problems.push_back(makeError(ErrorCode::NetworkError, util::maskSecrets(reply->errorString().toStdString()),
                                       location.toStdString()));
    } else if (auto added = addRepodataChecksums(reply->readAll(), subdir, location, m_checksums); !added) {
        m_problems.push_back(added.error());
    }
    replyDone();
}

void QuetzTargetReader::onChannelReply(QNetworkReply *reply)
{
    reply->deleteLater();
    // Only a clear "no such channel" matters here; any other failure shows in the index reads.
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 404) {
        m_missingChannel = makeError(ErrorCode::UnknownChannel,
            "the Quetz server has no channel '" + m_target.quetzChannel.toStdString() + "' (create it there first)",
            masked(m_target.quetzServer).toStdString());
    }
    replyDone();
}

void QuetzTargetReader::replyDone()
{
    if (--m_pending == 0)
        Q_EMIT finished();
}

} // namespace core::sync
