// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/solve/request.h"
#include "core/solve/solution.h"
#include "ui/views/environmentcheck.h"

#include "ui/previewrunner.h"
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QTextDocument;

namespace ui {

class WorkspaceContext;

/**
 * The live preview of one environment editor: after each edit (debounced) it checks the text and
 * solves its specs in the background with the workspace's SolveService, for one platform.
 *
 * At most one solve is in flight; edits made meanwhile coalesce into the next one. Every check
 * bumps a generation and a result of an older generation is dropped. An unchanged request (an edit
 * in a comment) is not solved again. GUI thread only; signals are emitted on it.
 */
class EnvironmentPreview final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentPreview)
public:
    enum class State { Idle, LoadingChannels, Solving, Solved, Unsolvable, Error };

    explicit EnvironmentPreview(QObject *parent = nullptr);
    ~EnvironmentPreview() override;

    void setContext(WorkspaceContext *context);
    /** Follows @p document's edits; @p path names it in diagnostics. Refreshes at once. */
    void setDocument(QTextDocument *document, const QString &path);
    void setPlatform(const QString &platform);
    QString platform() const { return m_platform; }
    /** Debounce between the last edit and the check; 250 ms by default. */
    void setDebounceInterval(int milliseconds) { m_runner->setDebounceInterval(milliseconds); }

    State state() const { return m_state; }
    QString statusText() const { return m_status; }
    const EnvironmentCheck &check() const { return m_check; }
    /** The generation of the latest check (bumped by each edit that reached the check). */
    int generation() const { return m_runner->generation(); }

    /** Whether what is shown answers the text as it is: no edit waiting, nothing being solved. */
    bool isUpToDate() const { return !m_runner->isWaiting() && !m_pending && !m_inFlight; }
    /** Checks and solves now, skipping the debounce. */
    void refresh();

Q_SIGNALS:
    /** The text was checked: diagnostics and specs are in check(). */
    void checked();
    void solved(const core::solve::Solution &solution, qint64 milliseconds);
    void unsolvable(const core::solve::Unsolvable &unsolvable, qint64 milliseconds);
    void failed(const QString &error);
    void statusChanged(const QString &text);
    /** The preview is up to date with the text (solved, unsolvable, unchanged or in error). */
    void previewUpdated();

private:
    void startNext();
    /**
     * Asks the context for the shards of the names the text names now, before the debounce ends,
     * so that the solve after it finds them loaded (sharded channels only; names no index lists
     * cost nothing).
     */
    void prefetchNames();
    /** Solves m_inFlight, once the names it needs are in the database. */
    void solveInFlight();
    void setState(State state, const QString &status);
    void apply(const core::util::Result<core::solve::SolveOutcome> &outcome);
    bool channelsReady();

    QPointer<WorkspaceContext> m_context;
    QPointer<QTextDocument> m_document;
    QString m_path;
    QString m_platform;
    PreviewRunner *m_runner = nullptr; ///< debounce, generations, the run in flight
    EnvironmentCheck m_check;
    State m_state = State::Idle;
    QString m_status;

    std::optional<core::solve::Request> m_pending;     ///< waiting for the in-flight solve or the channels
    std::optional<core::solve::Request> m_inFlight;    ///< being solved now
    int m_inFlightGeneration = 0; ///< the generation the in-flight result answers
    QElapsedTimer m_solveTimer;
    QTimer m_prefetch; ///< coalesces the edits of one burst of keys into one prefetchNames()
    std::optional<core::solve::Request> m_lastSolved;  ///< the request behind the result shown
};

} // namespace ui
