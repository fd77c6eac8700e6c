// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/widgets/yamlhighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTextDocument>

#ifdef DEPLOYDECK_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace ui {

namespace {

bool isSpecOperator(QChar c)
{
    return QStringView(u"=<>!~,|*[]").contains(c);
}

/** Whether a token (a string, an anchor, an alias) may start at @p i: after a space or a flow separator. */
bool atTokenStart(const QString &text, qsizetype i, qsizetype valueStart)
{
    return i == valueStart || text[i - 1].isSpace() || QStringView(u"[{,:").contains(text[i - 1]);
}

QTextCharFormat makeFormat(const QColor &color, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(color);
    if (bold)
        f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    return f;
}

} // namespace

YamlHighlighter::YamlHighlighter(QTextDocument *document, Mode mode) : QSyntaxHighlighter(document), m_mode(mode)
{
    // Two sets of colours, so the text stays readable on a dark palette as on a light one.
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    auto pick = [dark](QRgb light, QRgb darkColor) { return QColor::fromRgb(dark ? darkColor : light); };
    m_formats[std::size_t(Token::Key)] = makeFormat(pick(0x1f4e99, 0x8cb4ff), true);
    m_formats[std::size_t(Token::String)] = makeFormat(pick(0x2e7d32, 0xa5d6a7));
    m_formats[std::size_t(Token::Comment)] = makeFormat(pick(0x7a7a7a, 0x9e9e9e), false, true);
    m_formats[std::size_t(Token::ListMarker)] = makeFormat(pick(0xa3489e, 0xe1a6dd), true);
    m_formats[std::size_t(Token::Anchor)] = makeFormat(pick(0xb35c00, 0xffb74d));
    m_formats[std::size_t(Token::Alias)] = makeFormat(pick(0xb35c00, 0xffb74d), false, true);
    m_formats[std::size_t(Token::DocumentMarker)] = makeFormat(pick(0x5e35b1, 0xb39ddb), true);
    m_formats[std::size_t(Token::Operator)] = makeFormat(pick(0xc62828, 0xef9a9a), true);
}

YamlHighlighter::~YamlHighlighter() = default;

void YamlHighlighter::setToken(qsizetype start, qsizetype length, Token token)
{
    setFormat(int(start), int(length), m_formats[std::size_t(token)]);
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    if (m_mode == Mode::Yaml) {
        highlightYaml(text);
        return;
    }
    // Spec list: everything after '#' is a comment, the rest is specs.
    const qsizetype hash = text.indexOf(QLatin1Char('#'));
    const qsizetype end = hash < 0 ? text.size() : hash;
    highlightSpecs(text, 0, end);
    if (hash >= 0)
        setToken(hash, text.size() - hash, Token::Comment);
}

void YamlHighlighter::highlightSpecs(const QString &text, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        if (isSpecOperator(text[i]) || (text[i] == QLatin1Char(':') && i + 1 < to && text[i + 1] == QLatin1Char(':')))
            setToken(i, text[i] == QLatin1Char(':') ? 2 : 1, Token::Operator);
        if (text[i] == QLatin1Char(':'))
            ++i;
    }
}

qsizetype YamlHighlighter::highlightString(const QString &text, qsizetype from)
{
    const QChar quote = text[from];
    qsizetype i = from + 1;
    for (; i < text.size(); ++i) {
        if (quote == QLatin1Char('"') && text[i] == QLatin1Char('\\')) {
            ++i;  // an escaped character, maybe the quote itself
        } else if (text[i] == quote) {
            // In single quotes, '' is an escaped quote.
            if (quote == QLatin1Char('\'') && i + 1 < text.size() && text[i + 1] == quote) {
                ++i;
                continue;
            }
            break;
        }
    }
    const qsizetype end = std::min(i + 1, text.size());
    setToken(from, end - from, Token::String);
    return end;
}

qsizetype YamlHighlighter::highlightKey(const QString &text, qsizetype from)
{
    qsizetype k = from;
    if (k < text.size() && (text[k] == QLatin1Char('"') || text[k] == QLatin1Char('\''))) {
        // A quoted key: the string, then a colon.
        const qsizetype end = highlightString(text, k);
        if (end < text.size() && text[end] == QLatin1Char(':') &&
            (end + 1 == text.size() || text[end + 1].isSpace()))
            return end + 1;
        return from;
    }
    for (; k < text.size(); ++k) {
        if (text[k] == QLatin1Char('#') && k > from && text[k - 1].isSpace())
            return from;  // a comment starts before any colon
        if (text[k] == QLatin1Char(':') && (k + 1 == text.size() || text[k + 1].isSpace()))
            break;
    }
    if (k >= text.size() || k == from)
        return from;
    setToken(from, k - from, Token::Key);
    return k + 1;
}

void YamlHighlighter::highlightYaml(const QString &text)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    if ((text.startsWith(QLatin1String("---")) || text.startsWith(QLatin1String("..."))) && (n == 3 || text[3].isSpace())) {
        setToken(0, 3, Token::DocumentMarker);
        i = 3;
    }
    auto skipSpaces = [&] {
        while (i < n && text[i].isSpace())
            ++i;
    };
    skipSpaces();
    bool listItem = false;
    while (i < n && text[i] == QLatin1Char('-') && (i + 1 == n || text[i + 1].isSpace())) {
        setToken(i, 1, Token::ListMarker);
        listItem = true;
        ++i;
        skipSpaces();
    }
    const qsizetype keyEnd = highlightKey(text, i);
    const bool hasKey = keyEnd != i;
    i = keyEnd;
    skipSpaces();
    const qsizetype valueStart = i;
    qsizetype valueEnd = n;
    while (i < n) {
        const QChar c = text[i];
        if (c == QLatin1Char('#') && (i == 0 || text[i - 1].isSpace())) {
            valueEnd = i;
            setToken(i, n - i, Token::Comment);
            break;
        }
        if ((c == QLatin1Char('"') || c == QLatin1Char('\'')) && atTokenStart(text, i, valueStart)) {
            i = highlightString(text, i);
            continue;
        }
        if ((c == QLatin1Char('&') || c == QLatin1Char('*')) && atTokenStart(text, i, valueStart) && i + 1 < n &&
            !text[i + 1].isSpace()) {
            qsizetype j = i + 1;
            while (j < n && !text[j].isSpace() && text[j] != QLatin1Char(','))
                ++j;
            setToken(i, j - i, c == QLatin1Char('&') ? Token::Anchor : Token::Alias);
            i = j;
            continue;
        }
        ++i;
    }
    // A plain list item is a match spec in an environment file: show its operators.
    const bool plain = valueStart < n && text[valueStart] != QLatin1Char('"') && text[valueStart] != QLatin1Char('\'') &&
                       text[valueStart] != QLatin1Char('&') && text[valueStart] != QLatin1Char('*');
    if (listItem && !hasKey && plain)
        highlightSpecs(text, valueStart, valueEnd);
}

QSyntaxHighlighter *createHighlighter(QTextDocument *document, YamlHighlighter::Mode mode)
{
#ifdef DEPLOYDECK_HAVE_KSYNTAXHIGHLIGHTING
    if (mode == YamlHighlighter::Mode::Yaml) {
        // One repository for the process: loading the definitions is the expensive part.
        static KSyntaxHighlighting::Repository repository;
        auto *h = new KSyntaxHighlighting::SyntaxHighlighter(document);
        const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
        h->setTheme(repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                 : KSyntaxHighlighting::Repository::LightTheme));
        h->setDefinition(repository.definitionForName(QStringLiteral("YAML")));
        return h;
    }
#endif
    return new YamlHighlighter(document, mode);
}

} // namespace ui
