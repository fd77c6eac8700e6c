// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "repodatafixture.h"

#include "core/solve/solver.h"
#include "core/solve/virtualpackages.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>

using namespace core::solve;
using namespace testing;

namespace {

QStringList dists(const SolveOutcome &outcome)
{
    QStringList out;
    if (const auto *solution = std::get_if<Solution>(&outcome))
        for (const auto &p : solution->packages)
            out << QString::fromStdString(p.record.dist());
    return out;
}

} // namespace

class TestSolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        // Two channels: "main" (higher priority) and "extra"; linux-64 + noarch in main.
        add(QStringLiteral("main"), QStringLiteral("linux-64"), 2,
            {makePackage(QStringLiteral("python"), QStringLiteral("3.9.18"), {QStringLiteral("libzlib >=1.2")}),
             makePackage(QStringLiteral("python"), QStringLiteral("3.11.7"), {QStringLiteral("libzlib >=1.2")}),
             makePackage(QStringLiteral("libzlib"), QStringLiteral("1.2.13")),
             makePackage(QStringLiteral("numpy"), QStringLiteral("1.26.4"), {QStringLiteral("python >=3.11,<3.12.0a0")},
                         QStringLiteral("py311_0")),
             makePackage(QStringLiteral("numpy"), QStringLiteral("1.26.4"), {QStringLiteral("python >=3.9,<3.10.0a0")},
                         QStringLiteral("py39_0")),
             makePackage(QStringLiteral("cudalib"), QStringLiteral("1.0"), {QStringLiteral("__cuda >=11")}),
             makePackage(QStringLiteral("glibcapp"), QStringLiteral("1.0"), {QStringLiteral("__glibc >=2.28")})});
        add(QStringLiteral("main"), QStringLiteral("noarch"), 2,
            {makePackage(QStringLiteral("six"), QStringLiteral("1.16.0"), {QStringLiteral("python")}, QStringLiteral("pyhd8ed1ab_0"))});
        add(QStringLiteral("extra"), QStringLiteral("noarch"), 1,
            {makePackage(QStringLiteral("six"), QStringLiteral("1.17.0"), {QStringLiteral("python")}, QStringLiteral("pyhd8ed1ab_0")),
             makePackage(QStringLiteral("tool"), QStringLiteral("2.0"), {QStringLiteral("six >=1.17")})});
    }

    void dependenciesComeFirst()
    {
        const auto outcome = solve(*m_db, request({QStringLiteral("numpy")}));
        QVERIFY(outcome.ok());
        QCOMPARE(dists(*outcome), (QStringList{QStringLiteral("libzlib-1.2.13-0"), QStringLiteral("python-3.11.7-0"),
                                               QStringLiteral("numpy-1.26.4-py311_0")}));
        const auto &solution = std::get<Solution>(*outcome);
        QCOMPARE(solution.downloadSize, std::uint64_t(3000));
        QCOMPARE(solution.packages.back().requestedAs, std::vector<std::string>{"numpy"});
        QCOMPARE(solution.packages.front().requiredBy, std::vector<std::string>{"python"});
        QCOMPARE(solution.packages.front().record.channel, std::string("main"));
    }

    void variantFollowsPython()
    {
        const auto outcome = solve(*m_db, request({QStringLiteral("numpy"), QStringLiteral("python=3.9")}));
        QVERIFY(outcome.ok());
        QVERIFY(dists(*outcome).contains(QStringLiteral("numpy-1.26.4-py39_0")));
    }

    void bracketSpecs()
    {
        const auto outcome = solve(*m_db, request({QStringLiteral("numpy[version='>=1.20',build=*py39*]")}));
        QVERIFY(outcome.ok());
        QVERIFY(dists(*outcome).contains(QStringLiteral("python-3.9.18-0")));
    }

    void strictPriorityHidesLowerChannels()
    {
        // six 1.17 lives only in "extra"; with strict priority "main"'s six shadows it.
        auto strict = solve(*m_db, request({QStringLiteral("tool")}));
        QVERIFY(strict.ok());
        QVERIFY(std::holds_alternative<Unsolvable>(*strict));
        auto flexible = request({QStringLiteral("tool")});
        flexible.channelPriority = ChannelPriority::Flexible;
        auto outcome = solve(*m_db, flexible);
        QVERIFY(outcome.ok());
        QVERIFY(dists(*outcome).contains(QStringLiteral("six-1.17.0-pyhd8ed1ab_0")));
    }

    void channelSpecIsEnforced()
    {
        auto outcome = solve(*m_db, request({QStringLiteral("extra::six"), QStringLiteral("python=3.11")}));
        QVERIFY(outcome.ok());
        QVERIFY(dists(*outcome).contains(QStringLiteral("six-1.17.0-pyhd8ed1ab_0")));
        outcome = solve(*m_db, request({QStringLiteral("main::tool")}));
        QVERIFY(outcome.ok());
        QVERIFY(std::holds_alternative<Unsolvable>(*outcome));
        const auto unknown = solve(*m_db, request({QStringLiteral("nowhere::six")}));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, core::util::ErrorCode::UnknownChannel);
    }

    void subdirSpecIsEnforced()
    {
        auto outcome = solve(*m_db, request({QStringLiteral("main/noarch::six"), QStringLiteral("python=3.11")}));
        QVERIFY(outcome.ok());
        QVERIFY(dists(*outcome).contains(QStringLiteral("six-1.16.0-pyhd8ed1ab_0")));
    }

    void keysLibsolvIgnoresAreEnforced_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("solvable");
        QTest::newRow("build_number matches") << "numpy[build_number=0]" << true;
        QTest::newRow("build_number too high") << "numpy[build_number='>=1']" << false;
        QTest::newRow("licence matches") << "libzlib[license=BSD-3-Clause]" << true;
        QTest::newRow("licence differs") << "libzlib[license=MIT]" << false;
        QTest::newRow("md5 matches") << "libzlib[md5=0123456789abcdef0123456789abcdef]" << true;
        QTest::newRow("md5 differs") << "libzlib[md5=ffffffffffffffffffffffffffffffff]" << false;
    }
    void keysLibsolvIgnoresAreEnforced()
    {
        QFETCH(QString, spec);
        QFETCH(bool, solvable);
        const auto outcome = solve(*m_db, request({spec}));
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : outcome.error().message().c_str());
        QCOMPARE(std::holds_alternative<Solution>(*outcome), solvable);
    }

    void pinsConstrainOnlyWhatIsInstalled()
    {
        auto r = request({QStringLiteral("numpy")});
        r.pinned = {"python 3.9.*", "tool 1.0"};
        const auto outcome = solve(*m_db, r);
        QVERIFY(outcome.ok());
        QVERIFY(dists(*outcome).contains(QStringLiteral("python-3.9.18-0")));
        QVERIFY(!dists(*outcome).join(QLatin1Char(' ')).contains(QLatin1String("tool")));
    }

    void virtualPackages()
    {
        auto r = request({QStringLiteral("cudalib")});
        QVERIFY(std::holds_alternative<Unsolvable>(*solve(*m_db, r)));
        r.virtualPackages = {{"__cuda", "12.2", "0"}};
        auto outcome = solve(*m_db, r);
        QVERIFY(outcome.ok());
        QCOMPARE(dists(*outcome), QStringList{QStringLiteral("cudalib-1.0-0")});  // __cuda itself is not downloaded
        r.virtualPackages = {{"__cuda", "10.1", "0"}};
        QVERIFY(std::holds_alternative<Unsolvable>(*solve(*m_db, r)));
    }

    void defaultVirtualPackagesFollowThePlatform()
    {
        const auto linux = defaultVirtualPackages("linux-64", {{"CONDA_OVERRIDE_GLIBC", "2.17"}, {"CONDA_OVERRIDE_CUDA", "12.2"}});
        const auto has = [](const std::vector<VirtualPackage> &v, const std::string &name, const std::string &version) {
            return std::any_of(v.begin(), v.end(), [&](const auto &p) { return p.name == name && p.version == version; });
        };
        QVERIFY(has(linux, "__glibc", "2.17"));
        QVERIFY(has(linux, "__cuda", "12.2"));
        QVERIFY(has(linux, "__unix", "0"));
        const auto windows = defaultVirtualPackages("win-64", {{"CONDA_OVERRIDE_CUDA", ""}});
        QVERIFY(has(windows, "__win", "0"));
        QVERIFY(!std::any_of(windows.begin(), windows.end(), [](const auto &p) { return p.name == "__unix" || p.name == "__cuda"; }));
        auto r = request({QStringLiteral("glibcapp")});
        r.virtualPackages = linux;
        QVERIFY(std::holds_alternative<Unsolvable>(*solve(*m_db, r)));
        r.virtualPackages = defaultVirtualPackages("linux-64", {{"CONDA_OVERRIDE_GLIBC", "2.35"}});
        QVERIFY(std::holds_alternative<Solution>(*solve(*m_db, r)));
    }

    void configuredVirtualPackagesReplaceTheDefaults()
    {
        const auto defaults = defaultVirtualPackages("osx-arm64", {{"CONDA_OVERRIDE_OSX", "11.0"}});
        const std::map<std::string, std::string> configured{
            {"__osx", "13.1"}, {"__glibc", "2.28"}, {"__cuda", "12.2=0"}, {"__bad", ""}};
        const auto merged = withConfiguredVirtualPackages(defaults, configured, "osx-arm64");
        const auto find = [&merged](const std::string &name) {
            return std::find_if(merged.packages.begin(), merged.packages.end(), [&](const auto &p) { return p.name == name; });
        };
        QCOMPARE(std::count_if(merged.packages.begin(), merged.packages.end(), [](const auto &p) { return p.name == "__osx"; }), 1);
        QCOMPARE(find("__osx")->version, std::string("13.1"));  // the workspace's, not the default 11.0
        QVERIFY(find("__cuda") != merged.packages.end());
        QCOMPARE(find("__cuda")->build, std::string("0"));
        QVERIFY(find("__glibc") == merged.packages.end());       // a Linux package on macOS is left out
        QVERIFY(find("__unix") != merged.packages.end());        // defaults not configured stay
        QCOMPARE(merged.refused.size(), std::size_t(1));
        QVERIFY(QString::fromStdString(merged.refused.front().message()).contains(QLatin1String("__bad")));
        QVERIFY(find("__bad") == merged.packages.end());
        QVERIFY(virtualPackageAppliesTo("__glibc", "linux-aarch64"));
        QVERIFY(!virtualPackageAppliesTo("__win", "linux-64"));
        QVERIFY(virtualPackageAppliesTo("__unix", "osx-64"));
    }

    void parseVirtualPackageText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("name version") << "__cuda=12.2" << true;
        QTest::newRow("with build") << "__archspec=1=x86_64" << true;
        QTest::newRow("no version") << "__cuda" << false;
        QTest::newRow("empty version") << "__cuda=" << false;
        QTest::newRow("empty name") << "=1" << false;
    }
    void parseVirtualPackageText()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(parseVirtualPackage(text.toStdString()).ok(), valid);
    }

    void badSpecIsAnError()
    {
        const auto outcome = solve(*m_db, request({QStringLiteral("numpy >=")}));
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, core::util::ErrorCode::InvalidMatchSpec);
        QVERIFY(QString::fromStdString(outcome.error().message()).contains(QLatin1String("numpy >=")));
    }

    void unsolvableNamesTheProblem()
    {
        const auto outcome = solve(*m_db, request({QStringLiteral("numpy"), QStringLiteral("python=3.10")}));
        QVERIFY(outcome.ok());
        const auto *u = std::get_if<Unsolvable>(&*outcome);
        QVERIFY(u);
        QVERIFY(!u->problems.empty());
        QVERIFY(!u->graph.edges.empty());
    }

private:
    void add(const QString &channel, const QString &subdir, int priority, const QList<QJsonObject> &records)
    {
        const QString path = writeRepodata(m_dir->filePath(channel), subdir, records);
        QVERIFY(m_db->addRepodata(source(channel, subdir, path, priority), noCache).ok());
    }

    static Request request(const QStringList &specs)
    {
        Request r;
        for (const auto &s : specs)
            r.specs.push_back(s.toStdString());
        return r;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestSolver)
#include "tst_solver.moc"
