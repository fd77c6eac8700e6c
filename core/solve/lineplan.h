// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// Spec-list lines solved one by one, each like `mamba create --dry-run`, their union, and what a
// target channel lacks: the solving half of a sync plan (core/sync combines platforms and turns the
// plan into a job), also used by the offline-readiness check (core/checks).

#include "core/channel/targetindex.h"
#include "core/solve/database.h"
#include "core/solve/problemsgraph.h"
#include "core/solve/request.h"
#include "core/solve/solution.h"
#include "core/spec/packagerecord.h"
#include "core/util/result.h"

#include <atomic>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace core::solve {

/**
 * One line of a spec list to plan, in solve's own terms (core/solve does not read spec lists; the
 * caller converts envfile::SpecListLine: lineNumber, text, specTexts(), and the messages of its
 * Error diagnostics into `errors`). A line with errors is reported Invalid and not solved.
 */
struct PlanLineInput
{
    int lineNumber = 0;
    std::string text;
    std::vector<std::string> specs;
    std::vector<std::string> errors;
    bool operator==(const PlanLineInput &) const = default;
};

enum class LineStatus {
    Solved,
    Unsolvable,  ///< no solution: see problemsText / unsolvable, excluded from the plan
    Invalid,     ///< the line has errors (bad match spec): not solved, excluded from the plan
    Error,       ///< the solver refused the request (e.g. a spec names a channel not loaded)
};

/** Stable identifier ("solved", "unsolvable", "invalid", "error") for JSON and logs. */
const char *lineStatusName(LineStatus status);

/** The solve of one spec-list line for one platform. */
struct LineResult
{
    int lineNumber = 0;
    std::string text;
    std::vector<std::string> specs;
    std::string platform;
    LineStatus status = LineStatus::Invalid;
    Solution solution;                ///< for Solved
    Unsolvable unsolvable;            ///< for Unsolvable
    ProblemTree problems; ///< Unsolvable: why, as data (the ui words it)
    std::string problemsText; ///< Unsolvable: renderProblemsText(problems), for the command line
    std::vector<std::string> errors;  ///< Invalid: the line's errors; Error: the solver's message
    bool fromCache = false;           ///< reused from a LineSolveCache, not solved again
    bool operator==(const LineResult &) const = default;
};

/** A package of the union of the solved lines, and the line numbers that pull it in. */
struct PlanPackage
{
    spec::PackageRecord record;
    std::vector<int> lines;               ///< sorted line numbers
    std::vector<std::string> platforms;   ///< platforms whose plan needs it (a noarch file may serve several)
    /** The source channel's own record (compact JSON, every field), once attachSourceRecords() ran. */
    std::string sourceRecord {};
    /** A record to update: the fields whose values differ between the target's record and the source's. */
    std::vector<std::string> changedFields {};
    /**
     * The fields the source's repodata patches changed from the record the package was built with
     * (its repodata_from_packages.json), once attachSourceRecords() ran; empty when the source
     * publishes no such file. A target that rebuilds records from the archives (Quetz) loses them.
     */
    std::vector<std::string> patchedFields {};
    bool operator==(const PlanPackage &) const = default;
};

/** The plan of one platform. */
struct PlatformPlan
{
    std::string platform;
    std::vector<LineResult> lines;        ///< one per input line, in input order
    std::vector<PlanPackage> packages;    ///< union of the solved lines, by subdir then fn
    std::vector<PlanPackage> missing;     ///< the packages of the union the target lacks, by subdir then fn
    std::uint64_t downloadSize = 0;       ///< sum of the missing packages' sizes
    /**
     * Files the target holds whose record there is not the source's (a repodata patch published
     * after they were mirrored): the record is replaced, the file not downloaded again. Filled by
     * attachSourceRecords().
     */
    std::vector<PlanPackage> recordUpdates;

    std::size_t solvedCount() const;
    std::size_t failedCount() const;     ///< Unsolvable, Invalid and Error lines
    bool operator==(const PlatformPlan &) const = default;
};

/**
 * Solved lines keyed by platform and spec text (whitespace-normalised, comments ignored), so a
 * re-plan after one edited line only solves that line. A cache belongs to one Database and one
 * base request: call clear() when the database is reloaded; a plan with another base request
 * (virtual packages, priority, pins) clears it by itself. Not thread-safe: use it on the thread
 * that owns the Database (the SolveService worker).
 */
class LineSolveCache final
{
public:
    void clear();
    std::size_t size() const { return m_entries.size(); }

    /** For planPlatform(): drops everything when @p base differs from the last one seen. */
    void useBaseRequest(const Request &base);
    const LineResult *find(const std::string &key) const;
    void insert(const std::string &key, const LineResult &result);
    /** The key of a line's specs for @p platform. */
    static std::string keyFor(const std::string &platform, const std::vector<std::string> &specs);

private:
    std::map<std::string, LineResult> m_entries;
    Request m_base;
    bool m_hasBase = false;
};

/**
 * Solves every line of @p lines separately against @p database (loaded for @p platform and
 * noarch), each like `mamba create --dry-run` with @p base's virtual packages, pins and channel
 * priority, then forms the union and the packages @p target lacks. Unsolvable and invalid lines
 * are reported in PlatformPlan::lines with their problems and left out of the union — never
 * silently. @p cache may be null. @p cancel, when set during the run, stops before the next line
 * (the returned plan then lacks the remaining lines and is meant to be dropped).
 * Runs on the thread that owns @p database.
 */
PlatformPlan planPlatform(Database &database, const std::string &platform, const std::vector<PlanLineInput> &lines,
                          const Request &base, const channel::TargetIndex &target, LineSolveCache *cache = nullptr,
                          const std::atomic_bool *cancel = nullptr);

/**
 * Reads the source channel's own record of each package of @p plan (Database::recordTexts): sets
 * `sourceRecord` of every missing package, and `patchedFields` where the source publishes its
 * records as built (Database::builtRecordTexts), and lists in `recordUpdates` the packages @p target
 * holds under a record that differs from the source's, with the fields that differ. A sync, not a
 * live preview, calls it: it reads the source's repodata files again.
 */
[[nodiscard]] util::Result<void> attachSourceRecords(
    const Database &database, PlatformPlan &plan, const channel::TargetIndex &target);

/** The top-level fields whose values differ between two records (compact JSON objects), sorted. */
std::vector<std::string> differingFields(const std::string &a, const std::string &b);

} // namespace core::solve
