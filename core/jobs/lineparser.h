// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <QString>

namespace core::jobs {

/**
 * Receives a program's output one complete line at a time (without the line ending), as ark's
 * CliInterface does. Implementations interpret lines (events, progress) and are tested by feeding
 * them recorded output from tests/data/cli-output/.
 */
class LineParser
{
public:
    virtual ~LineParser() = default;
    virtual void parseLine(const QString &line) = 0;

protected:
    LineParser() = default;
    LineParser(const LineParser &) = default;
    LineParser &operator=(const LineParser &) = default;
};

} // namespace core::jobs
