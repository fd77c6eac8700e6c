// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/widgets/logview.h"

#include "tests/core/jobs/fakejob.h"
#include "ui/models/joblogmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTest>
#include <QToolButton>

using ui::JobLogModel;
using ui::LogView;

namespace {

QStringList numberedLines(int count)
{
    QStringList lines;
    for (int i = 0; i < count; ++i)
        lines << QStringLiteral("task %1: ok").arg(i);
    return lines;
}

} // namespace

class TestLogView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsForwardsAndBackwards_data()
    {
        QTest::addColumn<bool>("logModel");  // JobLogModel's fast path, or any list model
        QTest::newRow("job log model") << true;
        QTest::newRow("other model") << false;
    }

    void findsForwardsAndBackwards()
    {
        QFETCH(bool, logModel);
        JobLogModel jobLog;
        QStringListModel plain;
        QStringList lines = numberedLines(1000);
        lines[10] = QStringLiteral("fatal: [alpha]: FAILED!");
        lines[700] = QStringLiteral("fatal: [beta]: UNREACHABLE!");
        jobLog.setLines(lines);
        plain.setStringList(lines);
        LogView view;
        view.setModel(logModel ? static_cast<QAbstractItemModel *>(&jobLog) : &plain);
        QVERIFY(view.isFollowingTail());

        QVERIFY(view.find(QStringLiteral("FATAL")));  // case-insensitive
        QCOMPARE(view.listView()->currentIndex().row(), 10);
        QVERIFY(!view.isFollowingTail());  // a match stays in view
        QVERIFY(view.find(QStringLiteral("fatal")));
        QCOMPARE(view.listView()->currentIndex().row(), 700);
        QVERIFY(view.find(QStringLiteral("fatal")));  // wraps round
        QCOMPARE(view.listView()->currentIndex().row(), 10);
        QVERIFY(view.find(QStringLiteral("fatal"), true));
        QCOMPARE(view.listView()->currentIndex().row(), 700);
        QVERIFY(!view.find(QStringLiteral("no such text")));
        QCOMPARE(view.listView()->currentIndex().row(), 700);
    }

    void searchFieldSearchesAsYouType()
    {
        JobLogModel model;
        model.setLines(numberedLines(300));
        LogView view;
        view.setModel(&model);
        auto *search = view.findChild<QLineEdit *>(QStringLiteral("logSearch"));
        QTest::keyClicks(search, QStringLiteral("task 25"));
        QCOMPARE(view.listView()->currentIndex().row(), 25);
        QTest::keyClick(search, Qt::Key_Return);  // next: task 250
        QCOMPARE(view.listView()->currentIndex().row(), 250);
        QTest::keyClicks(search, QStringLiteral("x"));
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("searchStatus"))->text(), QStringLiteral("Not found"));
    }

    void followsTheTailUntilTheUserScrollsUp()
    {
        tests::FakeJob job(QStringLiteral("sync"));
        JobLogModel model;
        model.setJob(&job);
        LogView view;
        view.setModel(&model);
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QScrollBar *bar = view.listView()->verticalScrollBar();
        for (const QString &line : numberedLines(2000))
            job.log(line);
        model.flush();
        QTRY_VERIFY(bar->maximum() > 0);
        QTRY_COMPARE(bar->value(), bar->maximum());
        const QModelIndex last = model.index(model.rowCount() - 1, 0);
        QTRY_VERIFY(view.listView()->viewport()->rect().contains(view.listView()->visualRect(last).center()));

        // The user scrolls up: following stops, new lines do not move the view.
        QSignalSpy followChanged(&view, &LogView::followTailChanged);
        bar->triggerAction(QAbstractSlider::SliderPageStepSub);
        QVERIFY(!view.isFollowingTail());
        QCOMPARE(followChanged.count(), 1);
        const int position = bar->value();
        const int maximum = bar->maximum();
        job.log(QStringLiteral("one more"));
        model.flush();
        QTRY_VERIFY(bar->maximum() > maximum);  // the view has laid out the new line
        QCOMPARE(bar->value(), position);

        // Back at the bottom, or with the button, it follows again.
        view.findChild<QToolButton *>(QStringLiteral("followTail"))->click();
        QVERIFY(view.isFollowingTail());
        job.log(QStringLiteral("and another"));
        model.flush();
        QTRY_COMPARE(bar->value(), bar->maximum());
        const QModelIndex newest = model.index(model.rowCount() - 1, 0);
        QCOMPARE(newest.data().toString(), QStringLiteral("and another"));
        QTRY_VERIFY(view.listView()->viewport()->rect().contains(view.listView()->visualRect(newest).center()));
    }

    void copiesSelectedLinesInOrder()
    {
        JobLogModel model;
        model.setLines(numberedLines(20));
        LogView view;
        view.setModel(&model);
        QItemSelectionModel *selection = view.listView()->selectionModel();
        selection->select(model.index(7, 0), QItemSelectionModel::Select);
        selection->select(model.index(3, 0), QItemSelectionModel::Select);
        QCOMPARE(view.selectedText(), QStringLiteral("task 3: ok\ntask 7: ok"));
        view.copySelection();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("task 3: ok\ntask 7: ok"));

        selection->clear();
        view.findChild<QToolButton *>(QStringLiteral("copyLog"))->click();  // nothing selected: everything
        QCOMPARE(QApplication::clipboard()->text(), numberedLines(20).join(QLatin1Char('\n')));
    }
};

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
