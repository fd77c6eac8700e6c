// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// Whole processes, timed: what `/usr/bin/time -v` reports of a child (wall time, peak RSS from
// wait4), with its output, for the benchmarks that compare processes.
#include <map>
#include <string>
#include <vector>

namespace bench {

struct ChildRun
{
    bool ok = false; ///< started and exited with 0
    double wallMs = 0;
    double cpuMs = 0; ///< user + system CPU time: unlike the wall time, not inflated by a busy machine
    double peakRssMb = 0; ///< the child's maximum resident set size
    std::string out, err;
    std::map<std::string, double> values; ///< its "key=value" lines on standard output
};

/** Runs @p argv (argv[0] a path) with @p setEnv ("NAME=value") added to this process's environment. */
ChildRun runMeasured(const std::vector<std::string> &argv, const std::vector<std::string> &setEnv = {});

/** The median of @p runs' @p field. */
double medianOf(const std::vector<ChildRun> &runs, double ChildRun::*field);

} // namespace bench
