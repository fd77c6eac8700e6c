// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/sync/syncoptions.h"
#include "core/sync/syncplan.h"

#include <QDir>
#include <QTest>

using namespace core::sync;

class TestSyncOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesTargets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("quetz");
        QTest::addColumn<QString>("where");   // local path, or "server|channel"
        QTest::newRow("absolute folder") << "/srv/channels/maxiv-local" << false << "/srv/channels/maxiv-local";
        QTest::newRow("relative folder") << "maxiv-local" << false << QDir::current().filePath(QStringLiteral("maxiv-local"));
        QTest::newRow("folder with trailing slash") << "/srv/c/" << false << "/srv/c";
        QTest::newRow("file URL") << "file:///srv/channels/maxiv-local" << false << "/srv/channels/maxiv-local";
        QTest::newRow("Quetz channel") << "https://quetz.example.org/get/maxiv" << true << "https://quetz.example.org|maxiv";
        QTest::newRow("Quetz under a prefix") << "http://127.0.0.1:8000/quetz/get/mirror/" << true << "http://127.0.0.1:8000/quetz|mirror";
    }
    void parsesTargets()
    {
        QFETCH(QString, text);
        QFETCH(bool, quetz);
        QFETCH(QString, where);
        auto target = parseSyncTarget(text);
        QVERIFY2(target, target ? "" : target.error().message().c_str());
        QCOMPARE(target->kind == SyncTargetKind::Quetz, quetz);
        QCOMPARE(quetz ? target->quetzServer + u'|' + target->quetzChannel : target->localPath, where);
        QVERIFY(target->exclusiveKey().startsWith(QLatin1String("sync:")));
    }

    void refusesTargets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << "" << "no sync target";
        QTest::newRow("plain HTTP channel") << "https://conda.anaconda.org/conda-forge" << "Quetz channel URL";
        QTest::newRow("Quetz subdir") << "https://q.example/get/maxiv/linux-64" << "Quetz channel URL";
        QTest::newRow("ftp") << "ftp://host/channel" << "unsupported URL scheme";
    }
    void refusesTargets()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        auto target = parseSyncTarget(text);
        QVERIFY(!target);
        QVERIFY2(QString::fromStdString(target.error().message()).contains(message), target.error().message().c_str());
    }

    void roundTripsThroughParameters()
    {
        SyncOptions options;
        options.source = QStringLiteral("/srv/mini-conda-forge");
        options.target = QStringLiteral("/srv/maxiv-local");
        options.items = {SyncItem{QStringLiteral("a-1-0.conda"), QStringLiteral("noarch"), QStringLiteral("http://h/noarch/a-1-0.conda"), 12,
                                  QStringLiteral("ab"), QStringLiteral("cd")}};
        options.parallel = 3;
        options.publishBatch = 7;
        options.retries = 2;
        options.apiKeyFile = QStringLiteral("/home/op/.quetz-key");
        options.mode = SyncMode::DryRun;
        auto back = SyncOptions::fromParameters(options.toParameters());
        QVERIFY(back);
        QCOMPARE(*back, options);
    }

    void masksCredentialsInParameters()
    {
        SyncOptions options;
        options.target = QStringLiteral("/srv/c");
        options.source = QStringLiteral("https://conda.example/t/tk-secret/private");
        options.items = {SyncItem{QStringLiteral("a-1-0.conda"), QStringLiteral("noarch"),
                                  QStringLiteral("https://conda.example/t/tk-secret/private/noarch/a-1-0.conda"), 1, {}, {}}};
        const QVariantMap parameters = options.toParameters();
        const QString text = parameters.value(QStringLiteral("source")).toString()
                             + parameters.value(QStringLiteral("items")).toList().first().toMap().value(QStringLiteral("url")).toString();
        QVERIFY(!text.contains(QLatin1String("tk-secret")));
        QVERIFY(text.contains(QLatin1String("<TOKEN>")));
    }

    void refusesBadParameters_data()
    {
        QTest::addColumn<QVariantMap>("parameters");
        QTest::addColumn<QString>("message");
        const QVariantMap base{{QStringLiteral("target"), QStringLiteral("/srv/c")}};
        auto with = [&](const char *key, const QVariant &value) {
            QVariantMap p = base;
            p.insert(QLatin1String(key), value);
            return p;
        };
        QTest::newRow("no target") << QVariantMap() << "no sync target";
        QTest::newRow("parallel 0") << with("parallel", 0) << "parallel";
        QTest::newRow("parallel 100") << with("parallel", 100) << "parallel";
        QTest::newRow("batch 0") << with("publishBatch", 0) << "publishBatch";
        QTest::newRow("retries -1") << with("retries", -1) << "retries";
        QTest::newRow("item without url") << with("items", QVariantList{QVariantMap{{QStringLiteral("fn"), QStringLiteral("a.conda")}}})
                                          << "items[0]";
    }
    void refusesBadParameters()
    {
        QFETCH(QVariantMap, parameters);
        QFETCH(QString, message);
        auto options = SyncOptions::fromParameters(parameters);
        QVERIFY(!options);
        QVERIFY2(QString::fromStdString(options.error().message()).contains(message), options.error().message().c_str());
    }

    void checksItemNames_data()
    {
        QTest::addColumn<QString>("fn");
        QTest::addColumn<QString>("subdir");
        QTest::addColumn<int>("code");  // -1: accepted
        const int unsafe = int(core::util::ErrorCode::UnsafePath);
        QTest::newRow("conda") << "numpy-1.26.4-py311h1_0.conda" << "linux-64" << -1;
        QTest::newRow("tar.bz2") << "six-1.16.0-pyh6c4a22f_0.tar.bz2" << "noarch" << -1;
        QTest::newRow("..") << "../x.conda" << "noarch" << unsafe;
        QTest::newRow("absolute") << "/etc/x.conda" << "noarch" << unsafe;
        QTest::newRow("separator") << "a/x.conda" << "noarch" << unsafe;
        QTest::newRow("NUL") << QStringLiteral("x") + QChar(0) + QStringLiteral(".conda") << "noarch" << unsafe;
        QTest::newRow("empty") << "" << "noarch" << unsafe;
        QTest::newRow("bad subdir") << "x.conda" << ".." << unsafe;
        QTest::newRow("wheel") << "x-1.0-py3-none-any.whl" << "noarch" << int(core::util::ErrorCode::UnsupportedFormat);
    }
    void checksItemNames()
    {
        QFETCH(QString, fn);
        QFETCH(QString, subdir);
        QFETCH(int, code);
        const auto checked = checkItemName(SyncItem{fn, subdir, QStringLiteral("http://h/x"), 1, {}, {}});
        QCOMPARE(checked.ok(), code < 0);
        if (code >= 0)
            QCOMPARE(int(checked.error().code), code);
    }

    void takesItemsFromAPlan()
    {
        core::sync::SyncPlan plan;
        core::spec::PackageRecord r;
        r.name = "numpy";
        r.fn = "numpy-1.26.4-py311h1_0.conda";
        r.subdir = "linux-64";
        r.url = "file:///srv/src/linux-64/numpy-1.26.4-py311h1_0.conda";
        r.size = 7000;
        r.sha256 = "00ff";
        r.md5 = "11ee";
        plan.missing.push_back({r, {3}, {"linux-64"}});
        const auto items = syncItemsFromPlan(plan);
        QCOMPARE(items.size(), std::size_t(1));
        QCOMPARE(items[0], (SyncItem{QStringLiteral("numpy-1.26.4-py311h1_0.conda"), QStringLiteral("linux-64"),
                                     QStringLiteral("file:///srv/src/linux-64/numpy-1.26.4-py311h1_0.conda"), 7000,
                                     QStringLiteral("00ff"), QStringLiteral("11ee")}));
        QCOMPARE(items[0].displayName(), QStringLiteral("linux-64/numpy-1.26.4-py311h1_0.conda"));
    }

    void formatsSizes_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("bytes") << qint64(999) << "999 B";
        QTest::newRow("kilobytes") << qint64(1500) << "1.5 kB";
        QTest::newRow("megabytes") << qint64(12345678) << "12.3 MB";
        QTest::newRow("gigabytes") << qint64(2000000000) << "2.0 GB";
    }
    void formatsSizes()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(formatByteSize(bytes), text);
    }
};

QTEST_GUILESS_MAIN(TestSyncOptions)
#include "tst_syncoptions.moc"
