// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/widgets/elidedtext.h"

#include <QHelpEvent>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QToolTip>

/** Cut texts are cut in the middle and shown whole on hover. */
class TestElidedText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cutInTheMiddleAndShownOnHover()
    {
        const QString build = QStringLiteral("py311h5eee18b_0_cpython_with_a_long_hash_1234567890abcdef_1");
        QStandardItemModel model(2, 1);
        model.setData(model.index(0, 0), build);
        model.setData(model.index(1, 0), QStringLiteral("py311"));
        QTableView view;
        view.setModel(&model);
        view.setColumnWidth(0, 120);
        view.resize(300, 200);
        ui::elideInTheMiddle(&view);
        QCOMPARE(view.textElideMode(), Qt::ElideMiddle);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        const auto hover = [&view](int row) {
            const QPoint at = view.visualRect(view.model()->index(row, 0)).center();
            QHelpEvent event(QEvent::ToolTip, at, view.viewport()->mapToGlobal(at));
            QCoreApplication::sendEvent(view.viewport(), &event);
            return QToolTip::isVisible() ? QToolTip::text() : QString();
        };
        QCOMPARE(hover(0), build);
        QToolTip::hideText();
        // A text that fits gets no tooltip of its own.
        QTRY_VERIFY(!QToolTip::isVisible());
        QCOMPARE(hover(1), QString());
        // The model's own tooltip wins.
        model.setData(model.index(0, 0), QStringLiteral("the model's"), Qt::ToolTipRole);
        QToolTip::hideText();
        QTRY_VERIFY(!QToolTip::isVisible());
        QVERIFY(hover(0) != build);
    }
};

QTEST_MAIN(TestElidedText)
#include "tst_elidedtext.moc"
