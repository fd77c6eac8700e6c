// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/envfile/speclist.h"
#include "core/envfile/workspace.h"
#include "core/sync/syncplan.h"
#include "ui/models/diagnosticsmodel.h"
#include "ui/models/speclinemodel.h"
#include "ui/previewrunner.h"
#include "ui/views/speclineresults.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <vector>

class QTextDocument;

namespace ui {

class PlatformDatabases;
class WorkspaceContext;

/**
 * The live preview of a spec list: after each edit (debounced) the text is parsed, and every line
 * is solved on its own in the background, on every platform of the workspace, against the
 * workspace's channels; then the union and the sync plan against the workspace's sync_target.
 *
 * Lines are cached by their specs (core::solve::LineSolveCache, one per platform, used only on
 * the database's worker thread), so editing one line solves that line only. Each edit starts a new
 * run: the tasks of older runs are skipped and their results dropped. Results come per line
 * (lineUpdated) and then as a whole plan (planUpdated). GUI thread only.
 */
class SpecListPreview final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpecListPreview)
public:
    enum class State { Idle, LoadingChannels, Solving, Updated };

    explicit SpecListPreview(QObject *parent = nullptr);
    ~SpecListPreview() override;

    void setContext(WorkspaceContext *context);
    /** The platforms and the sync target; reads the target's index in the background. */
    void setWorkspace(const core::envfile::Workspace &workspace);
    /** Follows @p document's edits; @p path names it in diagnostics. Refreshes at once. */
    void setDocument(QTextDocument *document, const QString &path);
    /** Debounce between the last edit and the parse; 250 ms by default. */
    void setDebounceInterval(int milliseconds) { m_runner->setDebounceInterval(milliseconds); }
    /** While inactive (the page is hidden) edits are parsed but nothing is solved; on by default. */
    void setActive(bool active);
    /** Parses and plans now, skipping the debounce. */
    void refresh();
    /** Reads the sync target again (after a sync) and plans again. */
    void reloadTarget();

    State state() const { return m_state; }
    QString statusText() const { return m_status; }
    QStringList platforms() const { return m_platforms; }
    const core::envfile::SpecList &specList() const { return m_list; }
    const std::vector<Diagnostic> &diagnostics() const { return m_diagnostics; }
    /** The last complete plan; it is that of the current text when isUpToDate(). */
    const core::sync::SyncPlan &plan() const { return m_plan; }
    /** Whether plan() and the line results are those of the text (no edit waits for the debounce). */
    bool isUpToDate() const { return m_state == State::Updated && !m_runner->isWaiting(); }
    /** What is known of @p lineNumber on @p platform (a line's result or the plan's), or nullptr. */
    const core::solve::LineResult *lineResult(int lineNumber, const QString &platform) const;
    /** One entry per line with specs, as far as the results go. */
    std::vector<SpecLineEntry> lineEntries() const;
    /** The entry of @p lineNumber (status Solving for an unknown line). */
    SpecLineEntry lineEntry(int lineNumber) const;
    /** How many lines were really solved (not taken from the cache) since the preview was made. */
    int solveCount() const { return m_solveCount; }
    /** The sync target as the workspace names it (empty when it has none). */
    QString targetChannel() const { return m_targetChannel; }
    /** Why the plan cannot compare with the target (none set, not local, unreadable), or empty. */
    QString targetNote() const { return m_targetNote; }
    /**
     * plan() with the source channel's own records read (solve::attachSourceRecords, on each
     * platform's solve thread): what a sync publishes, and the records the target holds that the
     * source has changed since. @p done hears the plan, or why the records could not be read.
     */
    void readSourceRecords(std::function<void(const core::util::Result<core::sync::SyncPlan> &)> done);

Q_SIGNALS:
    /** The text was parsed: specList() and diagnostics() are new. */
    void parsed();
    /** A line's result arrived (or its entry changed): lineEntry(@p lineNumber) is new. */
    void lineUpdated(int lineNumber);
    /** plan() is complete for the current text. */
    void planUpdated();
    void statusChanged(const QString &text);
    /** The preview caught up with the text (the plan is new, or nothing needed solving). */
    void previewUpdated();

private:
    /** The work for the current text. */
    struct Run
    {
        bool started = false; ///< a run for inputs was started (m_runner holds its id)
        std::vector<core::solve::PlanLineInput> inputs;
        std::set<QString> linesPosted;  ///< platforms whose line tasks are queued
        std::set<QString> planPosted;   ///< platforms whose final plan task is queued
        std::set<QString> namesAsked; ///< platforms whose sharded names were asked for (ensureNames)
        std::set<QString> namesReady; ///< ... and are in the database
        std::map<QString, core::solve::PlatformPlan> plans;
        QElapsedTimer timer;
        bool finished = false;          ///< plan() is this run's
    };
    struct CacheSlot;

    void startRun();
    void cancelRun();
    void pump();
    bool pumpPlatform(const QString &platform);
    void postLines(const QString &platform);
    void postPlan(const QString &platform);
    void acceptLine(const QString &platform, const core::solve::LineResult &result);
    void acceptPlan(const QString &platform, core::solve::PlatformPlan plan);
    void finishRun();
    void readTarget();
    void setState(State state, const QString &status);
    std::shared_ptr<CacheSlot> cacheFor(const QString &platform);

    QPointer<WorkspaceContext> m_context;
    PlatformDatabases *m_databases = nullptr;
    QPointer<QTextDocument> m_document;
    QString m_path;
    PreviewRunner *m_runner = nullptr; ///< debounce, the current run and its cancel flag
    bool m_active = true;

    QStringList m_platforms;
    QString m_targetChannel;
    QString m_targetNote;
    std::shared_ptr<const core::channel::TargetIndex> m_target;  ///< null while it is being read
    int m_targetGeneration = 0;

    core::envfile::SpecList m_list;
    std::vector<core::solve::PlanLineInput> m_inputs;
    std::vector<Diagnostic> m_diagnostics;
    Run m_run;
    SpecLineResults m_results; ///< every line result known, per platform
    std::map<QString, std::shared_ptr<CacheSlot>> m_caches;
    core::sync::SyncPlan m_plan;
    State m_state = State::Idle;
    QString m_status;
    int m_solveCount = 0;
};

} // namespace ui
