// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QListView;
class QToolButton;

namespace ui {

/**
 * A job's log: a list view over a line model (JobLogModel) with uniform row heights, so a log of
 * hundreds of thousands of lines scrolls and grows at the cost of the visible rows only. A search
 * field finds text forwards and backwards; "Follow" keeps the newest line in view and turns itself
 * off when the user scrolls up (and back on at the bottom); selected lines copy as text.
 */
class LogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogView)
public:
    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    /** Shows @p model's first column, one line per row (not owned). */
    void setModel(QAbstractItemModel *model);
    QListView *listView() const { return m_list; }

    bool isFollowingTail() const { return m_followTail; }
    void setFollowTail(bool follow);

    /**
     * Selects the next line (after the current one; before it with @p backwards, wrapping round)
     * containing @p text, case-insensitively, and scrolls to it. False when no line has it.
     */
    bool find(const QString &text, bool backwards = false);
    /** The selected lines, in log order, joined with '\n'. */
    QString selectedText() const;
    void copySelection() const;
    void copyAll() const;

Q_SIGNALS:
    void followTailChanged(bool follow);

private:
    QString lineAt(int row) const;
    int findFrom(const QString &text, int start, bool backwards) const;
    void searchEdited(const QString &text);
    void showSearchResult(bool found);
    void scrollActionTriggered();
    void rowsInserted();
    void createActions();

    QLineEdit *m_search = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_follow = nullptr;
    QToolButton *m_copy = nullptr;
    QLabel *m_searchStatus = nullptr;
    QListView *m_list = nullptr;
    QAbstractItemModel *m_model = nullptr;
    bool m_followTail = true;
};

} // namespace ui
