// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/inventory/pinmatrix.h"

#include <QTest>

using namespace core::inventory;
using core::util::ErrorCode;

namespace {

std::string fixture(const char *relative)
{
    return std::string(DEPLOYDECK_SOURCE_DIR "/tests/data/inventory/") + relative;
}

size_t rowOf(const PinMatrix &m, PinKind kind, const char *scope, const char *package)
{
    for (size_t r = 0; r < m.rows.size(); ++r)
        if (m.rows[r] == PinKey{kind, scope, package})
            return r;
    return SIZE_MAX;
}

size_t columnOf(const PinMatrix &m, const char *host)
{
    for (size_t c = 0; c < m.columns.size(); ++c)
        if (m.columns[c].host == host)
            return c;
    return SIZE_MAX;
}

} // namespace

class TestPinMatrix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        auto inv = loadInventory(fixture("pins/hosts.ini"));
        QVERIFY(inv.ok());
        m_inventory = std::move(*inv);
    }

    void shape()
    {
        auto m = buildPinMatrix(m_inventory, extractAllPins(m_inventory));
        QVERIFY(m.ok());
        QCOMPARE(m->columns.size(), size_t(6));
        QCOMPARE(m->cells.size(), m->rows.size());
        QVERIFY(std::is_sorted(m->rows.begin(), m->rows.end()));
        QCOMPARE(m->referenceGroups[columnOf(*m, "b-ec01")], std::string("beamline"));
        QCOMPARE(m->referenceGroups[columnOf(*m, "cr01")], std::string("controlroom"));
        const size_t sardana = rowOf(*m, PinKind::Conda, "sardana_env", "sardana");
        QVERIFY(sardana != SIZE_MAX);
        QVERIFY(!m->pin(sardana, columnOf(*m, "cr02")));
        QCOMPARE(m->value(sardana, columnOf(*m, "b-ec01")), std::string("=3.1.2"));
    }

    void majorityAndDrift()
    {
        auto m = buildPinMatrix(m_inventory, extractAllPins(m_inventory));
        QVERIFY(m.ok());
        const size_t taurus = rowOf(*m, PinKind::Rpm, "packages_stable", "python-taurus");
        const GroupMajority *beamline = m->majority(taurus, "beamline");
        QVERIFY(beamline);
        // default (b-ec01, b-cc01) beats 4.5.1-7.el7 (b-ec02) and encrypted (b-ec03).
        QCOMPARE(beamline->value, std::string("default"));
        QCOMPARE(beamline->count, 2);
        QCOMPARE(beamline->total, 4);
        QVERIFY(!beamline->tie);
        QVERIFY(!m->cells[taurus][columnOf(*m, "b-ec01")].differsFromGroup);
        QVERIFY(m->cells[taurus][columnOf(*m, "b-ec02")].differsFromGroup);
        QVERIFY(m->cells[taurus][columnOf(*m, "b-ec03")].differsFromGroup);
        QVERIFY(m->hasDifferences(taurus));
        QVERIFY(!m->isUniform(taurus));
        // Absent is a value too: b-ec02's packages_stable has no python-dsconfig.
        const size_t dsconfig = rowOf(*m, PinKind::Rpm, "packages_stable", "python-dsconfig");
        QVERIFY(m->cells[dsconfig][columnOf(*m, "b-ec02")].differsFromGroup);
    }

    void tieHasNoMajority()
    {
        // controlroom: cr02 pins python-taurus in packages_testing, cr01 does not: one each.
        auto m = buildPinMatrix(m_inventory, extractAllPins(m_inventory));
        QVERIFY(m.ok());
        const size_t testing = rowOf(*m, PinKind::Rpm, "packages_testing", "python-taurus");
        const GroupMajority *cr = m->majority(testing, "controlroom");
        QVERIFY(cr);
        QVERIFY(cr->tie);
        QVERIFY(!m->cells[testing][columnOf(*m, "cr01")].differsFromGroup);
        QVERIFY(!m->cells[testing][columnOf(*m, "cr02")].differsFromGroup);
        QVERIFY(!m->hasDifferences(testing));
    }

    void uniformRows()
    {
        auto m = buildPinMatrix(m_inventory, extractAllPins(m_inventory));
        QVERIFY(m.ok());
        QVERIFY(m->isUniform(rowOf(*m, PinKind::Rpm, "packages_stable", "python-fandango")));
    }

    void groupAndHostSelection()
    {
        PinMatrixOptions byGroup;
        byGroup.group = "beamline";
        auto m = buildPinMatrix(m_inventory, extractAllPins(m_inventory), byGroup);
        QVERIFY(m.ok());
        QCOMPARE(m->columns.size(), size_t(4));
        for (const std::string &g : m->referenceGroups)
            QCOMPARE(g, std::string("beamline"));
        PinMatrixOptions hosts;
        hosts.hosts = {"cr01", "b-ec01", "cr01"};
        hosts.group = "all";
        auto h = buildPinMatrix(m_inventory, extractAllPins(m_inventory), hosts);
        QVERIFY(h.ok());
        QCOMPARE(h->columns.size(), size_t(3));
        QCOMPARE(h->columns[2].host, std::string("cr01"));
        QCOMPARE(h->columns[2], h->columns[0]);
    }

    void badSelection()
    {
        PinMatrixOptions host;
        host.hosts = {"nope"};
        auto a = buildPinMatrix(m_inventory, extractAllPins(m_inventory), host);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().code, ErrorCode::InvalidArgument);
        PinMatrixOptions group;
        group.group = "nope";
        auto b = buildPinMatrix(m_inventory, extractAllPins(m_inventory), group);
        QVERIFY(!b.ok());
        QCOMPARE(b.error().code, ErrorCode::InvalidArgument);
    }

    void twoHosts()
    {
        const HostPins left = extractPins(*m_inventory.host("b-ec01"));
        const HostPins right = extractPins(*m_inventory.host("b-ec03"));
        const auto diff = diffPins(left, right);
        QVERIFY(std::is_sorted(diff.begin(), diff.end(),
                               [](const PinDifference &a, const PinDifference &b) { return a.key < b.key; }));
        auto find = [&](PinKind kind, const char *scope, const char *package) {
            return *std::find_if(diff.begin(), diff.end(),
                                 [&](const PinDifference &d) { return d.key == PinKey{kind, scope, package}; });
        };
        const PinDifference python = find(PinKind::Conda, "conda_envs/silx", "python");
        QVERIFY(python.differs);
        QCOMPARE(python.left->value, std::string("=3.9"));
        QCOMPARE(python.right->value, std::string("=3.10"));
        const PinDifference numpy = find(PinKind::Conda, "conda_envs/silx", "numpy");
        QVERIFY(numpy.differs);
        QVERIFY(numpy.left && !numpy.right);
        QVERIFY(!find(PinKind::Conda, "conda_envs/silx", "silx").differs);
        QVERIFY(find(PinKind::Channels, "conda_envs/silx", "channels").differs);
        QVERIFY(find(PinKind::Rpm, "packages_stable", "python-taurus").right->encrypted);
    }

private:
    Inventory m_inventory;
};

QTEST_GUILESS_MAIN(TestPinMatrix)
#include "tst_pinmatrix.moc"
