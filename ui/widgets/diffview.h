// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/jobs/ansiblereview.h"
#include "ui/widgets/textdiff.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QToolButton;

namespace ui {

/**
 * Shows the difference between two texts, unified (`-`/`+` lines in hunks) or side by side
 * (before left, after right, rows aligned, scrolling together), coloured from the palette. Also
 * shows a diff text a tool prepared (coloured by its line prefixes, unified only) or a message
 * when there is nothing to compare.
 */
class DiffView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffView)
public:
    enum class Mode { Unified, SideBySide };
    Q_ENUM(Mode)

    explicit DiffView(QWidget *parent = nullptr);
    ~DiffView() override;

    /** Before/after, a prepared diff, or the reason Ansible gave for not making one. */
    void setFileDiff(const core::jobs::FileDiff &diff);
    void setTexts(const QString &before, const QString &after, const QString &beforeHeader = QString(),
                  const QString &afterHeader = QString());
    void setPreparedDiff(const QString &diffText);
    /** Nothing to compare: shows @p text instead. */
    void setMessage(const QString &text);
    void clear() { setMessage(QString()); }

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    /** Whether there are two texts (side by side needs them). */
    bool hasTexts() const { return m_content == Content::Texts; }

    /** What the unified pane shows, as plain text. */
    QString unifiedText() const;
    /** The left and right panes of the side-by-side view; filler rows are empty lines. */
    QString beforeText() const;
    QString afterText() const;
    int addedCount() const { return m_diff.addedCount(); }
    int removedCount() const { return m_diff.removedCount(); }

Q_SIGNALS:
    void modeChanged(ui::DiffView::Mode mode);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Content { Message, Texts, Prepared };

    void render();
    void renderUnified(const QString &text);
    void renderSideBySide();
    void updateHeader();
    QPlainTextEdit *makePane(const QString &name);
    void linkScrolling();

    QLabel *m_header = nullptr;
    QLabel *m_stats = nullptr;
    QToolButton *m_unifiedButton = nullptr;
    QToolButton *m_sideBySideButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPlainTextEdit *m_unified = nullptr;
    QPlainTextEdit *m_left = nullptr;
    QPlainTextEdit *m_right = nullptr;

    Mode m_mode = Mode::Unified;
    Content m_content = Content::Message;
    TextDiff m_diff;
    QString m_beforeHeader;
    QString m_afterHeader;
    QString m_text;  ///< the prepared diff or the message
};

} // namespace ui
