// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// The 30 main cases of the peer data's CONFORMANCE.md (read in place, never copied): each names
// its repodata, specs, flags and the exact expected package set, or "unsatisfiable". Read by the
// flat conformance test and by the same cases over shards.

#include "core/solve/solver.h"
#include "core/solve/virtualpackages.h"

#include <QFile>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <vector>

namespace testsupport::conformance {

struct Case
{
    QString id;
    QStringList channels; ///< per channel, its repodata files (joined with '\n'), highest priority first
    QStringList specs;
    QStringList virtualPackages;
    bool flexible = false;
    bool unsatisfiable = false;
    int count = -1;
    QStringList expected; ///< the whole set, or (count-only cases) the members named
    bool wholeSet = true;
};

inline QStringList backticked(const QString &line)
{
    QStringList out;
    static const QRegularExpression re(QStringLiteral("`([^`]+)`"));
    for (auto it = re.globalMatch(line); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

inline std::vector<Case> readCases(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    std::vector<Case> cases;
    static const QRegularExpression heading(QStringLiteral("^### \\d+\\. \\[(\\w+)\\]"));
    static const QRegularExpression count(QStringLiteral("\\*\\*(\\d+) packages\\*\\*"));
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("## Reference-only")))
            break;
        if (const auto m = heading.match(line); m.hasMatch()) {
            cases.push_back(Case { m.captured(1), {}, {}, {}, false, false, -1, {}, true });
            continue;
        }
        if (cases.empty())
            continue;
        Case &c = cases.back();
        if (line.startsWith(QLatin1String("* repodata:"))) {
            // "channel 1 (...): `a` + `b`<br>channel 2 (...): `c` + `d`", or a single channel.
            for (const QString &part : line.split(QStringLiteral("<br>")))
                c.channels << backticked(part).join(QLatin1Char('\n'));
        } else if (line.startsWith(QLatin1String("* specs:"))) {
            c.specs = backticked(line);
        } else if (line.startsWith(QLatin1String("* state/flags:"))) {
            c.flexible = line.contains(QLatin1String("STRICT_REPO_PRIORITY=0"));
            if (line.contains(QLatin1String("virtual packages")))
                c.virtualPackages = backticked(line);
        } else if (line.startsWith(QLatin1String("* expected:"))) {
            c.unsatisfiable = line.contains(QLatin1String("**unsatisfiable**"));
            if (const auto m = count.match(line); m.hasMatch())
                c.count = m.captured(1).toInt();
            c.wholeSet = !line.contains(QLatin1String("including"));
            c.expected = backticked(line);
        }
    }
    return cases;
}

/** What a case asks the solver: its specs, virtual packages and channel priority. */
inline core::solve::Request requestOf(const Case &c)
{
    core::solve::Request request;
    for (const QString &spec : c.specs)
        request.specs.push_back(spec.toStdString());
    for (const QString &v : c.virtualPackages)
        request.virtualPackages.push_back(*core::solve::parseVirtualPackage(v.toStdString()));
    request.channelPriority
        = c.flexible ? core::solve::ChannelPriority::Flexible : core::solve::ChannelPriority::Strict;
    return request;
}

/** Empty when @p outcome is the answer the case expects; else what differs. */
inline QString verdict(const Case &c, const core::util::Result<core::solve::SolveOutcome> &outcome)
{
    if (!outcome)
        return QStringLiteral("the solve failed: ") + QString::fromStdString(outcome.error().message());
    if (c.unsatisfiable) {
        const auto *unsolvable = std::get_if<core::solve::Unsolvable>(&*outcome);
        if (!unsolvable)
            return QStringLiteral("expected unsatisfiable, got a solution");
        return unsolvable->graph.edges.empty() ? QStringLiteral("unsatisfiable without a conflict graph") : QString();
    }
    const auto *solution = std::get_if<core::solve::Solution>(&*outcome);
    if (!solution)
        return QStringLiteral("expected a solution, got unsatisfiable");
    QStringList got;
    for (const auto &p : solution->packages)
        got << QString::fromStdString(p.record.dist());
    got.sort();
    if (c.wholeSet) {
        QStringList expected = c.expected;
        expected.sort();
        return got == expected ? QString()
                               : QStringLiteral("got %1\nexpected %2").arg(got.join(u' '), expected.join(u' '));
    }
    if (got.size() != c.count)
        return QStringLiteral("got %1 packages, expected %2: %3").arg(got.size()).arg(c.count).arg(got.join(u' '));
    for (const QString &member : c.expected)
        if (!got.contains(member))
            return QStringLiteral("%1 missing from %2").arg(member, got.join(u' '));
    return {};
}

} // namespace testsupport::conformance
