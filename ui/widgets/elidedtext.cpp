// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/widgets/elidedtext.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace ui {

namespace {

/** Shows a cut cell's whole text as its tooltip. */
class CutTextToolTips final : public QObject
{
public:
    explicit CutTextToolTips(QAbstractItemView *view)
        : QObject(view)
        , m_view(view)
    {
        view->viewport()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ToolTip || watched != m_view->viewport())
            return false;
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = m_view->indexAt(help->pos());
        if (!index.isValid() || index.data(Qt::ToolTipRole).isValid())
            return false; // the model's own tooltip
        const QString text = index.data(Qt::DisplayRole).toString();
        const QRect cell = m_view->visualRect(index);
        // The style's margins take a few pixels of the cell; a text this close to its width is cut.
        const int room
            = cell.width() - 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) - 4;
        if (text.isEmpty() || m_view->fontMetrics().horizontalAdvance(text) <= room)
            return false;
        QToolTip::showText(help->globalPos(), text, m_view->viewport(), cell);
        return true;
    }

private:
    QAbstractItemView *m_view;
};

} // namespace

void elideInTheMiddle(QAbstractItemView *view)
{
    view->setTextElideMode(Qt::ElideMiddle);
    new CutTextToolTips(view);
}

} // namespace ui
