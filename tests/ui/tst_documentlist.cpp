// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The document list the Environments and Spec lists pages share, on files in a temporary folder:
// listing, one document per file, the modified marker, atomic save, New/Duplicate/Rename/Delete,
// and refused operations that report why and leave the folder as it was.
#include "core/envfile/workspace.h"
#include "core/util/atomicfile.h"
#include "tests/support/messageboxes.h"
#include "ui/views/environmentspage.h"
#include "ui/views/speclistspage.h"
#include "ui/widgets/codeeditor.h"
#include "ui/widgets/documentlist.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QInputDialog>
#include <QListWidget>
#include <QMap>
#include <QPlainTextDocumentLayout>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

#include <memory>

using ui::DocumentList;

namespace {

bool writeText(const QString &path, const QByteArray &text)
{
    return QDir().mkpath(QFileInfo(path).absolutePath()) && core::util::writeFileAtomically(path, text).ok();
}

QByteArray readText(const QString &path)
{
    auto bytes = core::util::readFile(path);
    return bytes ? *bytes : QByteArray("<unreadable>");
}

/** Every file under @p folder with its content: what an operation must leave alone when refused. */
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(folder).relativeFilePath(path), readText(path));
    }
    return files;
}

/** Notes (*.txt) in ROOT/notes: a.txt listed by the workspace, b.txt beside it, c.md not of the kind. */
struct Fixture
{
    QTemporaryDir dir;
    core::envfile::Workspace workspace;
    std::unique_ptr<DocumentList> list;
    std::unique_ptr<QSignalSpy> opened;
    std::unique_ptr<QSignalSpy> closed;
    std::unique_ptr<QSignalSpy> messages;

    QString path(const QString &relative) const { return dir.filePath(relative); }

    static DocumentList::Kind kind()
    {
        DocumentList::Kind kind;
        kind.objectName = QStringLiteral("noteFiles");
        kind.accessibleName = QStringLiteral("Notes");
        kind.newActionText = QStringLiteral("&New Note…");
        kind.duplicateActionText = QStringLiteral("D&uplicate Note…");
        kind.renameActionText = QStringLiteral("Rena&me Note…");
        kind.deleteActionText = QStringLiteral("&Delete Note…");
        kind.suffixes = { QStringLiteral(".txt") };
        kind.listFiles = [](const core::envfile::Workspace &ws) {
            QStringList listed;
            for (const auto &p : ws.specLists)
                listed << QString::fromStdString(p);
            return DocumentList::filesBeside(listed, { QStringLiteral(".txt") });
        };
        kind.folderFor = [](const core::envfile::Workspace &ws, const QString &current) {
            return current.isEmpty() ? QString::fromStdString(ws.root) + QStringLiteral("/notes")
                                     : QFileInfo(current).absolutePath();
        };
        kind.templateText = [](const core::envfile::Workspace &, const QString &path) {
            return QStringLiteral("template of %1\n").arg(QFileInfo(path).fileName());
        };
        // QString, not the QStringBuilder of `+`, which would refer to the temporaries of the lambda.
        kind.duplicateText = [](const QString &text, const QString &path) -> QString {
            return QStringLiteral("copy %1\n").arg(QFileInfo(path).fileName()) + text;
        };
        kind.createDocument = [](const QString &text, QObject *parent) {
            auto *document = new QTextDocument(parent);
            document->setDocumentLayout(new QPlainTextDocumentLayout(document));
            document->setPlainText(text);
            document->setModified(false);
            return document;
        };
        return kind;
    }

    bool open(bool withFiles = true)
    {
        if (!dir.isValid())
            return false;
        if (withFiles
            && !(writeText(path(QStringLiteral("notes/a.txt")), "alpha\n")
                && writeText(path(QStringLiteral("notes/b.txt")), "beta\n")
                && writeText(path(QStringLiteral("notes/c.md")), "not a note\n")))
            return false;
        workspace.root = dir.path().toStdString();
        workspace.specLists = { path(QStringLiteral("notes/a.txt")).toStdString() };
        list = std::make_unique<DocumentList>(kind());
        opened = std::make_unique<QSignalSpy>(list.get(), &DocumentList::documentOpened);
        closed = std::make_unique<QSignalSpy>(list.get(), &DocumentList::documentClosed);
        messages = std::make_unique<QSignalSpy>(list.get(), &DocumentList::messageReported);
        list->setWorkspace(workspace);
        return true;
    }

    QString lastMessage() const { return messages->isEmpty() ? QString() : messages->last().at(0).toString(); }

    QStringList itemTexts() const
    {
        QStringList texts;
        for (int i = 0; i < list->listWidget()->count(); ++i)
            texts << list->listWidget()->item(i)->text();
        return texts;
    }

    QAction *action(const char *name) const
    {
        for (QAction *a : list->fileActions())
            if (a->objectName() == QLatin1String(name))
                return a;
        return nullptr;
    }
};

/** A minimal workspace with one spec list, for the Spec lists page (never shown: nothing is solved). */
bool writeSpecListWorkspace(const QTemporaryDir &dir)
{
    return writeText(dir.filePath(QStringLiteral("deploydeck.yml")),
               "name: lists\nchannels:\n  - ./channel\nspec_lists:\n  - speclists/main.txt\n")
        && writeText(dir.filePath(QStringLiteral("speclists/main.txt")), "# main\npython=3.11 numpy\n");
}

} // namespace

class TestDocumentList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    /** New… says which folder the file goes to, and makes it there. */
    void newSaysWhereTheFileGoes()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.list->open(f.path(QStringLiteral("notes/a.txt"))));
        QString label;
        // The dialog is looked for every 10 ms once its own event loop runs (60 s at most).
        QTimer poll;
        poll.setInterval(10);
        int turns = 6000;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                if (--turns <= 0)
                    poll.stop();
                return;
            }
            poll.stop();
            label = dialog->labelText();
            dialog->setTextValue(QStringLiteral("fresh"));
            dialog->accept();
        });
        poll.start();
        f.list->findChild<QAction *>(QStringLiteral("newFileAction"))->trigger();
        QCOMPARE(
            label, QStringLiteral("File name (in %1):").arg(QDir::toNativeSeparators(f.path(QStringLiteral("notes")))));
        QVERIFY(QFileInfo::exists(f.path(QStringLiteral("notes/fresh.txt"))));
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void listsTheFilesOfItsKindAndOpensTheFirst()
    {
        Fixture f;
        QVERIFY(f.open());
        QCOMPARE(f.list->files(),
            (QStringList { f.path(QStringLiteral("notes/a.txt")), f.path(QStringLiteral("notes/b.txt")) }));
        QCOMPARE(f.itemTexts(), (QStringList { QStringLiteral("a.txt"), QStringLiteral("b.txt") }));
        QCOMPARE(f.list->listWidget()->objectName(), QStringLiteral("noteFiles"));
        QCOMPARE(f.list->listWidget()->accessibleName(), QStringLiteral("Notes"));
        QCOMPARE(f.list->currentPath(), f.path(QStringLiteral("notes/a.txt")));
        QCOMPARE(f.list->listWidget()->currentRow(), 0);
        QCOMPARE(f.opened->count(), 1);
        QCOMPARE(f.opened->last().at(1).toString(), f.path(QStringLiteral("notes/a.txt")));
        QCOMPARE(f.opened->last().at(0).value<QTextDocument *>(), f.list->currentDocument());
        QCOMPARE(f.list->currentDocument()->toPlainText(), QStringLiteral("alpha\n"));
        QVERIFY(!f.list->isModified(f.list->currentPath()));
    }

    void keepsOneDocumentPerFileWithItsUndoHistory()
    {
        Fixture f;
        QVERIFY(f.open());
        QTextDocument *a = f.list->currentDocument();
        QTextCursor(a).insertText(QStringLiteral("edited "));
        // Choosing another file in the list opens it; coming back shows the same document, edits and undo kept.
        f.list->listWidget()->setCurrentRow(1);
        QCOMPARE(f.list->currentPath(), f.path(QStringLiteral("notes/b.txt")));
        QCOMPARE(f.list->currentDocument()->toPlainText(), QStringLiteral("beta\n"));
        QVERIFY(f.list->open(f.path(QStringLiteral("notes/a.txt"))));
        QCOMPARE(f.list->currentDocument(), a);
        QCOMPARE(a->toPlainText(), QStringLiteral("edited alpha\n"));
        QVERIFY(a->isUndoAvailable());
        QCOMPARE(f.list->listWidget()->currentRow(), 0);
        QCOMPARE(f.opened->count(), 3);
    }

    void marksModifiedFilesAndSavesAtomically()
    {
        Fixture f;
        QVERIFY(f.open());
        const QString a = f.list->currentPath();
        QTextCursor(f.list->currentDocument()).insertText(QStringLiteral("edited "));
        QVERIFY(f.list->isModified(a));
        QCOMPARE(f.itemTexts(), (QStringList { QStringLiteral("a.txt *"), QStringLiteral("b.txt") }));
        QCOMPARE(readText(a), QByteArray("alpha\n")); // nothing written before Save

        QVERIFY(f.list->save());
        QCOMPARE(readText(a), QByteArray("edited alpha\n"));
        QVERIFY(!f.list->isModified(a));
        QCOMPARE(f.itemTexts(), (QStringList { QStringLiteral("a.txt"), QStringLiteral("b.txt") }));
        QVERIFY2(f.lastMessage().startsWith(QLatin1String("Saved ")), qPrintable(f.lastMessage()));
        // No temporary file is left beside it.
        QCOMPARE(QDir(f.path(QStringLiteral("notes"))).entryList(QDir::Files | QDir::Hidden).size(), 3);

        // Undo back to the saved text clears the marker again.
        QTextCursor(f.list->currentDocument()).insertText(QStringLiteral("x"));
        QCOMPARE(f.itemTexts().first(), QStringLiteral("a.txt *"));
        f.list->currentDocument()->undo();
        QCOMPARE(f.itemTexts().first(), QStringLiteral("a.txt"));
    }

    void failedSaveKeepsTheEdits()
    {
        Fixture f;
        QVERIFY(f.open());
        const QString a = f.list->currentPath();
        QTextCursor(f.list->currentDocument()).insertText(QStringLiteral("edited "));
        // A folder where the file was: the rename over it fails, even for root.
        QVERIFY(QFile::remove(a) && QDir().mkdir(a));
        // The file is not what was read any more: Save asks first; told to overwrite, the write fails.
        auto asked = testsupport::answerNextBox(QStringLiteral("overwrite"));
        QVERIFY(!f.list->save());
        QVERIFY(asked->shown);
        QVERIFY2(f.lastMessage().startsWith(QLatin1String("Cannot save: ")), qPrintable(f.lastMessage()));
        QVERIFY(QFileInfo(a).isDir());
        QVERIFY(f.list->isModified(a));
        QCOMPARE(f.list->currentDocument()->toPlainText(), QStringLiteral("edited alpha\n"));
        QCOMPARE(f.itemTexts().first(), QStringLiteral("a.txt *"));
    }

    void openFailureKeepsTheOpenFile()
    {
        Fixture f;
        QVERIFY(f.open());
        const QString a = f.list->currentPath();
        QVERIFY(!f.list->open(f.path(QStringLiteral("notes/none.txt"))));
        QVERIFY2(f.lastMessage().startsWith(QLatin1String("Cannot open ")), qPrintable(f.lastMessage()));
        QVERIFY(f.lastMessage().contains(QLatin1String("none.txt")));
        QCOMPARE(f.list->currentPath(), a);
        QCOMPARE(f.opened->count(), 1);
    }

    void newDuplicateRenameDelete()
    {
        Fixture f;
        QVERIFY(f.open());
        // New: the kind's template, in the current file's folder, listed and opened.
        const QString created = f.list->newFile(QStringLiteral("scratch"));
        QCOMPARE(created, f.path(QStringLiteral("notes/scratch.txt")));
        QCOMPARE(readText(created), QByteArray("template of scratch.txt\n"));
        QCOMPARE(f.list->currentPath(), created);
        QCOMPARE(f.opened->last().at(1).toString(), created);
        QVERIFY(f.list->files().contains(created));
        QVERIFY(!f.list->isModified(created));

        // Duplicate: the unsaved text, as the kind adjusts it.
        QTextCursor(f.list->currentDocument()).insertText(QStringLiteral("unsaved "));
        const QString copy = f.list->duplicateFile(QStringLiteral("copy.txt"));
        QCOMPARE(copy, f.path(QStringLiteral("notes/copy.txt")));
        QCOMPARE(readText(copy), QByteArray("copy copy.txt\nunsaved template of scratch.txt\n"));
        QCOMPARE(f.list->currentPath(), copy);
        QVERIFY(f.list->isModified(created)); // the original keeps its own unsaved edits

        // Rename: the same document and undo history under the new name; unsaved edits stay unsaved.
        QTextDocument *document = f.list->currentDocument();
        QTextCursor(document).insertText(QStringLiteral("more "));
        QVERIFY(f.list->renameFile(QStringLiteral("renamed")));
        const QString renamed = f.path(QStringLiteral("notes/renamed.txt"));
        QCOMPARE(f.list->currentPath(), renamed);
        QCOMPARE(f.list->currentDocument(), document);
        QVERIFY(!QFileInfo::exists(copy));
        QCOMPARE(readText(renamed), QByteArray("copy copy.txt\nunsaved template of scratch.txt\n"));
        QVERIFY(f.list->isModified(renamed));
        QVERIFY(f.itemTexts().contains(QStringLiteral("renamed.txt *")));
        QVERIFY(!f.list->files().contains(copy));

        // Delete: gone from disk and list; the document is closed, and the first file is opened.
        const int closedBefore = f.closed->count();
        QVERIFY(f.list->deleteFile());
        QVERIFY(!QFileInfo::exists(renamed));
        QVERIFY(!f.list->files().contains(renamed));
        QCOMPARE(f.closed->count(), closedBefore + 1);
        QCOMPARE(f.list->currentPath(), f.path(QStringLiteral("notes/a.txt")));
        QCOMPARE(f.opened->last().at(1).toString(), f.path(QStringLiteral("notes/a.txt")));
        QVERIFY2(f.lastMessage().startsWith(QLatin1String("Deleted ")), qPrintable(f.lastMessage()));
    }

    /** A file changed behind an unmodified document: the document shows the new text, undoably. */
    void externalChangeReloadsAnUnmodifiedDocument()
    {
        Fixture f;
        QVERIFY(f.open());
        QTextDocument *a = f.list->currentDocument();
        QVERIFY(writeText(f.path(QStringLiteral("notes/a.txt")), "alpha from git pull\n"));
        QTRY_COMPARE(a->toPlainText(), QStringLiteral("alpha from git pull\n"));
        QVERIFY(!a->isModified());
        QVERIFY(f.lastMessage().startsWith(QStringLiteral("Reloaded ")));
        a->undo();
        QCOMPARE(a->toPlainText(), QStringLiteral("alpha\n"));
        // Watched again after the atomic replace: a second change is noticed too.
        a->redo();
        a->setModified(false);
        QVERIFY(writeText(f.path(QStringLiteral("notes/a.txt")), "alpha, again\n"));
        QTRY_COMPARE(a->toPlainText(), QStringLiteral("alpha, again\n"));
    }

    /** Save right after a change on disk that the watcher has not told yet: it asks, and Cancel writes nothing. */
    void saveAsksBeforeOverwritingAChangeOnDisk()
    {
        Fixture f;
        QVERIFY(f.open());
        const QString a = f.path(QStringLiteral("notes/a.txt"));
        QTextCursor(f.list->currentDocument()).insertText(QStringLiteral("mine "));
        QVERIFY(writeText(a, "theirs\n"));

        auto asked = testsupport::answerNextBox(QMessageBox::Cancel);
        QVERIFY(!f.list->save());
        QVERIFY(asked->shown);
        QVERIFY2(asked->text.contains(QStringLiteral("changed on disk")), qPrintable(asked->text));
        QCOMPARE(readText(a), QByteArray("theirs\n"));
        QVERIFY(f.list->isModified(a));
        QVERIFY(f.lastMessage().startsWith(QStringLiteral("Not saved")));

        // The watcher's report follows: keeping the edits, the change has been shown, so Save writes.
        auto kept = testsupport::answerNextBox(QStringLiteral("keep"));
        QTRY_VERIFY(kept->shown);
        QCOMPARE(f.list->currentDocument()->toPlainText(), QStringLiteral("mine alpha\n"));
        QVERIFY(f.list->save());
        QCOMPARE(readText(a), QByteArray("mine alpha\n"));
    }

    void saveCanOverwriteAfterAsking()
    {
        Fixture f;
        QVERIFY(f.open());
        const QString a = f.path(QStringLiteral("notes/a.txt"));
        QTextCursor(f.list->currentDocument()).insertText(QStringLiteral("mine "));
        QVERIFY(writeText(a, "theirs\n"));
        auto asked = testsupport::answerNextBox(QStringLiteral("overwrite"));
        QVERIFY(f.list->save());
        QVERIFY(asked->shown);
        QCOMPARE(readText(a), QByteArray("mine alpha\n"));
        QVERIFY(!f.list->isModified(a));
    }

    /** A modified document whose file changes on disk: Reload takes the file's text (Undo brings the edits back). */
    void modifiedDocumentCanReloadAnExternalChange()
    {
        Fixture f;
        QVERIFY(f.open());
        QTextDocument *document = f.list->currentDocument();
        QTextCursor(document).insertText(QStringLiteral("mine "));
        auto asked = testsupport::answerNextBox(QStringLiteral("reload"));
        QVERIFY(writeText(f.path(QStringLiteral("notes/a.txt")), "theirs\n"));
        QTRY_VERIFY(asked->shown);
        QCOMPARE(document->toPlainText(), QStringLiteral("theirs\n"));
        QVERIFY(!document->isModified());
        document->undo();
        QCOMPARE(document->toPlainText(), QStringLiteral("mine alpha\n"));
    }

    /** A file deleted on disk keeps its text in the editor, marked unsaved; Save writes it again. */
    void deletedOnDiskStaysAsUnsaved()
    {
        Fixture f;
        QVERIFY(f.open());
        const QString a = f.path(QStringLiteral("notes/a.txt"));
        QVERIFY(QFile::remove(a));
        QTRY_VERIFY(f.list->isModified(a));
        QCOMPARE(f.list->modifiedFiles(), QStringList { a });
        QCOMPARE(f.list->currentDocument()->toPlainText(), QStringLiteral("alpha\n"));
        QVERIFY(f.list->save());
        QCOMPARE(readText(a), QByteArray("alpha\n"));
    }

    void saveAllAndDiscardAll()
    {
        Fixture f;
        QVERIFY(f.open());
        const QString a = f.path(QStringLiteral("notes/a.txt"));
        const QString b = f.path(QStringLiteral("notes/b.txt"));
        QTextCursor(f.list->currentDocument()).insertText(QStringLiteral("A "));
        QVERIFY(f.list->open(b));
        QTextCursor(f.list->currentDocument()).insertText(QStringLiteral("B "));
        QCOMPARE(f.list->modifiedFiles(), (QStringList { a, b }));
        QVERIFY(f.list->saveAll());
        QCOMPARE(readText(a), QByteArray("A alpha\n"));
        QCOMPARE(readText(b), QByteArray("B beta\n"));
        QVERIFY(f.list->modifiedFiles().isEmpty());

        QTextCursor(f.list->currentDocument()).insertText(QStringLiteral("dropped "));
        f.list->discardAll();
        QVERIFY(f.list->modifiedFiles().isEmpty());
        QCOMPARE(f.list->currentPath(), b);
        QCOMPARE(f.list->currentDocument()->toPlainText(), QStringLiteral("B beta\n"));
        QCOMPARE(readText(b), QByteArray("B beta\n"));
    }

    void refusedNamesChangeNothing_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason");
        for (const char *op : { "new", "duplicate", "rename" }) {
            const QString o = QLatin1String(op);
            QTest::addRow("%s an existing file", op) << o << QStringLiteral("b") << QStringLiteral("exists already");
            QTest::addRow("%s an existing file with suffix", op)
                << o << QStringLiteral("b.txt") << QStringLiteral("exists already");
            QTest::addRow("%s up a folder", op)
                << o << QStringLiteral("../escape") << QStringLiteral("not a usable file name");
            QTest::addRow("%s into a subfolder", op)
                << o << QStringLiteral("sub/x") << QStringLiteral("not a usable file name");
            QTest::addRow("%s with a backslash", op)
                << o << QStringLiteral("a\\b") << QStringLiteral("not a usable file name");
            QTest::addRow("%s a dot file", op)
                << o << QStringLiteral(".hidden") << QStringLiteral("not a usable file name");
            QTest::addRow("%s blank", op) << o << QStringLiteral("   ") << QStringLiteral("not a usable file name");
        }
    }

    void refusedNamesChangeNothing()
    {
        QFETCH(QString, operation);
        QFETCH(QString, name);
        QFETCH(QString, reason);
        Fixture f;
        QVERIFY(f.open());
        const QString current = f.list->currentPath();
        const QStringList files = f.list->files();
        const auto before = snapshot(f.dir.path());
        bool ok = true;
        if (operation == QLatin1String("new"))
            ok = !f.list->newFile(name).isEmpty();
        else if (operation == QLatin1String("duplicate"))
            ok = !f.list->duplicateFile(name).isEmpty();
        else
            ok = f.list->renameFile(name);
        QVERIFY(!ok);
        QVERIFY2(f.lastMessage().contains(reason), qPrintable(f.lastMessage()));
        QCOMPARE(snapshot(f.dir.path()), before);
        QCOMPARE(f.list->files(), files);
        QCOMPARE(f.list->currentPath(), current);
        QCOMPARE(f.opened->count(), 1);
    }

    void operationsNeedAnOpenFile()
    {
        Fixture f;
        QVERIFY(f.open(false)); // no files at all
        QVERIFY(f.list->files().isEmpty());
        QVERIFY(f.list->currentPath().isEmpty());
        QVERIFY(!f.list->currentDocument());
        QCOMPARE(f.opened->count(), 0);
        QVERIFY(!f.list->save());
        QVERIFY(f.list->duplicateFile(QStringLiteral("x")).isEmpty());
        QCOMPARE(f.lastMessage(), QStringLiteral("No file is open"));
        QVERIFY(!f.list->renameFile(QStringLiteral("x")));
        QVERIFY(!f.list->deleteFile());
        QVERIFY(snapshot(f.dir.path()).isEmpty());

        // New works without an open file: into the kind's folder, which it creates.
        const QString created = f.list->newFile(QStringLiteral("first"));
        QCOMPARE(created, f.path(QStringLiteral("notes/first.txt")));
        QCOMPARE(f.list->files(), QStringList { created });
        // Deleting the only file leaves nothing open.
        QVERIFY(f.list->deleteFile());
        QVERIFY(f.list->files().isEmpty());
        QVERIFY(f.list->currentPath().isEmpty());
        QCOMPARE(f.closed->count(), 1);
    }

    void actionsFollowTheOpenFile()
    {
        Fixture f;
        QVERIFY(f.open(false));
        const QList<QAction *> actions = f.list->fileActions();
        QCOMPARE(actions.size(), 4);
        QCOMPARE(f.action("newFileAction")->shortcut(), QKeySequence(QKeySequence::New));
        QCOMPARE(f.action("duplicateFileAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
        QCOMPARE(f.action("renameFileAction")->shortcut(), QKeySequence(Qt::Key_F2));
        QCOMPARE(f.action("newFileAction")->text(), QStringLiteral("&New Note…"));
        for (QAction *a : actions)
            QVERIFY(f.list->actions().contains(a)); // window shortcuts while the list is shown
        const auto buttons = f.list->findChildren<QPushButton *>();
        QCOMPARE(buttons.size(), 4);
        QVERIFY(f.action("newFileAction")->isEnabled());
        for (const char *name : { "duplicateFileAction", "renameFileAction", "deleteFileAction" })
            QVERIFY2(!f.action(name)->isEnabled(), name);
        int enabledButtons = 0;
        for (const QPushButton *b : buttons)
            enabledButtons += b->isEnabled() ? 1 : 0;
        QCOMPARE(enabledButtons, 1);

        QVERIFY(!f.list->newFile(QStringLiteral("first")).isEmpty());
        for (QAction *a : actions)
            QVERIFY2(a->isEnabled(), qPrintable(a->objectName()));
        for (const QPushButton *b : buttons)
            QVERIFY(b->isEnabled());
    }

    void newFilePath_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("suffixes");
        QTest::addColumn<QString>("file"); // empty: refused
        const QStringList yaml { QStringLiteral(".yml"), QStringLiteral(".yaml") };
        const QStringList txt { QStringLiteral(".txt") };
        QTest::newRow("suffix added") << "env" << yaml << "env.yml";
        QTest::newRow("first suffix kept") << "env.yml" << yaml << "env.yml";
        QTest::newRow("second suffix kept") << "env.yaml" << yaml << "env.yaml";
        QTest::newRow("other suffix gets one") << "list.yml" << txt << "list.yml.txt";
        QTest::newRow("spaces trimmed") << "  list  " << txt << "list.txt";
        QTest::newRow("existing") << "taken" << txt << "";
        QTest::newRow("slash") << "../x" << txt << "";
        QTest::newRow("backslash") << "..\\x" << txt << "";
        QTest::newRow("dot file") << ".x" << txt << "";
        QTest::newRow("empty") << "" << txt << "";
    }

    void newFilePath()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, suffixes);
        QFETCH(QString, file);
        QTemporaryDir dir;
        QVERIFY(writeText(dir.filePath(QStringLiteral("taken.txt")), "x"));
        QString error;
        const QString path = DocumentList::newFilePath(dir.path(), name, suffixes, &error);
        QCOMPARE(path, file.isEmpty() ? QString() : dir.filePath(file));
        QCOMPARE(error.isEmpty(), !file.isEmpty());
    }

    void specListsPageGainsFileOperations()
    {
        QTemporaryDir dir;
        QVERIFY(writeSpecListWorkspace(dir));
        auto ws = core::envfile::readWorkspace(dir.path().toStdString());
        QVERIFY(ws.ok());
        ui::SpecListsPage page; // not shown and without a context: nothing is solved
        page.setWorkspace(*ws);
        const QString main = dir.filePath(QStringLiteral("speclists/main.txt"));
        QCOMPARE(page.specLists(), QStringList { main });
        QCOMPARE(page.currentPath(), main);
        QCOMPARE(page.editor()->toPlainText(), QStringLiteral("# main\npython=3.11 numpy\n"));
        QVERIFY(page.pageActions().size() >= 8); // Save, Find, Sync, Reload Target and the four file actions
        for (QAction *a : page.documentList()->fileActions())
            QVERIFY(page.pageActions().contains(a));
        QCOMPARE(page.documentList()->listWidget()->objectName(), QStringLiteral("specListFiles"));

        // New: a .txt beside the listed one, opened in the editor.
        const QString extra = page.newSpecList(QStringLiteral("extra"));
        QCOMPARE(extra, dir.filePath(QStringLiteral("speclists/extra.txt")));
        QVERIFY(readText(extra).contains("python"));
        QCOMPARE(page.currentPath(), extra);
        QCOMPARE(page.editor()->document(), page.documentList()->currentDocument());
        QVERIFY(!page.editor()->isReadOnly());

        // Duplicate copies the text as it is (unsaved edits included).
        QVERIFY(page.openSpecList(main));
        QTextCursor(page.editor()->document()).insertText(QStringLiteral("h5py\n"));
        const QString copy = page.duplicateSpecList(QStringLiteral("copy"));
        QCOMPARE(readText(copy), QByteArray("h5py\n# main\npython=3.11 numpy\n"));
        QCOMPARE(readText(main), QByteArray("# main\npython=3.11 numpy\n"));
        QVERIFY(page.isModified(main));

        // Refused: the name exists; the status says so and nothing changes.
        const auto before = snapshot(dir.path());
        QVERIFY(page.newSpecList(QStringLiteral("main")).isEmpty());
        QVERIFY2(page.statusText().contains(QLatin1String("exists already")), qPrintable(page.statusText()));
        QVERIFY(!page.renameSpecList(QStringLiteral("../main")));
        QVERIFY2(page.statusText().contains(QLatin1String("not a usable file name")), qPrintable(page.statusText()));
        QCOMPARE(snapshot(dir.path()), before);
        QCOMPARE(page.currentPath(), copy);

        // Rename and delete.
        QVERIFY(page.renameSpecList(QStringLiteral("renamed.txt")));
        const QString renamed = dir.filePath(QStringLiteral("speclists/renamed.txt"));
        QCOMPARE(page.currentPath(), renamed);
        QVERIFY(QFileInfo::exists(renamed) && !QFileInfo::exists(copy));
        QVERIFY(page.deleteSpecList());
        QVERIFY(!QFileInfo::exists(renamed));
        QCOMPARE(page.specLists(), (QStringList { extra, main }));
        QCOMPARE(page.currentPath(), extra); // the first left, by file name
        QCOMPARE(page.editor()->document(), page.documentList()->currentDocument());
    }

    void environmentsPageCopiesGetTheirOwnName()
    {
        QTemporaryDir dir;
        QVERIFY(writeText(dir.filePath(QStringLiteral("deploydeck.yml")),
            "name: envs\nchannels:\n  - ./channels/local\nenvironments:\n  - environments/web.yml\n"));
        QVERIFY(
            writeText(dir.filePath(QStringLiteral("environments/web.yml")), "name: web\ndependencies:\n  - python\n"));
        auto ws = core::envfile::readWorkspace(dir.path().toStdString());
        QVERIFY(ws.ok());
        ui::EnvironmentsPage page;
        page.setWorkspace(*ws);
        QCOMPARE(page.currentPath(), dir.filePath(QStringLiteral("environments/web.yml")));
        const QString copy = page.duplicateEnvironment(QStringLiteral("web-copy"));
        QCOMPARE(copy, dir.filePath(QStringLiteral("environments/web-copy.yml")));
        QCOMPARE(readText(copy), QByteArray("name: web-copy\ndependencies:\n  - python\n"));
        const QString created = page.newEnvironment(QStringLiteral("fresh.yaml"));
        QVERIFY(readText(created).startsWith("name: fresh\nchannels:\n  - local\n"));
        QVERIFY(page.newEnvironment(QStringLiteral("sub/x")).isEmpty());
        QVERIFY2(page.statusText().contains(QLatin1String("not a usable file name")), qPrintable(page.statusText()));
        QCOMPARE(page.environmentFiles().size(), 3);
    }
};

QTEST_MAIN(TestDocumentList)
#include "tst_documentlist.moc"
