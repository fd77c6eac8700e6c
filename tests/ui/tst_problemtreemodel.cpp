// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/problemtreemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using core::solve::ProblemTree;
using ui::ProblemTreeModel;

class TestProblemTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTheTree()
    {
        ProblemTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ProblemTree tree;
        ProblemTree::Entry python{"python=2.7", "python", {"2.7.18"}, ProblemTree::Status::Requested, {}, {}};
        ProblemTree::Entry conflict{"python >=3.9", "python", {"3.10.1", "3.9.18"}, ProblemTree::Status::Conflicting,
                                    "python 2.7.18", {}};
        ProblemTree::Entry sardana{"sardana", "sardana", {"3.4.0", "3.3.0"}, ProblemTree::Status::Requested, {}, {conflict}};
        ProblemTree::Entry missing{"sardna", "", {}, ProblemTree::Status::Missing, {}, {}};
        tree.roots = {python, sardana, missing};
        model.setTree(tree);

        QCOMPARE(model.rowCount(), 3);
        const QModelIndex s = model.index(1, ProblemTreeModel::RequirementColumn);
        QCOMPARE(s.data().toString(), QStringLiteral("sardana"));
        QCOMPARE(model.index(1, ProblemTreeModel::PackageColumn).data().toString(), QStringLiteral("sardana 3.4.0|3.3.0"));
        QCOMPARE(model.rowCount(s), 1);
        const QModelIndex c = model.index(0, ProblemTreeModel::StatusColumn, s);
        QCOMPARE(c.data().toString(), QStringLiteral("conflicts with python 2.7.18"));
        QCOMPARE(c.data(ProblemTreeModel::StatusRole).toInt(), int(ProblemTree::Status::Conflicting));
        QCOMPARE(model.parent(c), s.siblingAtColumn(0));
        QVERIFY(model.index(2, ProblemTreeModel::StatusColumn).data().toString().startsWith(QLatin1String("does not exist")));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestProblemTreeModel)
#include "tst_problemtreemodel.moc"
