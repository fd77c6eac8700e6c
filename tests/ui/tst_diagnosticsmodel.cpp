// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/diagnosticsmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using ui::Diagnostic;
using ui::DiagnosticsModel;

class TestDiagnosticsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsProblemsByPlace()
    {
        DiagnosticsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDiagnostics({{Diagnostic::Severity::Warning, 9, 1, 0, QStringLiteral("unknown key 'foo'")},
                              {Diagnostic::Severity::Error, 4, 12, 3, QStringLiteral("invalid operator '<>'")},
                              {Diagnostic::Severity::Conflict, 4, 5, 0, QStringLiteral("part of the conflict")}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, DiagnosticsModel::ColumnColumn).data().toInt(), 5);
        QCOMPARE(model.index(1, DiagnosticsModel::SeverityColumn).data().toString(), QStringLiteral("error"));
        QCOMPARE(model.index(1, DiagnosticsModel::LineColumn).data().toInt(), 4);
        QCOMPARE(model.index(1, DiagnosticsModel::MessageColumn).data().toString(), QStringLiteral("invalid operator '<>'"));
        QCOMPARE(model.index(2, 0).data(DiagnosticsModel::SeverityRole).toInt(), int(Diagnostic::Severity::Warning));
        QCOMPARE(model.index(2, 0).data(DiagnosticsModel::LineRole).toInt(), 9);
        QCOMPARE(model.count(Diagnostic::Severity::Error), 1);
        QCOMPARE(model.count(Diagnostic::Severity::Warning), 1);
        QCOMPARE(model.headerData(DiagnosticsModel::MessageColumn, Qt::Horizontal).toString(), QStringLiteral("Message"));
        model.setDiagnostics({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestDiagnosticsModel)
#include "tst_diagnosticsmodel.moc"
