// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/channel/quetzclient.h"

#include "core/util/secrets.h"
#include "core/channel/urltext.h"
#include "core/util/atomicfile.h"
#include "core/util/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <cstdio>

#include <sys/stat.h>

using core::util::ErrorCode;
using core::util::makeError;
using core::util::Result;

namespace core::channel {

namespace {

std::string octalMode(unsigned mode)
{
    char text[8];
    std::snprintf(text, sizeof text, "%04o", mode & 07777u);
    return text;
}

Result<std::string> readKeyFile(const std::string &path)
{
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0)
        return makeError(ErrorCode::FileNotFound, "no such API key file", path);
    if (!S_ISREG(info.st_mode))
        return makeError(ErrorCode::InvalidValue, "the API key file is not a regular file", path);
    // Like ssh with its keys: a secret others can read is refused before it is used.
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        return makeError(ErrorCode::InvalidValue, "the API key file has mode " + octalMode(info.st_mode)
                                                      + "; it must be readable by its owner only (chmod 600)", path);
    }
    auto data = util::readFile(QString::fromStdString(path));
    if (!data)
        return data.error();
    return data->trimmed().toStdString();
}

QuetzChannel channelFromJson(const QJsonObject &o)
{
    QuetzChannel channel;
    channel.name = o.value(QLatin1String("name")).toString().toStdString();
    channel.description = o.value(QLatin1String("description")).toString().toStdString();
    channel.isPrivate = o.value(QLatin1String("private")).toBool();
    channel.mirrorChannelUrl = o.value(QLatin1String("mirror_channel_url")).toString().toStdString();
    channel.mirrorMode = o.value(QLatin1String("mirror_mode")).toString().toStdString();
    return channel;
}

} // namespace

Result<std::string> readQuetzApiKey(const QuetzApiKeySource &source)
{
    if (!source.environmentVariable.empty()) {
        const QByteArray fromEnv = qgetenv(source.environmentVariable.c_str()).trimmed();
        if (!fromEnv.isEmpty())
            return fromEnv.toStdString();
    }
    if (source.file.empty())
        return std::string();
    return readKeyFile(source.file);
}

std::string quetzChannelUrl(const std::string &server, const std::string &channel)
{
    return detail::withoutTrailingSlashes(server) + "/get/" + channel;
}

Result<std::vector<QuetzChannel>> parseQuetzChannels(const QByteArray &json, const std::string &location)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        return makeError(ErrorCode::ParseError, "invalid JSON at byte " + std::to_string(parseError.offset) + ": "
                                                    + parseError.errorString().toStdString(), location);
    }
    // /api/channels answers a list; /api/paginated/channels wraps it in {"result": [...]}.
    const QJsonArray list = doc.isArray() ? doc.array() : doc.object().value(QLatin1String("result")).toArray();
    if (!doc.isArray() && !doc.object().value(QLatin1String("result")).isArray())
        return makeError(ErrorCode::InvalidValue, "expected a list of channels", location);
    std::vector<QuetzChannel> channels;
    for (const QJsonValue &item : list) {
        QuetzChannel channel = channelFromJson(item.toObject());
        if (channel.name.empty())
            return makeError(ErrorCode::InvalidValue, "a channel without a name", location);
        channels.push_back(std::move(channel));
    }
    return channels;
}

QuetzClient::QuetzClient(std::string server, std::string apiKey, QObject *parent)
    : QObject(parent), m_server(detail::withoutTrailingSlashes(std::move(server))), m_apiKey(std::move(apiKey)),
      m_network(new QNetworkAccessManager(this))
{
}

void QuetzClient::listChannels()
{
    const std::string url = m_server + "/api/channels";
    QNetworkRequest request(QUrl(QString::fromStdString(url)));
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    if (!m_apiKey.empty())
        request.setRawHeader("X-API-Key", QByteArray::fromStdString(m_apiKey));
    const std::string masked = util::maskSecrets(url);
    qCDebug(lcChannel).noquote() << "GET" << QString::fromStdString(masked) << (m_apiKey.empty() ? "" : "(with API key)");
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, masked] {
        reply->deleteLater();
        QuetzChannelList result;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 400) {
            const std::string reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().toStdString();
            const std::string hint = status == 401 || status == 403 ? " (check the API key)" : "";
            result.error = makeError(ErrorCode::HttpError, "HTTP " + std::to_string(status) + " " + reason + hint, masked);
        } else if (reply->error() != QNetworkReply::NoError) {
            result.error = makeError(ErrorCode::NetworkError, util::maskSecrets(reply->errorString().toStdString()), masked);
        } else if (auto channels = parseQuetzChannels(reply->readAll(), masked)) {
            result.channels = std::move(*channels);
        } else {
            result.error = channels.error();
        }
        if (result.error)
            qCWarning(lcChannel).noquote() << QString::fromStdString(result.error->message());
        Q_EMIT channelsListed(result);
    });
}

} // namespace core::channel
