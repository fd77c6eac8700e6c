// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/statuscolors.h"

namespace ui::statuscolors {

namespace {
// Mid-saturation hues that stay distinct both over white and over near-black.
const QColor s_green(46, 160, 67);
const QColor s_amber(210, 153, 34);
const QColor s_red(218, 54, 51);
const QColor s_violet(137, 87, 229);
const QColor s_grey(128, 128, 128);
} // namespace

QColor tinted(const QPalette &palette, const QColor &hue, qreal strength)
{
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const auto mix = [strength](int from, int to) { return int(from + (to - from) * strength + 0.5); };
    return QColor(mix(base.red(), hue.red()), mix(base.green(), hue.green()), mix(base.blue(), hue.blue()));
}

QColor taskStatus(const QPalette &palette, core::jobs::TaskStatus status)
{
    using core::jobs::TaskStatus;
    switch (status) {
    case TaskStatus::Ok:
        return tinted(palette, s_green, 0.18);
    case TaskStatus::Changed:
        return tinted(palette, s_amber, 0.35);
    case TaskStatus::Failed:
        return tinted(palette, s_red, 0.35);
    case TaskStatus::Skipped:
        return tinted(palette, s_grey, 0.15);
    case TaskStatus::Unreachable:
        return tinted(palette, s_violet, 0.35);
    }
    return palette.color(QPalette::Base);
}

QColor added(const QPalette &palette)
{
    return tinted(palette, s_green, 0.25);
}

QColor removed(const QPalette &palette)
{
    return tinted(palette, s_red, 0.25);
}

QColor filler(const QPalette &palette)
{
    return tinted(palette, s_grey, 0.12);
}

} // namespace ui::statuscolors
