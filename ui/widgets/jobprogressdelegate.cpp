// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/widgets/jobprogressdelegate.h"

#include "core/jobs/jobrecord.h"
#include "ui/models/jobtablemodel.h"

#include <QApplication>
#include <QColor>
#include <QPainter>
#include <QStyle>

namespace ui {

JobProgressDelegate::~JobProgressDelegate() = default;

void JobProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const qint64 value = index.data(JobTableModel::ProgressValueRole).toLongLong();
    const qint64 maximum = index.data(JobTableModel::ProgressMaximumRole).toLongLong();
    const bool running = index.data(JobTableModel::StateRole).toInt() == int(core::jobs::JobState::Running);
    if (maximum <= 0 && !running) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The selection background first, so a selected row still looks selected behind the bar.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    if (index.data(JobTableModel::ProgressFailedRole).toLongLong() > 0) // failing: the bar says so at once
        bar.palette.setColor(QPalette::Highlight, QColor(0xc0, 0x39, 0x2b));
    bar.minimum = 0;
    // Maximum and value 0: the style's "busy" bar, for work of unknown size.
    bar.maximum = maximum > 0 ? 1000 : 0;
    bar.progress = maximum > 0 ? int(1000 * std::min(value, maximum) / maximum) : 0;
    bar.textVisible = maximum > 0;
    bar.text = index.data(Qt::DisplayRole).toString();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

} // namespace ui
