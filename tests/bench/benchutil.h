// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// Small helpers the benchmarks share for their figures.
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace bench {

/** Milliseconds on @p timer, with the nanosecond part. */
inline double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/** The @p p quantile (0 to 1) of @p values, nearest rank; 0 for none. */
inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const double last = double(values.size() - 1);
    return values[std::size_t(std::clamp(p * last + 0.5, 0.0, last))];
}

/**
 * Runs the event loop for @p milliseconds. Not QTest::qWait(): it sleeps in 10 ms steps between
 * event batches, which would show up in what is measured.
 */
inline void spin(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace bench
