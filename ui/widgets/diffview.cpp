// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/widgets/diffview.h"

#include "ui/models/statuscolors.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

namespace {

/** Writes lines into @p edit, each with its own background (an invalid colour: none). */
class PaneWriter
{
public:
    explicit PaneWriter(QPlainTextEdit *edit)
        : m_cursor(edit->document())
    {
        edit->clear();
        m_cursor.beginEditBlock();
    }
    ~PaneWriter() { m_cursor.endEditBlock(); }

    void add(const QString &text, const QColor &background)
    {
        if (!m_first)
            m_cursor.insertBlock();
        m_first = false;
        QTextBlockFormat format;
        if (background.isValid())
            format.setBackground(background);
        m_cursor.setBlockFormat(format);
        m_cursor.insertText(text);
    }

private:
    QTextCursor m_cursor;
    bool m_first = true;
};

QString paneText(const QPlainTextEdit *edit)
{
    return edit->document()->toPlainText();
}

} // namespace

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_stats(new QLabel(this))
    , m_unifiedButton(new QToolButton(this))
    , m_sideBySideButton(new QToolButton(this))
    , m_stack(new QStackedWidget(this))
{
    m_header->setObjectName(QStringLiteral("diffHeader"));
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);
    m_stats->setObjectName(QStringLiteral("diffStats"));
    m_unifiedButton->setObjectName(QStringLiteral("unifiedButton"));
    m_unifiedButton->setText(tr("Unified"));
    m_sideBySideButton->setObjectName(QStringLiteral("sideBySideButton"));
    m_sideBySideButton->setText(tr("Side by side"));
    auto *group = new QButtonGroup(this);
    for (QToolButton *button : {m_unifiedButton, m_sideBySideButton}) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        group->addButton(button);
    }
    m_unifiedButton->setChecked(true);
    connect(m_unifiedButton, &QToolButton::clicked, this, [this] { setMode(Mode::Unified); });
    connect(m_sideBySideButton, &QToolButton::clicked, this, [this] { setMode(Mode::SideBySide); });

    m_unified = makePane(QStringLiteral("unifiedPane"));
    auto *sides = new QSplitter(Qt::Horizontal, m_stack);
    m_left = makePane(QStringLiteral("beforePane"));
    m_right = makePane(QStringLiteral("afterPane"));
    m_unified->setAccessibleName(tr("Unified diff"));
    m_left->setAccessibleName(tr("Before"));
    m_right->setAccessibleName(tr("After"));
    sides->addWidget(m_left);
    sides->addWidget(m_right);
    m_stack->addWidget(m_unified);
    m_stack->addWidget(sides);
    linkScrolling();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_header, 1);
    bar->addWidget(m_stats);
    bar->addWidget(m_unifiedButton);
    bar->addWidget(m_sideBySideButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    render();
}

DiffView::~DiffView() = default;

QPlainTextEdit *DiffView::makePane(const QString &name)
{
    auto *pane = new QPlainTextEdit(m_stack);
    pane->setObjectName(name);
    pane->setReadOnly(true);
    // Rows must stay aligned across the two sides, so lines never wrap.
    pane->setLineWrapMode(QPlainTextEdit::NoWrap);
    pane->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return pane;
}

void DiffView::linkScrolling()
{
    const auto link = [](QScrollBar *a, QScrollBar *b) {
        connect(a, &QScrollBar::valueChanged, b, &QScrollBar::setValue);
        connect(b, &QScrollBar::valueChanged, a, &QScrollBar::setValue);
    };
    link(m_left->verticalScrollBar(), m_right->verticalScrollBar());
    link(m_left->horizontalScrollBar(), m_right->horizontalScrollBar());
}

void DiffView::setFileDiff(const core::jobs::FileDiff &diff)
{
    if (diff.hasBeforeAfter())
        setTexts(diff.before, diff.after, diff.beforeHeader, diff.afterHeader);
    else if (!diff.prepared.isEmpty())
        setPreparedDiff(diff.prepared);
    else if (!diff.skippedReason.isEmpty())
        setMessage(tr("Ansible made no diff for this file (%1).").arg(diff.skippedReason));
    else
        setMessage(tr("The diff is empty."));
}

void DiffView::setTexts(const QString &before, const QString &after, const QString &beforeHeader,
                        const QString &afterHeader)
{
    m_content = Content::Texts;
    m_diff = TextDiff::compute(before, after);
    m_beforeHeader = beforeHeader.isEmpty() ? tr("before") : beforeHeader;
    m_afterHeader = afterHeader.isEmpty() ? tr("after") : afterHeader;
    m_text.clear();
    render();
}

void DiffView::setPreparedDiff(const QString &diffText)
{
    m_content = Content::Prepared;
    m_diff = TextDiff();
    m_beforeHeader.clear();
    m_afterHeader.clear();
    m_text = diffText;
    render();
}

void DiffView::setMessage(const QString &text)
{
    m_content = Content::Message;
    m_diff = TextDiff();
    m_text = text;
    render();
}

void DiffView::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    render();
    Q_EMIT modeChanged(mode);
}

void DiffView::render()
{
    const bool sideBySide = m_mode == Mode::SideBySide && m_content == Content::Texts;
    m_unifiedButton->setChecked(m_mode == Mode::Unified);
    m_sideBySideButton->setChecked(m_mode == Mode::SideBySide);
    m_sideBySideButton->setEnabled(m_content != Content::Prepared);
    m_stack->setCurrentIndex(sideBySide ? 1 : 0);
    updateHeader();
    if (m_content == Content::Texts) {
        renderUnified(m_diff.unified(m_beforeHeader, m_afterHeader));
        renderSideBySide();
    } else if (m_content == Content::Prepared) {
        renderUnified(m_text);
    } else {
        m_unified->setPlainText(m_text);
        m_left->clear();
        m_right->clear();
    }
}

void DiffView::updateHeader()
{
    if (m_content == Content::Texts) {
        m_header->setText(m_beforeHeader == m_afterHeader ? m_beforeHeader
                                                          : tr("%1 → %2").arg(m_beforeHeader, m_afterHeader));
        m_stats->setText(m_diff.hasChanges() ? tr("+%1 −%2").arg(m_diff.addedCount()).arg(m_diff.removedCount())
                                             : tr("no changes"));
    } else {
        m_header->setText(m_content == Content::Prepared ? tr("Diff prepared by the module") : QString());
        m_stats->clear();
    }
}

void DiffView::renderUnified(const QString &text)
{
    const QPalette palette = m_unified->palette();
    const QColor added = statuscolors::added(palette);
    const QColor removed = statuscolors::removed(palette);
    const QColor hunk = statuscolors::filler(palette);
    PaneWriter writer(m_unified);
    QStringList lines = text.split(QLatin1Char('\n'));
    if (text.endsWith(QLatin1Char('\n')))
        lines.removeLast();
    for (const QString &line : std::as_const(lines)) {
        QColor background;
        if (line.startsWith(QLatin1String("+++ ")) || line.startsWith(QLatin1String("--- ")) || line.startsWith(QLatin1String("@@")))
            background = hunk;
        else if (line.startsWith(QLatin1Char('+')))
            background = added;
        else if (line.startsWith(QLatin1Char('-')))
            background = removed;
        writer.add(line, background);
    }
}

void DiffView::renderSideBySide()
{
    const QPalette palette = m_left->palette();
    const QColor added = statuscolors::added(palette);
    const QColor removed = statuscolors::removed(palette);
    const QColor filler = statuscolors::filler(palette);
    PaneWriter left(m_left);
    PaneWriter right(m_right);
    for (const SideBySideRow &row : m_diff.sideBySide()) {
        const bool same = row.kind == SideBySideRow::Kind::Same;
        left.add(row.before, row.beforeLine == 0 ? filler : same ? QColor() : removed);
        right.add(row.after, row.afterLine == 0 ? filler : same ? QColor() : added);
    }
}

QString DiffView::unifiedText() const
{
    return paneText(m_unified);
}

QString DiffView::beforeText() const
{
    return paneText(m_left);
}

QString DiffView::afterText() const
{
    return paneText(m_right);
}

void DiffView::changeEvent(QEvent *event)
{
    // The colours come from the palette: follow a switch between light and dark themes.
    if (event->type() == QEvent::PaletteChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace ui
