// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/util/qtext.h"

namespace core::util {

QString sizeText(std::uint64_t bytes, const QLocale &locale)
{
    struct Unit
    {
        double size;
        const char *name;
    };
    static constexpr Unit units[] = { { 1e9, " GB" }, { 1e6, " MB" }, { 1e3, " kB" } };
    for (const Unit &unit : units) {
        if (double(bytes) >= unit.size)
            return locale.toString(double(bytes) / unit.size, 'f', 1) + QLatin1String(unit.name);
    }
    return locale.toString(qulonglong(bytes)) + QLatin1String(" B");
}

} // namespace core::util
