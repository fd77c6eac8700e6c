// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/jobs/jobrecord.h"

#include <QIcon>
#include <QStyledItemDelegate>

namespace ui {

/** Adds an icon for the job's state (JobTableModel::StateRole) to the state column's text. */
class JobStateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobStateDelegate)
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    ~JobStateDelegate() override;

    /** The theme's icon for @p state, or the style's standard one. */
    static QIcon icon(core::jobs::JobState state, const QWidget *widget = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace ui
