// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// Hosts' conda environments solved (shared spec lists once), compared after a pin change, and
// checked for offline readiness against a sync target channel.
#include "tests/core/solve/repodatafixture.h"

#include "core/solve/channelsources.h"
#include "core/checks/environmentcheck.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace core::solve;
using namespace core::checks;
using namespace testing;

namespace {

using Names = std::vector<std::string>;

Names names(const std::vector<core::spec::PackageRecord> &records)
{
    Names out;
    for (const auto &r : records)
        out.push_back(r.name + '-' + r.version);
    std::sort(out.begin(), out.end());
    return out;
}

EnvironmentResult solved(const std::vector<std::pair<std::string, std::string>> &packages)
{
    EnvironmentResult r;
    r.status = EnvironmentStatus::Solved;
    for (const auto &[name, version] : packages) {
        core::spec::PackageRecord p;
        p.name = name;
        p.version = version;
        p.build = "0";
        r.packages.push_back(p);
    }
    return r;
}

} // namespace

Q_DECLARE_METATYPE(EnvironmentStatus)

class TestEnvironmentCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        // The workspace channel: python 3.9 and 3.11, numpy for 3.11 only, a tool needing a missing package.
        m_source = m_dir->filePath(QStringLiteral("source"));
        writeRepodata(m_source, QStringLiteral("linux-64"),
            { makePackage(QStringLiteral("python"), QStringLiteral("3.9.18"), { QStringLiteral("libzlib >=1.2") }),
                makePackage(QStringLiteral("python"), QStringLiteral("3.11.7"), { QStringLiteral("libzlib >=1.2") }),
                makePackage(QStringLiteral("libzlib"), QStringLiteral("1.2.13")),
                makePackage(QStringLiteral("numpy"), QStringLiteral("1.26.4"),
                    { QStringLiteral("python >=3.11,<3.12.0a0") }, QStringLiteral("py311_0")) });
        writeRepodata(m_source, QStringLiteral("noarch"),
            { makePackage(QStringLiteral("tool"), QStringLiteral("1.0"), { QStringLiteral("nothere") }) });
        // The sync target holds what python 3.9 needs, nothing else.
        m_target = m_dir->filePath(QStringLiteral("target"));
        writeRepodata(m_target, QStringLiteral("linux-64"),
            { makePackage(QStringLiteral("python"), QStringLiteral("3.9.18"), { QStringLiteral("libzlib >=1.2") }),
                makePackage(QStringLiteral("libzlib"), QStringLiteral("1.2.13")) });
        m_db = std::make_unique<Database>();
        auto sources = localRepodataSources({ m_source.toStdString() }, "linux-64");
        QVERIFY(sources.ok());
        QVERIFY(loadSources(*m_db, *sources, noCache).ok());
    }

    void solvesEachEnvironment_data()
    {
        QTest::addColumn<QStringList>("specs");
        QTest::addColumn<EnvironmentStatus>("status");
        QTest::addColumn<int>("packages");
        QTest::addColumn<QString>("why"); // a piece of the explanation or error
        QTest::newRow("solved") << QStringList { QStringLiteral("python=3.11"), QStringLiteral("numpy") }
                                << EnvironmentStatus::Solved << 3 << QString();
        QTest::newRow("conflict") << QStringList { QStringLiteral("python=3.9"), QStringLiteral("numpy") }
                                  << EnvironmentStatus::Unsolvable << 0 << QStringLiteral("numpy");
        QTest::newRow("missing package") << QStringList { QStringLiteral("silx=0.15.1") }
                                         << EnvironmentStatus::Unsolvable << 0 << QStringLiteral("does not exist");
        QTest::newRow("malformed spec") << QStringList { QStringLiteral("numpy >=>1") } << EnvironmentStatus::Error << 0
                                        << QStringLiteral("numpy");
    }

    void solvesEachEnvironment()
    {
        QFETCH(QStringList, specs);
        QFETCH(EnvironmentStatus, status);
        QFETCH(int, packages);
        QFETCH(QString, why);
        Names s;
        for (const QString &spec : specs)
            s.push_back(spec.toStdString());
        const auto results = solveEnvironments(*m_db, {}, { { "host1", "conda_envs/x", s } });
        QCOMPARE(results.size(), size_t(1));
        const EnvironmentResult &r = results.front();
        QCOMPARE(r.status, status);
        QCOMPARE(int(r.packages.size()), packages);
        QCOMPARE(r.host, std::string("host1"));
        QCOMPARE(r.environment, std::string("conda_envs/x"));
        QCOMPARE(r.specs, s);
        const std::string text = status == EnvironmentStatus::Error ? r.error : r.problemsText;
        QVERIFY2(text.find(why.toStdString()) != std::string::npos, text.c_str());
        QCOMPARE(std::string(environmentStatusName(status)).empty(), false);
    }

    void sharedSpecsKeepTheirHosts()
    {
        const Names specs { "python=3.11" };
        const auto results = solveEnvironments(
            *m_db, {}, { { "a", "e", specs }, { "b", "e", specs }, { "c", "f", { "python=3.9" } } });
        QCOMPARE(results.size(), size_t(3));
        QCOMPARE(results[1].host, std::string("b"));
        QCOMPARE(names(results[0].packages), names(results[1].packages));
        QCOMPARE(names(results[2].packages), (Names { "libzlib-1.2.13", "python-3.9.18" }));
    }

    void cancelledStopsEarly()
    {
        std::atomic_bool cancel { true };
        QVERIFY(solveEnvironments(*m_db, {}, { { "a", "e", { "python" } } }, &cancel).empty());
    }

    void comparesPackages()
    {
        const auto before = solved({ { "python", "3.9.18" }, { "six", "1.16" }, { "old", "1" } });
        const auto after = solved({ { "python", "3.11.7" }, { "six", "1.16" }, { "new", "2" } });
        const auto changes = comparePackages(before, after);
        QCOMPARE(changes.size(), size_t(3));
        using core::lock::ChangeKind;
        using core::lock::PackageChange;
        QCOMPARE(changes[0], (PackageChange { "new", ChangeKind::Installed, "", "", "2", "0" }));
        QCOMPARE(changes[1], (PackageChange { "old", ChangeKind::Removed, "1", "0", "", "" }));
        QCOMPARE(changes[2], (PackageChange { "python", ChangeKind::Upgraded, "3.9.18", "0", "3.11.7", "0" }));

        EnvironmentResult broken;
        broken.status = EnvironmentStatus::Unsolvable;
        const auto impacts = compareResults({ before, before }, { after, before });
        QVERIFY(impacts[0].changed());
        QVERIFY(!impacts[1].changed());
        QVERIFY(comparePackages(before, broken).empty());
        QVERIFY(compareResults({ before }, { broken }).front().changed()); // the status changed
    }

    void planLinesAreDistinct()
    {
        const auto lines = planLinesFor(
            { { "a", "e", { "python=3.9", "six" } }, { "b", "e", { "python=3.9", "six" } }, { "c", "f", { "tool" } } });
        QCOMPARE(lines.size(), size_t(2));
        QCOMPARE(lines[0].lineNumber, 1);
        QCOMPARE(lines[0].text, std::string("python=3.9 six"));
        QCOMPARE(lines[1].specs, Names { "tool" });
    }

    void offlineReadiness()
    {
        const std::vector<EnvironmentInput> envs { { "a", "old", { "python=3.9" } },
            { "b", "new", { "python=3.11", "numpy" } }, { "c", "new", { "python=3.11", "numpy" } },
            { "d", "tool", { "tool" } } };
        auto report = checkOfflineReadiness(*m_db, m_target.toStdString(), "linux-64", {}, envs, noCache);
        QVERIFY2(report.ok(), report.ok() ? "" : report.error().message().c_str());
        QCOMPARE(report->environments.size(), size_t(4));
        QCOMPARE(report->readyCount(), size_t(1));
        QVERIFY(report->environments[0].ready());
        QVERIFY(report->environments[0].missing.empty());
        // b and c share one plan line; they lack python 3.11 and numpy, not libzlib.
        const auto &b = report->environments[1];
        QVERIFY(!b.ready());
        QCOMPARE(b.planLine, report->environments[2].planLine);
        QCOMPARE(names(b.missing), (Names { "numpy-1.26.4", "python-3.11.7" }));
        // The tool cannot be installed from the workspace channels either: a failed line, no files.
        const auto &d = report->environments[3];
        QVERIFY(!d.ready());
        QVERIFY(d.missing.empty());
        QCOMPARE(report->plan.lines.size(), size_t(2));
        QCOMPARE(report->plan.lines[1].status, LineStatus::Unsolvable);
        QCOMPARE(report->plan.missing.size(), size_t(2));
        QCOMPARE(report->plan.downloadSize, std::uint64_t(2000));
    }

    void offlineReadinessWithoutTarget()
    {
        auto report = checkOfflineReadiness(*m_db, m_dir->filePath(QStringLiteral("nowhere")).toStdString(), "linux-64",
            {}, { { "a", "e", { "python" } } }, noCache);
        QVERIFY(!report.ok());
        QVERIFY(report.error().message().find("nowhere") != std::string::npos);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_source;
    QString m_target;
};

QTEST_GUILESS_MAIN(TestEnvironmentCheck)
#include "tst_environmentcheck.moc"
