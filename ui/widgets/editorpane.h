// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "ui/widgets/yamlhighlighter.h"

#include <QSplitter>

class QAction;
class QTextDocument;
class QToolBar;

namespace ui {

class CodeEditor;
class DiagnosticsModel;
class FindBar;

/**
 * What a page that edits files shows of a file: a toolbar (Save, Undo, Redo, Find; a page adds its
 * own actions after them), the CodeEditor with its find bar, and under it the problems list over
 * a DiagnosticsModel, whose rows take the cursor to their line and column when activated.
 * Save (Ctrl+S) and Find (Ctrl+F) work while the pane is shown (one pane per page, one page shown).
 */
class EditorPane final : public QSplitter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorPane)
public:
    /** @p diagnostics is shown in the problems list; the pane does not own it. */
    explicit EditorPane(DiagnosticsModel *diagnostics, QWidget *parent = nullptr);
    ~EditorPane() override;

    CodeEditor *editor() const { return m_editor; }
    FindBar *findBar() const { return m_findBar; }
    QToolBar *toolBar() const { return m_toolBar; }
    /** Save (Ctrl+S) and Find (Ctrl+F), for the page's menu. */
    QAction *saveAction() const { return m_save; }
    QAction *findAction() const { return m_find; }

    /**
     * A document for the editor holding @p text (not modified), in the editor's font, highlighted in
     * @p mode; a child of @p parent.
     */
    QTextDocument *createDocument(const QString &text, YamlHighlighter::Mode mode, QObject *parent) const;

Q_SIGNALS:
    /** Save was triggered (button or shortcut): the page writes the file. */
    void saveRequested();

private:
    QWidget *buildTop();

    CodeEditor *m_editor = nullptr;
    FindBar *m_findBar = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_save = nullptr;
    QAction *m_find = nullptr;
};

} // namespace ui
