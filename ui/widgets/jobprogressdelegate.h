// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <QStyledItemDelegate>

namespace ui {

/**
 * Draws the job table's progress column as a progress bar: determinate from
 * JobTableModel::ProgressValueRole/ProgressMaximumRole, a busy bar for a running job without a
 * known total, and the plain text otherwise.
 */
class JobProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobProgressDelegate)
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    ~JobProgressDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace ui
