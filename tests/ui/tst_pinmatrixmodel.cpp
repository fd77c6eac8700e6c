// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// PinMatrixModel on tests/data/inventory/pins: cells, drift highlighting, group columns, proposals.
#include "core/inventory/pinmatrix.h"
#include "ui/models/pinmatrixmodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using core::inventory::PinKey;
using core::inventory::PinKind;
using ui::PinMatrixModel;

namespace {

core::inventory::PinMatrix loadMatrix(const std::string &group = {})
{
    auto inventory = core::inventory::loadInventory(DEPLOYDECK_SOURCE_DIR "/tests/data/inventory/pins/hosts.ini");
    if (!inventory)
        return {};
    core::inventory::PinMatrixOptions options;
    options.group = group;
    auto matrix = core::inventory::buildPinMatrix(*inventory, core::inventory::extractAllPins(*inventory), options);
    return matrix ? *matrix : core::inventory::PinMatrix {};
}

} // namespace

class TestPinMatrixModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<PinMatrixModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setMatrix(loadMatrix());
        QCOMPARE(m_model->rowCount(), 20);  // the pins of tests/data/inventory/pins, as `deploydeck pins` lists them
    }

    void shape()
    {
        QCOMPARE(m_model->columnCount(), PinMatrixModel::KeyColumnCount + 6);  // six hosts
        QCOMPARE(
            m_model->headerData(PinMatrixModel::PackageColumn, Qt::Horizontal).toString(), QStringLiteral("Package"));
        const int cr02 = m_model->columnOf(QStringLiteral("cr02"));
        QCOMPARE(m_model->hostAt(cr02), QStringLiteral("cr02"));
        QCOMPARE(m_model->headerData(cr02, Qt::Horizontal).toString(), QStringLiteral("cr02"));
        QVERIFY(m_model->headerData(cr02, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("controlroom")));
        QCOMPARE(m_model->columnOf(QStringLiteral("nobody")), -1);
        QCOMPARE(m_model->rowOf(PinKey { PinKind::Rpm, "packages_stable", "nothing" }), -1);
    }

    void cells_data()
    {
        QTest::addColumn<QString>("package");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("differs");
        QTest::addColumn<bool>("editable");
        // rowDiffers: for "Only differences", whether the hosts that pin the package give other values.
        QTest::addColumn<bool>("rowDiffers");
        QTest::newRow("group default") << "python-taurus"
                                       << "b-ec01"
                                       << "default" << false << true << true;
        QTest::newRow("host override drifts") << "python-taurus"
                                              << "b-ec02"
                                              << "4.5.1-7.el7" << true << true << true;
        QTest::newRow("vault value") << "python-taurus"
                                     << "b-ec03"
                                     << "encrypted" << true << false << true;
        // b-ec02 has no python-dsconfig pin: it differs from its group, but where it is pinned it is
        // "default" everywhere, so the row is no difference.
        QTest::newRow("not pinned") << "python-dsconfig"
                                    << "b-ec02"
                                    << "" << true << true << false;
    }

    void cells()
    {
        QFETCH(QString, package);
        QFETCH(QString, host);
        QFETCH(QString, text);
        QFETCH(bool, differs);
        QFETCH(bool, editable);
        QFETCH(bool, rowDiffers);
        const int row = m_model->rowOf(PinKey { PinKind::Rpm, "packages_stable", package.toStdString() });
        const QModelIndex cell = m_model->index(row, m_model->columnOf(host));
        QCOMPARE(cell.data().toString(), text);
        QCOMPARE(cell.data(PinMatrixModel::DiffersRole).toBool(), differs);
        QCOMPARE(cell.data(Qt::BackgroundRole).isValid(), differs);
        QCOMPARE(bool(m_model->flags(cell) & Qt::ItemIsEditable), editable);
        QCOMPARE(cell.data(PinMatrixModel::PackageRole).toString(), package);
        QCOMPARE(cell.data(PinMatrixModel::KindRole).toString(), QStringLiteral("rpm"));
        QCOMPARE(cell.data(PinMatrixModel::RowDiffersRole).toBool(), rowDiffers);
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Group beamline")), qPrintable(tip));
        QCOMPARE(cell.data(PinMatrixModel::SourceRole).toString().isEmpty(), text.isEmpty());
        QVERIFY(!(m_model->flags(m_model->index(row, PinMatrixModel::PackageColumn)) & Qt::ItemIsEditable));
    }

    void listsAreNotEditable()
    {
        const int row = m_model->rowOf(PinKey { PinKind::Channels, "conda_envs/silx", "channels" });
        QVERIFY(row >= 0);
        QVERIFY(
            !(m_model->flags(m_model->index(row, m_model->columnOf(QStringLiteral("b-ec01")))) & Qt::ItemIsEditable));
    }

    void proposals()
    {
        const PinKey key { PinKind::Conda, "conda_envs/silx", "python" };
        const QModelIndex cell = m_model->index(m_model->rowOf(key), m_model->columnOf(QStringLiteral("b-ec01")));
        QCOMPARE(cell.data().toString(), QStringLiteral("=3.9"));
        QSignalSpy edited(m_model.get(), &PinMatrixModel::pinEdited);
        QVERIFY(m_model->setData(cell, QStringLiteral(" =3.10 ")));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.at(0).at(0).value<PinKey>(), key);
        QCOMPARE(edited.at(0).at(1).toString(), QStringLiteral("b-ec01"));
        QCOMPARE(edited.at(0).at(2).toString(), QStringLiteral("=3.10"));
        QCOMPARE(cell.data().toString(), QStringLiteral("=3.10"));
        QVERIFY(cell.data(PinMatrixModel::EditedRole).toBool());
        QVERIFY(cell.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("not saved")));
        QVERIFY(!m_model->setData(cell, QStringLiteral("=3.10"))); // nothing new
        QVERIFY(m_model->setData(cell, QStringLiteral("=3.9"))); // back to the file's value
        QVERIFY(!cell.data(PinMatrixModel::EditedRole).toBool());
        QVERIFY(!m_model->setData(cell, QStringLiteral("x"), Qt::DisplayRole));
        m_model->setData(cell, QStringLiteral("=3.11"));
        m_model->setMatrix(loadMatrix()); // a new matrix drops the proposals
        QVERIFY(!m_model->index(cell.row(), cell.column()).data(PinMatrixModel::EditedRole).toBool());
    }

    void groupColumns()
    {
        m_model->setColumnMode(PinMatrixModel::ColumnMode::Groups);
        QCOMPARE(m_model->columnCount(), PinMatrixModel::KeyColumnCount + 2);
        QCOMPARE(m_model->headerData(3, Qt::Horizontal).toString(), QStringLiteral("beamline"));
        QCOMPARE(m_model->headerData(4, Qt::Horizontal).toString(), QStringLiteral("controlroom"));
        QCOMPARE(m_model->hostAt(3), QString());
        const int taurus = m_model->rowOf(PinKey { PinKind::Rpm, "packages_stable", "python-taurus" });
        const QModelIndex beamline = m_model->index(taurus, 3);
        QCOMPARE(beamline.data().toString(), QStringLiteral("default"));
        QVERIFY(beamline.data(PinMatrixModel::DiffersRole).toBool());
        QVERIFY(beamline.data(Qt::ToolTipRole).toString().contains(QStringLiteral("b-ec02")));
        QVERIFY(!(m_model->flags(beamline) & Qt::ItemIsEditable));
        m_model->setColumnMode(PinMatrixModel::ColumnMode::Hosts);
        QCOMPARE(m_model->columnCount(), PinMatrixModel::KeyColumnCount + 6);
    }

    void oneGroup()
    {
        m_model->setMatrix(loadMatrix("controlroom"));
        QCOMPARE(m_model->columnCount(), PinMatrixModel::KeyColumnCount + 2);
        m_model->setMatrix({});
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->columnCount(), PinMatrixModel::KeyColumnCount);
    }

private:
    std::unique_ptr<PinMatrixModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestPinMatrixModel)
#include "tst_pinmatrixmodel.moc"
