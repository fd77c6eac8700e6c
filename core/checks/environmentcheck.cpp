// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The conda environments an inventory gives its hosts, solved: whether each would install, how a
// changed pin changes them, and whether the sync target channel alone could install them.
#include "core/checks/environmentcheck.h"

#include "core/solve/channelsources.h"
#include "core/solve/problemsgraph.h"
#include "core/solve/solver.h"

#include <algorithm>
#include <map>

namespace core::checks {

using namespace core::solve;  // the types this check is made of

const char *environmentStatusName(EnvironmentStatus status)
{
    switch (status) {
    case EnvironmentStatus::Solved:
        return "solved";
    case EnvironmentStatus::Unsolvable:
        return "unsolvable";
    case EnvironmentStatus::Error:
        return "error";
    }
    return "error";
}

namespace {

EnvironmentResult solveOne(Database &database, const Request &base, const std::vector<std::string> &specs)
{
    EnvironmentResult result;
    result.specs = specs;
    Request request = base;
    request.specs = specs;
    const auto outcome = solve::solve(database, request);
    if (!outcome) {
        result.status = EnvironmentStatus::Error;
        result.error = outcome.error().message();
    } else if (const auto *solution = std::get_if<Solution>(&*outcome)) {
        result.status = EnvironmentStatus::Solved;
        result.downloadSize = solution->downloadSize;
        result.packages.reserve(solution->packages.size());
        for (const SolvedPackage &p : solution->packages)
            result.packages.push_back(p.record);
    } else {
        result.status = EnvironmentStatus::Unsolvable;
        result.problems = compressProblems(std::get<Unsolvable>(*outcome).graph);
        result.problemsText = renderProblemsText(result.problems);
    }
    return result;
}

} // namespace

std::vector<EnvironmentResult> solveEnvironments(Database &database, const Request &base,
    const std::vector<EnvironmentInput> &environments, const std::atomic_bool *cancel)
{
    // Hosts of a group mostly share their environments: solve each distinct spec list once.
    std::map<std::vector<std::string>, EnvironmentResult> solved;
    std::vector<EnvironmentResult> out;
    out.reserve(environments.size());
    for (const EnvironmentInput &env : environments) {
        auto it = solved.find(env.specs);
        if (it == solved.end()) {
            if (cancel && cancel->load())
                break;
            it = solved.emplace(env.specs, solveOne(database, base, env.specs)).first;
        }
        EnvironmentResult result = it->second;
        result.host = env.host;
        result.environment = env.environment;
        out.push_back(std::move(result));
    }
    return out;
}

std::vector<lock::PackageChange> comparePackages(const EnvironmentResult &before, const EnvironmentResult &after)
{
    if (before.status != EnvironmentStatus::Solved || after.status != EnvironmentStatus::Solved)
        return {};
    return lock::compareRecords(before.packages, after.packages).changes;
}

std::vector<EnvironmentImpact> compareResults(
    const std::vector<EnvironmentResult> &before, const std::vector<EnvironmentResult> &after)
{
    std::vector<EnvironmentImpact> out;
    const size_t n = std::min(before.size(), after.size());
    out.reserve(n);
    for (size_t i = 0; i < n; ++i)
        out.push_back(EnvironmentImpact { before[i], after[i], comparePackages(before[i], after[i]) });
    return out;
}

std::size_t ReadinessReport::readyCount() const
{
    return size_t(std::count_if(environments.begin(), environments.end(), [](const auto &e) { return e.ready(); }));
}

std::vector<PlanLineInput> planLinesFor(const std::vector<EnvironmentInput> &environments)
{
    std::vector<PlanLineInput> lines;
    for (const EnvironmentInput &env : environments) {
        const auto same = [&](const PlanLineInput &l) { return l.specs == env.specs; };
        if (std::find_if(lines.begin(), lines.end(), same) != lines.end())
            continue;
        std::string text;
        for (const std::string &s : env.specs)
            text += (text.empty() ? "" : " ") + s;
        lines.push_back(PlanLineInput { int(lines.size()) + 1, text, env.specs, {} });
    }
    return lines;
}

util::Result<ReadinessReport> checkOfflineReadiness(Database &workspace, const std::string &targetChannel,
    const std::string &platform, const Request &base, const std::vector<EnvironmentInput> &environments,
    const LoadOptions &options)
{
    auto sources = localRepodataSources({ targetChannel }, platform);
    if (!sources)
        return sources.error();
    auto index = channel::readTargetIndex(targetChannel, { platform, "noarch" });
    if (!index)
        return index.error();
    // A database of its own: the target alone, as a host without the workspace channels sees it.
    Database target;
    if (auto loaded = loadSources(target, *sources, options); !loaded)
        return loaded.error();

    ReadinessReport report;
    report.target = targetChannel;
    std::vector<EnvironmentInput> notReady;
    for (EnvironmentResult &offline : solveEnvironments(target, base, environments)) {
        EnvironmentReadiness r;
        r.offline = std::move(offline);
        if (!r.ready())
            notReady.push_back(EnvironmentInput { r.offline.host, r.offline.environment, r.offline.specs });
        report.environments.push_back(std::move(r));
    }
    const std::vector<PlanLineInput> lines = planLinesFor(notReady);
    report.plan = planPlatform(workspace, platform, lines, base, *index);
    for (EnvironmentReadiness &r : report.environments) {
        if (r.ready())
            continue;
        const auto line
            = std::find_if(lines.begin(), lines.end(), [&](const auto &l) { return l.specs == r.offline.specs; });
        r.planLine = line->lineNumber;
        for (const PlanPackage &p : report.plan.missing)
            if (std::binary_search(p.lines.begin(), p.lines.end(), r.planLine))
                r.missing.push_back(p.record);
    }
    return report;
}

} // namespace core::checks
