// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// Host facts (what the gathering module reports, and their cache) and drift: pins against them.
// The real gathering through Ansible is tests/app/tst_driftcli.cpp.
#include "core/checks/drift.h"
#include "core/checks/hostfacts.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace core;
using namespace core::checks;

namespace {

QJsonObject rpm(const char *name, const char *version, const char *release = "1.el7", const char *epoch = "0")
{
    return QJsonObject { { QStringLiteral("name"), QLatin1String(name) },
        { QStringLiteral("epoch"), QLatin1String(epoch) }, { QStringLiteral("version"), QLatin1String(version) },
        { QStringLiteral("release"), QLatin1String(release) }, { QStringLiteral("arch"), QStringLiteral("noarch") } };
}

QJsonObject conda(const char *name, const char *version, const char *build = "h0_0")
{
    return QJsonObject { { QStringLiteral("name"), QLatin1String(name) },
        { QStringLiteral("version"), QLatin1String(version) }, { QStringLiteral("build"), QLatin1String(build) },
        { QStringLiteral("build_number"), 0 },
        { QStringLiteral("channel"), QStringLiteral("https://conda.anaconda.org/conda-forge/linux-64") } };
}

/** The module's findings: some RPMs and one environment "tango" (or it missing). */
QJsonObject moduleData(const QJsonArray &rpms, const QJsonArray &tango, bool tangoExists = true)
{
    return QJsonObject { { QStringLiteral("format"), 1 },
        { QStringLiteral("rpm"),
            QJsonObject { { QStringLiteral("root"), QStringLiteral("/") }, { QStringLiteral("packages"), rpms } } },
        { QStringLiteral("conda"),
            QJsonObject { { QStringLiteral("root"), QStringLiteral("/opt/conda") },
                { QStringLiteral("envs"),
                    QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("tango") },
                        { QStringLiteral("prefix"), QStringLiteral("/opt/conda/envs/tango") },
                        { QStringLiteral("exists"), tangoExists }, { QStringLiteral("packages"), tango },
                        { QStringLiteral("errors"), QJsonArray {} } } } } } } };
}

HostFacts facts(const QJsonObject &data, const char *host = "h1")
{
    auto parsed = parseGathered(host, data, "2026-12-06T08:00:00Z");
    if (!parsed)
        qFatal("%s", parsed.error().message().c_str());
    return *parsed;
}

inventory::Pin rpmPin(const char *name, const char *value)
{
    inventory::Pin p;
    p.key = { inventory::PinKind::Rpm, "packages_stable", name };
    p.value = value;
    p.spec = value;
    return p;
}

inventory::HostPins pins(std::vector<inventory::Pin> rpmPins, std::vector<std::string> tangoSpecs)
{
    inventory::HostPins h;
    h.host = "h1";
    h.pins = std::move(rpmPins);
    inventory::CondaEnvironment env;
    env.variable = "conda_envs";
    env.name = "tango";
    env.dependencies = std::move(tangoSpecs);
    h.environments.push_back(env);
    return h;
}

} // namespace

class TestDrift : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheModulesFindings()
    {
        const HostFacts f = facts(moduleData(QJsonArray { rpm("zlib", "1.2.11", "1.el8", "1"), rpm("bash", "5.1") },
            QJsonArray { conda("PyTango", "9.5.0", "py311h1_0"), conda("python", "3.11.7") }));
        QCOMPARE(f.reachable, true);
        QCOMPARE(f.gathered, std::string("2026-12-06T08:00:00Z"));
        QCOMPARE(f.rpmRead, true);
        QCOMPARE(f.rpms.size(), std::size_t(2));
        QCOMPARE(f.rpms.front().name, std::string("bash")); // sorted by name
        QCOMPARE(f.rpmsNamed("zlib").at(0)->evr(), std::string("1:1.2.11-1.el8"));
        QCOMPARE(f.rpmsNamed("bash").at(0)->evr(), std::string("5.1-1.el7"));
        const InstalledEnvironment *tango = f.environment("tango");
        QVERIFY(tango && tango->exists);
        QVERIFY(tango->find("pytango")); // names in lower case, as conda matches them
        QCOMPARE(tango->find("pytango")->build, std::string("py311h1_0"));
        QVERIFY(!tango->find("numpy"));
    }

    void refusesFindingsOfAnotherShape()
    {
        QJsonObject data = moduleData({}, {});
        data.insert(QStringLiteral("format"), 2);
        QCOMPARE(parseGathered("h1", data, "t").ok(), false);
        data = moduleData({}, {});
        data.insert(QStringLiteral("rpm"), QJsonObject { { QStringLiteral("packages"), QStringLiteral("bash") } });
        const auto wrong = parseGathered("h1", data, "t");
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, util::ErrorCode::InvalidValue);
        QVERIFY(wrong.error().detail.find("rpm.packages") != std::string::npos);
    }

    void rpmPinsAgainstInstalled()
    {
        const HostFacts f
            = facts(moduleData(QJsonArray { rpm("python-fandango", "10.9"), rpm("python-taurus", "4.7.1"),
                                   rpm("pathfixer", "1.4", "3.el7", "2"), rpm("sherlock", "2.0", "1.el7") },
                {}));
        const auto drift
            = compareHost(pins({ rpmPin("python-fandango", "10.9"), rpmPin("python-taurus", "default"),
                                   rpmPin("python-taurus-old", "default"), rpmPin("pathfixer", "2:1.4-3.el7"),
                                   rpmPin("python-fandango", "10.9-2.el7"), rpmPin("sherlock", "latest") },
                              {}),
                &f, {},
                [](const std::string &name) { return name == "sherlock" ? std::string("2.1-1.el7") : std::string(); });
        QCOMPARE(drift.rpm.size(), std::size_t(6));
        QCOMPARE(drift.rpm[0].status, DriftStatus::Ok);
        QCOMPARE(drift.rpm[0].installed, std::string("10.9-1.el7"));
        QCOMPARE(drift.rpm[1].status, DriftStatus::Ok); // default: any version
        QCOMPARE(drift.rpm[2].status, DriftStatus::Missing);
        QCOMPARE(drift.rpm[3].status, DriftStatus::Ok); // epoch, version and release all match
        QCOMPARE(drift.rpm[4].status, DriftStatus::Mismatch); // the release differs
        QCOMPARE(drift.rpm[5].status, DriftStatus::Mismatch); // latest is 2.1 today
        QCOMPARE(drift.rpm[5].wanted, std::string("2.1-1.el7"));
        QVERIFY(drift.drifts());
        QCOMPARE(drift.count(DriftStatus::Ok), std::size_t(3));

        // Without repositories, latest cannot say which version: any installed one counts.
        const auto unknownLatest = compareHost(pins({ rpmPin("sherlock", "latest") }, {}), &f, {});
        QCOMPARE(unknownLatest.rpm[0].status, DriftStatus::Ok);
        QVERIFY(!unknownLatest.drifts());
    }

    void condaSpecsAgainstTheEnvironment()
    {
        const HostFacts f = facts(moduleData({},
            QJsonArray {
                conda("pytango", "9.3.6"), conda("python", "3.11.7"), conda("numpy", "1.26.4", "py311h64a7726_0") }));
        const auto drift = compareHost(
            pins({},
                { "python=3.11", "pytango>=9.4", "itango", "mini-conda-forge::numpy 1.26.* *py311*", "bad spec >>" }),
            &f, {});
        QCOMPARE(drift.conda.size(), std::size_t(5));
        QCOMPARE(drift.conda[0].status, DriftStatus::Ok);
        QCOMPARE(drift.conda[0].installed, std::string("3.11.7 h0_0"));
        QCOMPARE(drift.conda[0].env, std::string("tango"));
        QCOMPARE(drift.conda[0].scope, std::string("conda_envs/tango"));
        QCOMPARE(drift.conda[1].status, DriftStatus::Mismatch);
        QCOMPARE(drift.conda[2].status, DriftStatus::Missing);
        QCOMPARE(drift.conda[3].status, DriftStatus::Ok); // the channel is not compared, the build is
        QCOMPARE(drift.conda[3].name, std::string("numpy"));
        QCOMPARE(drift.conda[4].status, DriftStatus::Missing);
        QVERIFY(!drift.conda[4].note.empty());
    }

    void aMissingEnvironmentMakesEverySpecMissing()
    {
        const HostFacts f = facts(moduleData({}, {}, false));
        const auto drift = compareHost(pins({}, { "python=3.11", "pytango" }), &f, {});
        QCOMPARE(drift.conda.size(), std::size_t(2));
        for (const CondaDrift &d : drift.conda)
            QCOMPARE(d.status, DriftStatus::Missing);
    }

    void noFactsIsUnknown()
    {
        const auto drift = compareHost(pins({ rpmPin("bash", "default") }, { "python" }), nullptr, {});
        QCOMPARE(drift.rpm[0].status, DriftStatus::Unknown);
        QCOMPARE(drift.conda[0].status, DriftStatus::Unknown);
        QCOMPARE(drift.reachable, false);
        QVERIFY(drift.drifts());
    }

    void deployChangesAgainstTodaysSolve()
    {
        const HostFacts f = facts(
            moduleData({}, QJsonArray { conda("pytango", "9.3.6"), conda("python", "3.11.7"), conda("oldlib", "1") }));
        const auto hostPins = pins({}, { "python=3.11", "pytango>=9.4" });
        HostDrift drift = compareHost(hostPins, &f, {});
        EnvironmentResult solved;
        solved.host = "h1";
        solved.environment = "conda_envs/tango";
        solved.status = EnvironmentStatus::Solved;
        for (const auto &[name, version] : std::vector<std::pair<std::string, std::string>> {
                 { "python", "3.11.7" }, { "pytango", "9.5.0" }, { "numpy", "1.26.4" } }) {
            spec::PackageRecord r;
            r.name = name;
            r.version = version;
            r.build = "h0_0";
            solved.packages.push_back(r);
        }
        addDeployChanges(drift, hostPins, &f, { solved }, {});
        QCOMPARE(drift.deploy.size(), std::size_t(1));
        const lock::ChangeSet &changes = drift.deploy[0].changes;
        QCOMPARE(changes.counts.upgraded, std::size_t(1));
        QCOMPARE(changes.counts.installed, std::size_t(1));
        QCOMPARE(changes.counts.removed, std::size_t(1));
        QCOMPARE(changes.counts.unchanged, std::size_t(1));

        // An environment that does not solve says why instead.
        HostDrift broken = compareHost(hostPins, &f, {});
        solved.status = EnvironmentStatus::Unsolvable;
        solved.problemsText = "nothing provides pytango >=9.4";
        addDeployChanges(broken, hostPins, &f, { solved }, {});
        QCOMPARE(broken.deploy[0].error, std::string("nothing provides pytango >=9.4"));
    }

    void findsWhichHostsHaveAPackage()
    {
        const HostFacts a = facts(
            moduleData(QJsonArray { rpm("python-pytango", "9.3.4") }, QJsonArray { conda("pytango", "9.3.6") }), "a");
        const HostFacts b = facts(moduleData({}, QJsonArray { conda("pytango", "9.5.0") }), "b");
        const auto found = findInstalled("pytango=9.3", { &a, &b });
        QVERIFY(found.ok());
        QCOMPARE(found->size(), std::size_t(1));
        QCOMPARE(found->at(0).host, std::string("a"));
        QCOMPARE(found->at(0).where, std::string("tango"));
        const auto rpms = findInstalled("python-pytango<9.4", { &a, &b });
        QCOMPARE(rpms->size(), std::size_t(1));
        QCOMPARE(rpms->at(0).where, std::string("rpm"));
        QCOMPARE(findInstalled("pytango >=>", { &a }).ok(), false);
    }

    void anUnreachableHostKeepsWhatWasKnown()
    {
        const HostFacts before = facts(moduleData(QJsonArray { rpm("bash", "5.1") }, {}));
        const HostFacts after
            = applyOutcome(&before, { "h1", false, "ssh: connect refused", {} }, "2026-12-06T09:00:00Z");
        QCOMPARE(after.reachable, false);
        QCOMPARE(after.error, std::string("ssh: connect refused"));
        QCOMPARE(after.gathered, before.gathered);
        QCOMPARE(after.attempted, std::string("2026-12-06T09:00:00Z"));
        QCOMPARE(after.rpms, before.rpms);
        // Findings that cannot be read are a failed attempt too, not lost facts.
        const HostFacts garbled
            = applyOutcome(&before, { "h1", true, {}, QJsonObject { { QStringLiteral("format"), 7 } } }, "t2");
        QCOMPARE(garbled.rpms, before.rpms);
        QVERIFY(garbled.error.find("cannot be read") != std::string::npos);
        // A host never seen before has no facts, only the failure.
        const HostFacts first = applyOutcome(nullptr, { "h2", false, "unreachable", {} }, "t3");
        QVERIFY(!first.hasFacts());
        QCOMPARE(first.host, std::string("h2"));
    }

    void aRunRecordsEveryHostItWasToRead()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string folder = factsFolder(dir.path().toStdString());
        const QJsonObject bash = moduleData(QJsonArray { rpm("bash", "5.1") }, {});
        const QJsonObject newer = moduleData(QJsonArray { rpm("bash", "5.2") }, {});
        // A first run at 08:00 reads a, b and c.
        GatheringRecord first = recordGathering(folder, { "a", "b", "c" },
            { { "a", true, {}, bash }, { "b", true, {}, bash }, { "c", true, {}, bash } }, "2026-12-06T08:00:00Z",
            unreportedReason(false));
        QCOMPARE(first.written, (std::vector<std::string> { "a", "b", "c" }));
        QVERIFY(first.failures.empty());

        // A run started at 09:00 reads a only, and gives no result for b (cancelled, crashed): b keeps
        // its facts, marked with the attempt, instead of passing for gathered at 09:00.
        const GatheringRecord second = recordGathering(
            folder, { "a", "b" }, { { "a", true, {}, newer } }, "2026-12-06T09:00:00Z", unreportedReason(true));
        QCOMPARE(second.written.size(), std::size_t(2));
        FactsCache cache = readFacts(folder, { "a", "b", "c" });
        QCOMPARE(cache.hosts.at("a").gathered, std::string("2026-12-06T09:00:00Z"));
        QCOMPARE(cache.hosts.at("a").rpms.front().version, std::string("5.2"));
        const HostFacts &b = cache.hosts.at("b");
        QCOMPARE(b.reachable, false);
        QCOMPARE(b.gathered, std::string("2026-12-06T08:00:00Z"));
        QCOMPARE(b.attempted, std::string("2026-12-06T09:00:00Z"));
        QCOMPARE(b.error, unreportedReason(true));
        QCOMPARE(b.rpms.front().version, std::string("5.1"));
        QCOMPARE(cache.hosts.at("c").attempted, std::string("2026-12-06T08:00:00Z")); // not selected: untouched

        // A slow run started at 08:30 that ends after the 09:00 one does not overwrite a or b.
        const GatheringRecord slow = recordGathering(folder, { "a", "b", "c" },
            { { "a", true, {}, bash }, { "b", true, {}, bash }, { "c", true, {}, bash } }, "2026-12-06T08:30:00Z",
            unreportedReason(false));
        QCOMPARE(slow.keptNewer, (std::vector<std::string> { "a", "b" }));
        QCOMPARE(slow.written, std::vector<std::string> { "c" });
        cache = readFacts(folder, { "a", "c" });
        QCOMPARE(cache.hosts.at("a").rpms.front().version, std::string("5.2"));
        QCOMPARE(cache.hosts.at("c").gathered, std::string("2026-12-06T08:30:00Z"));

        // A cache file that cannot be written fails alone: the other hosts are still written.
        QVERIFY(QDir().mkpath(QString::fromStdString(factsFile(folder, "d")) + QStringLiteral("/in-the-way")));
        const GatheringRecord blocked = recordGathering(folder, { "d", "e" },
            { { "d", true, {}, bash }, { "e", true, {}, bash } }, "2026-12-06T10:00:00Z", unreportedReason(false));
        QCOMPARE(blocked.failures.size(), std::size_t(1));
        QVERIFY(blocked.failures[0].message().find("d.json") != std::string::npos);
        QCOMPARE(blocked.written, std::vector<std::string> { "e" });

        // An unreported host whose file cannot be read is left for a gathering that reads it.
        const QString damaged = QString::fromStdString(factsFile(folder, "f"));
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        const GatheringRecord unread
            = recordGathering(folder, { "f" }, {}, "2026-12-06T11:00:00Z", unreportedReason(false));
        QVERIFY(unread.written.empty());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{ not json"));
    }

    void theCacheRoundTripsAndNamesBadFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string folder = factsFolder(dir.path().toStdString());
        HostFacts f
            = facts(moduleData(QJsonArray { rpm("bash", "5.1") }, QJsonArray { conda("python", "3.11.7") }), "web/1");
        QVERIFY(writeFacts(folder, f).ok());
        QVERIFY(QFile::exists(QString::fromStdString(factsFile(folder, "web/1"))));
        QVERIFY(QString::fromStdString(factsFile(folder, "web/1")).endsWith(QStringLiteral("/web%2F1.json")));
        QVERIFY(QString::fromStdString(factsFile(folder, "..")).endsWith(QStringLiteral("/%2E..json")));
        const FactsCache cache = readFacts(folder, { "web/1", "nobody" });
        QVERIFY(cache.problems.empty());
        QCOMPARE(cache.hosts.size(), std::size_t(1));
        QCOMPARE(cache.hosts.at("web/1"), f);

        // Malformed JSON: the file, line and column.
        const QString bad = QString::fromStdString(factsFile(folder, "bad"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\n  \"format\": 1,\n  \"host\": \"bad\"\n  \"x\": 1\n}\n");
        file.close();
        const FactsCache broken = readFacts(folder, { "bad" });
        QCOMPARE(broken.problems.size(), std::size_t(1));
        QCOMPARE(broken.problems[0].code, util::ErrorCode::ParseError);
        QCOMPARE(broken.problems[0].position.file, bad.toStdString());
        QCOMPARE(broken.problems[0].position.line, 4);

        // Another host's facts under this name are refused, not mixed in.
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(factsToJson(f)).toJson());
        file.close();
        const FactsCache other = readFacts(folder, { "bad" });
        QCOMPARE(other.problems.size(), std::size_t(1));
        QVERIFY(other.hosts.empty());
    }

    void environmentNamesPerHost()
    {
        auto h = pins({}, { "python" });
        inventory::CondaEnvironment whole;
        whole.variable = "sardana_env";
        whole.name = "";
        h.environments.push_back(whole);
        h.environments.push_back(h.environments.front()); // the same name twice is gathered once
        const auto names = environmentNames({ h });
        QCOMPARE(names.at("h1"), (std::vector<std::string> { "tango", "sardana_env" }));
    }
};

QTEST_GUILESS_MAIN(TestDrift)
#include "tst_drift.moc"
