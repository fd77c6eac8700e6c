// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/sync/syncoptions.h"
#include "ui/views/page.h"
#include "ui/widgets/documentlist.h"

class QAction;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTextDocument;
class QTreeView;

namespace ui {

class CodeEditor;
class DiagnosticsModel;
class EditorPane;
class ProblemTreeModel;
class SpecLineModel;
class SpecListPreview;
class SyncPlanModel;
class UnionModel;
class WorkspaceContext;

/**
 * Edit the workspace's spec lists (MAX IV's maxiv_packages_specs.txt: one solve per line) with a
 * live preview: each line solved on its own in the background with its status and package count,
 * the union of the solutions (which line pulls in which package), and the sync plan against the
 * workspace's sync_target per platform. A line that does not solve is marked in the editor, shown
 * with its conflict (tree and text) when selected, and named in the plan's totals as excluded.
 * "Sync…" hands the plan to the Jobs page (syncRequested()). The spec lists themselves, with New…,
 * Duplicate…, Rename… and Delete, are a DocumentList, as on the Environments page.
 */
class SpecListsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpecListsPage)
public:
    explicit SpecListsPage(QWidget *parent = nullptr);
    ~SpecListsPage() override;

    void setWorkspace(const core::envfile::Workspace &workspace) override;
    void setContext(WorkspaceContext *context) override;
    /** Save, Find, Sync…, Reload Target (F5), and New/Duplicate/Rename/Delete of spec lists. */
    QList<QAction *> pageActions() const override;
    QStringList unsavedFiles() const override { return m_files->modifiedFiles(); }
    bool saveAll() override { return m_files->saveAll(); }
    void discardAll() override { m_files->discardAll(); }

    // The files, forwarded to the DocumentList (messages go to the status).
    /** The spec lists of the workspace, and other .txt files beside them, absolute paths. */
    QStringList specLists() const { return m_files->files(); }
    QString currentPath() const { return m_files->currentPath(); }
    /** Shows @p path in the editor (its unsaved edits kept); false if it cannot be read. */
    bool openSpecList(const QString &path) { return m_files->open(path); }
    /** Writes the current spec list atomically; false (with the reason in the status) on failure. */
    bool save() { return m_files->save(); }
    bool isModified(const QString &path) const { return m_files->isModified(path); }
    /** Creates @p name(.txt) next to the current list from a template and opens it; its path or empty. */
    QString newSpecList(const QString &name) { return m_files->newFile(name); }
    /** Copies the current text (saved or not) to @p name(.txt) and opens it. */
    QString duplicateSpecList(const QString &name) { return m_files->duplicateFile(name); }
    /** Renames the current spec list to @p name(.txt); unsaved edits are kept. */
    bool renameSpecList(const QString &name) { return m_files->renameFile(name); }
    /** Deletes the current spec list (no confirmation here; the button asks). */
    bool deleteSpecList() { return m_files->deleteFile(); }

    /** Selects the row of 1-based @p lineNumber in the line table and shows its details; false if none. */
    bool selectLine(int lineNumber);
    /** The line whose details are shown, or 0. */
    int selectedLine() const { return m_selectedLine; }

    /** Reads the sync target again and re-plans (after a sync has changed it). */
    void reloadTarget();

    /** What a sync of the current plan would do: the missing files, from the source channels into the sync target. */
    core::sync::SyncOptions syncOptions() const;
    /** How many records the last Sync… found changed at the source (files the target holds), for tests. */
    int lastRecordUpdates() const { return m_lastRecordUpdates; }

    // The parts, for tests and the benchmark.
    CodeEditor *editor() const { return m_editor; }
    SpecListPreview *preview() const { return m_preview; }
    SpecLineModel *lineModel() const { return m_lines; }
    UnionModel *unionModel() const { return m_union; }
    SyncPlanModel *syncPlanModel() const { return m_plan; }
    ProblemTreeModel *problemModel() const { return m_problems; }
    DiagnosticsModel *diagnosticsModel() const { return m_diagnostics; }
    DocumentList *documentList() const { return m_files; }
    QTreeView *lineView() const { return m_lineView; }
    QAction *syncAction() const { return m_sync; }
    /** Sync's dry run: a job that checks the target and lists what a sync would do, writing nothing. */
    QAction *dryRunAction() const { return m_dryRun; }
    QString statusText() const;
    /** The details of the selected line: its conflict explanation, errors, or summary. */
    QString lineDetailsText() const;
    /** The plan's totals ("8 new packages to upload for linux-64, 112.0 MB"), one line per platform. */
    QString totalsText() const;

Q_SIGNALS:
    /** The preview caught up with the text (lines, union, plan and diagnostics updated). */
    void previewUpdated();
    /** The user confirmed "Sync…": the Jobs page should run a SyncJob with @p options. */
    void syncRequested(const core::sync::SyncOptions &options);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildFileList();
    QWidget *buildEditor();
    QWidget *buildResults();
    QWidget *buildLinesTab();
    QWidget *buildUnionTab();
    QWidget *buildPlanTab();
    void connectPreview();

    void showDocument(QTextDocument *document, const QString &path);
    void showNoDocument();
    void showParsed();
    void showLine(int lineNumber);
    void showPlan();
    void showDetails();
    void markFailedLines();
    void updateSyncAction();
    void confirmSync();
    /** Reads the source's records for the plan, then asks (a copy) or starts the job (a dry run). */
    void prepareSync(core::sync::SyncMode mode);
    void askToSync(const core::sync::SyncPlan &plan);
    void setMessage(const QString &text);

    core::envfile::Workspace m_workspace;
    int m_selectedLine = 0;
    bool m_reading = false; ///< Sync… is reading the source's records
    int m_lastRecordUpdates = -1;

    DocumentList *m_files = nullptr; ///< the spec lists, their documents and New…/Duplicate…/Rename…/Delete
    EditorPane *m_pane = nullptr;
    CodeEditor *m_editor = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeView *m_lineView = nullptr;
    QTreeView *m_problemView = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QLineEdit *m_unionFilter = nullptr;
    QTreeView *m_planView = nullptr;
    QLabel *m_target = nullptr;
    QLabel *m_totals = nullptr;
    QAction *m_sync = nullptr;
    QAction *m_dryRun = nullptr;
    QAction *m_reloadTarget = nullptr;

    SpecListPreview *m_preview = nullptr;
    SpecLineModel *m_lines = nullptr;
    UnionModel *m_union = nullptr;
    QSortFilterProxyModel *m_unionSorted = nullptr;
    SyncPlanModel *m_plan = nullptr;
    ProblemTreeModel *m_problems = nullptr;
    DiagnosticsModel *m_diagnostics = nullptr;
};

} // namespace ui
