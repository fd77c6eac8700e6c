// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/lock/lockfile.h"
#include "core/solve/solution.h"
#include "ui/views/page.h"
#include "ui/widgets/documentlist.h"

#include <QPointer>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTextDocument;
class QTreeView;

namespace ui {

class ChangeTableModel;
class CodeEditor;
class DiagnosticsModel;
class EditorPane;
class EnvironmentPreview;
class PackageTableModel;
class ProblemTreeModel;
class WorkspaceContext;

/**
 * Edit the workspace's environment files with a live solve preview: the file list (new, duplicate,
 * rename, delete), the editor with diagnostics, and, solved in the background after each edit, the
 * packages, the conflicts of an unsolvable environment and the changes since the previous solve
 * (or against a lock file). Each file keeps its own document and undo history while the page lives
 * (a DocumentList holds them).
 */
class EnvironmentsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentsPage)
public:
    explicit EnvironmentsPage(QWidget *parent = nullptr);
    ~EnvironmentsPage() override;

    void setWorkspace(const core::envfile::Workspace &workspace) override;
    void setContext(WorkspaceContext *context) override;
    /** Save, Find, and New/Duplicate/Rename/Delete of environment files. */
    QList<QAction *> pageActions() const override;
    QStringList unsavedFiles() const override { return m_files->modifiedFiles(); }
    bool saveAll() override { return m_files->saveAll(); }
    void discardAll() override { m_files->discardAll(); }

    // The files, forwarded to the DocumentList (messages go to the status).
    /** The files in the list, absolute paths. */
    QStringList environmentFiles() const { return m_files->files(); }
    QString currentPath() const { return m_files->currentPath(); }
    /** Shows @p path in the editor (its unsaved edits kept); false if it cannot be read. */
    bool openEnvironment(const QString &path) { return m_files->open(path); }
    /** Writes the current file atomically; false (with the reason in the status) on failure. */
    bool save() { return m_files->save(); }
    bool isModified(const QString &path) const { return m_files->isModified(path); }

    /** Creates @p name(.yml) next to the current file from a template and opens it; its path or empty. */
    QString newEnvironment(const QString &name) { return m_files->newFile(name); }
    /** Copies the current text (saved or not) to @p name(.yml) with `name:` set, and opens it. */
    QString duplicateEnvironment(const QString &name) { return m_files->duplicateFile(name); }
    /** Renames the current file to @p name(.yml); unsaved edits are kept. */
    bool renameEnvironment(const QString &name) { return m_files->renameFile(name); }
    /** Deletes the current file (no confirmation here; the button asks). */
    bool deleteEnvironment() { return m_files->deleteFile(); }

    /** Solves for @p platform (one of the workspace's platforms). */
    void setPlatform(const QString &platform);
    /**
     * Compares each solve with the packages of lock file @p path for the current platform instead of
     * the previous solve; an empty path goes back to the previous solve. False if it cannot be read.
     */
    bool compareWithLockFile(const QString &path);

    /**
     * Writes the current solve of the current file as a lock file at @p path, atomically: conda-lock.yml
     * for a .yml/.yaml path, else @EXPLICIT, for the current platform, exactly as `deploydeck lock`
     * writes it. Refused (false, with the reason in the status) while the text has errors, does not
     * solve, or the solve shown does not answer the text yet.
     */
    bool exportLockFile(const QString &path);
    QAction *exportLockAction() const { return m_exportLock; }

    // The parts, for tests and the benchmark.
    CodeEditor *editor() const { return m_editor; }
    EnvironmentPreview *preview() const { return m_preview; }
    PackageTableModel *packageModel() const { return m_packages; }
    ProblemTreeModel *problemModel() const { return m_problems; }
    ChangeTableModel *changeModel() const { return m_changes; }
    DiagnosticsModel *diagnosticsModel() const { return m_diagnostics; }
    DocumentList *documentList() const { return m_files; }
    QTreeView *problemView() const { return m_problemView; }
    QString statusText() const;
    QString problemsText() const;
    QString totalsText() const;
    QString changeSummary() const;
    /** Whether the results are greyed as not answering the text (it has errors). */
    bool resultsAreStale() const;

Q_SIGNALS:
    /** The preview caught up with the text (table, conflicts, changes and diagnostics updated). */
    void previewUpdated();
    /** A package was activated in the results (double click): a hook for the Channels page. */
    void packageActivated(const QString &name);

private:
    QWidget *buildFileList();
    QWidget *buildEditor();
    QWidget *buildResults();
    QWidget *buildPackagesTab();
    QWidget *buildConflictsTab();
    QWidget *buildChangesTab();
    void connectPreview();

    void showDocument(QTextDocument *document, const QString &path);
    void showNoDocument();
    void showDiagnostics();
    void showSolution(const core::solve::Solution &solution);
    void showUnsolvable(const core::solve::Unsolvable &unsolvable);
    void updateChanges(const std::vector<core::spec::PackageRecord> &records);
    void resetChanges();
    void chooseLockFile();
    void chooseExportPath();
    void setMessage(const QString &text);
    void setResultsStale(bool stale);

    core::envfile::Workspace m_workspace;
    QPointer<WorkspaceContext> m_context;

    DocumentList *m_files = nullptr; ///< the files, their documents and New…/Duplicate…/Rename…/Delete
    EditorPane *m_editorPane = nullptr;
    CodeEditor *m_editor = nullptr;
    QComboBox *m_platform = nullptr;
    QAction *m_exportLock = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_totals = nullptr;
    QTreeView *m_problemView = nullptr;
    QPlainTextEdit *m_problemText = nullptr;
    QComboBox *m_compareWith = nullptr;
    QLabel *m_changeSummary = nullptr;

    EnvironmentPreview *m_preview = nullptr;
    PackageTableModel *m_packages = nullptr;
    ProblemTreeModel *m_problems = nullptr;
    ChangeTableModel *m_changes = nullptr;
    DiagnosticsModel *m_diagnostics = nullptr;

    std::optional<std::vector<core::spec::PackageRecord>> m_previousRecords; ///< last solve that differed
    std::optional<std::vector<core::spec::PackageRecord>> m_currentRecords; ///< the solve shown
    std::optional<std::vector<core::lock::LockedPackage>> m_lockBaseline;
};

} // namespace ui
