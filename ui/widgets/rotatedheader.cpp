// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/widgets/rotatedheader.h"

#include <QPainter>
#include <QStyleOptionHeader>

#include <algorithm>

namespace ui {

RotatedHeader::RotatedHeader(int maxCharacters, QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
    , m_maxCharacters(maxCharacters)
{
    setSectionsClickable(true);
    setHighlightSections(true);
}

RotatedHeader::~RotatedHeader() = default;

QString RotatedHeader::title(int logicalIndex) const
{
    return model() ? model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString() : QString();
}

int RotatedHeader::margin() const
{
    return style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
}

QSize RotatedHeader::sectionSizeFromContents(int logicalIndex) const
{
    const QFontMetrics metrics(font());
    const int length
        = std::min(metrics.horizontalAdvance(title(logicalIndex)), metrics.averageCharWidth() * m_maxCharacters);
    // Width and height swap: the text runs up the section.
    return { metrics.height() + 2 * margin(), length + 2 * margin() };
}

QSize RotatedHeader::sizeHint() const
{
    QSize hint = QHeaderView::sizeHint();
    int tallest = 0;
    for (int section = 0; section < count(); ++section)
        tallest = std::max(tallest, sectionSizeFromContents(section).height());
    // A bold (highlighted) title is a little wider than the plain one measured.
    hint.setHeight(std::max(hint.height(), tallest + fontMetrics().averageCharWidth()));
    return hint;
}

void RotatedHeader::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!rect.isValid())
        return;
    // The section's frame and background as the style draws them, without a title.
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.rect = rect;
    option.section = logicalIndex;
    if (selectionModel() && highlightSections()
        && selectionModel()->columnIntersectsSelection(logicalIndex, rootIndex()))
        option.state |= QStyle::State_On;
    style()->drawControl(QStyle::CE_HeaderSection, &option, painter, this);

    painter->save();
    painter->translate(rect.bottomLeft() + QPoint(0, 1));
    painter->rotate(-90);
    const QRect text(margin(), 0, rect.height() - 2 * margin(), rect.width());
    painter->setPen(palette().color(QPalette::ButtonText));
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
        fontMetrics().elidedText(title(logicalIndex), Qt::ElideMiddle, text.width()));
    painter->restore();
}

} // namespace ui
