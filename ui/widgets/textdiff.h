// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace ui {

/** One line of a line-by-line comparison. Line numbers count from 1; 0 means "not on that side". */
struct DiffLine
{
    enum class Kind { Context, Removed, Added };

    Kind kind = Kind::Context;
    int beforeLine = 0;
    int afterLine = 0;
    QString text;
    bool missingNewline = false;  ///< the last line of its text, without a line break

    bool operator==(const DiffLine &) const = default;
};

/** A stretch of changes with its surrounding context, as a unified diff's "@@" block shows it. */
struct DiffHunk
{
    int beforeStart = 0;
    int beforeCount = 0;
    int afterStart = 0;
    int afterCount = 0;
    std::vector<DiffLine> lines;
};

/** One row of a side-by-side view: the left line, the right line, or both. */
struct SideBySideRow
{
    enum class Kind { Same, Changed, Removed, Added };

    Kind kind = Kind::Same;
    int beforeLine = 0;  ///< 0: nothing on the left (a filler row)
    int afterLine = 0;
    QString before;
    QString after;
};

/**
 * The line differences between two texts (Myers' O(ND) algorithm after trimming the common
 * head and tail), with unified and side-by-side renderings. A line without a final line break
 * differs from the same line with one, as in GNU diff. Pure data: any thread.
 */
class TextDiff final
{
public:
    /** Beyond this many differing lines the middle is shown as removed-then-added, not aligned. */
    static constexpr int s_maxEditDistance = 4000;

    static TextDiff compute(const QString &before, const QString &after);

    /** Every line of both texts, in order. */
    const std::vector<DiffLine> &lines() const { return m_lines; }
    int addedCount() const { return m_added; }
    int removedCount() const { return m_removed; }
    bool hasChanges() const { return m_added > 0 || m_removed > 0; }

    std::vector<DiffHunk> hunks(int context = 3) const;
    /** `--- before`, `+++ after`, then the hunks with ` `/`-`/`+` prefixes, each line ending in '\n'. */
    QString unified(const QString &beforeHeader, const QString &afterHeader, int context = 3) const;
    /** Removed and added runs are paired up row by row; the shorter side gets filler rows. */
    std::vector<SideBySideRow> sideBySide() const;

private:
    std::vector<DiffLine> m_lines;
    int m_added = 0;
    int m_removed = 0;
};

} // namespace ui
