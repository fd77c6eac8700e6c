// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/util/secrets.h"

#include <QTest>

using namespace core::util;

class TestSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void maskSecrets_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no secret") << QStringLiteral("https://conda.anaconda.org/conda-forge")
                                   << QStringLiteral("https://conda.anaconda.org/conda-forge");
        QTest::newRow("token in the path") << QStringLiteral("https://conda.anaconda.org/t/abc-123_X/conda-forge/linux-64")
                                           << QStringLiteral("https://conda.anaconda.org/t/<TOKEN>/conda-forge/linux-64");
        QTest::newRow("token at the end") << QStringLiteral("https://host/t/abc") << QStringLiteral("https://host/t/<TOKEN>");
        QTest::newRow("token in a sentence") << QStringLiteral("failed: https://h/t/s3cr3t/c: HTTP 404")
                                             << QStringLiteral("failed: https://h/t/<TOKEN>/c: HTTP 404");
        QTest::newRow("two URLs") << QStringLiteral("https://a/t/one/x https://b/t/two/y")
                                  << QStringLiteral("https://a/t/<TOKEN>/x https://b/t/<TOKEN>/y");
        QTest::newRow("empty token segment") << QStringLiteral("https://h/t//x") << QStringLiteral("https://h/t//x");
        QTest::newRow("password") << QStringLiteral("https://user:pa55@host:8080/chan")
                                  << QStringLiteral("https://user:<PASSWORD>@host:8080/chan");
        QTest::newRow("user without password") << QStringLiteral("https://user@host:8080/chan")
                                               << QStringLiteral("https://user@host:8080/chan");
        QTest::newRow("password and token") << QStringLiteral("http://u:p@h/t/tok/c")
                                            << QStringLiteral("http://u:<PASSWORD>@h/t/<TOKEN>/c");
    }

    void maskSecrets()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(core::util::maskSecrets(input.toStdString())), expected);
    }

    void isSafeFileName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("safe");
        QTest::newRow("conda") << QStringLiteral("numpy-1.26.4-py312h_0.conda") << true;
        QTest::newRow("tar.bz2") << QStringLiteral("zlib-1.2.11-h7b6447c_3.tar.bz2") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("dot") << QStringLiteral(".") << false;
        QTest::newRow("dot dot") << QStringLiteral("..") << false;
        QTest::newRow("slash") << QStringLiteral("a/b.conda") << false;
        QTest::newRow("backslash") << QStringLiteral("a\\b.conda") << false;
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << false;
        QTest::newRow("dot dot inside") << QStringLiteral("a..b.conda") << false;
    }

    void isSafeFileName()
    {
        QFETCH(QString, name);
        QFETCH(bool, safe);
        QCOMPARE(core::util::isSafeFileName(name.toStdString()), safe);
    }

    void nulByteIsUnsafe()
    {
        QVERIFY(!core::util::isSafeFileName(std::string("a\0b.conda", 9)));
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
