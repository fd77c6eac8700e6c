// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/widgets/editorpane.h"

#include "ui/models/diagnosticsmodel.h"
#include "ui/widgets/codeeditor.h"
#include "ui/widgets/findbar.h"

#include <QAction>
#include <QHeaderView>
#include <QPlainTextDocumentLayout>
#include <QTextDocument>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace ui {

EditorPane::EditorPane(DiagnosticsModel *diagnostics, QWidget *parent) : QSplitter(Qt::Vertical, parent)
{
    addWidget(buildTop());
    auto *problems = new QTreeView(this);
    problems->setObjectName(QStringLiteral("problemsList"));
    problems->setAccessibleName(tr("Problems"));
    problems->setRootIsDecorated(false);
    problems->setModel(diagnostics);
    problems->header()->setStretchLastSection(true);
    connect(problems, &QTreeView::activated, this, [this](const QModelIndex &index) {
        m_editor->goTo(index.data(DiagnosticsModel::LineRole).toInt(), index.data(DiagnosticsModel::ColumnRole).toInt());
    });
    addWidget(problems);
    setStretchFactor(0, 4);
    setStretchFactor(1, 1);
}

EditorPane::~EditorPane() = default;

QWidget *EditorPane::buildTop()
{
    auto *top = new QWidget(this);
    auto *layout = new QVBoxLayout(top);
    layout->setContentsMargins(0, 0, 0, 0);
    m_editor = new CodeEditor(top);
    m_findBar = new FindBar(m_editor, top);
    m_toolBar = new QToolBar(top);
    QAction *save = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"), this,
                                         &EditorPane::saveRequested);
    save->setObjectName(QStringLiteral("saveAction"));
    save->setShortcut(QKeySequence::Save);
    QAction *undo = m_toolBar->addAction(tr("Undo"), m_editor, &QPlainTextEdit::undo);
    QAction *redo = m_toolBar->addAction(tr("Redo"), m_editor, &QPlainTextEdit::redo);
    QAction *find = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find"), m_findBar,
                                         &FindBar::open);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    // Window-wide while the pane is visible (the toolbar is hidden with the page), so Ctrl+S saves
    // from the file list too; the editor's own Undo/Redo keys stay with the editor.
    addActions({save, find});
    m_save = save;
    m_find = find;
    // Enabled by the editor's own undo stack, which is the current document's.
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(m_editor, &QPlainTextEdit::undoAvailable, undo, &QAction::setEnabled);
    connect(m_editor, &QPlainTextEdit::redoAvailable, redo, &QAction::setEnabled);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_findBar);
    return top;
}

QTextDocument *EditorPane::createDocument(const QString &text, YamlHighlighter::Mode mode, QObject *parent) const
{
    auto *document = new QTextDocument(parent);
    document->setDocumentLayout(new QPlainTextDocumentLayout(document));
    document->setDefaultFont(m_editor->font());
    document->setPlainText(text);
    document->setModified(false);
    createHighlighter(document, mode);
    return document;
}

} // namespace ui
