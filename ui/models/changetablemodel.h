// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/lock/changes.h"

#include <QAbstractTableModel>

namespace ui {

/**
 * The changes between two package sets (a previous solve or a lock file, and the current solve):
 * installed / removed / upgraded / downgraded / rebuilt, one row each, coloured by kind.
 */
class ChangeTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeTableModel)
public:
    enum Column { KindColumn, NameColumn, BeforeColumn, AfterColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, KindRole, NameRole };

    explicit ChangeTableModel(QObject *parent = nullptr);
    ~ChangeTableModel() override;

    void setChanges(core::lock::ChangeSet changes);
    void clear();
    const core::lock::ChangeCounts &counts() const { return m_changes.counts; }
    /** "2 upgraded, 1 installed" (changes only), or "no changes". */
    QString summary() const;
    /** The translated word for @p kind ("upgraded"). */
    static QString kindText(core::lock::ChangeKind kind);
    /** The colour rows of @p kind get: the palette's text colour tinted green, red, blue, orange or purple. */
    static QColor kindColor(core::lock::ChangeKind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    core::lock::ChangeSet m_changes;
};

} // namespace ui
