// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/views/inventorywidgets.h"

#include "ui/models/hostenvironmentmodel.h"
#include "ui/widgets/elidedtext.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace ui {

QTableView *makeInventoryTable(QWidget *parent, const QString &name, QAbstractItemModel *model, HeaderSorting sorting)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(name);
    if (sorting == HeaderSorting::On) {
        auto *proxy = new QSortFilterProxyModel(view);
        proxy->setSortRole(Qt::UserRole); // every model here keeps its SortRole at Qt::UserRole
        proxy->setSourceModel(model);
        view->setModel(proxy);
        view->setSortingEnabled(true);
        view->sortByColumn(-1, Qt::AscendingOrder); // the model's own order until a header is clicked
    } else {
        view->setModel(model);
    }
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    // Wide matrices: measure a sample of rows, not all of them, when fitting columns to their contents.
    view->horizontalHeader()->setResizeContentsPrecision(100);
    view->setWordWrap(false);
    elideInTheMiddle(view);
    QObject::connect(view->model(), &QAbstractItemModel::modelReset, view, [view] { view->resizeColumnsToContents(); });
    return view;
}

QPlainTextEdit *makeInventoryText(QWidget *parent, const QString &name)
{
    auto *text = new QPlainTextEdit(parent);
    text->setObjectName(name);
    text->setAccessibleName(name);
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return text;
}

QLabel *makeInventorySummary(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void followExplanation(QTableView *view, QPlainTextEdit *text)
{
    QObject::connect(
        view->selectionModel(), &QItemSelectionModel::currentRowChanged, text, [text](const QModelIndex &current) {
            text->setPlainText(current.data(HostEnvironmentModel::ExplanationRole).toString());
        });
}

} // namespace ui
