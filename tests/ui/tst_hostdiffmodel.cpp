// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// HostDiffModel on tests/data/inventory/pins: two hosts side by side, colours, source tooltips.
#include "core/inventory/pinmatrix.h"
#include "ui/models/hostdiffmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <memory>

using ui::HostDiffModel;

namespace {

const QString s_root = QStringLiteral(DEPLOYDECK_SOURCE_DIR "/tests/data/inventory/pins");

} // namespace

class TestHostDiffModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        auto inventory = core::inventory::loadInventory(QString(s_root + QStringLiteral("/hosts.ini")).toStdString());
        QVERIFY(inventory.ok());
        m_inventory = std::make_shared<core::inventory::Inventory>(std::move(*inventory));
        m_pins = core::inventory::extractAllPins(*m_inventory);
    }

    void init()
    {
        m_model = std::make_unique<HostDiffModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void compares_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("package");
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<bool>("differs");
        QTest::addColumn<QString>("rightSource"); // the start of the right value's file:line
        QTest::newRow("host override") << "packages_stable"
                                       << "python-taurus"
                                       << "default"
                                       << "4.5.1-7.el7" << true << "host_vars/b-ec02.yml:";
        QTest::newRow("same value from different files") << "packages_stable"
                                                         << "python-fandango"
                                                         << "10.9"
                                                         << "10.9" << false << "host_vars/b-ec02.yml:";
        QTest::newRow("only the left host") << "packages_stable"
                                            << "python-dsconfig"
                                            << "default"
                                            << "" << true << "";
        QTest::newRow("only the right host") << "versions"
                                             << "python-taurus"
                                             << ""
                                             << "4.5.1-7.el7" << true << "host_vars/b-ec02.yml:";
        QTest::newRow("environment pin") << "conda_envs/silx"
                                         << "silx"
                                         << "=0.15.1"
                                         << "=0.15.1" << false << "group_vars/beamline.yml:";
    }

    void compares()
    {
        QFETCH(QString, scope);
        QFETCH(QString, package);
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(bool, differs);
        QFETCH(QString, rightSource);
        m_model->setHosts(m_inventory, m_pins[0], m_pins[1], s_root); // b-ec01, b-ec02
        QCOMPARE(m_model->leftHost(), QStringLiteral("b-ec01"));
        QCOMPARE(m_model->headerData(HostDiffModel::RightColumn, Qt::Horizontal).toString(), QStringLiteral("b-ec02"));
        int row = -1;
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (m_model->index(r, HostDiffModel::ScopeColumn).data().toString() == scope
                && m_model->index(r, HostDiffModel::PackageColumn).data().toString() == package)
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(m_model->index(row, HostDiffModel::LeftColumn).data().toString(), left);
        QCOMPARE(m_model->index(row, HostDiffModel::RightColumn).data().toString(), right);
        QCOMPARE(m_model->index(row, HostDiffModel::KindColumn).data(HostDiffModel::DiffersRole).toBool(), differs);
        QCOMPARE(m_model->index(row, HostDiffModel::LeftColumn).data(Qt::BackgroundRole).isValid(), differs);
        QCOMPARE(m_model->index(row, HostDiffModel::RightColumn).data(Qt::BackgroundRole).isValid(), differs);
        const QModelIndex r = m_model->index(row, HostDiffModel::RightColumn);
        const QString source = r.data(HostDiffModel::SourceRole).toString();
        QVERIFY2(rightSource.isEmpty() ? source.isEmpty() : source.startsWith(rightSource), qPrintable(source));
        const QString tip = r.data(Qt::ToolTipRole).toString();
        if (right.isEmpty()) {
            QVERIFY(tip.contains(QStringLiteral("does not pin")));
        } else {
            QVERIFY2(tip.contains(QStringLiteral("Written at ") + rightSource), qPrintable(tip));
            QVERIFY(tip.contains(QStringLiteral("effective")));
        }
    }

    void tooltipListsTheVariableHistory()
    {
        m_model->setHosts(m_inventory, m_pins[0], m_pins[1], s_root);
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->index(r, HostDiffModel::PackageColumn).data().toString() != QStringLiteral("python-taurus")
                || m_model->index(r, HostDiffModel::ScopeColumn).data().toString() != QStringLiteral("packages_stable"))
                continue;
            // b-ec02's packages_stable: all's group_vars, then its own host_vars, which wins.
            const QString tip = m_model->index(r, HostDiffModel::RightColumn).data(Qt::ToolTipRole).toString();
            const auto all = tip.indexOf(QStringLiteral("group_vars/all.yml:"));
            const auto own = tip.indexOf(
                QStringLiteral("host_vars/b-ec02.yml:"), tip.indexOf(QStringLiteral("lowest precedence")));
            QVERIFY2(all > 0 && own > all, qPrintable(tip));
            QVERIFY(tip.endsWith(QStringLiteral("effective")));
            QVERIFY(!tip.contains(s_root)); // shown relative to the root
            return;
        }
        QFAIL("no python-taurus row");
    }

    void countsAndClear()
    {
        m_model->setHosts(m_inventory, m_pins[0], m_pins[0]);
        QCOMPARE(m_model->differenceCount(), 0);
        QVERIFY(m_model->rowCount() > 0);
        m_model->setHosts(m_inventory, m_pins[0], m_pins[1]);
        int differing = 0;
        for (int r = 0; r < m_model->rowCount(); ++r)
            differing += m_model->index(r, 0).data(HostDiffModel::DiffersRole).toBool() ? 1 : 0;
        QCOMPARE(m_model->differenceCount(), differing);
        QVERIFY(differing > 0);
        // Without a root, file names stay absolute.
        QVERIFY(m_model->index(0, HostDiffModel::LeftColumn)
                    .data(HostDiffModel::SourceRole)
                    .toString()
                    .startsWith(QLatin1Char('/')));
        m_model->clear();
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->headerData(HostDiffModel::LeftColumn, Qt::Horizontal).toString(), QStringLiteral("Left"));
    }

private:
    std::shared_ptr<core::inventory::Inventory> m_inventory;
    std::vector<core::inventory::HostPins> m_pins;
    std::unique_ptr<HostDiffModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestHostDiffModel)
#include "tst_hostdiffmodel.moc"
