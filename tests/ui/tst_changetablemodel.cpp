// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/changetablemodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTest>

using core::lock::ChangeKind;
using ui::ChangeTableModel;

namespace {

core::spec::PackageRecord record(const std::string &name, const std::string &version, const std::string &build = "0")
{
    core::spec::PackageRecord r;
    r.name = name;
    r.version = version;
    r.build = build;
    return r;
}

/** Before and after an edit that moves python from 3.9 to 3.10. */
core::lock::ChangeSet pythonChanges()
{
    const std::vector<core::spec::PackageRecord> before = {record("python", "3.9.18"), record("numpy", "1.26.4", "py39_0"),
                                                           record("openssl", "3.2.0"), record("tzdata", "2023c"),
                                                           record("libffi", "3.4.2")};
    const std::vector<core::spec::PackageRecord> after = {record("python", "3.10.13"), record("numpy", "1.26.4", "py310_0"),
                                                          record("openssl", "3.1.4"), record("xz", "5.2.6"),
                                                          record("libffi", "3.4.2")};
    return core::lock::compareRecords(before, after);
}

int rowOf(const ChangeTableModel &model, const QString &name)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, ChangeTableModel::NameColumn).data().toString() == name)
            return r;
    return -1;
}

} // namespace

class TestChangeTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsEachKind_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("kindText");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::newRow("upgraded") << "python" << int(ChangeKind::Upgraded) << "upgraded" << "3.9.18 0" << "3.10.13 0";
        QTest::newRow("downgraded") << "openssl" << int(ChangeKind::Downgraded) << "downgraded" << "3.2.0 0" << "3.1.4 0";
        QTest::newRow("rebuilt") << "numpy" << int(ChangeKind::Rebuilt) << "rebuilt" << "1.26.4 py39_0" << "1.26.4 py310_0";
        QTest::newRow("installed") << "xz" << int(ChangeKind::Installed) << "installed" << "" << "5.2.6 0";
        QTest::newRow("removed") << "tzdata" << int(ChangeKind::Removed) << "removed" << "2023c 0" << "";
    }
    void showsEachKind()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        QFETCH(QString, kindText);
        QFETCH(QString, before);
        QFETCH(QString, after);
        ChangeTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChanges(pythonChanges());
        const int row = rowOf(model, name);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, 0).data(ChangeTableModel::KindRole).toInt(), kind);
        QCOMPARE(model.index(row, ChangeTableModel::KindColumn).data().toString(), kindText);
        QCOMPARE(model.index(row, ChangeTableModel::BeforeColumn).data().toString(), before);
        QCOMPARE(model.index(row, ChangeTableModel::AfterColumn).data().toString(), after);
        // Coloured by kind: the text of the kind column and a tint behind the row.
        QCOMPARE(model.index(row, ChangeTableModel::KindColumn).data(Qt::ForegroundRole).value<QColor>(),
                 ChangeTableModel::kindColor(ChangeKind(kind)));
        QVERIFY(model.index(row, ChangeTableModel::NameColumn).data(Qt::BackgroundRole).value<QColor>().isValid());
    }

    void countsAndSummary()
    {
        ChangeTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.summary(), QStringLiteral("no changes"));
        model.setChanges(pythonChanges());
        QCOMPARE(model.rowCount(), 5);  // libffi is unchanged
        QCOMPARE(model.counts().upgraded, std::size_t(1));
        QCOMPARE(model.counts().unchanged, std::size_t(1));
        QCOMPARE(model.summary(), QStringLiteral("1 installed, 1 removed, 1 upgraded, 1 downgraded, 1 rebuilt"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void kindsHaveDistinctColours()
    {
        QSet<QRgb> colours;
        for (auto kind : {ChangeKind::Installed, ChangeKind::Removed, ChangeKind::Upgraded, ChangeKind::Downgraded,
                          ChangeKind::Rebuilt})
            colours.insert(ChangeTableModel::kindColor(kind).rgb());
        QCOMPARE(colours.size(), 5);
    }
};

QTEST_MAIN(TestChangeTableModel)
#include "tst_changetablemodel.moc"
