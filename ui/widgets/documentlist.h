// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/envfile/workspace.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <map>
#include <optional>

class QAction;
class QListWidget;
class QTextDocument;

namespace ui {

/**
 * The workspace's files of one kind (environment files, spec lists) as a page that edits them
 * needs them: the list, with " *" after a file that has unsaved edits; one QTextDocument per
 * opened file, a child of this widget, kept with its undo history until the workspace changes or
 * the file is deleted; atomic save; and New…, Duplicate…, Rename… and Delete, as buttons and as
 * actions with shortcuts (window shortcuts on this widget: they work while the page is shown).
 * A file changed on disk behind the editor is noticed (DiskWatch): an unmodified document reloads,
 * a modified one asks, and save() never overwrites a change it has not shown.
 *
 * The page shows what the list opens: documentOpened() hands it the document for its editor,
 * documentClosed() says that none is open, and messageReported() carries what went well or wrong
 * for its status line. Files are read and written on the GUI thread; they are small.
 */
class DiskWatch;

class DocumentList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentList)
public:
    /** What differs between kinds of file. Texts come translated by the page. */
    struct Kind
    {
        QString objectName; ///< of the list view ("environmentFiles")
        QString accessibleName; ///< of the list view ("Environment files")
        // The actions' menu texts, with their mnemonics ("&New Environment…").
        QString newActionText;
        QString duplicateActionText;
        QString renameActionText;
        QString deleteActionText;
        // The titles of the dialogs the actions ask in ("New environment").
        QString newTitle;
        QString duplicateTitle;
        QString renameTitle;
        QString deleteTitle;
        /** The file name endings of this kind; the first is added to a new name that has none. */
        QStringList suffixes;
        /** The workspace's files of this kind, absolute paths, in the order to list them. */
        std::function<QStringList(const core::envfile::Workspace &)> listFiles;
        /** The folder a new file goes to, given the current file (empty when none is open). */
        std::function<QString(const core::envfile::Workspace &, const QString &current)> folderFor;
        /** The text of a new file at the given path. */
        std::function<QString(const core::envfile::Workspace &, const QString &path)> templateText;
        /** The text of a copy of the text at the given path; unset: copied as it is. */
        std::function<QString(const QString &text, const QString &path)> duplicateText;
        /** A new, unmodified document holding the text, a child of the given object. */
        std::function<QTextDocument *(const QString &text, QObject *parent)> createDocument;
    };

    explicit DocumentList(Kind kind, QWidget *parent = nullptr);
    ~DocumentList() override;

    /** Drops every document (unsaved edits too), lists @p workspace's files and opens the first. */
    void setWorkspace(const core::envfile::Workspace &workspace);

    /** The files in the list, absolute paths. */
    QStringList files() const;
    /** The open file, or empty. */
    QString currentPath() const { return m_currentPath; }
    /** The open file's document, or null. */
    QTextDocument *currentDocument() const;
    bool isModified(const QString &path) const;
    QListWidget *listWidget() const { return m_list; }
    /** New…, Duplicate…, Rename… and Delete, for the page's menu. */
    QList<QAction *> fileActions() const { return m_actions; }
    /** An empty document for the editor to show while no file is open; a child of this. */
    QTextDocument *emptyDocument();

    /** Opens @p path (its unsaved edits kept) and selects it; false, with a message, if it cannot be read. */
    bool open(const QString &path);
    /**
     * Writes the open file atomically; false, with the reason in a message, on failure. When the
     * file changed on disk after it was read, asks first whether to overwrite that change.
     */
    bool save();
    /** The files with unsaved edits, absolute paths. */
    QStringList modifiedFiles() const;
    /** Saves every file with unsaved edits (as save() does); false at the first that is not saved. */
    bool saveAll();
    /** Drops every unsaved edit: those files are read again from disk when opened. */
    void discardAll();
    /** Creates @p name (a suffix added if it has none) from the kind's template and opens it; its path or empty. */
    QString newFile(const QString &name);
    /** Copies the open file's text (saved or not) to @p name as the kind adjusts it, and opens it. */
    QString duplicateFile(const QString &name);
    /** Renames the open file to @p name in its folder; unsaved edits and undo history are kept. */
    bool renameFile(const QString &name);
    /** Deletes the open file (no confirmation here: the action asks) and opens the first one left. */
    bool deleteFile();

    /**
     * The path of a new file @p name in @p folder, with @p suffixes' first added unless @p name
     * ends in one of them. Empty, with @p error set, when the name is empty, starts with a dot,
     * holds a path separator, or the file exists.
     */
    static QString newFilePath(const QString &folder, const QString &name, const QStringList &suffixes, QString *error);
    /**
     * The existing files of @p listed and the other files ending in one of @p suffixes in their
     * folders (so that files made with New or Duplicate show up), absolute, sorted by file name.
     */
    static QStringList filesBeside(const QStringList &listed, const QStringList &suffixes);

Q_SIGNALS:
    /** @p document, of file @p path, is now the open one: the page shows it. */
    void documentOpened(QTextDocument *document, const QString &path);
    /** No file is open any more (the workspace changed, or the open file was deleted). */
    void documentClosed();
    /** Something for the status line: a file saved, created, or why an operation failed. */
    void messageReported(const QString &text);

private:
    void buildActions(QWidget *buttonRow);
    QTextDocument *documentFor(const QString &path, QString *error);
    bool saveFile(const QString &path);
    void onChangedOnDisk(const QString &path, const std::optional<QByteArray> &bytes);
    QString createFile(const QString &name, const std::function<QString(const QString &)> &textFor);
    void reload(const QString &select);
    void updateItem(const QString &path);
    void selectItem(const QString &path);
    void updateActions();
    void promptNew();
    void promptDuplicate();
    void promptRename();
    void promptDelete();

    Kind m_kind;
    core::envfile::Workspace m_workspace;
    std::map<QString, QTextDocument *> m_documents; ///< path -> document (children of this)
    QString m_currentPath;
    QTextDocument *m_emptyDocument = nullptr;
    int m_asking = 0; ///< a question of this list is open: changes on disk wait for its answer
    DiskWatch *m_disk = nullptr; ///< what each open file held on disk when read or written
    QListWidget *m_list = nullptr;
    QList<QAction *> m_actions; ///< New…, Duplicate…, Rename…, Delete
};

} // namespace ui
