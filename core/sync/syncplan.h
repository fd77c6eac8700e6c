// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/channel/targetindex.h"
#include "core/envfile/speclist.h"
#include "core/solve/lineplan.h"

#include <cstdint>
#include <vector>

namespace core::sync {

/** A sync plan over all platforms. */
struct SyncPlan
{
    std::vector<solve::PlatformPlan> platforms;
    /** Missing package files over all platforms, once per subdir/fn (lines and platforms merged). */
    std::vector<solve::PlanPackage> missing;
    std::uint64_t downloadSize = 0;       ///< sum over `missing` (each file counted once)
    /** Files the target holds under a record that is no longer the source's, once per subdir/fn. */
    std::vector<solve::PlanPackage> recordUpdates;

    /** Whether some line failed (Unsolvable, Invalid or Error) on some platform. */
    bool hasFailedLines() const;
    bool operator==(const SyncPlan &) const = default;
};

/**
 * The lines of @p list that carry specs, as plan input: line number, text and specs, and the
 * messages of the line's Error diagnostics ("line:column: message"), which make planPlatform()
 * report the line Invalid. The one conversion the command line and the Spec lists page share.
 */
std::vector<solve::PlanLineInput> planInputs(const envfile::SpecList &list);

/** Combines per-platform plans: `missing` merged by subdir/fn (lines and platforms united), sizes summed once. */
SyncPlan combinePlans(std::vector<solve::PlatformPlan> plans);

} // namespace core::sync
