// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// `deploydeck diff A B` as a user runs it, on the demo workspace: environment files solved with its
// channel, lock files read as locked, and the changes between them.
#include "tests/support/clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using testsupport::CliRun;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString s_demo = s(DEPLOYDECK_SOURCE_DIR "/resources/demo");
const QString s_tools = s_demo + s("/environments/tango-tools.yml");

bool writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

/** kind -> "name old -> new" of a diff's JSON. */
QMultiMap<QString, QString> changesOf(const CliRun &run)
{
    QMultiMap<QString, QString> changes;
    for (const auto &c : QJsonDocument::fromJson(run.out.toUtf8()).object()[s("changes")].toArray()) {
        const QJsonObject o = c.toObject();
        changes.insert(o[s("kind")].toString(),
            o[s("name")].toString() + u' ' + o[s("old_version")].toString() + s(" -> ")
                + o[s("new_version")].toString());
    }
    return changes;
}

} // namespace

class TestDiffCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_changed; // tango-tools.yml on pytango 9.4 without dsconfig

    CliRun deploydeck(const QStringList &args) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(s("XDG_CACHE_HOME"), m_dir.filePath(s("cache")));
        return testsupport::runDeploydeck(args, env);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile tools(s_tools);
        QVERIFY(tools.open(QIODevice::ReadOnly));
        QByteArray text = tools.readAll();
        QVERIFY(text.contains("  - pytango>=9.4\n") && text.contains("  - dsconfig=1.6.0\n"));
        text.replace("  - pytango>=9.4\n", "  - pytango=9.4\n").replace("  - dsconfig=1.6.0\n", "");
        m_changed = m_dir.filePath(s("tango-tools-9.4.yml"));
        QVERIFY(writeText(m_changed, text));
    }

    void twoEnvironmentFiles()
    {
        const CliRun run = deploydeck({ s("diff"), s_tools, m_changed, s("--workspace"), s_demo, s("--json") });
        QVERIFY2(run.code == 1, qPrintable(run.out + run.err));
        const auto changes = changesOf(run);
        QCOMPARE(changes.values(s("downgraded")).filter(s("pytango ")), QStringList { s("pytango 9.5.0 -> 9.4.2") });
        QVERIFY2(changes.values(s("removed")).contains(s("dsconfig 1.6.0 -> ")), qPrintable(run.out));
        const QJsonObject counts = QJsonDocument::fromJson(run.out.toUtf8()).object()[s("counts")].toObject();
        QCOMPARE(counts[s("removed")].toInt(), int(changes.values(s("removed")).size()));
        QVERIFY(counts[s("unchanged")].toInt() > 30);

        const CliRun text = deploydeck({ s("diff"), s_tools, m_changed, s("--workspace"), s_demo });
        QCOMPARE(text.code, 1);
        QVERIFY2(
            text.out.contains(QRegularExpression(s("\\ndowngraded +pytango +9\\.5\\.0 \\S+ -> 9\\.4\\.2 \\S+\\n"))),
            qPrintable(text.out));
    }

    /** A lock file is read as locked: against the file it was made from there is nothing to change. */
    void lockFilesAgainstEnvironmentsAndEachOther()
    {
        const QString before = m_dir.filePath(s("before.txt")), after = m_dir.filePath(s("after.yml"));
        QCOMPARE(deploydeck({ s("lock"), s("-f"), s_tools, s("--workspace"), s_demo, s("-o"), before }).code, 0);
        QCOMPARE(deploydeck({ s("lock"), s("-f"), m_changed, s("--workspace"), s_demo, s("--format"), s("conda-lock"),
                                s("-o"), after })
                     .code,
            0);
        const CliRun same = deploydeck({ s("diff"), before, s_tools, s("--workspace"), s_demo });
        QVERIFY2(same.code == 0, qPrintable(same.out + same.err));
        QVERIFY2(same.out.startsWith(s("0 changes: ")), qPrintable(same.out));

        const CliRun locks = deploydeck({ s("diff"), before, after, s("--json") }); // no workspace needed
        QVERIFY2(locks.code == 1, qPrintable(locks.err));
        const CliRun envs = deploydeck({ s("diff"), s_tools, m_changed, s("--workspace"), s_demo, s("--json") });
        QCOMPARE(changesOf(locks), changesOf(envs));
    }

    void badInputNamesTheFile()
    {
        const CliRun run
            = deploydeck({ s("diff"), s_tools, m_dir.filePath(s("missing.yml")), s("--workspace"), s_demo });
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(s("missing.yml")), qPrintable(run.err));
        QCOMPARE(deploydeck({ s("diff"), s_tools }).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestDiffCli)
#include "tst_diffcli.moc"
