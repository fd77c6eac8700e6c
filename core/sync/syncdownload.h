// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/util/result.h"

#include <QFile>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace core::sync {

/**
 * Downloads one package file into a partial file, asynchronously (Qt Network; http, https and
 * file:// URLs).
 *
 * - Resumable: when the partial file already holds bytes, it asks for the rest with a Range
 *   request; a 206 answer is appended, a 200 (the server ignores ranges) or 416 starts over.
 * - Bounded: more bytes than @p expectedSize (when known) abort the transfer with LimitExceeded
 *   and delete the partial file, so a hostile server cannot fill the disk.
 * - A transfer that ends early (connection cut, timeout) keeps what arrived for the next attempt.
 *
 * Errors name the URL with tokens masked. Lives on its creator's thread.
 */
class SyncDownload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncDownload)
public:
    SyncDownload(QNetworkAccessManager *network, const QUrl &url, const QString &partPath, qint64 expectedSize,
                 QObject *parent = nullptr);
    ~SyncDownload() override;

    void start();
    /** Stops the transfer; finished(false) follows with a Cancelled error. The partial file stays. */
    void abort();

    /** Bytes in the partial file now. */
    qint64 bytesInFile() const { return m_written; }
    /** Where the server continued (0: the whole file was sent). */
    qint64 resumedFrom() const { return m_resumedFrom; }
    /** Bytes received over the network in this transfer. */
    qint64 bytesReceived() const { return m_received; }
    /** Set after finished(false). */
    const std::optional<util::Error> &error() const { return m_error; }
    /**
     * Whether the failure will not go away by trying again: the source has no such file (HTTP 404
     * or 410, a file:// path that does not exist), refuses it (401, 403) or the URL cannot be used.
     */
    bool isPermanent() const { return m_permanent; }

Q_SIGNALS:
    void progressed(qint64 bytesInFile);
    /** Emitted once; the partial file is closed by then. */
    void finished(bool ok);

private:
    void sendRequest(qint64 offset);
    bool acceptResponse();
    void onReadyRead();
    void onFinished();
    void restartFromZero();
    void dropReply();
    void fail(util::ErrorCode code, const std::string &detail);
    void done(bool ok);

    QNetworkAccessManager *m_network;
    QUrl m_url;
    std::string m_maskedUrl;
    QFile m_file;
    QPointer<QNetworkReply> m_reply;
    qint64 m_expectedSize;
    qint64 m_offset = 0;       ///< the Range start asked for
    qint64 m_written = 0;
    qint64 m_received = 0;
    qint64 m_resumedFrom = 0;
    bool m_decided = false;    ///< the response's status was looked at
    bool m_restarting = false; ///< the current reply is dropped to ask again without a range
    bool m_aborted = false;
    bool m_done = false;
    bool m_permanent = false;
    std::optional<util::Error> m_error;
};

} // namespace core::sync
