// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/widgets/jobstatedelegate.h"

#include "ui/models/jobtablemodel.h"

#include <QApplication>
#include <QStyle>

namespace ui {

using core::jobs::JobState;

JobStateDelegate::~JobStateDelegate() = default;

QIcon JobStateDelegate::icon(JobState state, const QWidget *widget)
{
    struct Choice
    {
        const char *theme;
        QStyle::StandardPixmap fallback;
    };
    const Choice choice = [state]() -> Choice {
        switch (state) {
        case JobState::Queued:
            return {"media-playback-pause", QStyle::SP_MediaPause};
        case JobState::Running:
            return {"media-playback-start", QStyle::SP_MediaPlay};
        case JobState::Succeeded:
            return {"dialog-ok-apply", QStyle::SP_DialogApplyButton};
        case JobState::Failed:
            return {"dialog-error", QStyle::SP_MessageBoxCritical};
        case JobState::Cancelled:
            return {"process-stop", QStyle::SP_BrowserStop};
        case JobState::Interrupted:
            return {"dialog-warning", QStyle::SP_MessageBoxWarning};
        }
        return {"dialog-question", QStyle::SP_MessageBoxQuestion};
    }();
    const QStyle *style = widget ? widget->style() : QApplication::style();
    return QIcon::fromTheme(QString::fromLatin1(choice.theme), style->standardIcon(choice.fallback, nullptr, widget));
}

void JobStateDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant state = index.data(JobTableModel::StateRole);
    if (!state.isValid())
        return;
    // A running job whose parts fail looks failed at once, not only when it ends.
    const bool failing = JobState(state.toInt()) == JobState::Running
        && index.data(JobTableModel::ProgressFailedRole).toLongLong() > 0;
    option->icon = icon(failing ? JobState::Failed : JobState(state.toInt()), option->widget);
    option->features |= QStyleOptionViewItem::HasDecoration;
}

} // namespace ui
