// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "tests/support/quetzstandin.h"

#include "core/channel/packagearchive.h"
#include "core/util/secrets.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace testsupport {

using Rule = TestHttpServer::Rule;

struct QuetzStandIn::State
{
    mutable QMutex mutex;
    QList<Upload> uploads;
    QStringList refusals;
};

namespace {

Rule jsonAnswer(int status, const QByteArray &json)
{
    return Rule::status(status).withBody(json).withContentType("application/json");
}

QByteArray detail(const QString &text)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("detail"), text}}).toJson(QJsonDocument::Compact);
}

} // namespace

QuetzStandIn::QuetzStandIn(QString channel, QByteArray apiKey)
    : m_channel(std::move(channel))
    , m_apiKey(std::move(apiKey))
    , m_state(std::make_unique<State>())
    , m_http(std::make_unique<TestHttpServer>(m_dir.path()))
{
    m_http->setHandler(QStringLiteral("/api/"), [this](const TestHttpServer::Request &request) { return handle(request); });
}

QuetzStandIn::~QuetzStandIn()
{
    m_http.reset();  // stops the server thread before the state its handler uses goes away
}

bool QuetzStandIn::start()
{
    return m_dir.isValid() && m_http->start();
}

QString QuetzStandIn::serverUrl() const
{
    return m_http->baseUrl();
}

QString QuetzStandIn::channelUrl() const
{
    return serverUrl() + QStringLiteral("/get/") + m_channel;
}

bool QuetzStandIn::addPackage(const QString &fileName, const QByteArray &data)
{
    return store(fileName, data).isEmpty();
}

QList<QuetzStandIn::Upload> QuetzStandIn::uploads() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->uploads;
}

QStringList QuetzStandIn::refusals() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->refusals;
}

Rule QuetzStandIn::handle(const TestHttpServer::Request &request)
{
    const QJsonObject channel { { QStringLiteral("name"), m_channel }, { QStringLiteral("private"), false } };
    if (request.path == QLatin1String("/api/channels") && request.method == "GET")
        return jsonAnswer(200, "[" + QJsonDocument(channel).toJson(QJsonDocument::Compact) + "]");
    const QString prefix = QStringLiteral("/api/channels/");
    const QStringList parts = request.path.mid(prefix.size()).split(QLatin1Char('/'));
    if (request.path.startsWith(prefix) && parts.size() == 1 && request.method == "GET") {
        if (parts.at(0) != m_channel)
            return jsonAnswer(404, detail(QStringLiteral("Channel %1 not found").arg(parts.at(0))));
        return jsonAnswer(200, QJsonDocument(channel).toJson(QJsonDocument::Compact));
    }
    // A file name with a '/' makes more parts: refused below like any unsafe name.
    if (!request.path.startsWith(prefix) || parts.size() < 3 || parts.at(1) != QLatin1String("upload"))
        return refuse(request, 404, QStringLiteral("no such API endpoint"));
    if (request.method != "POST")
        return refuse(request, 405, QStringLiteral("uploads are POST requests"));
    if (parts.at(0) != m_channel)
        return refuse(request, 404, QStringLiteral("no channel '%1'").arg(parts.at(0)));
    if (request.headers.value("x-api-key") != m_apiKey)
        return refuse(request, 401, QStringLiteral("missing or wrong X-API-Key"));
    return handleUpload(request, parts.mid(2).join(QLatin1Char('/')));
}

Rule QuetzStandIn::handleUpload(const TestHttpServer::Request &request, const QString &fileName)
{
    if (!core::util::isSafeFileName(fileName.toStdString()) || !core::channel::packageFormatOf(fileName.toStdString()))
        return refuse(request, 400, QStringLiteral("not a package file name: '%1'").arg(fileName));
    const QString sha256 = QUrlQuery(request.query).queryItemValue(QStringLiteral("sha256"));
    if (sha256.isEmpty())
        return refuse(request, 400, QStringLiteral("no sha256 query parameter"));
    const QByteArray actual = QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex();
    if (sha256.toLatin1() != actual)
        return refuse(request, 400, QStringLiteral("Wrong SHA256 checksum"));
    {
        QMutexLocker lock(&m_state->mutex);
        for (const Upload &u : std::as_const(m_state->uploads)) {
            if (u.fileName == fileName)
                return jsonAnswer(409, detail(QStringLiteral("Package %1 already exists").arg(fileName)));
        }
    }
    const QString problem = store(fileName, request.body);
    if (!problem.isEmpty())
        return refuse(request, 400, problem);
    return jsonAnswer(201, detail(QStringLiteral("uploaded")));
}

Rule QuetzStandIn::refuse(const TestHttpServer::Request &request, int status, const QString &why)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->refusals.append(QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path + QStringLiteral(": ") + why);
    return jsonAnswer(status, detail(why));
}

/**
 * Keeps the package under get/<channel>/<subdir>/; an error text or empty. It makes no index: what
 * Quetz indexes is tested against the real server, and a test that needs an index here gives one.
 */
QString QuetzStandIn::store(const QString &fileName, const QByteArray &data)
{
    const QString incoming = m_dir.filePath(QStringLiteral("incoming-") + fileName);
    QFile file(incoming);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return QStringLiteral("cannot store the upload");
    file.close();
    auto index = core::channel::readPackageIndexJson(incoming);
    const QString subdir = index ? QJsonDocument::fromJson(*index).object().value(QLatin1String("subdir")).toString() : QString();
    if (subdir.isEmpty() || !core::util::isSafeFileName(subdir.toStdString())) {
        QFile::remove(incoming);
        return QStringLiteral("not a conda package with info/index.json");
    }
    const QString subdirPath = m_dir.filePath(QStringLiteral("get/") + m_channel + QLatin1Char('/') + subdir);
    QDir().mkpath(subdirPath);
    QFile::rename(incoming, subdirPath + QLatin1Char('/') + fileName);
    QMutexLocker lock(&m_state->mutex);
    m_state->uploads.append({fileName, subdir, QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()),
                             data.size()});
    return {};
}

} // namespace testsupport
