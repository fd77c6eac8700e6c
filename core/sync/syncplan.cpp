// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The sync plan of a spec list over all platforms: the per-platform plans (core/solve/lineplan)
// merged into the files the target lacks, each once.
#include "core/sync/syncplan.h"

#include <algorithm>
#include <map>

namespace core::sync {

namespace {

using PackageKey = std::pair<std::string, std::string>;  // subdir, fn

void addSortedUnique(std::vector<int> &into, const std::vector<int> &items)
{
    into.insert(into.end(), items.begin(), items.end());
    std::sort(into.begin(), into.end());
    into.erase(std::unique(into.begin(), into.end()), into.end());
}

void addInOrderUnique(std::vector<std::string> &into, const std::vector<std::string> &items)
{
    for (const auto &item : items)
        if (std::find(into.begin(), into.end(), item) == into.end())
            into.push_back(item);
}

} // namespace

bool SyncPlan::hasFailedLines() const
{
    return std::any_of(platforms.begin(), platforms.end(), [](const auto &p) { return p.failedCount() > 0; });
}

std::vector<solve::PlanLineInput> planInputs(const envfile::SpecList &list)
{
    std::vector<solve::PlanLineInput> lines;
    for (const auto &line : list.specLines()) {
        solve::PlanLineInput input{line.lineNumber, line.text, line.specTexts(), {}};
        for (const auto &d : line.diagnostics)
            if (d.severity == envfile::SpecListDiagnostic::Severity::Error)
                input.errors.push_back(d.location + ": " + d.message);
        lines.push_back(std::move(input));
    }
    return lines;
}

SyncPlan combinePlans(std::vector<solve::PlatformPlan> plans)
{
    SyncPlan sync;
    std::map<PackageKey, solve::PlanPackage> missing, updates;
    const auto merge = [](std::map<PackageKey, solve::PlanPackage> &into, const solve::PlanPackage &p) {
        auto [it, inserted] = into.try_emplace({ p.record.subdir, p.record.fn }, p);
        if (!inserted) {
            addSortedUnique(it->second.lines, p.lines);
            addInOrderUnique(it->second.platforms, p.platforms);
        }
    };
    for (const auto &plan : plans) {
        for (const auto &p : plan.missing)
            merge(missing, p);
        for (const auto &p : plan.recordUpdates)
            merge(updates, p);
    }
    for (auto &[key, p] : missing) {
        sync.downloadSize += p.record.size;
        sync.missing.push_back(std::move(p));
    }
    for (auto &[key, p] : updates)
        sync.recordUpdates.push_back(std::move(p));
    sync.platforms = std::move(plans);
    return sync;
}

} // namespace core::sync
