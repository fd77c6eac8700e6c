// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// PinMatrixFilterModel over a PinMatrixModel of tests/data/inventory/pins: name filter, only differences.
#include "core/inventory/pinmatrix.h"
#include "ui/models/pinmatrixfiltermodel.h"
#include "ui/models/pinmatrixmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using ui::PinMatrixFilterModel;
using ui::PinMatrixModel;

class TestPinMatrixFilterModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        auto inventory = core::inventory::loadInventory(DEPLOYDECK_SOURCE_DIR "/tests/data/inventory/pins/hosts.ini");
        QVERIFY(inventory.ok());
        auto matrix = core::inventory::buildPinMatrix(*inventory, core::inventory::extractAllPins(*inventory));
        QVERIFY(matrix.ok());
        m_source.setMatrix(*matrix);
        m_filter.setSourceModel(&m_source);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            &m_filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("onlyDifferences");
        QTest::addColumn<QStringList>("packages"); // empty: compare counts only
        QTest::newRow("substring, any case")
            << "TAURUS" << false
            << QStringList { QStringLiteral("python-taurus"), QStringLiteral("python-taurus"),
                   QStringLiteral("python-taurus"), QStringLiteral("taurusgui-scangui3") };
        QTest::newRow("no such package") << "nothing" << false << QStringList {};
        // The control room has no silx environment; where there is one, silx is the same: no difference
        // ("not defined for this host" is not one).
        QTest::newRow("silx is the same where it is defined") << "silx" << true << QStringList {};
        // python-taurus (default / 4.5.1-7.el7 / encrypted) and python in the silx environment (3.9 / 3.10)
        // and in sardana_env (3.9 / 3.8) differ; python-dsconfig, missing on b-ec02 only, does not.
        QTest::newRow("values that differ")
            << "python" << true
            << QStringList { QStringLiteral("python-taurus"), QStringLiteral("python"), QStringLiteral("python") };
        QTest::newRow("fandango is the same everywhere") << "fandango" << true << QStringList {};
    }

    void filters()
    {
        QFETCH(QString, name);
        QFETCH(bool, onlyDifferences);
        QFETCH(QStringList, packages);
        m_filter.setNameFilter(name);
        m_filter.setOnlyDifferences(onlyDifferences);
        QCOMPARE(m_filter.nameFilter(), name);
        QCOMPARE(m_filter.onlyDifferences(), onlyDifferences);
        QStringList shown;
        for (int r = 0; r < m_filter.rowCount(); ++r) {
            shown << m_filter.index(r, PinMatrixModel::PackageColumn).data().toString();
            if (onlyDifferences)
                QVERIFY(m_filter.index(r, 0).data(PinMatrixModel::RowDiffersRole).toBool());
        }
        QCOMPARE(shown, packages);
    }

    void onlyDifferencesHidesUniformRows()
    {
        m_filter.setNameFilter(QString());
        m_filter.setOnlyDifferences(false);
        const int all = m_filter.rowCount();
        QCOMPARE(all, m_source.rowCount());
        m_filter.setOnlyDifferences(true);
        int differing = 0;
        for (int r = 0; r < m_source.rowCount(); ++r)
            differing += m_source.index(r, 0).data(PinMatrixModel::RowDiffersRole).toBool() ? 1 : 0;
        QCOMPARE(m_filter.rowCount(), differing);
        QVERIFY(differing < all);
    }

    void sortsBySortRole()
    {
        m_filter.setOnlyDifferences(false);
        m_filter.setNameFilter(QStringLiteral("python"));
        m_filter.sort(PinMatrixModel::PackageColumn, Qt::DescendingOrder);
        QVERIFY(m_filter.index(0, PinMatrixModel::PackageColumn).data().toString()
            >= m_filter.index(m_filter.rowCount() - 1, PinMatrixModel::PackageColumn).data().toString());
    }

private:
    PinMatrixModel m_source;
    PinMatrixFilterModel m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestPinMatrixFilterModel)
#include "tst_pinmatrixfiltermodel.moc"
