// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/channel/zstdcodec.h"

#include <QTest>

using namespace core::channel;

class TestZstdCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("small") << QByteArray("{\"packages\": {}}");
        QTest::newRow("large, repetitive") << QByteArray("0123456789abcdef").repeated(100000);
    }

    void roundTrip()
    {
        QFETCH(QByteArray, data);
        auto compressed = zstdCompress(data);
        QVERIFY(compressed.ok());
        QVERIFY(isZstdFrame(*compressed));
        auto plain = zstdDecompress(*compressed);
        QVERIFY(plain.ok());
        QCOMPARE(*plain, data);
    }

    void badInput_data()
    {
        const QByteArray good = zstdCompress(QByteArray("x").repeated(10000)).value();
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("detail");
        QTest::newRow("truncated") << good.left(good.size() - 3) << QStringLiteral("truncated");
        QTest::newRow("not zstd") << QByteArray("plain text, not compressed") << QStringLiteral("corrupt zstd data");
        QTest::newRow("nothing") << QByteArray() << QStringLiteral("truncated");
    }

    void badInput()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, detail);
        auto plain = zstdDecompress(data);
        QVERIFY(!plain.ok());
        QCOMPARE(plain.error().code, core::util::ErrorCode::ParseError);
        QVERIFY2(QString::fromStdString(plain.error().detail).contains(detail), plain.error().detail.c_str());
    }

    void sizeLimit()
    {
        const QByteArray big = zstdCompress(QByteArray(1 << 20, 'a')).value();
        auto plain = zstdDecompress(big, 1000);
        QVERIFY(!plain.ok());
        QCOMPARE(plain.error().code, core::util::ErrorCode::LimitExceeded);
    }
};

QTEST_GUILESS_MAIN(TestZstdCodec)
#include "tst_zstdcodec.moc"
