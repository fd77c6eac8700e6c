// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// Cooldown and as-of solves (issue 16): --exclude-newer and the workspace's exclude_newer leave
// out records published after a date or younger than a duration, for every channel or one.
#include "tests/support/clirun.h"

#include "core/util/atomicfile.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {

constexpr qint64 s_day = 24 * 3600 * 1000;

void writeText(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QVERIFY(core::util::writeFileAtomically(path, text).ok());
}

qint64 utcMs(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

/** A noarch record of `foo` published at @p timestamp (ms; < 0: no timestamp). */
QJsonObject foo(const QString &version, qint64 timestamp)
{
    QJsonObject record { { QStringLiteral("name"), QStringLiteral("foo") }, { QStringLiteral("version"), version },
        { QStringLiteral("build"), QStringLiteral("0") }, { QStringLiteral("build_number"), 0 },
        { QStringLiteral("depends"), QJsonArray() }, { QStringLiteral("subdir"), QStringLiteral("noarch") },
        { QStringLiteral("size"), 100 } };
    if (timestamp >= 0)
        record[QStringLiteral("timestamp")] = timestamp;
    return record;
}

/** A local channel @p folder whose noarch subdir holds @p records. */
void writeChannel(const QString &folder, const QList<QJsonObject> &records)
{
    QJsonObject packages;
    for (const auto &r : records)
        packages[QStringLiteral("foo-%1-0.tar.bz2").arg(r[QStringLiteral("version")].toString())] = r;
    const QJsonObject repodata { { QStringLiteral("info"),
                                     QJsonObject { { QStringLiteral("subdir"), QStringLiteral("noarch") } } },
        { QStringLiteral("packages"), packages }, { QStringLiteral("packages.conda"), QJsonObject() } };
    writeText(folder + QStringLiteral("/noarch/repodata.json"), QJsonDocument(repodata).toJson());
}

} // namespace

class TestExcludeNewerCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_channel; ///< "forge": foo 1.0 (2024-01-01), 2.0 (2026-01-01) and 3.0 (a day ago)

    testsupport::CliRun run(const QStringList &arguments) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir->filePath(QStringLiteral("cache")));
        return testsupport::runDeploydeck(arguments, env);
    }

    /** The version of foo that `solve foo` picks with @p options; empty when it failed. */
    QString solvedFoo(const QStringList &options, const QStringList &channels = {})
    {
        QStringList args { QStringLiteral("solve"), QStringLiteral("--json"), QStringLiteral("--no-virtual") };
        for (const QString &c : channels.isEmpty() ? QStringList { m_channel } : channels)
            args << QStringLiteral("-c") << c;
        const auto r = run(args + options + QStringList { QStringLiteral("foo") });
        if (r.code != 0)
            return QStringLiteral("exit %1: %2").arg(r.code).arg(r.err);
        for (const auto &v : QJsonDocument::fromJson(r.out.toUtf8())
                                 .object()[QStringLiteral("actions")]
                                 .toObject()[QStringLiteral("LINK")]
                                 .toArray())
            if (v.toObject()[QStringLiteral("name")].toString() == QLatin1String("foo"))
                return v.toObject()[QStringLiteral("version")].toString();
        return QString();
    }

    QString writeWorkspace(const QByteArray &excludeNewer)
    {
        const QString root = m_dir->filePath(QStringLiteral("workspace"));
        writeText(
            root + QStringLiteral("/deploydeck.yml"), "channels:\n  - " + m_channel.toUtf8() + "\n" + excludeNewer);
        return root;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_channel = m_dir->filePath(QStringLiteral("forge"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        writeChannel(m_channel,
            { foo(QStringLiteral("1.0"), utcMs(2024, 1, 1)), foo(QStringLiteral("2.0"), utcMs(2026, 1, 1)),
                foo(QStringLiteral("3.0"), now - s_day) });
    }

    void dates()
    {
        QCOMPARE(solvedFoo({}), QStringLiteral("3.0"));
        QCOMPARE(solvedFoo({ QStringLiteral("--exclude-newer"), QStringLiteral("2025-06-01") }), QStringLiteral("1.0"));
        QCOMPARE(solvedFoo({ QStringLiteral("--exclude-newer"), QStringLiteral("2026-01-01T00:00:00Z") }),
            QStringLiteral("2.0"));
        QCOMPARE(solvedFoo({ QStringLiteral("--exclude-newer"), QStringLiteral("2025-12-31T23:59:59Z") }),
            QStringLiteral("1.0"));
        // The .solv cache written by the unfiltered solves above never answers a filtered one, nor the reverse.
        QCOMPARE(solvedFoo({}), QStringLiteral("3.0"));
    }

    void durations()
    {
        QCOMPARE(solvedFoo({ QStringLiteral("--exclude-newer"), QStringLiteral("7d") }), QStringLiteral("2.0"));
        QCOMPARE(solvedFoo({ QStringLiteral("--exclude-newer"), QStringLiteral("12h") }), QStringLiteral("3.0"));
        QCOMPARE(solvedFoo({ QStringLiteral("--exclude-newer"), QStringLiteral("2w") }), QStringLiteral("2.0"));
    }

    void recordsWithoutTimestampOrInSecondsAreRead()
    {
        // An old record's timestamp in seconds (2025-01-01), and one without any: kept unless it is too new.
        const QString old = m_dir->filePath(QStringLiteral("old"));
        writeChannel(old, { foo(QStringLiteral("4.0"), utcMs(2025, 1, 1) / 1000), foo(QStringLiteral("5.0"), -1) });
        QCOMPARE(solvedFoo({ QStringLiteral("--exclude-newer"), QStringLiteral("2024-06-01") }, { old }),
            QStringLiteral("5.0"));
        writeChannel(old, { foo(QStringLiteral("4.0"), utcMs(2025, 1, 1) / 1000) });
        QCOMPARE(solvedFoo({ QStringLiteral("--exclude-newer"), QStringLiteral("2025-06-01") }, { old }),
            QStringLiteral("4.0"));
        QVERIFY(solvedFoo({ QStringLiteral("--exclude-newer"), QStringLiteral("2024-06-01") }, { old })
                    .startsWith(QLatin1String("exit 1")));
    }

    void perChannel()
    {
        // Another channel's cutoff leaves forge alone; forge's own applies to it.
        QCOMPARE(solvedFoo({ QStringLiteral("--exclude-newer"), QStringLiteral("other=2025-06-01") }),
            QStringLiteral("3.0"));
        QCOMPARE(solvedFoo({ QStringLiteral("--exclude-newer"), QStringLiteral("forge=2025-06-01") }),
            QStringLiteral("1.0"));
        QCOMPARE(solvedFoo({ QStringLiteral("--exclude-newer"), QStringLiteral("forge=2025-06-01"),
                     QStringLiteral("--exclude-newer"), QStringLiteral("7d") }),
            QStringLiteral("1.0"));
        QCOMPARE(solvedFoo({ QStringLiteral("--exclude-newer"), QStringLiteral("other=2025-06-01"),
                     QStringLiteral("--exclude-newer"), QStringLiteral("7d") }),
            QStringLiteral("2.0"));
    }

    void workspaceKey()
    {
        QString ws = writeWorkspace("exclude_newer: 2025-06-01\n");
        QCOMPARE(solvedFoo({ QStringLiteral("--workspace"), ws }), QStringLiteral("1.0"));
        // The command line replaces the workspace's value.
        QCOMPARE(
            solvedFoo({ QStringLiteral("--workspace"), ws, QStringLiteral("--exclude-newer"), QStringLiteral("7d") }),
            QStringLiteral("2.0"));
        ws = writeWorkspace("exclude_newer:\n  forge: 7d\n  other: 2020-01-01\n");
        QCOMPARE(solvedFoo({ QStringLiteral("--workspace"), ws }), QStringLiteral("2.0"));

        // lock takes it too.
        const QString env = m_dir->filePath(QStringLiteral("env.yml"));
        writeText(env, "dependencies:\n  - foo\n");
        const auto locked = run({ QStringLiteral("lock"), QStringLiteral("--workspace"), ws, QStringLiteral("-f"), env,
            QStringLiteral("--no-virtual"), QStringLiteral("--format"), QStringLiteral("explicit") });
        QCOMPARE(locked.code, 0);
        QVERIFY2(locked.out.contains(QLatin1String("/noarch/foo-2.0-0.tar.bz2")), qPrintable(locked.out + locked.err));
    }

    void syncPlanTakesIt()
    {
        const QString list = m_dir->filePath(QStringLiteral("specs.txt"));
        writeText(list, "foo\n");
        const QString target = m_dir->filePath(QStringLiteral("target"));
        QVERIFY(QDir().mkpath(target));
        const auto plan = run({ QStringLiteral("sync-plan"), QStringLiteral("--source"), m_channel,
            QStringLiteral("--target"), target, QStringLiteral("--no-virtual"), QStringLiteral("--json"),
            QStringLiteral("--exclude-newer"), QStringLiteral("2025-06-01"), list });
        QCOMPARE(plan.code, 0);
        const QJsonArray missing
            = QJsonDocument::fromJson(plan.out.toUtf8()).object()[QStringLiteral("missing")].toArray();
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first().toObject()[QStringLiteral("version")].toString(), QStringLiteral("1.0"));
    }

    void badValues()
    {
        auto r = run({ QStringLiteral("solve"), QStringLiteral("-c"), m_channel, QStringLiteral("--exclude-newer"),
            QStringLiteral("yesterday"), QStringLiteral("foo") });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("--exclude-newer")) && r.err.contains(QLatin1String("'yesterday'")),
            qPrintable(r.err));
        r = run({ QStringLiteral("lock"), QStringLiteral("-f"), m_dir->filePath(QStringLiteral("none.yml")),
            QStringLiteral("--help") });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("--exclude-newer")), qPrintable(r.out));

        const QString ws = writeWorkspace("exclude_newer:\n  forge: soon\n");
        r = run({ QStringLiteral("solve"), QStringLiteral("--workspace"), ws, QStringLiteral("foo") });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(ws + QStringLiteral("/deploydeck.yml:4:10")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("exclude_newer")), qPrintable(r.err));
    }

    void helpDocumentsIt_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *command : { "solve", "lock", "sync-plan", "sync" })
            QTest::newRow(command) << QString::fromLatin1(command);
    }
    void helpDocumentsIt()
    {
        QFETCH(QString, command);
        const auto r = run({ command, QStringLiteral("--help") });
        QCOMPARE(r.code, 0);
        QVERIFY2(
            r.out.contains(QLatin1String("--exclude-newer")) && r.out.contains(QLatin1String("7d")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestExcludeNewerCli)
#include "tst_excludenewercli.moc"
