// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/widgets/yamlhighlighter.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <optional>

using ui::YamlHighlighter;
using Token = YamlHighlighter::Token;
using Mode = YamlHighlighter::Mode;

Q_DECLARE_METATYPE(YamlHighlighter::Token)
Q_DECLARE_METATYPE(YamlHighlighter::Mode)

namespace {

/** The token whose format covers @p position of the single line, if any. */
std::optional<Token> tokenAt(const YamlHighlighter &h, const QTextBlock &block, int position)
{
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (position < r.start || position >= r.start + r.length)
            continue;
        for (int t = 0; t < int(Token::Count); ++t)
            if (h.tokenFormat(Token(t)) == r.format)
                return Token(t);
    }
    return std::nullopt;
}

} // namespace

class TestYamlHighlighter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokens_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("at");  // the text whose first character is checked
        QTest::addColumn<int>("token");   // -1: plain text
        const int plain = -1;
        QTest::newRow("key") << Mode::Yaml << "name: sardana" << "name" << int(Token::Key);
        QTest::newRow("plain value") << Mode::Yaml << "name: sardana" << "sardana" << plain;
        QTest::newRow("nested key") << Mode::Yaml << "  pip:" << "pip" << int(Token::Key);
        QTest::newRow("list marker") << Mode::Yaml << "  - numpy" << "-" << int(Token::ListMarker);
        QTest::newRow("spec name is plain") << Mode::Yaml << "  - numpy >=1.2" << "numpy" << plain;
        QTest::newRow("spec operator") << Mode::Yaml << "  - numpy >=1.2" << ">=" << int(Token::Operator);
        QTest::newRow("channel separator") << Mode::Yaml << "  - conda-forge::numpy" << "::" << int(Token::Operator);
        QTest::newRow("key in a list item") << Mode::Yaml << "  - pip:" << "pip" << int(Token::Key);
        QTest::newRow("double-quoted string") << Mode::Yaml << "name: \"a # b\"" << "a # b" << int(Token::String);
        QTest::newRow("single-quoted string") << Mode::Yaml << "v: 'it''s'" << "s'" << int(Token::String);
        QTest::newRow("comment line") << Mode::Yaml << "# a comment" << "comment" << int(Token::Comment);
        QTest::newRow("trailing comment") << Mode::Yaml << "  - numpy  # pinned" << "pinned" << int(Token::Comment);
        QTest::newRow("hash inside a word") << Mode::Yaml << "url: http://x/#frag" << "frag" << plain;
        QTest::newRow("anchor") << Mode::Yaml << "base: &common" << "&common" << int(Token::Anchor);
        QTest::newRow("alias") << Mode::Yaml << "env: *common" << "*common" << int(Token::Alias);
        QTest::newRow("document start") << Mode::Yaml << "---" << "---" << int(Token::DocumentMarker);
        QTest::newRow("colon without space") << Mode::Yaml << "  - mini-conda-forge::x" << "mini" << plain;
        QTest::newRow("quoted key") << Mode::Yaml << "\"odd key\": 1" << "odd" << int(Token::String);
        QTest::newRow("spec list comment") << Mode::SpecList << "python=3.9 # base" << "base" << int(Token::Comment);
        QTest::newRow("spec list operator") << Mode::SpecList << "python=3.9 sardana" << "=" << int(Token::Operator);
        QTest::newRow("spec list name") << Mode::SpecList << "python=3.9 sardana" << "sardana" << plain;
        QTest::newRow("spec list bracket") << Mode::SpecList << "numpy[version='>=1']" << "[" << int(Token::Operator);
        QTest::newRow("spec list wildcard") << Mode::SpecList << "numpy 1.2.*" << "*" << int(Token::Operator);
        QTest::newRow("spec list: no yaml keys") << Mode::SpecList << "name: x" << "name" << plain;
    }
    void tokens()
    {
        QFETCH(Mode, mode);
        QFETCH(QString, line);
        QFETCH(QString, at);
        QFETCH(int, token);
        QTextDocument document;
        document.setPlainText(line);
        YamlHighlighter h(&document, mode);
        h.rehighlight();
        const int position = int(line.indexOf(at));
        QVERIFY(position >= 0);
        const auto found = tokenAt(h, document.firstBlock(), position);
        if (token < 0)
            QVERIFY2(!found, found ? qPrintable(QString::number(int(*found))) : "");
        else
            QCOMPARE(found ? int(*found) : -1, token);
    }

    void formatsAreDistinct()
    {
        QTextDocument document;
        YamlHighlighter h(&document);
        QCOMPARE(h.mode(), Mode::Yaml);
        QVERIFY(h.tokenFormat(Token::Key) != h.tokenFormat(Token::String));
        QVERIFY(h.tokenFormat(Token::Comment).fontItalic());
        QVERIFY(h.tokenFormat(Token::Operator) != h.tokenFormat(Token::Comment));
    }

    void factoryGivesAHighlighter()
    {
        QTextDocument document;
        QSyntaxHighlighter *h = ui::createHighlighter(&document, Mode::SpecList);
        QVERIFY(h);
        QCOMPARE(h->document(), &document);
        QCOMPARE(h->parent(), &document);
        QVERIFY(qobject_cast<YamlHighlighter *>(h));  // spec lists always use the built-in one
    }
};

QTEST_MAIN(TestYamlHighlighter)
#include "tst_yamlhighlighter.moc"
