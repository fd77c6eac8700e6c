// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/widgets/codeeditor.h"
#include "ui/widgets/findbar.h"

#include <QLineEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>

using ui::CodeEditor;
using ui::Diagnostic;

namespace {

const QString s_text = QStringLiteral("name: demo\n"
                                      "dependencies:\n"
                                      "  - python=3.9\n"
                                      "  - numpy <>1\n"
                                      "  - h5py\n");

} // namespace

class TestCodeEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void returnFollowsYamlIndentation_data()
    {
        QTest::addColumn<QString>("text"); // "|" marks the cursor
        QTest::addColumn<QString>("after"); // the text after Return, "|" the cursor
        QTest::addColumn<bool>("autoIndent");
        QTest::newRow("after a key") << QStringLiteral("dependencies:|") << QStringLiteral("dependencies:\n  |")
                                     << true;
        QTest::newRow("list continues") << QStringLiteral("d:\n  - python|") << QStringLiteral("d:\n  - python\n  - |")
                                        << true;
        QTest::newRow("empty item ends the list")
            << QStringLiteral("d:\n  - a\n  - |") << QStringLiteral("d:\n  - a\n|") << true;
        QTest::newRow("inside an item") << QStringLiteral("  - num|py") << QStringLiteral("  - num\n    |py") << true;
        QTest::newRow("plain indented line")
            << QStringLiteral("    text|") << QStringLiteral("    text\n    |") << true;
        QTest::newRow("at the line start") << QStringLiteral("  |- a") << QStringLiteral("  \n|- a") << true;
        QTest::newRow("off") << QStringLiteral("d:\n  - python|") << QStringLiteral("d:\n  - python\n|") << false;
    }

    void returnFollowsYamlIndentation()
    {
        QFETCH(QString, text);
        QFETCH(QString, after);
        QFETCH(bool, autoIndent);
        ui::CodeEditor editor;
        editor.setAutoIndent(autoIndent);
        editor.setPlainText(QString(text).remove(QLatin1Char('|')));
        QTextCursor cursor(editor.document());
        cursor.setPosition(int(text.indexOf(QLatin1Char('|'))));
        editor.setTextCursor(cursor);
        QTest::keyClick(&editor, Qt::Key_Return);
        QString shown = editor.toPlainText();
        shown.insert(editor.textCursor().position(), QLatin1Char('|'));
        QCOMPARE(shown, after);
        // One undo step takes it back.
        editor.undo();
        QCOMPARE(editor.toPlainText(), QString(text).remove(QLatin1Char('|')));
    }

    void underlines_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("underlined");
        QTest::newRow("with a length") << 4 << 11 << 3 << "<>1";
        QTest::newRow("to the end of the word") << 3 << 5 << 0 << "python=3.9";
        QTest::newRow("past the end of the line") << 5 << 40 << 0 << "y";
        QTest::newRow("length beyond the line") << 5 << 5 << 99 << "h5py";
        QTest::newRow("empty word: the character before") << 2 << 14 << 0 << ":";
    }
    void underlines()
    {
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(int, length);
        QFETCH(QString, underlined);
        CodeEditor editor;
        editor.setPlainText(s_text);
        const Diagnostic d{Diagnostic::Severity::Error, line, column, length, QStringLiteral("why")};
        editor.setDiagnostics({d});
        QCOMPARE(editor.underlinedText(d), underlined);
        QCOMPARE(editor.extraSelections().size(), 1);
        QCOMPARE(editor.extraSelections().front().format.underlineStyle(), QTextCharFormat::WaveUnderline);
        QCOMPARE(editor.extraSelections().front().format.toolTip(), QStringLiteral("why"));
    }

    void findsTheDiagnosticUnderTheMouse()
    {
        CodeEditor editor;
        editor.setPlainText(s_text);
        const Diagnostic spec{Diagnostic::Severity::Error, 4, 11, 3, QStringLiteral("invalid operator '<>'")};
        const Diagnostic conflict{Diagnostic::Severity::Conflict, 4, 5, 10, QStringLiteral("part of the conflict")};
        const Diagnostic warning{Diagnostic::Severity::Warning, 1, 1, 4, QStringLiteral("unknown key")};
        editor.setDiagnostics({warning, conflict, spec});
        QCOMPARE(editor.diagnostics().size(), std::size_t(3));
        QCOMPARE(editor.diagnosticAt(4, 11)->message, spec.message);      // the error wins where they overlap
        QCOMPARE(editor.diagnosticAt(4, 6)->message, conflict.message);
        QCOMPARE(editor.diagnosticAt(1, 4)->message, warning.message);
        QVERIFY(!editor.diagnosticAt(1, 5));
        QVERIFY(!editor.diagnosticAt(3, 5));
        QVERIFY(!editor.diagnosticAt(99, 1));

        // The underline follows an edit made before the next check.
        QTextCursor c(editor.document());
        c.insertText(QStringLiteral("# top\n"));
        QCOMPARE(editor.diagnosticAt(5, 11)->message, spec.message);
        editor.setDiagnostics({});
        QVERIFY(!editor.diagnosticAt(5, 11));
        QVERIFY(editor.extraSelections().isEmpty());
    }

    void switchingDocumentsDropsDiagnostics()
    {
        CodeEditor editor;
        editor.setPlainText(s_text);
        editor.setDiagnostics({{Diagnostic::Severity::Error, 1, 1, 4, QStringLiteral("x")}});
        QTextDocument other;
        other.setDocumentLayout(new QPlainTextDocumentLayout(&other));
        other.setPlainText(QStringLiteral("a\nb\n"));
        editor.switchDocument(&other);
        QCOMPARE(editor.document(), &other);
        QVERIFY(editor.diagnostics().empty());
        QVERIFY(!editor.diagnosticAt(1, 1));
    }

    void goesToLineAndColumn()
    {
        CodeEditor editor;
        editor.setPlainText(s_text);
        editor.goTo(3, 5);
        QCOMPARE(editor.textCursor().blockNumber(), 2);
        QCOMPARE(editor.textCursor().positionInBlock(), 4);
        editor.goTo(3, 500);  // clamped to the end of the line
        QCOMPARE(editor.textCursor().positionInBlock(), editor.document()->findBlockByNumber(2).length() - 1);
    }

    void lineNumbersMakeRoom()
    {
        CodeEditor editor;
        editor.setPlainText(QStringLiteral("a"));
        const int small = editor.lineNumberAreaWidth();
        QVERIFY(small > 0);
        editor.setPlainText(QString(QStringLiteral("x\n")).repeated(12000));
        QVERIFY(editor.lineNumberAreaWidth() > small);
    }

    void findWrapsAround_data()
    {
        QTest::addColumn<bool>("backward");
        QTest::addColumn<bool>("matchCase");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("lines");  // the line of each match found in turn, from the top
        QTest::newRow("forward wraps") << false << false << "py" << QList<int>{3, 4, 5, 3};
        QTest::newRow("backward wraps") << true << false << "py" << QList<int>{5, 4, 3, 5};
        QTest::newRow("case sensitive") << false << true << "PY" << QList<int>{};
        QTest::newRow("case insensitive") << false << false << "PY" << QList<int>{3, 4, 5};
    }
    void findWrapsAround()
    {
        QFETCH(bool, backward);
        QFETCH(bool, matchCase);
        QFETCH(QString, text);
        QFETCH(QList<int>, lines);
        CodeEditor editor;
        editor.setPlainText(s_text);
        editor.moveCursor(QTextCursor::Start);
        QTextDocument::FindFlags flags;
        if (backward)
            flags |= QTextDocument::FindBackward;
        if (matchCase)
            flags |= QTextDocument::FindCaseSensitively;
        if (lines.isEmpty()) {
            QVERIFY(!editor.findWrapping(text, flags));
            QCOMPARE(editor.textCursor().position(), 0);
        }
        for (int line : lines) {
            QVERIFY(editor.findWrapping(text, flags));
            QCOMPARE(editor.textCursor().blockNumber() + 1, line);
            QCOMPARE(editor.textCursor().selectedText().toLower(), text.toLower());
        }
    }

    void findBar()
    {
        CodeEditor editor;
        editor.setPlainText(s_text);
        ui::FindBar bar(&editor);
        QVERIFY(bar.isHidden());
        bar.open();
        QVERIFY(!bar.isHidden());
        QTest::keyClicks(bar.searchField(), QStringLiteral("h5py"));
        QCOMPARE(editor.textCursor().selectedText(), QStringLiteral("h5py"));  // incremental
        QVERIFY(bar.findNext());  // wraps onto the same, only match
        bar.searchField()->setText(QStringLiteral("absent"));
        QVERIFY(!bar.findNext());
        QVERIFY(!bar.searchField()->styleSheet().isEmpty());  // tinted: not found
        QTest::keyClick(bar.searchField(), Qt::Key_Escape);
        QVERIFY(bar.isHidden());
    }
};

QTEST_MAIN(TestCodeEditor)
#include "tst_codeeditor.moc"
