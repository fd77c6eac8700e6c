// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/jobs/ansiblereview.h"

#include <QColor>
#include <QPalette>

namespace ui {

/**
 * Background colours for statuses and diff lines, derived from a palette: a hue is blended into
 * the palette's base colour, so the palette's text colour stays readable on it in light and dark
 * themes alike.
 */
namespace statuscolors {

/** @p hue blended into @p palette's Base colour; @p strength 0 gives Base, 1 gives the hue. */
QColor tinted(const QPalette &palette, const QColor &hue, qreal strength = 0.3);

QColor taskStatus(const QPalette &palette, core::jobs::TaskStatus status);
QColor added(const QPalette &palette);
QColor removed(const QPalette &palette);
/** Filler rows of a side-by-side diff: a neutral shade. */
QColor filler(const QPalette &palette);

/** The WCAG 2 contrast ratio of two colours, from 1 (same luminance) to 21 (black on white). */
qreal contrastRatio(const QColor &a, const QColor &b);
/** Whether @p palette is a dark theme: its Base colour is darker than the middle grey. */
bool isDark(const QPalette &palette);
/**
 * @p colour as a text colour on @p palette's Base: kept when it has at least @p minimumRatio
 * contrast there, else made lighter (dark theme) or darker (light theme) until it has.
 */
QColor readable(const QPalette &palette, const QColor &colour, qreal minimumRatio = 4.5);

} // namespace statuscolors

} // namespace ui
