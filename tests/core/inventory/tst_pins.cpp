// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// Pin extraction on tests/data/inventory/pins, written in the shapes of THBL01's slides.
#include "core/inventory/pins.h"

#include <QTest>

using namespace core::inventory;

namespace {

std::string fixture(const char *relative)
{
    return std::string(DEPLOYDECK_SOURCE_DIR "/tests/data/inventory/") + relative;
}

const Pin *findPin(const HostPins &pins, PinKind kind, const char *scope, const char *package)
{
    return pins.find(PinKey{kind, scope, package});
}

} // namespace

class TestPins : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        auto inv = loadInventory(fixture("pins/hosts.ini"));
        QVERIFY(inv.ok());
        QVERIFY(!inv->hasErrors());
        m_inventory = std::move(*inv);
    }

    void rpmPins()
    {
        const HostPins pins = extractPins(*m_inventory.host("b-ec01"));
        const Pin *taurus = findPin(pins, PinKind::Rpm, "packages_stable", "python-taurus");
        QVERIFY(taurus);
        QCOMPARE(taurus->value, std::string("default"));
        QCOMPARE(taurus->source.toString(), fixture("pins/group_vars/all.yml") + ":2:3");
        QCOMPARE(findPin(pins, PinKind::Rpm, "packages_stable", "python-fandango")->value, std::string("10.9"));
        QCOMPARE(findPin(pins, PinKind::Rpm, "packages_stable", "python36-sherlock")->value, std::string("latest"));
        // A list of names pins no version.
        QCOMPARE(findPin(pins, PinKind::Rpm, "packages_testing", "python-sardana-macros")->value, std::string());
    }

    void numbersThatLostDigitsWarn()
    {
        const HostPins pins = extractPins(*m_inventory.host("b-ec01"));
        QCOMPARE(findPin(pins, PinKind::Rpm, "packages_stable", "tangods-pathfixer")->value, std::string("1.1"));
        QCOMPARE(pins.warnings.size(), size_t(1));
        QVERIFY(pins.warnings[0].message.find("1.10 is read as the number 1.1") != std::string::npos);
        QCOMPARE(pins.warnings[0].location, fixture("pins/group_vars/all.yml") + ":7:3");
        // Quoted, it stays as written.
        const HostPins quoted = extractPins(*m_inventory.host("b-ec03"));
        QCOMPARE(findPin(quoted, PinKind::Rpm, "packages_stable", "tangods-pathfixer")->value, std::string("1.10"));
    }

    void hostVarsReplaceWholeMaps()
    {
        const HostPins pins = extractPins(*m_inventory.host("b-ec02"));
        QCOMPARE(findPin(pins, PinKind::Rpm, "packages_stable", "python-taurus")->value, std::string("4.5.1-7.el7"));
        QVERIFY(!findPin(pins, PinKind::Rpm, "packages_stable", "python-dsconfig"));
        QCOMPARE(findPin(pins, PinKind::Rpm, "versions", "python-taurus")->value, std::string("4.5.1-7.el7"));
    }

    void encryptedPins()
    {
        const HostPins pins = extractPins(*m_inventory.host("b-ec03"));
        const Pin *taurus = findPin(pins, PinKind::Rpm, "packages_stable", "python-taurus");
        QVERIFY(taurus);
        QVERIFY(taurus->encrypted);
        QCOMPARE(taurus->value, std::string("encrypted"));
    }

    void condaEnvs()
    {
        const HostPins pins = extractPins(*m_inventory.host("b-ec01"));
        const Pin *python = findPin(pins, PinKind::Conda, "conda_envs/silx", "python");
        QVERIFY(python);
        QCOMPARE(python->value, std::string("=3.9"));
        QCOMPARE(python->spec, std::string("python=3.9"));
        QCOMPARE(python->source.toString(), fixture("pins/group_vars/beamline.yml") + ":5:9");
        QCOMPARE(findPin(pins, PinKind::Conda, "conda_envs/silx", "numpy")->value, std::string(">=1.20"));
        QCOMPARE(findPin(pins, PinKind::Channels, "conda_envs/silx", "channels")->value,
                 std::string("maxiv-kits, mini-conda-forge"));
        QCOMPARE(findPin(pins, PinKind::Wrappers, "conda_envs/silx", "wrappers")->value, std::string("silx"));
    }

    void environmentFiles()
    {
        const HostPins pins = extractPins(*m_inventory.host("b-ec01"));
        QCOMPARE(findPin(pins, PinKind::Conda, "sardana_env", "sardana")->value, std::string("=3.1.2"));
        QCOMPARE(findPin(pins, PinKind::Pip, "sardana_env", "taurusgui-scangui3")->value, std::string("==1.1.3"));
        QCOMPARE(pins.environments.size(), size_t(2));
        const CondaEnvironment &sardana = pins.environments[1];
        QCOMPARE(sardana.name, std::string("sardana"));
        QCOMPARE(sardana.variable, std::string("sardana_env"));
        QCOMPARE(sardana.dependencies.size(), size_t(4));
        // Options stay in the environment but are not pins.
        QCOMPARE(sardana.pip,
                 (std::vector<std::string>{"--trusted-host repo.maxiv.lu.se", "taurusgui-scangui3==1.1.3"}));
    }

    void environmentAsText()
    {
        const HostPins pins = extractPins(*m_inventory.host("cr01"));
        const Pin *python = findPin(pins, PinKind::Conda, "sardana_env", "python");
        QVERIFY(python);
        QCOMPARE(python->value, std::string("=3.8"));
        // Lines inside the text block are not lines of the file: the variable's line is used.
        QCOMPARE(python->source.toString(), fixture("pins/host_vars/cr01.yml") + ":1:1");
        QCOMPARE(pins.environments.front().name, std::string("sardana-cr"));
    }

    void inlineIniPins()
    {
        const HostPins pins = extractPins(*m_inventory.host("cr02"));
        const Pin *testing = findPin(pins, PinKind::Rpm, "packages_testing", "python-taurus");
        QVERIFY(testing);
        QCOMPARE(testing->value, std::string("latest"));
        QCOMPARE(testing->source.toString(), fixture("pins/hosts.ini") + ":10:6");
    }

    void configuredVariables()
    {
        PinVariables only;
        only.rpm = {"versions"};
        only.conda.clear();
        only.environment.clear();
        const HostPins pins = extractPins(*m_inventory.host("b-ec02"), only);
        QCOMPARE(pins.pins.size(), size_t(1));
        QCOMPARE(pins.pins[0].key.scope, std::string("versions"));
        QVERIFY(pins.environments.empty());
        QCOMPARE(extractAllPins(m_inventory, only).size(), m_inventory.hosts.size());
    }

    void requirements_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("pip");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("constraint");
        QTest::newRow("name only") << QByteArray("h5py") << false << QByteArray("h5py") << QByteArray();
        QTest::newRow("equals") << QByteArray("python=3.9") << false << QByteArray("python") << QByteArray("=3.9");
        QTest::newRow("space") << QByteArray("numpy 1.20.*") << false << QByteArray("numpy") << QByteArray("1.20.*");
        QTest::newRow("range") << QByteArray("numpy >=1.20,<2") << false << QByteArray("numpy") << QByteArray(">=1.20,<2");
        QTest::newRow("channel") << QByteArray("conda-forge::numpy>=1") << false << QByteArray("numpy") << QByteArray(">=1");
        QTest::newRow("channel and subdir") << QByteArray("conda-forge/linux-64::h5py") << false << QByteArray("h5py")
                                            << QByteArray();
        QTest::newRow("brackets") << QByteArray("numpy[version='>=1']") << false << QByteArray("numpy")
                                  << QByteArray("[version='>=1']");
        QTest::newRow("pip pin") << QByteArray("taurusgui-quickgui3==2.1.3") << true << QByteArray("taurusgui-quickgui3")
                                 << QByteArray("==2.1.3");
        QTest::newRow("pip marker") << QByteArray("foo; python_version<'3.8'") << true << QByteArray("foo")
                                    << QByteArray("; python_version<'3.8'");
    }

    void requirements()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, pip);
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, constraint);
        const auto r = splitRequirement(text.toStdString(), pip ? PinKind::Pip : PinKind::Conda);
        QVERIFY(r);
        QCOMPARE(QByteArray::fromStdString(r->first), name);
        QCOMPARE(QByteArray::fromStdString(r->second), constraint);
    }

    void notRequirements()
    {
        QVERIFY(!splitRequirement("--trusted-host repo.maxiv.lu.se", PinKind::Pip));
        QVERIFY(!splitRequirement("-i http://repo.maxiv.lu.se/devpi", PinKind::Pip));
        QVERIFY(!splitRequirement("   ", PinKind::Conda));
    }

private:
    Inventory m_inventory;
};

QTEST_GUILESS_MAIN(TestPins)
#include "tst_pins.moc"
