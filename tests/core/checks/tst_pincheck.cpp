// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// Conda pins checked against package records: status, newest versions, hosts, and the helpers
// the impact view uses to edit an environment's requirements.
#include "core/checks/pincheck.h"

#include <QTest>

using namespace core::inventory;
using namespace core::checks;
using core::spec::PackageRecord;

namespace {

PackageRecord makePackage(const std::string &name, const std::string &version, const std::string &build = "0",
    const std::string &channel = "mini")
{
    PackageRecord r;
    r.name = name;
    r.version = version;
    r.build = build;
    r.channel = channel;
    r.subdir = "linux-64";
    r.fn = name + '-' + version + '-' + build + ".conda";
    return r;
}

PackageIndex demoIndex()
{
    return PackageIndex({ makePackage("numpy", "1.21.6"), makePackage("numpy", "1.26.4"),
        makePackage("numpy", "1.24.4"), makePackage("python", "3.9.18", "h0755675_0_cpython"),
        makePackage("python", "3.11.6", "hab00c5b_0_cpython"), makePackage("Pillow", "10.1.0"),
        makePackage("weird", "not a version!") });
}

Pin condaPin(const std::string &scope, const std::string &spec, int line)
{
    const auto split = splitRequirement(spec, PinKind::Conda);
    return Pin { PinKey { PinKind::Conda, scope, split->first }, split->second, spec,
        Source { "group_vars/all.yml", line, 9 }, false };
}

} // namespace

Q_DECLARE_METATYPE(PinCheckStatus)
Q_DECLARE_METATYPE(std::vector<std::string>)

class TestPinCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checkSpec_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<PinCheckStatus>("status");
        QTest::addColumn<QString>("newestMatching");
        QTest::addColumn<QString>("newest");
        QTest::addColumn<int>("builds");

        const auto available = PinCheckStatus::Available;
        QTest::newRow("any version") << "numpy" << available << "1.26.4"
                                     << "1.26.4" << 3;
        QTest::newRow("fuzzy") << "numpy=1.21" << available << "1.21.6"
                               << "1.26.4" << 1;
        QTest::newRow("range picks the newest in range") << "numpy>=1.22,<1.26" << available << "1.24.4"
                                                         << "1.26.4" << 1;
        QTest::newRow("version not there") << "numpy=2.0" << PinCheckStatus::NoMatch << ""
                                           << "1.26.4" << 0;
        QTest::newRow("build glob") << "python=3.9.18=*_cpython" << available << "3.9.18"
                                    << "3.11.6" << 1;
        QTest::newRow("build not there") << "python=3.11=*_pypy" << PinCheckStatus::NoMatch << ""
                                         << "3.11.6" << 0;
        QTest::newRow("channel of the records") << "mini::numpy" << available << "1.26.4"
                                                << "1.26.4" << 3;
        QTest::newRow("another channel") << "conda-forge::numpy" << PinCheckStatus::NoMatch << ""
                                         << "1.26.4" << 0;
        QTest::newRow("case-insensitive name") << "pillow" << available << "10.1.0"
                                               << "10.1.0" << 1;
        QTest::newRow("missing package") << "silx=0.15.1" << PinCheckStatus::Missing << ""
                                         << "" << 0;
        QTest::newRow("unparsable record version never newest") << "weird" << available << ""
                                                                << "" << 1;
        QTest::newRow("malformed spec") << "numpy >=>1" << PinCheckStatus::Invalid << ""
                                        << "" << 0;
        QTest::newRow("glob name") << "num*" << PinCheckStatus::Invalid << ""
                                   << "" << 0;
    }

    void checkSpec()
    {
        QFETCH(QString, spec);
        QFETCH(PinCheckStatus, status);
        QFETCH(QString, newestMatching);
        QFETCH(QString, newest);
        QFETCH(int, builds);
        const PinCheck check = checkCondaSpec(spec.toStdString(), demoIndex());
        QCOMPARE(check.status, status);
        QCOMPARE(QString::fromStdString(check.newestMatching), newestMatching);
        QCOMPARE(QString::fromStdString(check.newestAvailable), newest);
        QCOMPARE(int(check.matchingBuilds), builds);
        QCOMPARE(check.spec, spec.toStdString());
        QCOMPARE(check.error.empty(), status != PinCheckStatus::Invalid);
        QCOMPARE(isPinCheckFailure(status), status != PinCheckStatus::Available);
    }

    void malformedSpecNamesColumn()
    {
        const PinCheck check = checkCondaSpec("numpy >=>1", demoIndex());
        QVERIFY2(check.error.find("column") != std::string::npos, check.error.c_str());
    }

    void checkPinsGroupsHosts()
    {
        HostPins a { "a",
            { condaPin("conda_envs/tools", "numpy=1.21", 3), condaPin("conda_envs/tools", "python=3.9", 4) }, {}, {} };
        HostPins b { "b",
            { condaPin("conda_envs/tools", "numpy=1.21", 3), condaPin("conda_envs/tools", "python=3.12", 8) }, {}, {} };
        // Neither pip pins, nor lists, nor encrypted values are checked against conda channels.
        b.pins.push_back(Pin { PinKey { PinKind::Pip, "conda_envs/tools", "numpy" }, "==9", "numpy==9", {}, false });
        b.pins.push_back(
            Pin { PinKey { PinKind::Channels, "conda_envs/tools", "channels" }, "mini", "mini", {}, false });
        b.pins.push_back(
            Pin { PinKey { PinKind::Conda, "conda_envs/tools", "(encrypted)" }, "encrypted", "encrypted", {}, true });
        HostPins c { "c", { condaPin("sardana_env", "numpy=1.21", 12) }, {}, {} };

        const auto checks = checkCondaPins({ a, b, c }, demoIndex());
        QCOMPARE(checks.size(), size_t(4));
        // Row order: key (scope, package), then spec.
        QCOMPARE(checks[0].spec, std::string("numpy=1.21"));
        QCOMPARE(checks[0].hosts, (std::vector<std::string> { "a", "b" }));
        QCOMPARE(checks[0].source.line, 3);
        QCOMPARE(checks[1].spec, std::string("python=3.12"));
        QCOMPARE(checks[1].status, PinCheckStatus::NoMatch);
        QCOMPARE(checks[1].hosts, std::vector<std::string> { "b" });
        QCOMPARE(checks[2].spec, std::string("python=3.9"));
        QCOMPARE(checks[2].status, PinCheckStatus::Available);
        QCOMPARE(checks[3].key.scope, std::string("sardana_env"));
        QCOMPARE(checks[3].hosts, std::vector<std::string> { "c" });
    }

    void emptyIndex()
    {
        const auto checks = checkCondaPins({ HostPins { "a", { condaPin("x", "numpy", 1) }, {}, {} } }, PackageIndex());
        QCOMPARE(checks.size(), size_t(1));
        QCOMPARE(checks[0].status, PinCheckStatus::Missing);
    }

    void statusNames()
    {
        QCOMPARE(pinCheckStatusName(PinCheckStatus::NoMatch), "no-match");
        QCOMPARE(pinCheckStatusName(PinCheckStatus::Missing), "missing");
    }

    void environmentScope_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("scope");
        QTest::newRow("conda_envs entry") << "conda_envs"
                                          << "silx"
                                          << "conda_envs/silx";
        QTest::newRow("whole environment.yml") << "sardana_env"
                                               << "sardana"
                                               << "sardana_env";
    }

    void environmentScope()
    {
        QFETCH(QString, variable);
        QFETCH(QString, name);
        QFETCH(QString, scope);
        CondaEnvironment env;
        env.variable = variable.toStdString();
        env.name = name.toStdString();
        QCOMPARE(QString::fromStdString(core::checks::environmentScope(env, PinVariables {})), scope);
    }

    void requirementFor_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("requirement");
        QTest::newRow("fuzzy") << "=3.10"
                               << "python=3.10";
        QTest::newRow("bare version") << "3.10"
                                      << "python=3.10";
        QTest::newRow("range") << ">=3.9,<3.12"
                               << "python>=3.9,<3.12";
        QTest::newRow("exact") << "==3.10.13"
                               << "python==3.10.13";
        QTest::newRow("leading spaces") << "  >=3.9"
                                        << "python>=3.9";
        QTest::newRow("any") << ""
                             << "python";
    }

    void requirementFor()
    {
        QFETCH(QString, value);
        QFETCH(QString, requirement);
        QCOMPARE(QString::fromStdString(core::checks::requirementFor("python", value.toStdString())), requirement);
    }

    void replaceRequirement_data()
    {
        using Specs = std::vector<std::string>;
        QTest::addColumn<Specs>("specs");
        QTest::addColumn<QString>("requirement");
        QTest::addColumn<Specs>("expected");
        const Specs specs { "python=3.9", "mini::numpy>=1.21", "h5py" };
        QTest::newRow("replaced in place") << specs << "numpy=1.26" << Specs { "python=3.9", "numpy=1.26", "h5py" };
        QTest::newRow("added when absent") << Specs { "python=3.9" } << "numpy" << Specs { "python=3.9", "numpy" };
        QTest::newRow("removed when empty") << specs << "" << Specs { "python=3.9", "h5py" };
    }

    void replaceRequirement()
    {
        using Specs = std::vector<std::string>;
        QFETCH(Specs, specs);
        QFETCH(QString, requirement);
        QFETCH(Specs, expected);
        QCOMPARE(core::checks::replaceRequirement(specs, "numpy", requirement.toStdString()), expected);
    }
};

QTEST_GUILESS_MAIN(TestPinCheck)
#include "tst_pincheck.moc"
