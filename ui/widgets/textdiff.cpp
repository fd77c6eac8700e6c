// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/widgets/textdiff.h"

#include <QHash>

#include <algorithm>
#include <optional>

namespace ui {

namespace {

struct Line
{
    QString text;
    bool missingNewline = false;
};

std::vector<Line> splitLines(const QString &text)
{
    std::vector<Line> lines;
    if (text.isEmpty())
        return lines;
    const QStringList parts = text.split(QLatin1Char('\n'));
    for (const QString &part : parts)
        lines.push_back(Line{part, false});
    // "a\nb\n" splits into a, b and an empty rest that is no line; without the final break the
    // last line is marked, so that adding or removing that break shows as a change.
    if (text.endsWith(QLatin1Char('\n')))
        lines.pop_back();
    else
        lines.back().missingNewline = true;
    return lines;
}

/** Lines become small integers, so the inner loop of the diff compares ints, not strings. */
class LineCodes
{
public:
    std::vector<int> encode(const std::vector<Line> &lines)
    {
        std::vector<int> codes;
        codes.reserve(lines.size());
        for (const Line &line : lines) {
            const QString key = line.missingNewline ? line.text + QChar(u'\0') : line.text;
            auto it = m_codes.constFind(key);
            if (it == m_codes.cend())
                it = m_codes.insert(key, int(m_codes.size()));
            codes.push_back(*it);
        }
        return codes;
    }

private:
    QHash<QString, int> m_codes;
};

enum class Step { Same, Delete, Insert };

/**
 * Myers' greedy shortest edit script between a and b (already without their common head and
 * tail), as steps in order; nullopt when more than @p limit lines differ. Each round d keeps a
 * copy of the furthest-reaching x per diagonal k, which the backtrack walks back through.
 */
std::optional<std::vector<Step>> shortestEdit(const std::vector<int> &a, const std::vector<int> &b, int limit)
{
    const int n = int(a.size());
    const int m = int(b.size());
    const int offset = n + m + 1;
    std::vector<int> v(2 * offset + 2, 0);
    std::vector<std::vector<int>> trace;  // trace[d][k + d + 1]: v as round d began
    int rounds = -1;
    for (int d = 0; d <= std::min(limit, n + m) && rounds < 0; ++d) {
        trace.emplace_back(v.begin() + offset - d - 1, v.begin() + offset + d + 2);
        for (int k = -d; k <= d; k += 2) {
            const bool down = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]);
            int x = down ? v[offset + k + 1] : v[offset + k - 1] + 1;
            int y = x - k;
            while (x < n && y < m && a[x] == b[y]) {
                ++x;
                ++y;
            }
            v[offset + k] = x;
            if (x >= n && y >= m) {
                rounds = d;
                break;
            }
        }
    }
    if (rounds < 0)
        return std::nullopt;

    std::vector<Step> steps;
    int x = n;
    int y = m;
    for (int d = rounds; d >= 0; --d) {
        const std::vector<int> &round = trace[d];
        const auto at = [&](int k) { return round[k + d + 1]; };
        const int k = x - y;
        const int previousK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
        const int previousX = d == 0 ? 0 : at(previousK);
        const int previousY = d == 0 ? 0 : previousX - previousK;
        for (; x > previousX && y > previousY; --x, --y)
            steps.push_back(Step::Same);
        if (d > 0)
            steps.push_back(x == previousX ? Step::Insert : Step::Delete);
        x = previousX;
        y = previousY;
    }
    std::reverse(steps.begin(), steps.end());
    return steps;
}

/** Within each run of changes, removed lines come first, as diff and Ansible show them. */
void groupChanges(std::vector<DiffLine> &lines)
{
    auto runStart = lines.begin();
    while (runStart != lines.end()) {
        runStart = std::find_if(runStart, lines.end(), [](const DiffLine &l) { return l.kind != DiffLine::Kind::Context; });
        const auto runEnd = std::find_if(runStart, lines.end(), [](const DiffLine &l) { return l.kind == DiffLine::Kind::Context; });
        std::stable_partition(runStart, runEnd, [](const DiffLine &l) { return l.kind == DiffLine::Kind::Removed; });
        runStart = runEnd;
    }
}

QString rangeText(int start, int count)
{
    return count == 1 ? QString::number(start) : QStringLiteral("%1,%2").arg(start).arg(count);
}

} // namespace

TextDiff TextDiff::compute(const QString &before, const QString &after)
{
    const std::vector<Line> a = splitLines(before);
    const std::vector<Line> b = splitLines(after);
    LineCodes codes;
    const std::vector<int> ca = codes.encode(a);
    const std::vector<int> cb = codes.encode(b);

    size_t head = 0;
    while (head < ca.size() && head < cb.size() && ca[head] == cb[head])
        ++head;
    size_t tail = 0;
    while (tail < ca.size() - head && tail < cb.size() - head && ca[ca.size() - 1 - tail] == cb[cb.size() - 1 - tail])
        ++tail;
    const std::vector<int> middleA(ca.begin() + qsizetype(head), ca.end() - qsizetype(tail));
    const std::vector<int> middleB(cb.begin() + qsizetype(head), cb.end() - qsizetype(tail));

    std::vector<Step> steps(head, Step::Same);
    if (auto middle = shortestEdit(middleA, middleB, s_maxEditDistance)) {
        steps.insert(steps.end(), middle->begin(), middle->end());
    } else {
        // Too different to align in reasonable time and memory: show it as replaced.
        steps.insert(steps.end(), middleA.size(), Step::Delete);
        steps.insert(steps.end(), middleB.size(), Step::Insert);
    }
    steps.insert(steps.end(), tail, Step::Same);

    TextDiff diff;
    size_t i = 0;
    size_t j = 0;
    for (const Step step : steps) {
        if (step == Step::Same) {
            diff.m_lines.push_back({DiffLine::Kind::Context, int(i) + 1, int(j) + 1, b[j].text, b[j].missingNewline});
            ++i;
            ++j;
        } else if (step == Step::Delete) {
            diff.m_lines.push_back({DiffLine::Kind::Removed, int(i) + 1, 0, a[i].text, a[i].missingNewline});
            ++i;
            ++diff.m_removed;
        } else {
            diff.m_lines.push_back({DiffLine::Kind::Added, 0, int(j) + 1, b[j].text, b[j].missingNewline});
            ++j;
            ++diff.m_added;
        }
    }
    groupChanges(diff.m_lines);
    return diff;
}

std::vector<DiffHunk> TextDiff::hunks(int context) const
{
    // A line is shown when it lies within `context` lines of a change; each run of shown lines is
    // a hunk, so changes closer than 2 × context share one, as in GNU diff.
    const int count = int(m_lines.size());
    std::vector<bool> shown(size_t(count), false);
    for (int i = 0; i < count; ++i)
        if (m_lines[size_t(i)].kind != DiffLine::Kind::Context)
            for (int j = std::max(0, i - context); j <= std::min(count - 1, i + context); ++j)
                shown[size_t(j)] = true;

    std::vector<DiffHunk> hunks;
    int beforeSeen = 0;  // lines of each side before the current position
    int afterSeen = 0;
    for (int i = 0; i < count;) {
        if (!shown[size_t(i)]) {
            beforeSeen += 1;  // an unshown line is always context: on both sides
            afterSeen += 1;
            ++i;
            continue;
        }
        DiffHunk hunk;
        for (; i < count && shown[size_t(i)]; ++i) {
            const DiffLine &line = m_lines[size_t(i)];
            hunk.lines.push_back(line);
            hunk.beforeCount += line.kind != DiffLine::Kind::Added;
            hunk.afterCount += line.kind != DiffLine::Kind::Removed;
        }
        // An empty side is numbered by the line it follows, as in "@@ -0,0 +1 @@".
        hunk.beforeStart = hunk.beforeCount > 0 ? beforeSeen + 1 : beforeSeen;
        hunk.afterStart = hunk.afterCount > 0 ? afterSeen + 1 : afterSeen;
        beforeSeen += hunk.beforeCount;
        afterSeen += hunk.afterCount;
        hunks.push_back(std::move(hunk));
    }
    return hunks;
}

QString TextDiff::unified(const QString &beforeHeader, const QString &afterHeader, int context) const
{
    QString text = QStringLiteral("--- ") + beforeHeader + QStringLiteral("\n+++ ") + afterHeader + QLatin1Char('\n');
    for (const DiffHunk &hunk : hunks(context)) {
        text += QStringLiteral("@@ -") + rangeText(hunk.beforeStart, hunk.beforeCount) + QStringLiteral(" +")
                + rangeText(hunk.afterStart, hunk.afterCount) + QStringLiteral(" @@\n");
        for (const DiffLine &line : hunk.lines) {
            const QChar prefix = line.kind == DiffLine::Kind::Added     ? QLatin1Char('+')
                                 : line.kind == DiffLine::Kind::Removed ? QLatin1Char('-')
                                                                        : QLatin1Char(' ');
            text += prefix + line.text + QLatin1Char('\n');
            if (line.missingNewline)
                text += QStringLiteral("\\ No newline at end of file\n");
        }
    }
    return text;
}

std::vector<SideBySideRow> TextDiff::sideBySide() const
{
    std::vector<SideBySideRow> rows;
    size_t i = 0;
    while (i < m_lines.size()) {
        const DiffLine &line = m_lines[i];
        if (line.kind == DiffLine::Kind::Context) {
            rows.push_back({SideBySideRow::Kind::Same, line.beforeLine, line.afterLine, line.text, line.text});
            ++i;
            continue;
        }
        std::vector<const DiffLine *> removed;
        std::vector<const DiffLine *> added;
        for (; i < m_lines.size() && m_lines[i].kind != DiffLine::Kind::Context; ++i)
            (m_lines[i].kind == DiffLine::Kind::Removed ? removed : added).push_back(&m_lines[i]);
        for (size_t r = 0; r < std::max(removed.size(), added.size()); ++r) {
            SideBySideRow row;
            if (r < removed.size()) {
                row.beforeLine = removed[r]->beforeLine;
                row.before = removed[r]->text;
            }
            if (r < added.size()) {
                row.afterLine = added[r]->afterLine;
                row.after = added[r]->text;
            }
            row.kind = row.beforeLine == 0   ? SideBySideRow::Kind::Added
                       : row.afterLine == 0  ? SideBySideRow::Kind::Removed
                                             : SideBySideRow::Kind::Changed;
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

} // namespace ui
