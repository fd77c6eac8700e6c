// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/widgets/codeeditor.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>

#include <map>

namespace ui {

namespace {

QColor severityColor(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error: return QColor(0xd3, 0x2f, 0x2f);
    case Diagnostic::Severity::Warning: return QColor(0xe0, 0x8a, 0x00);
    case Diagnostic::Severity::Conflict: return QColor(0xc2, 0x18, 0x5b);
    }
    return {};
}

/** Errors first: where underlines overlap, the tooltip names the most serious problem. */
int rank(Diagnostic::Severity severity)
{
    return severity == Diagnostic::Severity::Error ? 0 : severity == Diagnostic::Severity::Conflict ? 1 : 2;
}

} // namespace

/** The gutter left of the text: it only forwards painting to the editor. */
class CodeEditor::LineNumberArea final : public QWidget
{
public:
    explicit LineNumberArea(CodeEditor *editor) : QWidget(editor), m_editor(editor) {}
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    CodeEditor *m_editor;
};

CodeEditor::CodeEditor(QWidget *parent) : QPlainTextEdit(parent), m_lineNumbers(new LineNumberArea(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(false);
    auto updateWidth = [this] { setViewportMargins(lineNumberAreaWidth(), 0, 0, 0); };
    connect(this, &QPlainTextEdit::blockCountChanged, this, updateWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateGutter);
    updateWidth();
}

CodeEditor::~CodeEditor() = default;

int CodeEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int n = std::max(1, blockCount()); n >= 10; n /= 10)
        ++digits;
    // Room for the digits and a severity marker on the left.
    return 10 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(2, digits);
}

void CodeEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0)
        m_lineNumbers->scroll(0, dy);
    else
        m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
}

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    const bool plainReturn = (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && !(event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (!m_autoIndent || !plainReturn || isReadOnly()) {
        QPlainTextEdit::keyPressEvent(event);
        return;
    }
    QTextCursor cursor = textCursor();
    const QString line = cursor.block().text();
    qsizetype width = 0;
    while (width < line.size() && line.at(width) == QLatin1Char(' '))
        ++width;
    const QString indent = line.left(width);
    const QString content = line.mid(width);
    const int at = cursor.positionInBlock();
    const bool atEnd = line.mid(at).trimmed().isEmpty();
    if (at <= width || cursor.hasSelection()) {
        // At the start of a line Return pushes it down as it is.
        QPlainTextEdit::keyPressEvent(event);
        return;
    }
    const bool item = content.startsWith(QLatin1String("- ")) || content == QLatin1String("-");
    if (item && atEnd && content.trimmed() == QLatin1String("-")) {
        // Return on an empty "- " ends the list: the marker goes, and the line moves back to the
        // level the list belongs to.
        cursor.beginEditBlock();
        cursor.movePosition(QTextCursor::StartOfBlock);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.insertText(indent.left(std::max<qsizetype>(0, width - 2)));
        cursor.endEditBlock();
        setTextCursor(cursor);
        return;
    }
    QString next = QStringLiteral("\n") + indent;
    if (item && atEnd)
        next += QStringLiteral("- ");
    else if (item)
        next += QStringLiteral("  "); // the item's text continues under it
    else if (atEnd && line.trimmed().endsWith(QLatin1Char(':')))
        next += QStringLiteral("  ");
    cursor.insertText(next);
    setTextCursor(cursor);
    ensureCursorVisible();
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_lineNumbers->setGeometry(QRect(r.left(), r.top(), lineNumberAreaWidth(), r.height()));
}

void CodeEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    // The most serious problem of each line, for the marker.
    std::map<int, Diagnostic::Severity> marked;
    for (const auto &d : m_diagnostics) {
        auto [it, added] = marked.emplace(d.line, d.severity);
        if (!added && rank(d.severity) < rank(it->second))
            it->second = d.severity;
    }
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int width = m_lineNumbers->width();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int line = block.blockNumber() + 1;
            if (auto it = marked.find(line); it != marked.end())
                painter.fillRect(0, top, 3, height, severityColor(it->second));
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(0, top, width - 4, height, Qt::AlignRight | Qt::AlignVCenter, QString::number(line));
        }
        block = block.next();
        top += height;
    }
}

QTextCursor CodeEditor::cursorFor(const Diagnostic &d) const
{
    QTextBlock block = document()->findBlockByNumber(std::max(0, d.line - 1));
    if (!block.isValid())
        block = document()->lastBlock();
    // A problem found at the end of the file (an unclosed bracket) points at an empty line:
    // underline the end of the last line with text instead.
    if (block.text().isEmpty() && block.previous().isValid() && d.column <= 1) {
        while (block.text().isEmpty() && block.previous().isValid())
            block = block.previous();
        QTextCursor c(block);
        c.movePosition(QTextCursor::EndOfBlock);
        c.movePosition(QTextCursor::PreviousCharacter, QTextCursor::KeepAnchor);
        return c;
    }
    const QString text = block.text();
    int start = std::clamp(d.column - 1, 0, int(text.size()));
    int end = start + d.length;
    if (d.length <= 0) {
        // To the end of the word the problem starts at.
        end = start;
        while (end < text.size() && !text[end].isSpace())
            ++end;
    }
    end = std::min(end, int(text.size()));
    if (end == start) {
        // Nothing to underline there (end of line): take the character before, or the whole line.
        if (start > 0)
            --start;
        else
            end = int(text.size());
    }
    QTextCursor c(block);
    c.setPosition(block.position() + start);
    c.setPosition(block.position() + end, QTextCursor::KeepAnchor);
    return c;
}

void CodeEditor::switchDocument(QTextDocument *document)
{
    m_diagnostics.clear();
    m_selections.clear();
    setExtraSelections({});
    setDocument(document);
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void CodeEditor::setDiagnostics(std::vector<Diagnostic> diagnostics)
{
    m_diagnostics = std::move(diagnostics);
    std::stable_sort(m_diagnostics.begin(), m_diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) { return rank(a.severity) < rank(b.severity); });
    applyDiagnostics();
}

void CodeEditor::applyDiagnostics()
{
    m_selections.clear();
    for (const auto &d : m_diagnostics) {
        QTextEdit::ExtraSelection s;
        s.cursor = cursorFor(d);
        s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        s.format.setUnderlineColor(severityColor(d.severity));
        s.format.setToolTip(d.message);
        if (d.severity == Diagnostic::Severity::Conflict) {
            QColor tint = severityColor(d.severity);
            tint.setAlpha(40);
            s.format.setBackground(tint);
        }
        m_selections.push_back(s);
    }
    // Extra selections are painted in order: the serious ones last, on top.
    setExtraSelections(QList<QTextEdit::ExtraSelection>(m_selections.rbegin(), m_selections.rend()));
    m_lineNumbers->update();
}

const Diagnostic *CodeEditor::diagnosticAt(int line, int column) const
{
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return nullptr;
    const int position = block.position() + std::min(column - 1, block.length() - 1);
    const int endOfLine = block.position() + block.length() - 1;
    // The selections' cursors follow edits made since the diagnostics were set. Just after an
    // underline that ends its line counts too: that is where "missing ..." problems point.
    for (std::size_t i = 0; i < m_selections.size(); ++i) {
        const QTextCursor &c = m_selections[i].cursor;
        if ((c.selectionStart() <= position && position < c.selectionEnd()) ||
            (position == endOfLine && c.selectionEnd() == endOfLine && c.selectionStart() < endOfLine))
            return &m_diagnostics[i];
    }
    return nullptr;
}

QString CodeEditor::underlinedText(const Diagnostic &diagnostic) const
{
    for (std::size_t i = 0; i < m_diagnostics.size(); ++i)
        if (m_diagnostics[i] == diagnostic)
            return m_selections[i].cursor.selectedText();
    return {};
}

bool CodeEditor::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QPlainTextEdit::viewportEvent(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const QTextCursor c = cursorForPosition(help->pos());
    if (const Diagnostic *d = diagnosticAt(c.blockNumber() + 1, c.positionInBlock() + 1)) {
        QToolTip::showText(help->globalPos(), d->message, viewport());
    } else {
        QToolTip::hideText();
        event->ignore();
    }
    return true;
}

void CodeEditor::goTo(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    QTextCursor c(block);
    c.setPosition(block.position() + std::clamp(column - 1, 0, std::max(0, block.length() - 1)));
    setTextCursor(c);
    centerCursor();
    setFocus();
}

bool CodeEditor::findWrapping(const QString &text, QTextDocument::FindFlags flags)
{
    if (text.isEmpty())
        return false;
    if (find(text, flags))
        return true;
    const QTextCursor saved = textCursor();
    QTextCursor wrapped(document());
    wrapped.movePosition(flags.testFlag(QTextDocument::FindBackward) ? QTextCursor::End : QTextCursor::Start);
    setTextCursor(wrapped);
    if (find(text, flags))
        return true;
    setTextCursor(saved);
    return false;
}

} // namespace ui
