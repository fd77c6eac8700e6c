// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// SpecListsPage, part two: the list of spec lists, the editor, opening and saving.
#include "ui/views/speclistspage.h"

#include "core/util/atomicfile.h"
#include "ui/models/speclinemodel.h"
#include "ui/views/speclistpreview.h"
#include "ui/widgets/codeeditor.h"
#include "ui/widgets/editorpane.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QListWidget>
#include <QPlainTextDocumentLayout>
#include <QToolBar>

namespace ui {

namespace {
constexpr int s_pathRole = Qt::UserRole;
}

QWidget *SpecListsPage::buildFileList()
{
    m_files = new QListWidget(this);
    m_files->setObjectName(QStringLiteral("specListFiles"));
    m_files->setAccessibleName(tr("Spec lists"));
    connect(m_files, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(s_pathRole).toString() != m_currentPath)
            openSpecList(item->data(s_pathRole).toString());
    });
    return m_files;
}

QWidget *SpecListsPage::buildEditor()
{
    auto *pane = new EditorPane(m_diagnostics, this);
    m_pane = pane;
    m_editor = pane->editor();
    m_editor->setObjectName(QStringLiteral("specListEditor"));
    m_editor->setAccessibleName(tr("Spec list editor"));
    connect(pane, &EditorPane::saveRequested, this, &SpecListsPage::save);
    // The line under the cursor is the one whose results and conflicts are shown.
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        const int line = m_editor->textCursor().blockNumber() + 1;
        if (line != m_selectedLine && m_lines->rowOf(line) >= 0)
            selectLine(line);
    });
    QToolBar *toolbar = pane->toolBar();
    toolbar->addSeparator();
    m_sync = toolbar->addAction(tr("S&ync…"), this, &SpecListsPage::confirmSync);
    m_sync->setObjectName(QStringLiteral("syncAction"));
    m_sync->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    m_sync->setToolTip(tr("Copy the packages the sync target lacks into it (a job on the Jobs page)"));
    m_sync->setEnabled(false);
    m_reloadTarget = toolbar->addAction(tr("&Reload Target"), this, &SpecListsPage::reloadTarget);
    m_reloadTarget->setObjectName(QStringLiteral("reloadTargetAction"));
    m_reloadTarget->setShortcut(QKeySequence::Refresh);
    m_reloadTarget->setToolTip(tr("Read the sync target's index again (after a sync)"));
    return pane;
}

QList<QAction *> SpecListsPage::pageActions() const
{
    return {m_pane->saveAction(), m_pane->findAction(), m_sync, m_reloadTarget};
}

void SpecListsPage::setWorkspace(const core::envfile::Workspace &workspace)
{
    m_workspace = workspace;
    showNoDocument();  // until a file opens
    for (auto &[path, document] : m_documents)
        document->deleteLater();
    m_documents.clear();
    m_currentPath.clear();
    m_preview->setWorkspace(workspace);
    reloadFileList();
}

void SpecListsPage::showNoDocument()
{
    if (!m_emptyDocument) {
        m_emptyDocument = new QTextDocument(this);
        m_emptyDocument->setDocumentLayout(new QPlainTextDocumentLayout(m_emptyDocument));
    }
    m_editor->switchDocument(m_emptyDocument);
    m_editor->setReadOnly(true);
    m_preview->setDocument(nullptr, {});
}

QStringList SpecListsPage::specLists() const
{
    QStringList files;
    for (int i = 0; i < m_files->count(); ++i)
        files << m_files->item(i)->data(s_pathRole).toString();
    return files;
}

void SpecListsPage::reloadFileList()
{
    {
        const QSignalBlocker blocker(m_files);
        m_files->clear();
        for (const auto &p : m_workspace.specLists) {
            const QString path = QString::fromStdString(p);
            auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_files);
            item->setData(s_pathRole, path);
            item->setToolTip(QDir::toNativeSeparators(path));
        }
    }
    // One list needs no list: the editor gets the room.
    m_files->setVisible(m_files->count() > 1);
    if (m_files->count() > 0)
        openSpecList(m_files->item(0)->data(s_pathRole).toString());
    else
        setMessage(tr("The workspace lists no spec list (spec_lists in deploydeck.yml)"));
}

QTextDocument *SpecListsPage::documentFor(const QString &path, QString *error)
{
    if (auto it = m_documents.find(path); it != m_documents.end())
        return it->second;
    auto bytes = core::util::readFile(path);
    if (!bytes) {
        *error = QString::fromStdString(bytes.error().message());
        return nullptr;
    }
    QTextDocument *document = m_pane->createDocument(QString::fromUtf8(*bytes), YamlHighlighter::Mode::SpecList, this);
    connect(document, &QTextDocument::modificationChanged, this, [this, path] { updateFileItem(path); });
    m_documents[path] = document;
    return document;
}

bool SpecListsPage::openSpecList(const QString &path)
{
    QString error;
    QTextDocument *document = documentFor(path, &error);
    if (!document) {
        setMessage(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    m_currentPath = path;
    m_editor->switchDocument(document);
    m_editor->setReadOnly(false);
    selectLine(0);
    m_preview->setDocument(document, path);
    const QSignalBlocker blocker(m_files);
    for (int i = 0; i < m_files->count(); ++i)
        if (m_files->item(i)->data(s_pathRole).toString() == path)
            m_files->setCurrentRow(i);
    return true;
}

void SpecListsPage::updateFileItem(const QString &path)
{
    for (int i = 0; i < m_files->count(); ++i) {
        QListWidgetItem *item = m_files->item(i);
        if (item->data(s_pathRole).toString() == path)
            item->setText(QFileInfo(path).fileName() + (isModified(path) ? QStringLiteral(" *") : QString()));
    }
}

bool SpecListsPage::isModified(const QString &path) const
{
    const auto it = m_documents.find(path);
    return it != m_documents.end() && it->second->isModified();
}

bool SpecListsPage::save()
{
    const auto it = m_documents.find(m_currentPath);
    if (it == m_documents.end())
        return false;
    // Atomic: a failed write leaves the previous file as it was.
    auto written = core::util::writeFileAtomically(m_currentPath, it->second->toPlainText().toUtf8());
    if (!written) {
        setMessage(tr("Cannot save: %1").arg(QString::fromStdString(written.error().message())));
        return false;
    }
    it->second->setModified(false);
    setMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_currentPath)));
    return true;
}

} // namespace ui
