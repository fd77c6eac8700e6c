// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/widgets/frozencolumns.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

namespace ui {

FrozenColumns::FrozenColumns(QTableView *table, int count)
    : QObject(table)
    , m_table(table)
    , m_overlay(new QTableView(table))
    , m_count(count)
{
    m_overlay->setObjectName(table->objectName() + QStringLiteral("Frozen"));
    m_overlay->setFocusPolicy(Qt::NoFocus);
    m_overlay->verticalHeader()->hide();
    m_overlay->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_overlay->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_overlay->setVerticalScrollMode(table->verticalScrollMode());
    m_overlay->setSelectionBehavior(table->selectionBehavior());
    m_overlay->setSelectionMode(table->selectionMode());
    m_overlay->setWordWrap(table->wordWrap());
    m_overlay->setFrameShape(QFrame::NoFrame);
    // Rows as tall as the table's, or they drift apart.
    m_overlay->verticalHeader()->setDefaultSectionSize(table->verticalHeader()->defaultSectionSize());
    // Its header covers the table's over the frozen columns: a click there sorts the table.
    QHeaderView *header = m_overlay->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(table->horizontalHeader()->isSortIndicatorShown());
    connect(header, &QHeaderView::sectionClicked, this, [this](int column) {
        QHeaderView *own = m_table->horizontalHeader();
        const bool again = own->sortIndicatorSection() == column && own->sortIndicatorOrder() == Qt::AscendingOrder;
        m_table->sortByColumn(column, again ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
    connect(table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, header, &QHeaderView::setSortIndicator);
    m_overlay->setStyleSheet(QStringLiteral("QTableView { border-right: 1px solid palette(mid); }"));
    m_table->viewport()->stackUnder(m_overlay);
    follow();
    connect(m_table, &QTableView::destroyed, this, [this] { m_table = nullptr; });
    // The table's model may be set or replaced after; reset follows it.
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column, int, int size) {
        if (column < m_count) {
            m_overlay->setColumnWidth(column, size);
            place();
        }
    });
    connect(m_table->verticalHeader(), &QHeaderView::sectionResized, this,
        [this](int row, int, int size) { m_overlay->setRowHeight(row, size); });
    connect(
        m_table->verticalScrollBar(), &QScrollBar::valueChanged, m_overlay->verticalScrollBar(), &QScrollBar::setValue);
    connect(
        m_overlay->verticalScrollBar(), &QScrollBar::valueChanged, m_table->verticalScrollBar(), &QScrollBar::setValue);
}

FrozenColumns::~FrozenColumns() = default;

void FrozenColumns::follow()
{
    if (m_overlay->model() != m_table->model()) {
        m_overlay->setModel(m_table->model());
        m_overlay->horizontalHeader()->setSortIndicatorShown(m_table->horizontalHeader()->isSortIndicatorShown());
        m_overlay->horizontalHeader()->setSortIndicator(
            m_table->horizontalHeader()->sortIndicatorSection(), m_table->horizontalHeader()->sortIndicatorOrder());
        connect(m_table->model(), &QAbstractItemModel::modelReset, this,
            [this] { QMetaObject::invokeMethod(this, &FrozenColumns::follow, Qt::QueuedConnection); });
        connect(m_table->model(), &QAbstractItemModel::layoutChanged, this, &FrozenColumns::place);
    }
    if (m_overlay->selectionModel() != m_table->selectionModel())
        m_overlay->setSelectionModel(m_table->selectionModel());
    for (int column = 0; column < m_overlay->model()->columnCount(); ++column) {
        m_overlay->setColumnHidden(column, column >= m_count);
        if (column < m_count)
            m_overlay->setColumnWidth(column, m_table->columnWidth(column));
    }
    m_overlay->horizontalHeader()->setStretchLastSection(false);
    place();
}

void FrozenColumns::place()
{
    if (!m_table)
        return;
    int width = 0;
    for (int column = 0; column < m_count; ++column)
        width += m_table->isColumnHidden(column) ? 0 : m_table->columnWidth(column);
    const int frame = m_table->frameWidth();
    const int left = frame + (m_table->verticalHeader()->isVisible() ? m_table->verticalHeader()->width() : 0);
    m_overlay->horizontalHeader()->setFixedHeight(m_table->horizontalHeader()->height());
    m_overlay->setGeometry(left, frame, width, m_table->viewport()->height() + m_table->horizontalHeader()->height());
    m_overlay->verticalScrollBar()->setValue(m_table->verticalScrollBar()->value());
    m_overlay->setVisible(width > 0 && m_overlay->model() && m_overlay->model()->columnCount() > m_count);
}

bool FrozenColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (m_table && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        place();
    return QObject::eventFilter(watched, event);
}

} // namespace ui
