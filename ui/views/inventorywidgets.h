// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// The parts every tab of the Inventory page builds its panes from, so they look and behave alike.

#include <QString>

class QAbstractItemModel;
class QLabel;
class QPlainTextEdit;
class QTableView;
class QWidget;

namespace ui {

/** Whether a table sorts by a clicked header (through a proxy reading Qt::UserRole) or keeps the model's order. */
enum class HeaderSorting : bool { Off, On };

/**
 * A read-only table of @p model named @p name (object and accessible name): whole rows selected one
 * at a time, columns fitted to their contents after each reset.
 */
QTableView *makeInventoryTable(QWidget *parent, const QString &name, QAbstractItemModel *model, HeaderSorting sorting);

/** A read-only fixed-width text pane named @p name, for explanations and plans. */
QPlainTextEdit *makeInventoryText(QWidget *parent, const QString &name);

/** A word-wrapped, selectable summary line above a tab's tables, named @p name. */
QLabel *makeInventorySummary(QWidget *parent, const QString &name);

/** Shows in @p text the explanation (HostEnvironmentModel::ExplanationRole) of @p view's current row. */
void followExplanation(QTableView *view, QPlainTextEdit *text);

} // namespace ui
