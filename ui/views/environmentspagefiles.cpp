// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// EnvironmentsPage, part two: the file list, the editor and the file operations.
#include "ui/views/environmentspage.h"

#include "core/util/atomicfile.h"
#include "ui/views/environmentfiles.h"
#include "ui/views/environmentpreview.h"
#include "ui/widgets/codeeditor.h"
#include "ui/widgets/editorpane.h"
#include "ui/widgets/findbar.h"
#include "ui/widgets/yamlhighlighter.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextDocumentLayout>
#include <QPushButton>
#include <QToolBar>
#include <QVBoxLayout>

namespace ui {

namespace {
constexpr int s_pathRole = Qt::UserRole;
}

QWidget *EnvironmentsPage::buildFileList()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_files = new QListWidget(box);
    m_files->setObjectName(QStringLiteral("environmentFiles"));
    m_files->setAccessibleName(tr("Environment files"));
    connect(m_files, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(s_pathRole).toString() != m_currentPath)
            openEnvironment(item->data(s_pathRole).toString());
    });
    layout->addWidget(m_files, 1);
    auto *buttons = new QHBoxLayout;
    struct FileAction
    {
        QString text;
        QString menuText;
        QKeySequence shortcut;
        void (EnvironmentsPage::*slot)();
    };
    const FileAction actions[] = {
        {tr("New…"), tr("&New Environment…"), QKeySequence::New, &EnvironmentsPage::promptNew},
        {tr("Duplicate…"), tr("D&uplicate Environment…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
         &EnvironmentsPage::promptDuplicate},
        {tr("Rename…"), tr("Rena&me Environment…"), QKeySequence(Qt::Key_F2), &EnvironmentsPage::promptRename},
        {tr("Delete"), tr("&Delete Environment…"), QKeySequence(), &EnvironmentsPage::promptDelete}};
    // Each button has an action behind it, for the menu and the shortcut (shown in the tooltip).
    for (const FileAction &a : actions) {
        auto *action = new QAction(a.menuText, this);
        action->setShortcut(a.shortcut);
        connect(action, &QAction::triggered, this, a.slot);
        addAction(action);
        m_fileActions.append(action);
        auto *button = new QPushButton(a.text, box);
        if (!a.shortcut.isEmpty())
            button->setToolTip(tr("%1 (%2)").arg(a.text, a.shortcut.toString(QKeySequence::NativeText)));
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        buttons->addWidget(button);
    }
    layout->addLayout(buttons);
    return box;
}

QList<QAction *> EnvironmentsPage::pageActions() const
{
    return QList<QAction *>{m_editorPane->saveAction(), m_editorPane->findAction()} + m_fileActions;
}

QWidget *EnvironmentsPage::buildEditor()
{
    // The editor, its toolbar, find bar and problems list are shared with the Spec lists page.
    auto *pane = new EditorPane(m_diagnostics, this);
    m_editor = pane->editor();
    m_editor->setObjectName(QStringLiteral("environmentEditor"));
    m_editor->setAccessibleName(tr("Environment file editor"));
    m_findBar = pane->findBar();
    connect(pane, &EditorPane::saveRequested, this, &EnvironmentsPage::save);
    QToolBar *toolbar = pane->toolBar();
    toolbar->addSeparator();
    toolbar->addWidget(new QLabel(tr("Platform: "), toolbar));
    m_platform = new QComboBox(toolbar);
    m_platform->setObjectName(QStringLiteral("platform"));
    m_platform->setAccessibleName(tr("Platform"));
    connect(m_platform, &QComboBox::activated, this, [this] { setPlatform(m_platform->currentText()); });
    toolbar->addWidget(m_platform);
    m_editorPane = pane;
    return pane;
}

void EnvironmentsPage::showNoDocument()
{
    m_preview->setDocument(nullptr, {});
    if (!m_emptyDocument) {
        m_emptyDocument = new QTextDocument(this);
        m_emptyDocument->setDocumentLayout(new QPlainTextDocumentLayout(m_emptyDocument));
    }
    m_editor->switchDocument(m_emptyDocument);
    m_editor->setReadOnly(true);
}

QStringList EnvironmentsPage::environmentFiles() const
{
    QStringList files;
    for (int i = 0; i < m_files->count(); ++i)
        files << m_files->item(i)->data(s_pathRole).toString();
    return files;
}

QTextDocument *EnvironmentsPage::documentFor(const QString &path, QString *error)
{
    if (auto it = m_documents.find(path); it != m_documents.end())
        return it->second;
    auto bytes = core::util::readFile(path);
    if (!bytes) {
        *error = QString::fromStdString(bytes.error().message());
        return nullptr;
    }
    auto *document = m_editorPane->createDocument(QString::fromUtf8(*bytes), YamlHighlighter::Mode::Yaml, this);
    connect(document, &QTextDocument::modificationChanged, this, [this, document] {
        for (const auto &[p, d] : m_documents)
            if (d == document)
                updateFileItem(p);
    });
    m_documents[path] = document;
    return document;
}

bool EnvironmentsPage::openEnvironment(const QString &path)
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
    // Another environment: its changes start from its own first solve.
    m_lockBaseline.reset();
    compareWithLockFile({});
    m_currentRecords.reset();
    m_previousRecords.reset();
    m_preview->setDocument(document, path);
    const QSignalBlocker blocker(m_files);
    for (int i = 0; i < m_files->count(); ++i)
        if (m_files->item(i)->data(s_pathRole).toString() == path)
            m_files->setCurrentRow(i);
    return true;
}

void EnvironmentsPage::updateFileItem(const QString &path)
{
    for (int i = 0; i < m_files->count(); ++i) {
        QListWidgetItem *item = m_files->item(i);
        if (item->data(s_pathRole).toString() == path)
            item->setText(QFileInfo(path).fileName() + (isModified(path) ? QStringLiteral(" *") : QString()));
    }
}

void EnvironmentsPage::reloadFileList(const QString &select)
{
    QStringList files = environmentfiles::list(m_workspace);
    for (const auto &[path, document] : m_documents)
        if (!files.contains(path))
            files << path;  // renamed or not yet saved: still being edited
    {
        const QSignalBlocker blocker(m_files);
        m_files->clear();
        for (const QString &path : files) {
            auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_files);
            item->setData(s_pathRole, path);
            item->setToolTip(QDir::toNativeSeparators(path));
            updateFileItem(path);
        }
    }
    const QString target = !select.isEmpty() ? select : !m_currentPath.isEmpty() ? m_currentPath : files.value(0);
    if (!target.isEmpty())
        openEnvironment(target);
}

bool EnvironmentsPage::isModified(const QString &path) const
{
    const auto it = m_documents.find(path);
    return it != m_documents.end() && it->second->isModified();
}

bool EnvironmentsPage::save()
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

QString EnvironmentsPage::createEnvironmentFile(const QString &name, const std::function<QString(const QString &)> &textFor)
{
    QString error;
    const QString path = environmentfiles::newFilePath(environmentfiles::folder(m_workspace, m_currentPath), name, &error);
    if (path.isEmpty()) {
        setMessage(error);
        return {};
    }
    auto written = core::util::writeFileAtomically(path, textFor(path).toUtf8());
    if (!written) {
        setMessage(tr("Cannot create the file: %1").arg(QString::fromStdString(written.error().message())));
        return {};
    }
    reloadFileList(path);
    return path;
}

QString EnvironmentsPage::newEnvironment(const QString &name)
{
    return createEnvironmentFile(name, [this](const QString &path) {
        return environmentfiles::templateText(environmentfiles::nameOf(path), m_workspace);
    });
}

QString EnvironmentsPage::duplicateEnvironment(const QString &name)
{
    const auto it = m_documents.find(m_currentPath);
    if (it == m_documents.end()) {
        setMessage(tr("No environment file open"));
        return {};
    }
    const QString text = it->second->toPlainText();
    return createEnvironmentFile(name, [&text](const QString &path) {
        return environmentfiles::withName(text, environmentfiles::nameOf(path));
    });
}

bool EnvironmentsPage::renameEnvironment(const QString &name)
{
    const auto it = m_documents.find(m_currentPath);
    QString error;
    const QString path = environmentfiles::newFilePath(environmentfiles::folder(m_workspace, m_currentPath), name, &error);
    if (it == m_documents.end() || path.isEmpty()) {
        setMessage(it == m_documents.end() ? tr("No environment file open") : error);
        return false;
    }
    // rename(2) in the same folder: the file is under the old name or the new one, never neither.
    if (QFileInfo::exists(m_currentPath) && !QFile::rename(m_currentPath, path)) {
        setMessage(tr("Cannot rename %1").arg(QDir::toNativeSeparators(m_currentPath)));
        return false;
    }
    QTextDocument *document = it->second;
    m_documents.erase(it);
    m_documents[path] = document;
    m_currentPath.clear();  // so that the list opens it again under its new name
    reloadFileList(path);
    return true;
}

bool EnvironmentsPage::deleteEnvironment()
{
    const auto it = m_documents.find(m_currentPath);
    if (it == m_documents.end())
        return false;
    if (QFileInfo::exists(m_currentPath) && !QFile::remove(m_currentPath)) {
        setMessage(tr("Cannot delete %1").arg(QDir::toNativeSeparators(m_currentPath)));
        return false;
    }
    QTextDocument *document = it->second;
    m_documents.erase(it);
    m_currentPath.clear();
    showNoDocument();
    document->deleteLater();
    reloadFileList({});
    return true;
}

void EnvironmentsPage::promptNew()
{
    const QString name = QInputDialog::getText(this, tr("New environment"), tr("File name:"));
    if (!name.isEmpty())
        newEnvironment(name);
}

void EnvironmentsPage::promptDuplicate()
{
    const QString name = QInputDialog::getText(this, tr("Duplicate environment"), tr("File name of the copy:"),
                                               QLineEdit::Normal, environmentfiles::nameOf(m_currentPath) + QStringLiteral("-copy"));
    if (!name.isEmpty())
        duplicateEnvironment(name);
}

void EnvironmentsPage::promptRename()
{
    const QString name = QInputDialog::getText(this, tr("Rename environment file"), tr("New file name:"),
                                               QLineEdit::Normal, QFileInfo(m_currentPath).fileName());
    if (!name.isEmpty() && name != QFileInfo(m_currentPath).fileName())
        renameEnvironment(name);
}

void EnvironmentsPage::promptDelete()
{
    if (m_currentPath.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Delete environment file"),
                              tr("Delete %1? This cannot be undone.").arg(QDir::toNativeSeparators(m_currentPath))) ==
        QMessageBox::Yes)
        deleteEnvironment();
}

} // namespace ui
