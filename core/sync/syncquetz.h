// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// The Quetz side of a sync: reading what a channel holds and uploading a package to it.
// Tested against the real Quetz server (tests/core/sync/tst_syncrealquetz.cpp).

#include "core/sync/syncfiles.h"
#include "core/sync/syncoptions.h"
#include "core/util/result.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>
#include <string>
#include <vector>

class QFile;
class QNetworkAccessManager;
class QNetworkReply;

namespace core::sync {

/** `<server>/api/channels/<channel>/upload/<fileName>?sha256=<hex>`, names percent-encoded. */
QUrl quetzUploadUrl(const SyncTarget &target, const QString &fileName, const QString &sha256);

/**
 * Uploads one verified package file: `POST /api/channels/{c}/upload/{filename}?sha256=...` with
 * the file as the body and the API key in the X-API-Key header — the only place the key goes.
 * Redirects are followed within the same origin only, so the key never reaches another host.
 * A 409 answer means the channel already has the file (AlreadyPresent).
 */
class QuetzUpload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuetzUpload)
public:
    enum class Outcome { Pending, Uploaded, AlreadyPresent, Failed };

    QuetzUpload(QNetworkAccessManager *network, const SyncTarget &target, const std::string &apiKey, const QString &path,
                const QString &fileName, const QString &sha256, QObject *parent = nullptr);
    ~QuetzUpload() override;

    void start();
    /** Stops the upload; finished() follows with Failed and a Cancelled error. */
    void abort();

    Outcome outcome() const { return m_outcome; }
    const std::optional<util::Error> &error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    void onFinished();
    void fail(util::ErrorCode code, const std::string &detail);

    QNetworkAccessManager *m_network;
    QUrl m_url;
    QString m_channel;
    std::string m_apiKey;
    QString m_path;
    QFile *m_file = nullptr;
    QPointer<QNetworkReply> m_reply;
    Outcome m_outcome = Outcome::Pending;
    std::optional<util::Error> m_error;
};

/**
 * Reads which package files a Quetz channel already holds, with their checksums: GET
 * `<server>/get/<channel>/<subdir>/repodata.json` for each subdir (with the API key, for private
 * channels). A 404 is an empty subdir; other failures are listed in problems() and that subdir
 * counts as empty (uploads then find out, 409 for a file the channel has).
 * It also asks for the channel (GET `<server>/api/channels/<channel>`): a 404 there is
 * missingChannel(), since Quetz would answer each upload to it with a bare 500.
 */
class QuetzTargetReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuetzTargetReader)
public:
    QuetzTargetReader(QNetworkAccessManager *network, const SyncTarget &target, const std::string &apiKey,
                      QObject *parent = nullptr);
    ~QuetzTargetReader() override;

    void read(const QStringList &subdirs);
    void abort();

    const TargetChecksums &checksums() const { return m_checksums; }
    const std::vector<util::Error> &problems() const { return m_problems; }
    /** UnknownChannel naming the channel and the server when the server has no such channel. */
    const std::optional<util::Error> &missingChannel() const { return m_missingChannel; }

Q_SIGNALS:
    void finished();

private:
    void onReply(QNetworkReply *reply, const QString &subdir);
    void onChannelReply(QNetworkReply *reply);
    void replyDone();

    QNetworkAccessManager *m_network;
    SyncTarget m_target;
    std::string m_apiKey;
    std::vector<QPointer<QNetworkReply>> m_replies;
    int m_pending = 0;
    TargetChecksums m_checksums;
    std::vector<util::Error> m_problems;
    std::optional<util::Error> m_missingChannel;
};

} // namespace core::sync
