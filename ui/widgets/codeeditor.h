// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "ui/models/diagnosticsmodel.h"

#include <QPlainTextEdit>
#include <QTextDocument>

#include <vector>

namespace ui {

/**
 * A plain-text editor for environment files and spec lists: line numbers, diagnostics underlined
 * at their line and column (wavy red for errors, orange for warnings, a tinted line for specs in a
 * conflict) with the reason as a tooltip, and a wrapping find. Undo/redo come from QPlainTextEdit.
 */
class CodeEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeEditor)
public:
    explicit CodeEditor(QWidget *parent = nullptr);
    ~CodeEditor() override;

    /** Shows @p document (which needs a QPlainTextDocumentLayout) and drops the diagnostics of the previous one. */
    void switchDocument(QTextDocument *document);

    /** Underlines @p diagnostics (replacing the previous ones); the underlines follow later edits. */
    void setDiagnostics(std::vector<Diagnostic> diagnostics);
    const std::vector<Diagnostic> &diagnostics() const { return m_diagnostics; }
    /** The diagnostic whose underline covers 1-based @p line and @p column, or nullptr. */
    const Diagnostic *diagnosticAt(int line, int column) const;
    /** The text the underline of @p diagnostic covers (for tests and tooltips). */
    QString underlinedText(const Diagnostic &diagnostic) const;

    /** Moves the cursor to 1-based @p line and @p column and shows it. */
    void goTo(int line, int column);

    /**
     * Selects the next match of @p text after the cursor (or before it with FindBackward), wrapping
     * around the end of the document once. Returns false, with the cursor unchanged, when there is none.
     */
    bool findWrapping(const QString &text, QTextDocument::FindFlags flags = {});

    /** Width the line-number gutter needs for the current number of lines. */
    int lineNumberAreaWidth() const;

    /**
     * YAML typing help (off by default): Return keeps the line's indentation, continues a "- " list
     * after an item, ends the list on an empty "- ", and indents two more after a "key:".
     */
    void setAutoIndent(bool on) { m_autoIndent = on; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    class LineNumberArea;
    void paintLineNumbers(QPaintEvent *event);
    void updateGutter(const QRect &rect, int dy);
    void applyDiagnostics();
    QTextCursor cursorFor(const Diagnostic &diagnostic) const;

    LineNumberArea *m_lineNumbers = nullptr;
    std::vector<Diagnostic> m_diagnostics;
    std::vector<QTextEdit::ExtraSelection> m_selections;  ///< one per diagnostic, same order
    bool m_autoIndent = false;
};

} // namespace ui
