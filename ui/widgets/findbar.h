// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <QWidget>

class QCheckBox;
class QLineEdit;

namespace ui {

class CodeEditor;

/**
 * The find bar under an editor: a search field (Enter: next, Shift+Enter: previous, Escape:
 * close), previous/next buttons and "match case". A search that finds nothing tints the field.
 */
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)
public:
    explicit FindBar(CodeEditor *editor, QWidget *parent = nullptr);
    ~FindBar() override;

    /** Shows the bar with the editor's selection (if any) as the search text, and focuses it. */
    void open();
    QLineEdit *searchField() const { return m_field; }

    /** Finds the next (or previous) match; false when there is none. */
    bool findNext();
    bool findPrevious();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool find(bool backward);
    void close();

    CodeEditor *m_editor;
    QLineEdit *m_field = nullptr;
    QCheckBox *m_matchCase = nullptr;
};

} // namespace ui
