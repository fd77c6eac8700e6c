// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <array>

namespace ui {

/**
 * The built-in highlighter, used when the build has no KSyntaxHighlighting. In YAML mode it
 * colours keys, quoted strings, comments, list markers, anchors and aliases, document markers,
 * and the operators of match specs in list items; in spec-list mode comments and spec operators
 * (`=`, `>=`, `,`, `|`, `*`, `::`, brackets). Line by line: multi-line scalars are not tracked.
 */
class YamlHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YamlHighlighter)
public:
    enum class Mode { Yaml, SpecList };
    enum class Token { Key, String, Comment, ListMarker, Anchor, Alias, DocumentMarker, Operator, Count };

    explicit YamlHighlighter(QTextDocument *document, Mode mode = Mode::Yaml);
    ~YamlHighlighter() override;

    Mode mode() const { return m_mode; }
    /** The format used for @p token (colours follow the application palette: light or dark). */
    QTextCharFormat tokenFormat(Token token) const { return m_formats[std::size_t(token)]; }

protected:
    void highlightBlock(const QString &text) override;

private:
    void highlightYaml(const QString &text);
    void highlightSpecs(const QString &text, qsizetype from, qsizetype to);
    /** Colours a quoted string starting at @p from; returns the index after it. */
    qsizetype highlightString(const QString &text, qsizetype from);
    /** Colours the key of "key: value" at @p from, if there is one; returns where the value starts. */
    qsizetype highlightKey(const QString &text, qsizetype from);
    void setToken(qsizetype start, qsizetype length, Token token);

    Mode m_mode;
    std::array<QTextCharFormat, std::size_t(Token::Count)> m_formats;
};

/**
 * Attaches the best highlighter to @p document: KSyntaxHighlighting's YAML definition when the build
 * has it (DEPLOYDECK_HAVE_KSYNTAXHIGHLIGHTING) and @p mode is YAML, else a YamlHighlighter.
 * The highlighter is a child of @p document.
 */
QSyntaxHighlighter *createHighlighter(QTextDocument *document, YamlHighlighter::Mode mode);

} // namespace ui
