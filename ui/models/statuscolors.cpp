// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/statuscolors.h"

#include <algorithm>
#include <cmath>

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

qreal contrastRatio(const QColor &a, const QColor &b)
{
    // Relative luminance as WCAG 2 defines it: sRGB channels linearised, then weighted.
    const auto luminance = [](const QColor &c) {
        const auto linear = [](qreal v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    const qreal la = luminance(a.toRgb());
    const qreal lb = luminance(b.toRgb());
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::Base).lightness() < 128;
}

QColor readable(const QPalette &palette, const QColor &colour, qreal minimumRatio)
{
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const QColor target = isDark(palette) ? QColor(Qt::white) : QColor(Qt::black);
    // Walk towards white (or black) in small steps; the hue survives all but the last ones.
    QColor result = colour.toRgb();
    for (int step = 1; step <= 20 && contrastRatio(result, base) < minimumRatio; ++step) {
        const qreal t = step / 20.0;
        const auto mix = [t](qreal from, qreal to) { return from + (to - from) * t; };
        result = QColor::fromRgbF(float(mix(colour.redF(), target.redF())), float(mix(colour.greenF(), target.greenF())),
                                  float(mix(colour.blueF(), target.blueF())));
    }
    return result;
}

} // namespace ui::statuscolors
