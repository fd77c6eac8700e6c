// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/channel/browseindex.h"
#include "core/solve/channelsources.h"
#include "core/solve/database.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using core::channel::BrowseIndex;
using core::spec::MatchSpec;
using core::spec::PackageRecord;

using namespace Qt::Literals::StringLiterals;
namespace {

PackageRecord makeRecord(const std::string &name, const std::string &version, std::vector<std::string> depends = {},
                         std::uint64_t buildNumber = 0, const std::string &subdir = "linux-64")
{
    PackageRecord r;
    r.name = name;
    r.version = version;
    r.buildNumber = buildNumber;
    r.build = "h0_" + std::to_string(buildNumber);
    r.depends = std::move(depends);
    r.subdir = subdir;
    r.channel = "demo";
    r.fn = r.dist() + ".conda";
    return r;
}

/** A small channel: numpy and the packages that need it, as in conda-forge. */
BrowseIndex sampleIndex()
{
    std::vector<PackageRecord> records{
        makeRecord("numpy", "1.24.4", {"python >=3.10,<3.11.0a0"}),
        makeRecord("numpy", "1.26.2", {"python >=3.10,<3.11.0a0"}, 0),
        makeRecord("numpy", "1.26.2", {"python >=3.10,<3.11.0a0"}, 1),
        makeRecord("pytango", "9.5.0", {"numpy >=1.22.4,<2.0a0", "python >=3.10,<3.11.0a0"}),
        makeRecord("h5py", "3.10.0", {"numpy >=1.22.4,<2.0a0", "hdf5"}),
        makeRecord("oldtool", "1.0", {"numpy <1.25"}),
        makeRecord("broken", "1.0", {"numpy >=>1"}),
        makeRecord("python", "3.10.13"),
        makeRecord("sardana", "3.5.0", {"NumPy >=1.13", "pytango >=9.4.2"}, 0, "noarch"),
    };
    records[1].timestamp = 1700000000000;
    records[2].timestamp = 1710000000000;
    records[2].license = "BSD-3-Clause";
    records[2].channel = "other";
    return BrowseIndex::build(std::move(records));
}

std::vector<std::string> dependentNames(const BrowseIndex &index, const std::vector<core::channel::ReverseDependency> &deps)
{
    std::vector<std::string> names;
    for (const auto &d : deps)
        names.push_back(index.records().at(d.record).name + "-" + index.records().at(d.record).version);
    return names;
}

} // namespace

class TestBrowseIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summaries();
    void unloadedNames();
    void buildOrder();
    void findPackage();
    void dependencyName_data();
    void dependencyName();
    void reverseDependencies_data();
    void reverseDependencies();
    void dependentsOf();
    void matchingBuilds_data();
    void matchingBuilds();
    void empty();
    void demoChannel();
};

void TestBrowseIndex::summaries()
{
    const BrowseIndex index = sampleIndex();
    QCOMPARE(index.records().size(), std::size_t(9));
    std::vector<std::string> names;
    for (const auto &p : index.packages())
        names.push_back(p.name);
    QCOMPARE(names, (std::vector<std::string>{"broken", "h5py", "numpy", "oldtool", "pytango", "python", "sardana"}));
    const auto &numpy = index.packages().at(*index.findPackage("numpy"));
    QCOMPARE(numpy.latestVersion, std::string("1.26.2"));
    QCOMPARE(numpy.builds, std::size_t(3));
    QCOMPARE(numpy.license, std::string("BSD-3-Clause"));  // the newest build of the latest version
    QCOMPARE(numpy.lastUpdate, std::uint64_t(1710000000000));
    QCOMPARE(numpy.subdirs, std::vector<std::string>{"linux-64"});
    QCOMPARE(numpy.channels, (std::vector<std::string>{"demo", "other"}));
    QCOMPARE(index.recordsPerChannel().at("demo"), std::size_t(8));
    QCOMPARE(index.recordsPerChannel().at("other"), std::size_t(1));
}

/** Names a shard index lists without records: in name order among the others, with no builds. */
void TestBrowseIndex::unloadedNames()
{
    std::vector<PackageRecord> records { makeRecord("numpy", "1.26.2", { "python" }), makeRecord("python", "3.10.13"),
        makeRecord("sardana", "3.5.0", { "numpy" }, 0, "noarch") };
    const std::vector<core::channel::UnloadedName> unloaded { { "zlib", "cf", "linux-64" }, { "aaa", "cf", "noarch" },
        { "numpy", "cf", "linux-64" }, // loaded already: stays as it is
        { "pytango", "cf", "linux-64" }, { "pytango", "cf", "noarch" }, { "pytango", "other", "linux-64" } };
    const BrowseIndex index = BrowseIndex::build(std::move(records), unloaded);
    std::vector<std::string> names;
    for (const auto &p : index.packages())
        names.push_back(p.name + (p.loaded ? "" : "?"));
    QCOMPARE(names, (std::vector<std::string> { "aaa?", "numpy", "pytango?", "python", "sardana", "zlib?" }));
    QCOMPARE(index.records().size(), std::size_t(3));
    const auto pytango = index.findPackage("pytango");
    QVERIFY(pytango.has_value());
    const auto &summary = index.packages()[*pytango];
    QCOMPARE(summary.builds, std::size_t(0));
    QVERIFY(summary.latestVersion.empty());
    QCOMPARE(summary.subdirs, (std::vector<std::string> { "linux-64", "noarch" }));
    QCOMPARE(summary.channels, (std::vector<std::string> { "cf", "other" }));
    QVERIFY(index.builds(*pytango).empty());
    for (std::size_t i = 0; i < index.packages().size(); ++i)
        for (const auto &r : index.builds(i))
            QCOMPARE(r.name, index.packages()[i].name); // every name's slice is its own records
    QCOMPARE(index.builds(*index.findPackage("numpy")).size(), std::size_t(1));
    QCOMPARE(index.recordsPerChannel().count("cf"), std::size_t(0));
    QCOMPARE(index.dependentsOf("numpy").size(), std::size_t(1)); // sardana's
}

void TestBrowseIndex::buildOrder()
{
    std::vector<PackageRecord> records{makeRecord("a", "1.9"),   makeRecord("a", "1.10", {}, 0),
                                       makeRecord("a", "1.10", {}, 2), makeRecord("a", "not a version!"),
                                       makeRecord("a", "1.10.0"), makeRecord("a", "2.0rc1"),
                                       makeRecord("a", "2.0")};
    const BrowseIndex index = BrowseIndex::build(std::move(records));
    std::vector<std::string> order;
    for (const auto &r : index.builds(0))
        order.push_back(r.version + "/" + std::to_string(r.buildNumber));
    // Newest first in conda's order (2.0rc1 < 2.0; 1.10 == 1.10.0 kept apart by text), build
    // numbers descending, versions that do not parse last.
    QCOMPARE(order, (std::vector<std::string>{"2.0/0", "2.0rc1/0", "1.10/2", "1.10/0", "1.10.0/0", "1.9/0",
                                              "not a version!/0"}));
    QCOMPARE(index.packages().at(0).latestVersion, std::string("2.0"));
    QCOMPARE(index.firstRecord(0), std::size_t(0));
}

void TestBrowseIndex::findPackage()
{
    const BrowseIndex index = sampleIndex();
    QVERIFY(index.findPackage("pytango").has_value());
    QCOMPARE(index.packages().at(*index.findPackage("pytango")).name, std::string("pytango"));
    QVERIFY(!index.findPackage("pytang").has_value());
    QVERIFY(!index.findPackage("").has_value());
    QVERIFY(index.builds(999).empty());
}

void TestBrowseIndex::dependencyName_data()
{
    QTest::addColumn<QString>("dependency");
    QTest::addColumn<QString>("name");
    QTest::newRow("bare") << "six" << "six";
    QTest::newRow("version") << "numpy >=1.22.4,<2.0a0" << "numpy";
    QTest::newRow("version and build") << "python_abi 3.10.* *_cp310" << "python_abi";
    QTest::newRow("equals") << "numpy=1.2" << "numpy";
    QTest::newRow("double equals") << "numpy==1.2" << "numpy";
    QTest::newRow("operator without blank") << "numpy>=1.2" << "numpy";
    QTest::newRow("channel") << "conda-forge::numpy >=1" << "numpy";
    QTest::newRow("channel and subdir") << "conda-forge/linux-64::numpy" << "numpy";
    QTest::newRow("brackets") << "numpy[version='>=1.2']" << "numpy";
    QTest::newRow("upper case") << "  NumPy >=1" << "numpy";
    QTest::newRow("virtual") << "__glibc >=2.17" << "__glibc";
    QTest::newRow("empty") << "" << "";
}

void TestBrowseIndex::dependencyName()
{
    QFETCH(QString, dependency);
    QFETCH(QString, name);
    QCOMPARE(QString::fromStdString(BrowseIndex::dependencyName(dependency.toStdString())), name);
}

void TestBrowseIndex::reverseDependencies_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QStringList>("dependents");
    // numpy 1.26.2 satisfies ">=1.22.4,<2.0a0" and ">=1.13" (written "NumPy"), not "<1.25"; a
    // dependency that does not parse is left out.
    QTest::newRow("numpy 1.26") << "numpy" << "1.26.2" << QStringList{u"h5py-3.10.0"_s, u"pytango-9.5.0"_s, u"sardana-3.5.0"_s};
    QTest::newRow("numpy 1.24") << "numpy" << "1.24.4"
                                << QStringList{u"h5py-3.10.0"_s, u"oldtool-1.0"_s, u"pytango-9.5.0"_s, u"sardana-3.5.0"_s};
    QTest::newRow("pytango") << "pytango" << "9.5.0" << QStringList{u"sardana-3.5.0"_s};
    QTest::newRow("python 3.10") << "python" << "3.10.13"
                                 << QStringList{u"numpy-1.26.2"_s, u"numpy-1.26.2"_s, u"numpy-1.24.4"_s, u"pytango-9.5.0"_s};
    QTest::newRow("python 3.11") << "python" << "3.11.0" << QStringList{};
    QTest::newRow("nobody needs it") << "sardana" << "3.5.0" << QStringList{};
    QTest::newRow("unknown package") << "nothing" << "1.0" << QStringList{};
}

void TestBrowseIndex::reverseDependencies()
{
    QFETCH(QString, name);
    QFETCH(QString, version);
    QFETCH(QStringList, dependents);
    const BrowseIndex index = sampleIndex();
    const auto deps = index.reverseDependencies(makeRecord(name.toStdString(), version.toStdString()));
    QStringList got;
    for (const auto &n : dependentNames(index, deps))
        got << QString::fromStdString(n);
    QCOMPARE(got, dependents);
    for (const auto &d : deps)  // the spec is the dependency string of that record
        QVERIFY(std::ranges::count(index.records().at(d.record).depends, d.spec) == 1);
}

void TestBrowseIndex::dependentsOf()
{
    const BrowseIndex index = sampleIndex();
    const auto names = dependentNames(index, index.dependentsOf("numpy"));
    QCOMPARE(names, (std::vector<std::string>{"broken-1.0", "h5py-3.10.0", "oldtool-1.0", "pytango-9.5.0",
                                              "sardana-3.5.0"}));
    QVERIFY(index.dependentsOf("hdf5").empty());  // named, but not in the channels
}

void TestBrowseIndex::matchingBuilds_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("matching");
    QTest::newRow("any") << "numpy" << 3;
    QTest::newRow("range") << "numpy >=1.26" << 2;
    QTest::newRow("exact") << "numpy ==1.24.4" << 1;
    QTest::newRow("build number") << "numpy[build_number=1]" << 1;
    QTest::newRow("none") << "numpy >=2" << 0;
    QTest::newRow("other name") << "scipy" << 0;
}

void TestBrowseIndex::matchingBuilds()
{
    QFETCH(QString, spec);
    QFETCH(int, matching);
    const BrowseIndex index = sampleIndex();
    const auto parsed = MatchSpec::parse(spec.toStdString());
    QVERIFY(parsed.ok());
    const std::size_t numpy = *index.findPackage("numpy");
    const auto builds = index.matchingBuilds(numpy, *parsed);
    QCOMPARE(int(builds.size()), matching);
    QCOMPARE(index.anyBuildMatches(numpy, *parsed), matching > 0);
    for (const auto &b : builds)
        QVERIFY(parsed->matches(b));
}

void TestBrowseIndex::empty()
{
    const BrowseIndex index = BrowseIndex::build({});
    QVERIFY(index.records().empty());
    QVERIFY(index.packages().empty());
    QVERIFY(index.reverseDependencies(makeRecord("numpy", "1.0")).empty());
    QVERIFY(index.builds(0).empty());
}

void TestBrowseIndex::demoChannel()
{
    QTemporaryDir solvCache;
    const std::string channel = DEPLOYDECK_SOURCE_DIR "/resources/demo/channels/mini-conda-forge";
    auto sources = core::solve::localRepodataSources({channel}, "linux-64");
    QVERIFY2(sources.ok(), sources.ok() ? "" : sources.error().message().c_str());
    core::solve::Database database;
    const auto loaded = core::solve::loadSources(database, *sources, { solvCache.path().toStdString(), {}, {} });
    QVERIFY(loaded.ok());
    const BrowseIndex index = BrowseIndex::build(database.allRecords());
    QCOMPARE(index.records().size(), database.packageCount());
    QCOMPARE(index.packages().size(), database.packageNames().size());
    const auto numpy = index.findPackage("numpy");
    QVERIFY(numpy.has_value());
    const auto latest = index.builds(*numpy).front();
    QCOMPARE(latest.version, index.packages().at(*numpy).latestVersion);
    std::vector<std::string> names;
    for (const auto &d : index.reverseDependencies(latest))
        names.push_back(index.records().at(d.record).name);
    QVERIFY(std::ranges::count(names, "pytango") > 0);
    QVERIFY(std::ranges::count(names, "h5py") > 0);
    QVERIFY(std::ranges::count(names, "sardana") > 0);
}

QTEST_GUILESS_MAIN(TestBrowseIndex)
#include "tst_browseindex.moc"
