// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/sync/syncdownload.h"

#include "core/util/secrets.h"
#include "core/sync/syncworker.h"
#include "core/util/atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <cerrno>

using core::util::ErrorCode;
using core::util::makeError;

namespace core::sync {

namespace {

constexpr int s_transferTimeoutMs = 60000;

/** The first byte of a "Content-Range: bytes START-END/TOTAL" header; -1 when it is not one. */
qint64 contentRangeStart(const QByteArray &header)
{
    if (!header.startsWith("bytes "))
        return -1;
    const qsizetype dash = header.indexOf('-');
    bool ok = false;
    const qint64 start = header.mid(6, dash - 6).trimmed().toLongLong(&ok);
    return ok && dash > 6 ? start : -1;
}

} // namespace

SyncDownload::SyncDownload(QNetworkAccessManager *network, const QUrl &url, const QString &partPath, qint64 expectedSize,
                           QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_url(url)
    , m_maskedUrl(util::maskSecrets(url.toString().toStdString()))
    , m_file(partPath)
    , m_expectedSize(expectedSize)
{
}

SyncDownload::~SyncDownload()
{
    dropReply();
}

void SyncDownload::dropReply()
{
    detail::abandonReply(m_reply, this);
    m_reply = nullptr;
}

void SyncDownload::start()
{
    const QString scheme = m_url.scheme();
    // Failures are reported from the event loop, so a caller never sees finished() inside start().
    const auto later = [this](ErrorCode code, std::string detail) {
        QTimer::singleShot(0, this, [this, code, detail] { fail(code, detail); });
    };
    if (!m_url.isValid()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https") && !m_url.isLocalFile())) {
        m_permanent = true;
        return later(ErrorCode::InvalidArgument, "not an http(s):// or file:// URL");
    }
    // toParameters() masks credentials: a sync re-run from the history cannot have them back.
    const QString text = QUrl::fromPercentEncoding(m_url.toEncoded());
    if (text.contains(QLatin1String("<TOKEN>")) || text.contains(QLatin1String("<PASSWORD>"))) {
        m_permanent = true;
        return later(ErrorCode::InvalidArgument, "the URL's credentials are not kept in the job history; plan the sync again");
    }
    if (m_url.isLocalFile() && !QFileInfo::exists(m_url.toLocalFile())) {
        m_permanent = true; // checked before a partial file is made for it
        return later(ErrorCode::FileNotFound, "the source channel has no such file");
    }
    if (!QDir().mkpath(QFileInfo(m_file.fileName()).absolutePath())
        || !m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return later(ErrorCode::FileWriteFailed, "cannot open the partial file " + m_file.fileName().toStdString());
    m_written = m_file.size();
    if (m_expectedSize > 0 && m_written == m_expectedSize) {
        // An earlier run got every byte but did not get to verify them: verification decides.
        QTimer::singleShot(0, this, [this] { done(true); });
        return;
    }
    sendRequest(m_written);
}

void SyncDownload::abort()
{
    if (m_done)
        return;
    m_aborted = true;
    fail(ErrorCode::Cancelled, "transfer cancelled");
}

void SyncDownload::sendRequest(qint64 offset)
{
    m_offset = offset;
    m_decided = false;
    QNetworkRequest request(m_url);
    request.setTransferTimeout(s_transferTimeoutMs);
    // A body the server compressed on the fly could not be continued by byte offset.
    request.setRawHeader("Accept-Encoding", "identity");
    if (offset > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(offset) + '-');
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &SyncDownload::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &SyncDownload::onFinished);
}

/** Looks at the status once: append (206 from the asked offset), start over (200, 416) or fail. */
bool SyncDownload::acceptResponse()
{
    if (m_decided)
        return true;
    m_decided = true;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 416 && m_offset > 0) {
        restartFromZero();  // the partial no longer fits the file on the server
        return false;
    }
    if (status >= 400) {
        const QString reason = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        // A client error stays one (but a timeout or a rate limit); a server error may pass.
        m_permanent = status < 500 && status != 408 && status != 429;
        fail(ErrorCode::HttpError, "HTTP " + std::to_string(status) + ' ' + reason.toStdString());
        return false;
    }
    if (status == 206) {
        if (contentRangeStart(m_reply->rawHeader("Content-Range")) == m_offset) {
            m_resumedFrom = m_offset;
            return true;
        }
        if (m_offset > 0) {
            restartFromZero();
            return false;
        }
        fail(ErrorCode::NetworkError, "the server sent a part of the file nobody asked for");
        return false;
    }
    // 200, or a file:// URL (which knows no ranges): the whole file follows.
    if (m_offset > 0 && !m_file.resize(0)) {
        fail(ErrorCode::FileWriteFailed, "cannot truncate the partial file " + m_file.fileName().toStdString());
        return false;
    }
    m_written = 0;
    m_offset = 0;
    return true;
}

void SyncDownload::onReadyRead()
{
    if (!m_reply || !acceptResponse())
        return;
    const QByteArray data = m_reply->readAll();
    m_received += data.size();
    if (m_expectedSize > 0 && m_written + data.size() > m_expectedSize) {
        m_file.close();
        QFile::remove(m_file.fileName());
        fail(ErrorCode::LimitExceeded, "the server sent more than the " + std::to_string(m_expectedSize)
                                           + " bytes the repodata gives");
        return;
    }
    errno = 0;
    if (m_file.write(data) != data.size()) {
        fail(ErrorCode::FileWriteFailed, util::writeErrorText(m_file, errno) + " (" + m_file.fileName().toStdString() + ')');
        return;
    }
    m_written += data.size();
    Q_EMIT progressed(m_written);
}

void SyncDownload::onFinished()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An HTTP error answer is judged by its status; a transport error (no status) keeps the partial.
    if ((status != 0 || m_reply->error() == QNetworkReply::NoError) && !acceptResponse())
        return;
    if (m_reply->error() != QNetworkReply::NoError) {
        if (m_url.isLocalFile() && !QFileInfo::exists(m_url.toLocalFile())) {
            m_permanent = true;
            fail(ErrorCode::FileNotFound, "the source channel has no such file");
            return;
        }
        fail(ErrorCode::NetworkError, util::maskSecrets(m_reply->errorString().toStdString()));
        return;
    }
    if (m_reply->bytesAvailable() > 0)
        onReadyRead();
    if (m_done)
        return;
    // Short, but exactly as long as the server said: its file is not the one planned, and
    // verification rejects it. Short without a length to go by: cut off, to be continued.
    const QVariant declared = m_reply->header(QNetworkRequest::ContentLengthHeader);
    const bool complete = declared.isValid() && declared.toLongLong() == m_written - m_offset;
    dropReply();  // finished already: abort() does nothing
    if (m_expectedSize > 0 && m_written < m_expectedSize && !complete) {
        fail(ErrorCode::NetworkError, "the transfer ended after " + std::to_string(m_written) + " of "
                                          + std::to_string(m_expectedSize) + " bytes");
        return;
    }
    done(true);
}

void SyncDownload::restartFromZero()
{
    dropReply();
    if (!m_file.resize(0)) {
        fail(ErrorCode::FileWriteFailed, "cannot truncate the partial file " + m_file.fileName().toStdString());
        return;
    }
    m_written = 0;
    sendRequest(0);
}

void SyncDownload::fail(ErrorCode code, const std::string &detail)
{
    if (m_done)
        return;
    dropReply();
    m_error = makeError(code, detail, m_maskedUrl);
    done(false);
}

void SyncDownload::done(bool ok)
{
    if (m_done)
        return;
    m_done = true;
    m_file.close();
    Q_EMIT finished(ok);
}

} // namespace core::sync
