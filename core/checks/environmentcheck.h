// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/lock/changes.h"
#include "core/solve/database.h"
#include "core/solve/lineplan.h"
#include "core/solve/request.h"
#include "core/spec/packagerecord.h"
#include "core/util/result.h"

#include <QMetaType>

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

namespace core::checks {

/** A conda environment some host gets: which host, which environment, and its specs. */
struct EnvironmentInput
{
    std::string host;
    std::string environment; ///< how the inventory names it ("conda_envs/silx", "sardana_env")
    std::vector<std::string> specs; ///< conda match specs, as written
    bool operator==(const EnvironmentInput &) const = default;
};

enum class EnvironmentStatus {
    Solved,
    Unsolvable, ///< no solution: problemsText says why
    Error, ///< the solver refused the request (a malformed spec, a channel not loaded)
};

/** Stable identifier ("solved", "unsolvable", "error") for JSON and logs. */
const char *environmentStatusName(EnvironmentStatus status);

/** The solve of one host's environment. */
struct EnvironmentResult
{
    std::string host;
    std::string environment;
    std::vector<std::string> specs;
    EnvironmentStatus status = EnvironmentStatus::Error;
    std::vector<spec::PackageRecord> packages; ///< Solved: the solution, dependencies first
    std::uint64_t downloadSize = 0;
    solve::ProblemTree problems; ///< Unsolvable: why, as data (the ui words it)
    std::string problemsText; ///< Unsolvable: renderProblemsText(problems), for the command line
    std::string error; ///< Error: the solver's message
    bool operator==(const EnvironmentResult &) const = default;
};

/**
 * Solves each of @p environments against @p database with @p base's virtual packages, pins and
 * channel priority (its specs are replaced by each environment's). Environments with the same specs
 * are solved once. @p cancel, when set, stops before the next distinct solve (the result is then
 * shorter and meant to be dropped). Runs on the thread that owns @p database.
 */
std::vector<EnvironmentResult> solveEnvironments(solve::Database &database, const solve::Request &base,
    const std::vector<EnvironmentInput> &environments, const std::atomic_bool *cancel = nullptr);

/**
 * The packages that differ between two solves of an environment (lock::compareRecords, the one
 * comparison of package sets); empty when either is not solved.
 */
std::vector<lock::PackageChange> comparePackages(const EnvironmentResult &before, const EnvironmentResult &after);

/** How an environment's result changes when a pin changes. */
struct EnvironmentImpact
{
    EnvironmentResult before;
    EnvironmentResult after;
    std::vector<lock::PackageChange> changes;
    /** Whether the status or any package changes. */
    bool changed() const { return before.status != after.status || !changes.empty(); }
    bool operator==(const EnvironmentImpact &) const = default;
};

/** Pairs @p before and @p after (same order, same environments) and lists their changes. */
std::vector<EnvironmentImpact> compareResults(
    const std::vector<EnvironmentResult> &before, const std::vector<EnvironmentResult> &after);

/** Whether one environment can be installed from the sync target alone. */
struct EnvironmentReadiness
{
    EnvironmentResult offline; ///< solved against the sync target channel only
    int planLine = 0; ///< its line in ReadinessReport::plan (0 when ready)
    std::vector<spec::PackageRecord> missing; ///< files of the workspace channels' solution the target lacks
    bool ready() const { return offline.status == EnvironmentStatus::Solved; }
    bool operator==(const EnvironmentReadiness &) const = default;
};

/** The offline readiness of every environment, and the plan that would complete the target. */
struct ReadinessReport
{
    std::string target; ///< the sync target channel
    std::vector<EnvironmentReadiness> environments;
    /**
     * The environments that are not ready, solved against the workspace channels, one line per
     * distinct spec list: the packages the target lacks (solve::PlatformPlan::missing) and the lines that
     * do not solve even there.
     */
    solve::PlatformPlan plan;
    std::size_t readyCount() const;
    bool operator==(const ReadinessReport &) const = default;
};

/**
 * Checks @p environments for offline readiness: each is solved against the local channel
 * @p targetChannel alone (loaded into a database of its own, for @p platform and noarch, with the
 * `.solv` cache of @p options); those that fail are planned against @p workspace (the workspace's
 * channels) to list what the target lacks. Errors: the target folder does not exist or its
 * repodata cannot be read. Runs on the thread that owns @p workspace.
 */
[[nodiscard]] util::Result<ReadinessReport> checkOfflineReadiness(solve::Database &workspace, const std::string &targetChannel,
    const std::string &platform, const solve::Request &base, const std::vector<EnvironmentInput> &environments,
    const solve::LoadOptions &options = {});

/** The distinct spec lists of @p environments as plan lines (line i+1 = the i-th distinct one). */
std::vector<solve::PlanLineInput> planLinesFor(const std::vector<EnvironmentInput> &environments);

} // namespace core::checks

Q_DECLARE_METATYPE(core::checks::EnvironmentResult)
