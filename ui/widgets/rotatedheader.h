// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <QHeaderView>

namespace ui {

/**
 * A horizontal header whose titles read bottom to top, so that a column is as narrow as its
 * cells: many hosts side by side in the review grid. Titles longer than @p maxCharacters
 * average characters are elided in the middle (the model's tooltip has the whole title).
 */
class RotatedHeader final : public QHeaderView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotatedHeader)
public:
    explicit RotatedHeader(int maxCharacters, QWidget *parent = nullptr);
    ~RotatedHeader() override;

    /** As tall as the longest title needs (up to the limit), measured now, not cached. */
    QSize sizeHint() const override;

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;

private:
    QString title(int logicalIndex) const;
    int margin() const;

    int m_maxCharacters;
};

} // namespace ui
