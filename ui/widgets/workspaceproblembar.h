// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <QFileSystemWatcher>
#include <QFrame>
#include <QString>

class QLabel;
class QPushButton;

namespace ui {

/**
 * A bar above the pages that stays while a workspace cannot be opened: the error with its
 * file:line:column, and Reload. It watches the workspace's deploydeck.yml (and its folder, for an
 * editor that replaces the file) and asks for a reload by itself once the file changes, so fixing
 * the file in any editor is enough.
 */
class WorkspaceProblemBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceProblemBar)
public:
    explicit WorkspaceProblemBar(QWidget *parent = nullptr);
    ~WorkspaceProblemBar() override;

    /** Shows @p message about the workspace at @p path (a folder or its deploydeck.yml) and watches it. */
    void showProblem(const QString &path, const QString &message);
    /** Hides the bar and stops watching. */
    void clear();

    QString path() const { return m_path; }
    QString message() const;

Q_SIGNALS:
    /** Reload was pressed, or the watched file changed: open @p path again. */
    void reloadRequested(const QString &path);

private:
    void watch();

    QString m_path;
    QLabel *m_text = nullptr;
    QPushButton *m_reload = nullptr;
    QFileSystemWatcher m_watcher;
};

} // namespace ui
