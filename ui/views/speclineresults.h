// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/envfile/speclist.h"
#include "core/solve/lineplan.h"
#include "ui/models/diagnosticsmodel.h"
#include "ui/models/speclinemodel.h"

#include <QString>
#include <QStringList>

#include <map>
#include <string>
#include <vector>

namespace ui {

/** The diagnostics of @p list for an editor, their byte columns turned into character columns. */
std::vector<Diagnostic> editorDiagnostics(const core::envfile::SpecList &list);

/** The 1-based character column where @p byteColumn (1-based, UTF-8) of @p text starts. */
int characterColumn(const std::string &text, int byteColumn);

/**
 * What a spec list preview knows of its lines, per platform: every line result it was given, kept
 * by the line's specs (core::solve::LineSolveCache::keyFor) across edits for as long as the
 * platform's database stays the one they were solved with, and the line table's entries made
 * from them. GUI thread only.
 */
class SpecLineResults
{
public:
    /** Forgets every platform's results (another workspace or context). */
    void clear() { m_known.clear(); }
    /** Forgets @p platform's results (its channels could not be loaded). */
    void forget(const QString &platform) { m_known.erase(platform); }
    /**
     * Keeps @p platform's results only if they were solved against this database (@p service at
     * @p generation); returns false when they were dropped because the database is another.
     */
    bool useDatabase(const QString &platform, const void *service, int generation);
    /** Keeps @p result; a line that was not solved (invalid) is not kept: its entry comes from the parse. */
    void remember(const QString &platform, const core::solve::LineResult &result);
    /** Whether a result is kept for @p specs on @p platform. */
    bool knows(const QString &platform, const std::vector<std::string> &specs) const;
    /** The result kept for @p specs on @p platform, or nullptr. */
    const core::solve::LineResult *find(const QString &platform, const std::vector<std::string> &specs) const;

    /**
     * The line table's entry of @p lineNumber of @p list (planned as @p inputs on @p platforms):
     * invalid, solving until every platform answered, or the first platform's failure.
     */
    SpecLineEntry entry(int lineNumber, const core::envfile::SpecList &list,
        const std::vector<core::solve::PlanLineInput> &inputs, const QStringList &platforms) const;

private:
    struct Known
    {
        const void *service = nullptr;
        int generation = -1;
        std::map<std::string, core::solve::LineResult> byKey;
    };
    std::map<QString, Known> m_known;
};

} // namespace ui
