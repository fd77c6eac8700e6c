// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <QObject>
#include <QPointer>

class QTableView;

namespace ui {

/**
 * Keeps the first columns of a table in view while it scrolls sideways (the pin matrix's kind,
 * scope and package beside many hosts): a second view over the table's left edge shows those
 * columns, sharing the model, the selection and the row heights, and scrolling with it up and
 * down. Owned by the table.
 */
class FrozenColumns final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrozenColumns)
public:
    FrozenColumns(QTableView *table, int count);
    ~FrozenColumns() override;

    /** The view over the frozen columns. */
    QTableView *overlay() const { return m_overlay; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow();
    void place();

    QTableView *m_table;
    QTableView *m_overlay;
    int m_count;
};

} // namespace ui
