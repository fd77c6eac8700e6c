// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/widgets/diffview.h"

#include "ui/models/statuscolors.h"
#include "ui/widgets/textdiff.h"

#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>

using ui::DiffView;
using ui::TextDiff;

namespace {

QString numbered(int from, int to)
{
    QString text;
    for (int i = from; i <= to; ++i)
        text += QStringLiteral("line %1\n").arg(i);
    return text;
}

QColor blockBackground(const DiffView &view, const char *pane, int block)
{
    const auto *edit = view.findChild<QPlainTextEdit *>(QString::fromLatin1(pane));
    return edit->document()->findBlockByNumber(block).blockFormat().background().color();
}

} // namespace

class TestDiffView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unified_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one line changed") << QStringLiteral("host=alpha\nversion=1\n") << QStringLiteral("host=alpha\nversion=2\n")
                                          << QStringLiteral("--- a\n+++ b\n@@ -1,2 +1,2 @@\n host=alpha\n-version=1\n+version=2\n");
        QTest::newRow("new file") << QString() << QStringLiteral("TANGO_HOST=cs:10000\n")
                                  << QStringLiteral("--- a\n+++ b\n@@ -0,0 +1 @@\n+TANGO_HOST=cs:10000\n");
        QTest::newRow("deleted file") << QStringLiteral("x\ny\n") << QString() << QStringLiteral("--- a\n+++ b\n@@ -1,2 +0,0 @@\n-x\n-y\n");
        QTest::newRow("line added in the middle") << QStringLiteral("a\nb\nd\n") << QStringLiteral("a\nb\nc\nd\n")
                                                  << QStringLiteral("--- a\n+++ b\n@@ -1,3 +1,4 @@\n a\n b\n+c\n d\n");
        QTest::newRow("missing final newline")
            << QStringLiteral("a\nb") << QStringLiteral("a\nb\n")
            << QStringLiteral("--- a\n+++ b\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n");
        QTest::newRow("identical") << QStringLiteral("same\n") << QStringLiteral("same\n") << QStringLiteral("--- a\n+++ b\n");
        QTest::newRow("far apart changes make two hunks")
            << numbered(1, 20) << QString(numbered(1, 20)).replace(QStringLiteral("line 2\n"), QStringLiteral("LINE 2\n")).replace(QStringLiteral("line 19\n"), QString())
            << QStringLiteral("--- a\n+++ b\n@@ -1,5 +1,5 @@\n line 1\n-line 2\n+LINE 2\n line 3\n line 4\n line 5\n"
                              "@@ -16,5 +16,4 @@\n line 16\n line 17\n line 18\n-line 19\n line 20\n");
        QTest::newRow("close changes share a hunk")
            << numbered(1, 12) << QString(numbered(1, 12)).replace(QStringLiteral("line 3\n"), QString()).replace(QStringLiteral("line 8\n"), QStringLiteral("eight\n"))
            << QStringLiteral("--- a\n+++ b\n@@ -1,11 +1,10 @@\n line 1\n line 2\n-line 3\n line 4\n line 5\n line 6\n line 7\n"
                              "-line 8\n+eight\n line 9\n line 10\n line 11\n");
    }

    void unified()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        QCOMPARE(TextDiff::compute(before, after).unified(QStringLiteral("a"), QStringLiteral("b")), expected);

        DiffView view;
        view.setTexts(before, after, QStringLiteral("a"), QStringLiteral("b"));
        QCOMPARE(view.mode(), DiffView::Mode::Unified);
        QCOMPARE(view.unifiedText() + QLatin1Char('\n'), expected);
    }

    void sideBySide()
    {
        DiffView view;
        view.setTexts(QStringLiteral("keep\nold 1\nold 2\nend\n"), QStringLiteral("keep\nnew 1\nend\nextra\n"));
        view.setMode(DiffView::Mode::SideBySide);
        QVERIFY(view.findChild<QToolButton *>(QStringLiteral("sideBySideButton"))->isChecked());
        // Rows line up: the replaced pair, a filler where one side has nothing.
        QCOMPARE(view.beforeText(), QStringLiteral("keep\nold 1\nold 2\nend\n"));
        QCOMPARE(view.afterText(), QStringLiteral("keep\nnew 1\n\nend\nextra"));
        QCOMPARE(view.addedCount(), 2);
        QCOMPARE(view.removedCount(), 2);

        const QPalette palette = view.palette();
        QCOMPARE(blockBackground(view, "beforePane", 1), ui::statuscolors::removed(palette));
        QCOMPARE(blockBackground(view, "afterPane", 1), ui::statuscolors::added(palette));
        QCOMPARE(blockBackground(view, "afterPane", 2), ui::statuscolors::filler(palette));
        QCOMPARE(blockBackground(view, "beforePane", 4), ui::statuscolors::filler(palette));
        QCOMPARE(view.findChild<QPlainTextEdit *>(QStringLiteral("beforePane"))->document()->findBlockByNumber(0).blockFormat().hasProperty(QTextFormat::BackgroundBrush), false);
    }

    void unifiedLinesAreColoured()
    {
        DiffView view;
        view.setTexts(QStringLiteral("a\nb\n"), QStringLiteral("a\nc\n"));
        // --- / +++ / @@ / " a" / "-b" / "+c"
        const QPalette palette = view.palette();
        QCOMPARE(blockBackground(view, "unifiedPane", 4), ui::statuscolors::removed(palette));
        QCOMPARE(blockBackground(view, "unifiedPane", 5), ui::statuscolors::added(palette));
    }

    void coloursFollowTheTheme_data()
    {
        QTest::addColumn<QColor>("base");
        QTest::addColumn<QColor>("text");
        QTest::newRow("light") << QColor(Qt::white) << QColor(Qt::black);
        QTest::newRow("dark") << QColor(30, 30, 30) << QColor(230, 230, 230);
    }

    void coloursFollowTheTheme()
    {
        QFETCH(QColor, base);
        QFETCH(QColor, text);
        QPalette palette;
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::Text, text);
        // A tint stays on the base's side of the scale, so the theme's text keeps its contrast.
        for (const QColor &tint : {ui::statuscolors::added(palette), ui::statuscolors::removed(palette),
                                   ui::statuscolors::taskStatus(palette, core::jobs::TaskStatus::Failed)}) {
            QVERIFY2(std::abs(tint.lightness() - text.lightness()) > 110, qPrintable(tint.name()));
            QCOMPARE(tint.lightness() > 128, base.lightness() > 128);
        }
        QVERIFY(ui::statuscolors::added(palette) != ui::statuscolors::removed(palette));
    }

    void preparedDiffAndMessages()
    {
        DiffView view;
        view.setMode(DiffView::Mode::SideBySide);
        core::jobs::FileDiff prepared;
        prepared.prepared = QStringLiteral("--- old\n+++ new\n@@ -1 +1 @@\n-x\n+y\n");
        view.setFileDiff(prepared);
        QVERIFY(!view.hasTexts());
        QCOMPARE(view.unifiedText(), QStringLiteral("--- old\n+++ new\n@@ -1 +1 @@\n-x\n+y"));
        QVERIFY(!view.findChild<QToolButton *>(QStringLiteral("sideBySideButton"))->isEnabled());
        QCOMPARE(blockBackground(view, "unifiedPane", 3), ui::statuscolors::removed(view.palette()));

        core::jobs::FileDiff binary;
        binary.skippedReason = QStringLiteral("dst_binary");
        view.setFileDiff(binary);
        QVERIFY(view.unifiedText().contains(QLatin1String("dst_binary")));

        core::jobs::FileDiff texts;
        texts.before = QStringLiteral("1\n");
        texts.after = QStringLiteral("2\n");
        texts.beforeHeader = QStringLiteral("/etc/x.conf");
        texts.afterHeader = QStringLiteral("/etc/x.conf");
        view.setFileDiff(texts);
        QVERIFY(view.hasTexts());
        QCOMPARE(view.beforeText(), QStringLiteral("1"));
        QCOMPARE(view.afterText(), QStringLiteral("2"));
        QVERIFY(view.unifiedText().startsWith(QLatin1String("--- /etc/x.conf\n+++ /etc/x.conf\n")));
    }

    void largeInputsStayCorrect()
    {
        // Every other line replaced: far beyond the edit distance that is aligned line by line.
        QString before;
        QString after;
        for (int i = 0; i < 6000; ++i) {
            before += QStringLiteral("row %1\n").arg(i);
            after += i % 2 ? QStringLiteral("changed %1\n").arg(i) : QStringLiteral("row %1\n").arg(i);
        }
        const TextDiff diff = TextDiff::compute(before, after);
        int beforeLines = 0;
        int afterLines = 0;
        for (const ui::DiffLine &line : diff.lines()) {
            beforeLines += line.kind != ui::DiffLine::Kind::Added;
            afterLines += line.kind != ui::DiffLine::Kind::Removed;
        }
        QCOMPARE(beforeLines, 6000);
        QCOMPARE(afterLines, 6000);
        QVERIFY(diff.addedCount() >= 3000);
        QCOMPARE(diff.addedCount(), diff.removedCount());
    }
};

QTEST_MAIN(TestDiffView)
#include "tst_diffview.moc"
