// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/views/speclineresults.h"

#include "ui/diagnostictext.h"

#include <algorithm>

namespace ui {

using core::solve::LineResult;
using core::solve::LineSolveCache;
using core::solve::LineStatus;

namespace {

QString firstLine(const LineResult &r)
{
    if (r.status == LineStatus::Unsolvable)
        return DiagnosticText::problemsText(r.problems).section(QLatin1Char('\n'), 0, 0);
    const std::string text = r.errors.empty() ? std::string() : r.errors.front();
    return QString::fromStdString(text.substr(0, text.find('\n')));
}

const core::envfile::SpecListDiagnostic *firstError(const core::envfile::SpecList &list, int lineNumber)
{
    for (const auto &line : list.lines) {
        if (line.lineNumber != lineNumber)
            continue;
        for (const auto &d : line.diagnostics) {
            if (d.severity == core::envfile::SpecListDiagnostic::Severity::Error)
                return &d;
        }
    }
    return nullptr;
}

} // namespace

int characterColumn(const std::string &text, int byteColumn)
{
    const auto bytes = std::size_t(std::clamp(byteColumn - 1, 0, int(text.size())));
    return int(QString::fromUtf8(text.data(), qsizetype(bytes)).size()) + 1;
}

std::vector<Diagnostic> editorDiagnostics(const core::envfile::SpecList &list)
{
    std::vector<Diagnostic> result;
    for (const auto &line : list.lines)
        for (const auto &d : line.diagnostics) {
            const int start = characterColumn(line.text, d.column);
            const int end = characterColumn(line.text, d.column + std::max(1, d.length));
            const auto severity = d.severity == core::envfile::SpecListDiagnostic::Severity::Error
                ? Diagnostic::Severity::Error
                : Diagnostic::Severity::Warning;
            result.push_back(
                { severity, line.lineNumber, start, std::max(1, end - start), DiagnosticText::specListText(d) });
        }
    return result;
}

bool SpecLineResults::useDatabase(const QString &platform, const void *service, int generation)
{
    Known &known = m_known[platform];
    if (known.service == service && known.generation == generation)
        return true;
    // Another database: what was solved against the old one says nothing any more.
    known = Known { service, generation, {} };
    return false;
}

void SpecLineResults::remember(const QString &platform, const LineResult &result)
{
    if (result.status == LineStatus::Invalid)
        return;
    m_known[platform].byKey.insert_or_assign(LineSolveCache::keyFor(platform.toStdString(), result.specs), result);
}

bool SpecLineResults::knows(const QString &platform, const std::vector<std::string> &specs) const
{
    return find(platform, specs) != nullptr;
}

const LineResult *SpecLineResults::find(const QString &platform, const std::vector<std::string> &specs) const
{
    const auto known = m_known.find(platform);
    if (known == m_known.end())
        return nullptr;
    const auto it = known->second.byKey.find(LineSolveCache::keyFor(platform.toStdString(), specs));
    return it == known->second.byKey.end() ? nullptr : &it->second;
}

SpecLineEntry SpecLineResults::entry(int lineNumber, const core::envfile::SpecList &list,
    const std::vector<core::solve::PlanLineInput> &inputs, const QStringList &platforms) const
{
    SpecLineEntry entry;
    entry.lineNumber = lineNumber;
    const auto input = std::find_if(
        inputs.begin(), inputs.end(), [lineNumber](const auto &l) { return l.lineNumber == lineNumber; });
    if (input == inputs.end())
        return entry;
    QStringList specs;
    for (const auto &s : input->specs)
        specs << QString::fromStdString(s);
    entry.specs = specs.join(QLatin1Char(' '));
    if (!input->errors.empty()) {
        entry.status = SpecLineStatus::Invalid;
        const auto *error = firstError(list, lineNumber);
        entry.detail = error ? DiagnosticText::specListText(*error) : QString::fromStdString(input->errors.front());
        return entry;
    }
    bool pending = false;
    bool failed = false;
    for (const QString &platform : platforms) {
        const LineResult *r = find(platform, input->specs);
        if (!r) {
            pending = true;
        } else if (r->status != LineStatus::Solved && !failed) {
            // The first platform where the line fails decides: it is left out of that plan.
            failed = true;
            entry.status = r->status == LineStatus::Unsolvable ? SpecLineStatus::Unsolvable : SpecLineStatus::Error;
            entry.platform = platforms.size() > 1 ? platform : QString();
            entry.detail = firstLine(*r);
        } else if (r->status == LineStatus::Solved && platform == platforms.front()) {
            entry.packageCount = int(r->solution.packages.size());
        }
    }
    if (failed)
        entry.packageCount = -1;
    else
        entry.status = pending ? SpecLineStatus::Solving : SpecLineStatus::Solved;
    return entry;
}

} // namespace ui
