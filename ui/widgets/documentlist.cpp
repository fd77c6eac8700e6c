// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/widgets/documentlist.h"

#include "core/util/atomicfile.h"
#include "ui/diagnostictext.h"
#include "ui/widgets/diskwatch.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextDocumentLayout>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>
#include <vector>

namespace ui {

namespace {

constexpr int s_pathRole = Qt::UserRole;

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/** Asks @p text with the given buttons (object names for tests, texts); the object name of the one pressed. */
QString ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
    const std::vector<std::pair<const char *, QString>> &buttons)
{
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    for (const auto &[name, label] : buttons)
        box.addButton(label, QMessageBox::ActionRole)->setObjectName(QLatin1String(name));
    box.addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancel"));
    box.exec();
    return box.clickedButton() ? box.clickedButton()->objectName() : QStringLiteral("cancel");
}

/** Replaces @p document's text as one edit the user can undo, and marks it unmodified. */
void replaceText(QTextDocument *document, const QString &text)
{
    QTextCursor cursor(document);
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    document->setModified(false);
}

} // namespace

DocumentList::DocumentList(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(std::move(kind))
    , m_disk(new DiskWatch(this))
{
    connect(m_disk, &DiskWatch::changed, this, &DocumentList::onChangedOnDisk);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(this);
    m_list->setObjectName(m_kind.objectName);
    m_list->setAccessibleName(m_kind.accessibleName);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(s_pathRole).toString() != m_currentPath)
            open(item->data(s_pathRole).toString());
    });
    layout->addWidget(m_list, 1);
    auto *buttons = new QWidget(this);
    buildActions(buttons);
    layout->addWidget(buttons);
    updateActions();
}

DocumentList::~DocumentList() = default;

void DocumentList::buildActions(QWidget *buttonRow)
{
    struct FileAction
    {
        const char *objectName;
        QString text;
        QString menuText;
        QKeySequence shortcut;
        void (DocumentList::*slot)();
    };
    // Delete has no key of its own: the Delete key belongs to the editor and the list.
    const FileAction actions[] = { { "newFileAction", tr("New…"), m_kind.newActionText, QKeySequence::New,
                                       &DocumentList::promptNew },
        { "duplicateFileAction", tr("Duplicate…"), m_kind.duplicateActionText,
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), &DocumentList::promptDuplicate },
        { "renameFileAction", tr("Rename…"), m_kind.renameActionText, QKeySequence(Qt::Key_F2),
            &DocumentList::promptRename },
        { "deleteFileAction", tr("Delete"), m_kind.deleteActionText, QKeySequence(), &DocumentList::promptDelete } };
    // Two by two: a row of four would keep the file list (and the window) wide.
    auto *layout = new QGridLayout(buttonRow);
    layout->setContentsMargins(0, 0, 0, 0);
    int placed = 0;
    // Each button has an action behind it, for the page's menu and the shortcut (shown in the tooltip).
    for (const FileAction &a : actions) {
        auto *action = new QAction(a.menuText, this);
        action->setObjectName(QLatin1String(a.objectName));
        action->setShortcut(a.shortcut);
        connect(action, &QAction::triggered, this, a.slot);
        addAction(action);
        m_actions.append(action);
        auto *button = new QPushButton(a.text, buttonRow);
        if (!a.shortcut.isEmpty())
            button->setToolTip(tr("%1 (%2)").arg(a.text, a.shortcut.toString(QKeySequence::NativeText)));
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::enabledChanged, button, &QPushButton::setEnabled);
        layout->addWidget(button, placed / 2, placed % 2);
        ++placed;
    }
}

void DocumentList::updateActions()
{
    // New works without an open file; the others act on the open one.
    const bool open = currentDocument() != nullptr;
    for (qsizetype i = 1; i < m_actions.size(); ++i)
        m_actions[i]->setEnabled(open);
}

void DocumentList::setWorkspace(const core::envfile::Workspace &workspace)
{
    m_workspace = workspace;
    const bool wasOpen = !m_currentPath.isEmpty();
    m_currentPath.clear();
    if (wasOpen)
        Q_EMIT documentClosed();
    // Later: the page may still show one of them until documentClosed() has been handled everywhere.
    for (auto &[path, document] : m_documents) {
        m_disk->forget(path);
        document->deleteLater();
    }
    m_documents.clear();
    reload({});
}

QStringList DocumentList::files() const
{
    QStringList files;
    for (int i = 0; i < m_list->count(); ++i)
        files << m_list->item(i)->data(s_pathRole).toString();
    return files;
}

QTextDocument *DocumentList::currentDocument() const
{
    const auto it = m_documents.find(m_currentPath);
    return it == m_documents.end() ? nullptr : it->second;
}

bool DocumentList::isModified(const QString &path) const
{
    const auto it = m_documents.find(path);
    return it != m_documents.end() && it->second->isModified();
}

QTextDocument *DocumentList::emptyDocument()
{
    if (!m_emptyDocument) {
        m_emptyDocument = new QTextDocument(this);
        m_emptyDocument->setDocumentLayout(new QPlainTextDocumentLayout(m_emptyDocument));
    }
    return m_emptyDocument;
}

QTextDocument *DocumentList::documentFor(const QString &path, QString *error)
{
    if (auto it = m_documents.find(path); it != m_documents.end())
        return it->second;
    auto bytes = core::util::readFile(path);
    if (!bytes) {
        *error = DiagnosticText::errorText(bytes.error());
        return nullptr;
    }
    QTextDocument *document = m_kind.createDocument(QString::fromUtf8(*bytes), this);
    m_disk->track(path, *bytes);
    // By document, not by path: a rename moves the document to another path.
    connect(document, &QTextDocument::modificationChanged, this, [this, document] {
        for (const auto &[p, d] : m_documents)
            if (d == document)
                updateItem(p);
    });
    m_documents[path] = document;
    return document;
}

bool DocumentList::open(const QString &path)
{
    QString error;
    QTextDocument *document = documentFor(path, &error);
    if (!document) {
        selectItem(m_currentPath); // the list shows what the editor does
        Q_EMIT messageReported(tr("Cannot open %1: %2").arg(nativePath(path), error));
        return false;
    }
    m_currentPath = path;
    updateActions();
    Q_EMIT documentOpened(document, path);
    selectItem(path);
    return true;
}

void DocumentList::selectItem(const QString &path)
{
    const QSignalBlocker blocker(m_list);
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(s_pathRole).toString() == path)
            m_list->setCurrentRow(i);
}

void DocumentList::updateItem(const QString &path)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        if (item->data(s_pathRole).toString() == path)
            item->setText(QFileInfo(path).fileName() + (isModified(path) ? QStringLiteral(" *") : QString()));
    }
}

void DocumentList::reload(const QString &select)
{
    QStringList files = m_kind.listFiles(m_workspace);
    for (const auto &[path, document] : m_documents)
        if (!files.contains(path))
            files << path; // renamed out of the listed folders, or deleted by someone else: still being edited
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const QString &path : std::as_const(files)) {
            auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_list);
            item->setData(s_pathRole, path);
            item->setToolTip(nativePath(path));
            updateItem(path);
        }
    }
    const QString target = !select.isEmpty() ? select : !m_currentPath.isEmpty() ? m_currentPath : files.value(0);
    if (!target.isEmpty())
        open(target);
}

bool DocumentList::save()
{
    return !m_currentPath.isEmpty() && saveFile(m_currentPath);
}

bool DocumentList::saveFile(const QString &path)
{
    const auto it = m_documents.find(path);
    if (it == m_documents.end())
        return false;
    // Checked right before the write: a change the watcher has not reported yet is not overwritten unseen.
    const QScopedValueRollback asking(m_asking, m_asking + 1);
    if (m_disk->changedOnDisk(path)
        && ask(this, QMessageBox::Warning, tr("File changed on disk"),
               tr("%1 was changed on disk after it was opened here. Overwrite that change with the text in the "
                  "editor?")
                   .arg(nativePath(path)),
               { { "overwrite", tr("Overwrite") } })
            != QLatin1String("overwrite")) {
        Q_EMIT messageReported(tr("Not saved: %1 changed on disk").arg(nativePath(path)));
        return false;
    }
    const QByteArray bytes = it->second->toPlainText().toUtf8();
    // Atomic: a failed write leaves the previous file as it was.
    auto written = core::util::writeFileAtomically(path, bytes);
    if (!written) {
        Q_EMIT messageReported(tr("Cannot save: %1").arg(DiagnosticText::errorText(written.error())));
        return false;
    }
    m_disk->track(path, bytes);
    it->second->setModified(false);
    Q_EMIT messageReported(tr("Saved %1").arg(nativePath(path)));
    return true;
}

QStringList DocumentList::modifiedFiles() const
{
    QStringList paths;
    for (const auto &[path, document] : m_documents)
        if (document->isModified())
            paths << path;
    return paths;
}

bool DocumentList::saveAll()
{
    for (const QString &path : modifiedFiles())
        if (!saveFile(path))
            return false;
    return true;
}

void DocumentList::discardAll()
{
    const QString current = m_currentPath;
    const QStringList modified = modifiedFiles();
    if (modified.contains(current)) {
        m_currentPath.clear();
        Q_EMIT documentClosed();
    }
    for (const QString &path : modified) {
        m_disk->forget(path);
        m_documents[path]->deleteLater(); // the editor let go of it in documentClosed()
        m_documents.erase(path);
    }
    reload(current); // read again from disk
}

void DocumentList::onChangedOnDisk(const QString &path, const std::optional<QByteArray> &bytes)
{
    // Never a question inside another one (a save's, a quit's): asked once that one is answered.
    if (m_asking > 0 || QApplication::activeModalWidget()) {
        QTimer::singleShot(250, this, [this, path, bytes] { onChangedOnDisk(path, bytes); });
        return;
    }
    const auto it = m_documents.find(path);
    if (it == m_documents.end())
        return;
    QTextDocument *document = it->second;
    if (!bytes) {
        // Kept, and marked unsaved, so that quitting asks before the text is gone for good.
        document->setModified(true);
        Q_EMIT messageReported(tr("%1 was deleted on disk; Save writes it again").arg(nativePath(path)));
        return;
    }
    if (!document->isModified()) {
        replaceText(document, QString::fromUtf8(*bytes));
        Q_EMIT messageReported(tr("Reloaded %1: it changed on disk").arg(nativePath(path)));
        return;
    }
    const QScopedValueRollback asking(m_asking, m_asking + 1);
    const QString answer = ask(this, QMessageBox::Question, tr("File changed on disk"),
        tr("%1 was changed on disk, and it has unsaved edits here. Reload it from disk (your edits are dropped; "
           "Undo brings them back), or keep your edits?")
            .arg(nativePath(path)),
        { { "reload", tr("Reload") }, { "keep", tr("Keep My Edits") } });
    if (answer == QLatin1String("reload")) {
        replaceText(document, QString::fromUtf8(*bytes));
        Q_EMIT messageReported(tr("Reloaded %1: it changed on disk").arg(nativePath(path)));
    } else {
        Q_EMIT messageReported(
            tr("%1 changed on disk; your edits are kept and Save overwrites it").arg(nativePath(path)));
    }
}

QString DocumentList::createFile(const QString &name, const std::function<QString(const QString &)> &textFor)
{
    QString error;
    const QString path = newFilePath(m_kind.folderFor(m_workspace, m_currentPath), name, m_kind.suffixes, &error);
    if (path.isEmpty()) {
        Q_EMIT messageReported(error);
        return {};
    }
    auto written = core::util::writeFileAtomically(path, textFor(path).toUtf8());
    if (!written) {
        Q_EMIT messageReported(tr("Cannot create the file: %1").arg(DiagnosticText::errorText(written.error())));
        return {};
    }
    // Before opening it: the page's own status (a preview starting) comes after.
    Q_EMIT messageReported(tr("Created %1").arg(nativePath(path)));
    reload(path);
    return path;
}

QString DocumentList::newFile(const QString &name)
{
    return createFile(name, [this](const QString &path) { return m_kind.templateText(m_workspace, path); });
}

QString DocumentList::duplicateFile(const QString &name)
{
    QTextDocument *document = currentDocument();
    if (!document) {
        Q_EMIT messageReported(tr("No file is open"));
        return {};
    }
    const QString text = document->toPlainText();
    return createFile(name,
        [this, &text](const QString &path) { return m_kind.duplicateText ? m_kind.duplicateText(text, path) : text; });
}

bool DocumentList::renameFile(const QString &name)
{
    const auto it = m_documents.find(m_currentPath);
    if (it == m_documents.end()) {
        Q_EMIT messageReported(tr("No file is open"));
        return false;
    }
    QString error;
    const QString path = newFilePath(QFileInfo(m_currentPath).absolutePath(), name, m_kind.suffixes, &error);
    if (path.isEmpty()) {
        Q_EMIT messageReported(error);
        return false;
    }
    // rename(2) in the same folder: the file is under the old name or the new one, never neither.
    if (QFileInfo::exists(m_currentPath) && !QFile::rename(m_currentPath, path)) {
        Q_EMIT messageReported(tr("Cannot rename %1").arg(nativePath(m_currentPath)));
        return false;
    }
    QTextDocument *document = it->second;
    m_documents.erase(it);
    m_documents[path] = document;
    m_disk->forget(m_currentPath);
    if (auto bytes = DiskWatch::onDisk(path))
        m_disk->track(path, *bytes);
    Q_EMIT messageReported(tr("Renamed %1 to %2").arg(nativePath(m_currentPath), QFileInfo(path).fileName()));
    m_currentPath.clear(); // so that the list opens it again under its new name
    reload(path);
    return true;
}

bool DocumentList::deleteFile()
{
    const auto it = m_documents.find(m_currentPath);
    if (it == m_documents.end()) {
        Q_EMIT messageReported(tr("No file is open"));
        return false;
    }
    if (QFileInfo::exists(m_currentPath) && !QFile::remove(m_currentPath)) {
        Q_EMIT messageReported(tr("Cannot delete %1").arg(nativePath(m_currentPath)));
        return false;
    }
    QTextDocument *document = it->second;
    m_documents.erase(it);
    m_disk->forget(m_currentPath);
    Q_EMIT messageReported(tr("Deleted %1").arg(nativePath(m_currentPath)));
    m_currentPath.clear();
    updateActions();
    Q_EMIT documentClosed();
    document->deleteLater(); // the editor let go of it in documentClosed()
    reload({});
    return true;
}

void DocumentList::promptNew()
{
    // Say where it goes: the folder of the open file, or the workspace's own.
    const QString folder = QDir::toNativeSeparators(m_kind.folderFor(m_workspace, m_currentPath));
    const QString name = QInputDialog::getText(this, m_kind.newTitle, tr("File name (in %1):").arg(folder));
    if (!name.isEmpty())
        newFile(name);
}

void DocumentList::promptDuplicate()
{
    const QString suggested = QFileInfo(m_currentPath).completeBaseName() + QStringLiteral("-copy");
    const QString name = QInputDialog::getText(
        this, m_kind.duplicateTitle, tr("File name of the copy:"), QLineEdit::Normal, suggested);
    if (!name.isEmpty())
        duplicateFile(name);
}

void DocumentList::promptRename()
{
    const QString current = QFileInfo(m_currentPath).fileName();
    const QString name
        = QInputDialog::getText(this, m_kind.renameTitle, tr("New file name:"), QLineEdit::Normal, current);
    if (!name.isEmpty() && name != current)
        renameFile(name);
}

void DocumentList::promptDelete()
{
    if (m_currentPath.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, m_kind.deleteTitle, tr("Delete %1? This cannot be undone.").arg(nativePath(m_currentPath)));
    if (answer == QMessageBox::Yes)
        deleteFile();
}

QString DocumentList::newFilePath(
    const QString &folder, const QString &name, const QStringList &suffixes, QString *error)
{
    QString file = name.trimmed();
    // A name, not a path: nothing may land outside the folder, nor hide as a dot file.
    if (file.isEmpty() || file.contains(QLatin1Char('/')) || file.contains(QLatin1Char('\\'))
        || file.startsWith(QLatin1Char('.'))) {
        *error = tr("“%1” is not a usable file name").arg(name);
        return {};
    }
    const bool hasSuffix
        = std::any_of(suffixes.begin(), suffixes.end(), [&file](const QString &s) { return file.endsWith(s); });
    if (!hasSuffix && !suffixes.isEmpty())
        file += suffixes.front();
    const QString path = QDir(folder).filePath(file);
    if (QFileInfo::exists(path)) {
        *error = tr("%1 exists already").arg(nativePath(path));
        return {};
    }
    return path;
}

QStringList DocumentList::filesBeside(const QStringList &listed, const QStringList &suffixes)
{
    QStringList files;
    QStringList folders;
    QStringList patterns;
    for (const QString &suffix : suffixes)
        patterns << QLatin1Char('*') + suffix;
    for (const QString &path : listed) {
        const QFileInfo info(path);
        if (info.exists())
            files << info.absoluteFilePath();
        if (!folders.contains(info.absolutePath()))
            folders << info.absolutePath();
    }
    for (const QString &folder : std::as_const(folders))
        for (const QFileInfo &info : QDir(folder).entryInfoList(patterns, QDir::Files))
            files << info.absoluteFilePath();
    files.removeDuplicates();
    std::sort(files.begin(), files.end(), [](const QString &a, const QString &b) {
        return QFileInfo(a).fileName().compare(QFileInfo(b).fileName(), Qt::CaseInsensitive) < 0;
    });
    return files;
}

} // namespace ui
