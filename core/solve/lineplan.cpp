// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The lines of a spec list each solved on their own (as MAX IV's sync-channel script does with
// `mamba create --dry-run`), the union of the solutions, and what the target channel lacks.
#include "core/solve/lineplan.h"

#include "core/solve/solver.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <set>

using core::util::ErrorCode;
using core::util::makeError;
using core::util::Result;

namespace core::solve {

namespace {

using PackageKey = std::pair<std::string, std::string>;  // subdir, fn

template<typename T>
void addSortedUnique(std::vector<T> &into, const std::vector<T> &items)
{
    into.insert(into.end(), items.begin(), items.end());
    std::sort(into.begin(), into.end());
    into.erase(std::unique(into.begin(), into.end()), into.end());
}

LineResult solveLine(Database &database, const std::string &platform, const PlanLineInput &line, const Request &base)
{
    LineResult r;
    r.lineNumber = line.lineNumber;
    r.text = line.text;
    r.specs = line.specs;
    r.platform = platform;
    if (!line.errors.empty() || line.specs.empty()) {
        r.status = LineStatus::Invalid;
        r.errors = line.errors.empty() ? std::vector<std::string>{"the line has no specs"} : line.errors;
        return r;
    }
    Request request = base;
    request.specs = line.specs;
    auto outcome = solve(database, request);
    if (!outcome) {
        r.status = LineStatus::Error;
        r.errors = {outcome.error().message()};
    } else if (auto *solution = std::get_if<Solution>(&*outcome)) {
        r.status = LineStatus::Solved;
        r.solution = std::move(*solution);
    } else {
        r.status = LineStatus::Unsolvable;
        r.unsolvable = std::get<Unsolvable>(std::move(*outcome));
        r.problems = compressProblems(r.unsolvable.graph);
        r.problemsText = renderProblemsText(r.problems);
    }
    return r;
}

// The cached result of the same specs, relabelled for this line (the text may have moved).
LineResult cachedOrSolved(Database &database, const std::string &platform, const PlanLineInput &line,
                          const Request &base, LineSolveCache *cache)
{
    const bool cacheable = cache && line.errors.empty() && !line.specs.empty();
    const std::string key = cacheable ? LineSolveCache::keyFor(platform, line.specs) : std::string();
    if (cacheable) {
        if (const LineResult *hit = cache->find(key)) {
            LineResult r = *hit;
            r.lineNumber = line.lineNumber;
            r.text = line.text;
            r.fromCache = true;
            return r;
        }
    }
    LineResult r = solveLine(database, platform, line, base);
    if (cacheable)
        cache->insert(key, r);
    return r;
}

// The union of the solved lines, once per package file, with the lines that need it.
std::vector<PlanPackage> unionOf(const std::vector<LineResult> &lines, const std::string &platform)
{
    std::map<PackageKey, PlanPackage> byFile;
    for (const auto &line : lines) {
        if (line.status != LineStatus::Solved)
            continue;  // unsolvable and invalid lines stay out of the plan; they are reported in `lines`
        for (const auto &p : line.solution.packages) {
            PlanPackage &entry = byFile[{p.record.subdir, p.record.fn}];
            if (entry.lines.empty()) {
                entry.record = p.record;
                entry.platforms = {platform};
            }
            addSortedUnique(entry.lines, {line.lineNumber});
        }
    }
    std::vector<PlanPackage> result;
    result.reserve(byFile.size());
    for (auto &[key, entry] : byFile)
        result.push_back(std::move(entry));
    return result;
}

} // namespace

const char *lineStatusName(LineStatus status)
{
    switch (status) {
    case LineStatus::Solved: return "solved";
    case LineStatus::Unsolvable: return "unsolvable";
    case LineStatus::Invalid: return "invalid";
    case LineStatus::Error: return "error";
    }
    return "error";
}

std::size_t PlatformPlan::solvedCount() const
{
    return std::size_t(std::count_if(lines.begin(), lines.end(), [](const auto &l) { return l.status == LineStatus::Solved; }));
}

std::size_t PlatformPlan::failedCount() const
{
    return lines.size() - solvedCount();
}

void LineSolveCache::clear()
{
    m_entries.clear();
}

void LineSolveCache::useBaseRequest(const Request &base)
{
    Request stripped = base;
    stripped.specs.clear();
    if (m_hasBase && stripped == m_base)
        return;
    m_entries.clear();
    m_base = std::move(stripped);
    m_hasBase = true;
}

const LineResult *LineSolveCache::find(const std::string &key) const
{
    const auto it = m_entries.find(key);
    return it == m_entries.end() ? nullptr : &it->second;
}

void LineSolveCache::insert(const std::string &key, const LineResult &result)
{
    m_entries.insert_or_assign(key, result);
}

std::string LineSolveCache::keyFor(const std::string &platform, const std::vector<std::string> &specs)
{
    // A unit separator cannot occur in a spec, so different spec splits never share a key.
    std::string key = platform;
    for (const auto &spec : specs)
        key += '\x1f' + spec;
    return key;
}

PlatformPlan planPlatform(Database &database, const std::string &platform, const std::vector<PlanLineInput> &lines,
                          const Request &base, const channel::TargetIndex &target, LineSolveCache *cache,
                          const std::atomic_bool *cancel)
{
    if (cache)
        cache->useBaseRequest(base);
    PlatformPlan plan;
    plan.platform = platform;
    for (const auto &line : lines) {
        if (cancel && cancel->load())
            break;
        plan.lines.push_back(cachedOrSolved(database, platform, line, base, cache));
    }
    plan.packages = unionOf(plan.lines, platform);
    // Exact file names: the solver picked one file (a .conda over a .tar.bz2 of the same build),
    // and the sync uploads exactly that one, so a target holding the other format still lacks it.
    for (const auto &p : plan.packages)
        if (!target.contains(p.record.subdir, p.record.fn)) {
            plan.missing.push_back(p);
            plan.downloadSize += p.record.size;
        }
    return plan;
}

std::vector<std::string> differingFields(const std::string &a, const std::string &b)
{
    const QJsonObject left = QJsonDocument::fromJson(QByteArray::fromStdString(a)).object();
    const QJsonObject right = QJsonDocument::fromJson(QByteArray::fromStdString(b)).object();
    std::set<std::string> fields;
    for (const QJsonObject *side : { &left, &right })
        for (auto it = side->begin(); it != side->end(); ++it)
            if (left.value(it.key()) != right.value(it.key()))
                fields.insert(it.key().toStdString());
    return { fields.begin(), fields.end() };
}

namespace {

std::vector<spec::PackageRecord> recordsOf(const std::vector<PlanPackage> &packages)
{
    std::vector<spec::PackageRecord> records;
    records.reserve(packages.size());
    for (const auto &p : packages)
        records.push_back(p.record);
    return records;
}

} // namespace

util::Result<void> attachSourceRecords(const Database &database, PlatformPlan &plan, const channel::TargetIndex &target)
{
    auto texts = database.recordTexts(recordsOf(plan.packages));
    if (!texts)
        return texts.error();
    auto built = database.builtRecordTexts(recordsOf(plan.missing));
    if (!built)
        return built.error();
    const auto textOf = [](const std::map<std::string, std::string> &texts, const spec::PackageRecord &r) {
        const auto it = texts.find(r.subdir + '/' + r.fn);
        return it == texts.end() ? std::string() : it->second;
    };
    const auto sourceOf = [&](const spec::PackageRecord &r) { return textOf(*texts, r); };
    for (auto &p : plan.missing) {
        p.sourceRecord = sourceOf(p.record);
        const std::string asBuilt = textOf(*built, p.record);
        if (!asBuilt.empty() && !p.sourceRecord.empty())
            p.patchedFields = differingFields(asBuilt, p.sourceRecord);
    }
    plan.recordUpdates.clear();
    for (const auto &p : plan.packages) {
        const auto held = target.records.find(p.record.subdir + '/' + p.record.fn);
        const std::string source = sourceOf(p.record);
        if (held == target.records.end() || source.empty())
            continue;
        auto fields = differingFields(held->second, source);
        if (fields.empty())
            continue;
        PlanPackage update = p;
        update.sourceRecord = source;
        update.changedFields = std::move(fields);
        plan.recordUpdates.push_back(std::move(update));
    }
    return {};
}

} // namespace core::solve
