// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// SyncDownload against a real HTTP server on 127.0.0.1: ranges honoured, ignored or refused,
// bodies cut off or too long, errors, and URLs it must not fetch.
#include "core/sync/syncdownload.h"
#include "core/util/atomicfile.h"
#include "tests/core/sync/syncfixture.h"
#include "tests/support/testhttpserver.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using core::sync::SyncDownload;
using core::util::ErrorCode;
using testsupport::TestHttpServer;
using Rule = TestHttpServer::Rule;

namespace {

const QByteArray s_data = QByteArray("0123456789abcdef").repeated(4096);  // 64 KiB
const qint64 s_half = s_data.size() / 2;

QByteArray contentRange(qint64 from)
{
    return "bytes " + QByteArray::number(from) + '-' + QByteArray::number(s_data.size() - 1) + '/'
           + QByteArray::number(s_data.size());
}

/** How the server answers the file, by name (a data-table column). */
Rule answer(const QString &how, const TestHttpServer::Request &request)
{
    const bool ranged = request.headers.contains("range");
    if (how == QLatin1String("ranges") && ranged)
        return Rule::status(206).withBody(s_data.mid(s_half)).withHeader("Content-Range", contentRange(s_half));
    if (how == QLatin1String("416") && ranged)
        return Rule::status(416);
    if (how == QLatin1String("wrong range") && ranged)
        return Rule::status(206).withBody(s_data).withHeader("Content-Range", contentRange(0));
    if (how == QLatin1String("longer"))
        return Rule::serve().withBody(s_data + "more");
    if (how == QLatin1String("404"))
        return Rule::status(404).withBody("not here");
    if (how == QLatin1String("cut"))
        return Rule::truncate(1000).withBody(s_data);
    return Rule::serve().withBody(s_data);
}

} // namespace

class TestSyncDownload : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void downloads_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<qint64>("partial");   // bytes already in the partial file (the right ones)
        QTest::addColumn<int>("code");         // -1: success
        QTest::addColumn<qint64>("resumedFrom");
        QTest::addColumn<qint64>("left");      // bytes in the partial file afterwards
        QTest::addColumn<int>("requests");
        const qint64 size = s_data.size();
        QTest::newRow("whole file") << "serve" << qint64(0) << -1 << qint64(0) << size << 1;
        QTest::newRow("resumed with a range") << "ranges" << s_half << -1 << s_half << size << 1;
        QTest::newRow("ranges ignored: starts over") << "serve" << s_half << -1 << qint64(0) << size << 1;
        QTest::newRow("416: starts over") << "416" << s_half << -1 << qint64(0) << size << 2;
        QTest::newRow("range from elsewhere: starts over") << "wrong range" << s_half << -1 << qint64(0) << size << 2;
        QTest::newRow("already complete") << "serve" << size << -1 << qint64(0) << size << 0;
        QTest::newRow("longer than planned") << "longer" << qint64(0) << int(ErrorCode::LimitExceeded) << qint64(0) << qint64(-1) << 1;
        QTest::newRow("404") << "404" << qint64(0) << int(ErrorCode::HttpError) << qint64(0) << qint64(0) << 1;
        QTest::newRow("cut off: kept") << "cut" << qint64(0) << int(ErrorCode::NetworkError) << qint64(0) << qint64(1000) << 1;
    }
    void downloads()
    {
        QFETCH(QString, how);
        QFETCH(qint64, partial);
        QFETCH(int, code);
        QFETCH(qint64, resumedFrom);
        QFETCH(qint64, left);
        QFETCH(int, requests);
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler(QStringLiteral("/f.conda"), [how](const TestHttpServer::Request &r) { return answer(how, r); });
        QTemporaryDir dir;
        const QString part = dir.filePath(QStringLiteral("sub/f.conda.part"));
        if (partial > 0) {
            QDir().mkpath(dir.filePath(QStringLiteral("sub")));
            QFile file(part);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(s_data.left(partial));
        }
        QNetworkAccessManager network;
        SyncDownload download(&network, server.url(QStringLiteral("/f.conda")), part, s_data.size());
        QSignalSpy finished(&download, &SyncDownload::finished);
        download.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), code < 0);
        if (code >= 0) {
            QCOMPARE(int(download.error()->code), code);
            QVERIFY(download.error()->location.find("/f.conda") != std::string::npos);
        }
        QCOMPARE(download.resumedFrom(), resumedFrom);
        QCOMPARE(server.requests().size(), requests);
        if (left < 0) {
            QVERIFY(!QFileInfo::exists(part));
        } else {
            QCOMPARE(QFileInfo(part).size(), left);
            if (code < 0)
                QCOMPARE(core::util::readFile(part).value(), s_data);
        }
    }

    void refusesUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("message");
        QTest::newRow("ftp") << "ftp://127.0.0.1/f.conda" << "not an http(s):// or file:// URL";
        QTest::newRow("masked token") << "http://127.0.0.1:1/t/<TOKEN>/c/noarch/f.conda" << "credentials are not kept";
    }
    void refusesUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QNetworkAccessManager network;
        SyncDownload download(&network, QUrl(url), dir.filePath(QStringLiteral("f.part")), 10);
        QSignalSpy finished(&download, &SyncDownload::finished);
        download.start();
        QCOMPARE(finished.size(), 0);  // reported from the event loop, never inside start()
        QVERIFY(finished.wait(5000));
        QVERIFY2(QString::fromStdString(download.error()->detail).contains(message), download.error()->detail.c_str());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("f.part"))));
    }

    void abortKeepsThePartial()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setRule(QStringLiteral("/f.conda"), Rule::slow(4096, 50).withBody(s_data));
        QTemporaryDir dir;
        QNetworkAccessManager network;
        SyncDownload download(&network, server.url(QStringLiteral("/f.conda")), dir.filePath(QStringLiteral("f.part")), s_data.size());
        QSignalSpy progressed(&download, &SyncDownload::progressed);
        QSignalSpy finished(&download, &SyncDownload::finished);
        download.start();
        QVERIFY(progressed.wait(10000));
        download.abort();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(download.error()->code, ErrorCode::Cancelled);
        const qint64 kept = QFileInfo(dir.filePath(QStringLiteral("f.part"))).size();
        QVERIFY(kept > 0 && kept < s_data.size());
        QCOMPARE(kept, download.bytesInFile());
    }
};

QTEST_GUILESS_MAIN(TestSyncDownload)
#include "tst_syncdownload.moc"
