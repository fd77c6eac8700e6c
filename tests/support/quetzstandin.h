// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

/*
 * QuetzStandIn: a small stand-in for a Quetz server on 127.0.0.1. It is not Quetz: what a real
 * Quetz does is tested against one (tests/support/realquetz.h). The stand-in stays for what a real
 * server cannot be made to do or cannot show: an index that cannot be read, a hang, a truncated body
 * or a wrong Content-Length (TestHttpServer rules), and which requests were sent (a key must never
 * appear in one it should not be in).
 *
 *     QuetzStandIn quetz(QStringLiteral("maxiv"), "secret-key");
 *     QVERIFY(quetz.start());
 *     ... sync to quetz.channelUrl() ("http://127.0.0.1:<port>/get/maxiv") ...
 *     QCOMPARE(quetz.uploads().size(), 3);
 *     QVERIFY(quetz.refusals().isEmpty());
 *
 * - `POST /api/channels/{channel}/upload/{filename}?sha256=<hex>` with `X-API-Key` and the package
 *   as the body: 405 for another method, 404 for another channel, 401 without the right key, 400
 *   for an unsafe or non-package file name, a missing sha256 or one that does not match the body,
 *   409 for a file the channel already has; otherwise 201 and the package is stored.
 * - `GET /get/{channel}/{subdir}/…`: the stored package files; no repodata.json (404, an empty
 *   channel) unless a test sets a rule for one.
 * - `GET /api/channels`: the one channel; `GET /api/channels/{channel}`: it, or 404 for another.
 *
 * Every refused request is listed in refusals() with the reason. Thread-safe.
 */

#include "tests/support/testhttpserver.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace testsupport {

class QuetzStandIn final
{
public:
    /** One accepted upload. */
    struct Upload
    {
        QString fileName;
        QString subdir;   ///< from the package's info/index.json
        QString sha256;   ///< the query parameter (checked against the body)
        qint64 size = 0;
    };

    QuetzStandIn(QString channel, QByteArray apiKey);
    ~QuetzStandIn();
    QuetzStandIn(const QuetzStandIn &) = delete;
    QuetzStandIn &operator=(const QuetzStandIn &) = delete;

    bool start();
    /** "http://127.0.0.1:<port>" */
    QString serverUrl() const;
    /** "http://127.0.0.1:<port>/get/<channel>" */
    QString channelUrl() const;
    const QString &channel() const { return m_channel; }

    /** Puts a package into the channel as if it had been uploaded earlier. False when it cannot be read. */
    bool addPackage(const QString &fileName, const QByteArray &data);

    QList<Upload> uploads() const;
    /** "<method> <path>: <why it was refused>" for every refused request. */
    QStringList refusals() const;
    /** The underlying server (its requests(), rules for failure tests). */
    TestHttpServer &http() { return *m_http; }

private:
    struct State;

    TestHttpServer::Rule handle(const TestHttpServer::Request &request);
    TestHttpServer::Rule handleUpload(const TestHttpServer::Request &request, const QString &fileName);
    TestHttpServer::Rule refuse(const TestHttpServer::Request &request, int status, const QString &why);
    QString store(const QString &fileName, const QByteArray &data);

    QString m_channel;
    QByteArray m_apiKey;
    QTemporaryDir m_dir;
    std::unique_ptr<State> m_state;
    std::unique_ptr<TestHttpServer> m_http;
};

} // namespace testsupport
