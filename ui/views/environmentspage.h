// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/lock/lockfile.h"
#include "core/solve/solution.h"
#include "ui/views/page.h"

#include <QPointer>

#include <functional>
#include <map>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QListWidget;
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
class FindBar;
class PackageTableModel;
class ProblemTreeModel;
class WorkspaceContext;

/**
 * Edit the workspace's environment files with a live solve preview: the file list (new, duplicate,
 * rename, delete), the editor with diagnostics, and, solved in the background after each edit, the
 * packages, the conflicts of an unsolvable environment and the changes since the previous solve
 * (or against a lock file). Each file keeps its own document and undo history while the page lives.
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

    /** The files in the list, absolute paths. */
    QStringList environmentFiles() const;
    QString currentPath() const { return m_currentPath; }
    /** Shows @p path in the editor (its unsaved edits kept); false if it cannot be read. */
    bool openEnvironment(const QString &path);
    /** Writes the current file atomically; false (with the reason in the status) on failure. */
    bool save();
    bool isModified(const QString &path) const;

    /** Creates @p name(.yml) next to the current file from a template and opens it; its path or empty. */
    QString newEnvironment(const QString &name);
    /** Copies the current text (saved or not) to @p name(.yml) with `name:` set, and opens it. */
    QString duplicateEnvironment(const QString &name);
    /** Renames the current file to @p name(.yml); unsaved edits are kept. */
    bool renameEnvironment(const QString &name);
    /** Deletes the current file (no confirmation here; the button asks). */
    bool deleteEnvironment();

    /** Solves for @p platform (one of the workspace's platforms). */
    void setPlatform(const QString &platform);
    /**
     * Compares each solve with the packages of lock file @p path for the current platform instead of
     * the previous solve; an empty path goes back to the previous solve. False if it cannot be read.
     */
    bool compareWithLockFile(const QString &path);

    // The parts, for tests and the benchmark.
    CodeEditor *editor() const { return m_editor; }
    EnvironmentPreview *preview() const { return m_preview; }
    PackageTableModel *packageModel() const { return m_packages; }
    ProblemTreeModel *problemModel() const { return m_problems; }
    ChangeTableModel *changeModel() const { return m_changes; }
    DiagnosticsModel *diagnosticsModel() const { return m_diagnostics; }
    QTreeView *problemView() const { return m_problemView; }
    QString statusText() const;
    QString problemsText() const;
    QString totalsText() const;
    QString changeSummary() const;

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

    QTextDocument *documentFor(const QString &path, QString *error);
    void showNoDocument();
    /** Writes a new file @p name with the text @p textFor gives for its path, and opens it. */
    QString createEnvironmentFile(const QString &name, const std::function<QString(const QString &)> &textFor);
    void reloadFileList(const QString &select);
    void updateFileItem(const QString &path);
    void showDiagnostics();
    void showSolution(const core::solve::Solution &solution);
    void showUnsolvable(const core::solve::Unsolvable &unsolvable);
    void updateChanges(const std::vector<core::spec::PackageRecord> &records);
    void resetChanges();
    void chooseLockFile();
    void promptNew();
    void promptDuplicate();
    void promptRename();
    void promptDelete();
    void setMessage(const QString &text);

    core::envfile::Workspace m_workspace;
    QPointer<WorkspaceContext> m_context;
    std::map<QString, QTextDocument *> m_documents;  ///< path -> document (children of the page)
    QString m_currentPath;
    QTextDocument *m_emptyDocument = nullptr;  ///< shown, read-only, when no file is open

    QListWidget *m_files = nullptr;
    QList<QAction *> m_fileActions;  ///< New…, Duplicate…, Rename…, Delete
    EditorPane *m_editorPane = nullptr;
    CodeEditor *m_editor = nullptr;
    FindBar *m_findBar = nullptr;
    QComboBox *m_platform = nullptr;
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

    std::optional<std::vector<core::spec::PackageRecord>> m_previousRecords;  ///< last solve that differed
    std::optional<std::vector<core::spec::PackageRecord>> m_currentRecords;   ///< the solve shown
    std::optional<std::vector<core::lock::LockedPackage>> m_lockBaseline;
};

} // namespace ui
