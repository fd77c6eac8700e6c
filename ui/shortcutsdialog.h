// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QLineEdit;
class QTreeWidget;

namespace ui {

/**
 * Help › Keyboard Shortcuts: every command that has a shortcut, grouped (File, View, one group per
 * page…), with a filter. It is built from the QActions themselves, so it lists what the keys really
 * do; the actions are read once, when the dialog is made.
 */
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)
public:
    /** A group of the list: its title and its actions (those without a shortcut are left out). */
    struct Section
    {
        QString title;
        QList<QAction *> actions;
    };

    explicit ShortcutsDialog(const QList<Section> &sections, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    /** An action's text as a list shows it: no mnemonic '&', no trailing "…". */
    static QString plainText(const QAction *action);

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_tree;
};

} // namespace ui
