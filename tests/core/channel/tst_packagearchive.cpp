// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/channel/packagearchive.h"
#include "core/util/peerdata.h"
#include "tests/support/requirements.h"
#include "tests/support/testpackages.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace core::channel;
using testsupport::TestPackage;

Q_DECLARE_METATYPE(core::util::ErrorCode)
Q_DECLARE_METATYPE(TestPackage::Entry)

class TestPackageArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatOf_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format");  // -1: none
        QTest::newRow("conda") << QStringLiteral("a-1-0.conda") << int(PackageFormat::Conda);
        QTest::newRow("tar.bz2") << QStringLiteral("a-1-0.tar.bz2") << int(PackageFormat::TarBz2);
        QTest::newRow("bare extension") << QStringLiteral(".conda") << -1;
        QTest::newRow("json") << QStringLiteral("repodata.json") << -1;
        QTest::newRow("tar.gz") << QStringLiteral("a-1-0.tar.gz") << -1;
    }

    void formatOf()
    {
        QFETCH(QString, name);
        QFETCH(int, format);
        const auto got = packageFormatOf(name.toStdString());
        QCOMPARE(got ? int(*got) : -1, format);
    }

    void realPackages_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("build");
        const QString repo = QStringLiteral("conda/tests/data/conda_format_repo/linux-64/");
        QTest::newRow("zlib .conda") << repo + QStringLiteral("zlib-1.2.11-h7b6447c_3.conda") << QStringLiteral("zlib")
                                     << QStringLiteral("1.2.11") << QStringLiteral("h7b6447c_3");
        QTest::newRow("zlib .tar.bz2") << repo + QStringLiteral("zlib-1.2.11-h7b6447c_3.tar.bz2") << QStringLiteral("zlib")
                                       << QStringLiteral("1.2.11") << QStringLiteral("h7b6447c_3");
        QTest::newRow("mock .conda") << QStringLiteral("conda-package-handling/tests/data/mock-2.0.0-py37_1000.conda")
                                     << QStringLiteral("mock") << QStringLiteral("2.0.0") << QStringLiteral("py37_1000");
        QTest::newRow("mock .tar.bz2") << QStringLiteral("conda-package-handling/tests/data/mock-2.0.0-py37_1000.tar.bz2")
                                       << QStringLiteral("mock") << QStringLiteral("2.0.0") << QStringLiteral("py37_1000");
        QTest::newRow("empty .conda") << QStringLiteral("rattler/test-data/packages/empty-0.1.0-h4616a5c_0.conda")
                                      << QStringLiteral("empty") << QStringLiteral("0.1.0") << QStringLiteral("h4616a5c_0");
    }

    void realPackages()
    {
        QFETCH(QString, path);
        QFETCH(QString, name);
        QFETCH(QString, version);
        QFETCH(QString, build);
        REQUIRE_PEER_DATA(peers);
        auto json = readPackageIndexJson(peers + u'/' + path);
        QVERIFY2(json.ok(), json.ok() ? "" : json.error().message().c_str());
        const QJsonObject index = QJsonDocument::fromJson(*json).object();
        QCOMPARE(index.value(QLatin1String("name")).toString(), name);
        QCOMPARE(index.value(QLatin1String("version")).toString(), version);
        QCOMPARE(index.value(QLatin1String("build")).toString(), build);
    }

    /** A real .conda re-zipped from a folder: its members carry paths, which a .conda must not have. */
    void realPackageWithPathsInZipIsRefused()
    {
        REQUIRE_PEER_DATA(peers);
        const QString path = peers
            + QStringLiteral("/rattler/crates/rattler_package_streaming/tests/resources/ca-certificates-2024.7.4-hbcca054_0.conda");
        auto json = readPackageIndexJson(path);
        QVERIFY(!json.ok());
        QCOMPARE(json.error().code, core::util::ErrorCode::UnsafePath);
        QCOMPARE(QString::fromStdString(json.error().location), path);
        QVERIFY(json.error().detail.find("is not a plain file name") != std::string::npos);
    }

    /** Every archive named like a package in the peer data reads, or fails with a clear error (never a crash). */
    void everyPeerArchive()
    {
        REQUIRE_PEER_DATA(peers);
        int read = 0;
        QDirIterator it(peers, {QStringLiteral("*.conda"), QStringLiteral("*.tar.bz2")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            auto json = readPackageIndexJson(path);
            if (json.ok()) {
                QVERIFY2(QJsonDocument::fromJson(*json).isObject(), qPrintable(path));
                ++read;
            } else {
                qInfo("%s", json.error().message().c_str());
                QCOMPARE(QString::fromStdString(json.error().location).left(path.size()), path);
                QVERIFY(!json.error().detail.empty());
            }
        }
        QVERIFY(read >= 40);
    }

    void generated_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::newRow(".conda") << QStringLiteral(".conda");
        QTest::newRow(".tar.bz2") << QStringLiteral(".tar.bz2");
    }

    void generated()
    {
        QFETCH(QString, extension);
        QTemporaryDir dir;
        TestPackage pkg;
        pkg.name = QStringLiteral("sardana");
        pkg.version = QStringLiteral("3.4.0");
        pkg.build = QStringLiteral("pyhd8ed1ab_0");
        pkg.depends = {QStringLiteral("python >=3.8"), QStringLiteral("taurus >=5")};
        pkg.extra = QJsonObject{{QStringLiteral("license"), QStringLiteral("LGPL-3.0")}, {QStringLiteral("noarch"), QStringLiteral("python")}};
        pkg.entries = {{QStringLiteral("info/about.json"), "{}", {}}};
        const QString path = dir.filePath(pkg.fileName(extension));
        QCOMPARE(testsupport::writePackage(path, pkg), QString());
        auto json = readPackageIndexJson(path);
        QVERIFY2(json.ok(), json.ok() ? "" : json.error().message().c_str());
        QCOMPARE(QJsonDocument::fromJson(*json).object(), pkg.indexJson());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::addColumn<TestPackage::Entry>("entry");
        QTest::addColumn<bool>("withIndex");
        QTest::addColumn<core::util::ErrorCode>("code");
        QTest::addColumn<QString>("detail");
        using core::util::ErrorCode;
        for (const QString &ext : {QStringLiteral(".conda"), QStringLiteral(".tar.bz2")}) {
            const QByteArray e = ext.toUtf8();
            QTest::addRow("absolute path %s", e.constData()) << ext << TestPackage::Entry{QStringLiteral("/etc/cron.d/x"), "x", {}}
                                                            << true << ErrorCode::UnsafePath << QStringLiteral("absolute path");
            QTest::addRow("dot dot %s", e.constData()) << ext << TestPackage::Entry{QStringLiteral("info/../../escape"), "x", {}}
                                                      << true << ErrorCode::UnsafePath << QStringLiteral("leaves the package");
            QTest::addRow("symlink in info %s", e.constData())
                << ext << TestPackage::Entry{QStringLiteral("info/link"), {}, QStringLiteral("/etc/passwd")} << true
                << ErrorCode::UnsafePath << QStringLiteral("link 'info/link' inside info/");
            QTest::addRow("no index.json %s", e.constData()) << ext << TestPackage::Entry{QStringLiteral("info/x"), "x", {}}
                                                            << false << ErrorCode::InvalidRecord << QStringLiteral("no info/index.json");
        }
    }

    void refused()
    {
        QFETCH(QString, extension);
        QFETCH(TestPackage::Entry, entry);
        QFETCH(bool, withIndex);
        QFETCH(core::util::ErrorCode, code);
        QFETCH(QString, detail);
        QTemporaryDir dir;
        TestPackage pkg;
        pkg.withIndexJson = withIndex;
        pkg.entries = {entry};
        const QString path = dir.filePath(pkg.fileName(extension));
        QCOMPARE(testsupport::writePackage(path, pkg), QString());
        auto json = readPackageIndexJson(path);
        QVERIFY(!json.ok());
        QCOMPARE(json.error().code, code);
        QVERIFY(QString::fromStdString(json.error().location).startsWith(path));
        QVERIFY2(QString::fromStdString(json.error().detail).contains(detail), json.error().detail.c_str());
    }

    void damaged_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::newRow(".conda") << QStringLiteral(".conda");
        QTest::newRow(".tar.bz2") << QStringLiteral(".tar.bz2");
    }

    void damaged()
    {
        QFETCH(QString, extension);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken-1-0") + extension);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not an archive at all");
        file.close();
        auto json = readPackageIndexJson(path);
        QVERIFY(!json.ok());
        QCOMPARE(json.error().code, core::util::ErrorCode::ParseError);
        QCOMPARE(QString::fromStdString(json.error().location), path);
    }

    void unsupportedExtension()
    {
        auto json = readPackageIndexJson(QStringLiteral("/tmp/x.zip"));
        QVERIFY(!json.ok());
        QCOMPARE(json.error().code, core::util::ErrorCode::UnsupportedFormat);
    }
};

QTEST_GUILESS_MAIN(TestPackageArchive)
#include "tst_packagearchive.moc"
