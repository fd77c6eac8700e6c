// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

/*
 * RealQuetz: the real Quetz server of the peer folder shared/servers/quetz (mamba-org/quetz, on
 * Debian's Python packages, which ./deploydeck.sh setup installs), started on 127.0.0.1 for one test
 * class and stopped by its PID when this object goes away.
 *
 *     void initTestCase()
 *     {
 *         REQUIRE_REAL_QUETZ(quetzDir);          // skips, or fails in CI, as for peer data
 *         m_quetz = std::make_unique<RealQuetz>(quetzDir);
 *         QVERIFY2(m_quetz->start(), qPrintable(m_quetz->errorText()));
 *         QCOMPARE(m_quetz->createChannel(QStringLiteral("maxiv")), 201);
 *     }
 *
 * The folder is $DEPLOYDECK_QUETZ_DIR, else ../shared/servers/quetz beside the source tree. It is
 * read in place: start-quetz.sh puts the server's database and package store in a temporary folder.
 * The helpers' HTTP calls block (a local event loop): fine in a test, never in the code under test.
 */

#include "tests/support/requirements.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QTemporaryDir>

namespace testsupport {

class RealQuetz final
{
public:
    /** One answer of the server. */
    struct Reply
    {
        int status = 0; ///< 0: no answer
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;

        /** The value of header @p name (case-insensitive), or empty. */
        QByteArray header(const QByteArray &name) const;
    };

    /** @p serverDir: the folder with start-quetz.sh. */
    explicit RealQuetz(QString serverDir);
    ~RealQuetz();
    RealQuetz(const RealQuetz &) = delete;
    RealQuetz &operator=(const RealQuetz &) = delete;

    /** Starts the server on a free port; false with errorText() when it did not come up. */
    bool start();
    QString errorText() const { return m_error; }

    /** "http://127.0.0.1:<port>" */
    QString serverUrl() const { return m_url; }
    /** "http://127.0.0.1:<port>/get/<channel>" */
    QString channelUrl(const QString &channel) const;
    /** The owner's API key, and the 0600 file start-quetz.sh wrote it to. */
    const QByteArray &apiKey() const { return m_apiKey; }
    QString keyFile() const { return m_keyFile; }

    /** POST /api/channels as the owner: the status (201 when made). @p extra: further fields (private, mirror_…). */
    int createChannel(const QString &name, const QJsonObject &extra = {});
    /** Uploads the package file at @p path as the owner (POST …/upload/<file name>?sha256=…): the status, 201 when
     * taken. */
    int upload(const QString &channel, const QString &path);
    /** GET @p path (from "/") with @p headers, and with the owner's key when @p withKey. No decompression. */
    Reply get(
        const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers = {}, bool withKey = false) const;
    /** The record of @p fileName in the channel's `<subdir>/repodata.json`; empty while it is not there. */
    QJsonObject record(const QString &channel, const QString &subdir, const QString &fileName) const;

    /** The folder by $DEPLOYDECK_QUETZ_DIR or beside the source tree; its state as for peer data. */
    static PeerDataState locate();

private:
    bool startOnce(int attempt);

    QString m_serverDir;
    QTemporaryDir m_dir;
    QString m_url;
    QString m_keyFile;
    QByteArray m_apiKey;
    qint64 m_pid = 0;
    QString m_error;
};

} // namespace testsupport

/**
 * Declares `const QString var`, the real Quetz server's folder. Without it the test class is skipped
 * with the reason, or fails where requirements are mandatory (CI); a $DEPLOYDECK_QUETZ_DIR that is
 * no such folder always fails. The same convention as REQUIRE_PEER_DATA.
 */
#define REQUIRE_REAL_QUETZ(var) REQUIRE_FOLDER(var, testsupport::RealQuetz::locate())
