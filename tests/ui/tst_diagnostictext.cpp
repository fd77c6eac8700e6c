// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// Core reports problems as data (a code, values, a position); ui::DiagnosticText words them. These
// tests hold the positions the ui shows to what the parsers know, and the wording to its codes.
// The Swedish wording is tested in tests/i18n/tst_translations.cpp.
#include "ui/diagnostictext.h"
#include "ui/views/environmentcheck.h"

#include "core/envfile/environmentfile.h"
#include "core/envfile/speclist.h"
#include "core/solve/problemsgraph.h"
#include "core/spec/matchspec.h"

#include <QTest>

using core::util::ErrorCode;
using core::util::TextPosition;
using ui::DiagnosticText;

class TestDiagnosticText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void positionsAreWordedFromData()
    {
        QCOMPARE(DiagnosticText::positionText(TextPosition::in("env.yml", 3, 5)),
            QStringLiteral("env.yml, line 3, column 5"));
        QCOMPARE(DiagnosticText::positionText(TextPosition::in("env.yml", 3)), QStringLiteral("env.yml, line 3"));
        QCOMPARE(DiagnosticText::positionText(TextPosition::in("", 3, 5)), QStringLiteral("line 3, column 5"));
        QCOMPARE(DiagnosticText::positionText(TextPosition::atColumn(7)), QStringLiteral("column 7"));
        QCOMPARE(DiagnosticText::positionText(TextPosition::in("env.yml")), QStringLiteral("env.yml"));
        QCOMPARE(DiagnosticText::positionText({}), QString());
    }

    void yamlErrorCarriesItsPosition()
    {
        // Line 3 opens a flow sequence that never closes.
        const auto env = core::envfile::parseEnvironmentFile("name: x\ndependencies:\n  - [numpy\n", "env.yml");
        QVERIFY(!env);
        const TextPosition &p = env.error().position;
        QCOMPARE(p.file, std::string("env.yml"));
        QVERIFY2(p.line >= 3, env.error().message().c_str());
        QVERIFY(p.column >= 1);
        QCOMPARE(env.error().location, p.text()); // the command line's text says the same place
        const QString text = DiagnosticText::errorText(env.error());
        // yaml-cpp's "end of sequence flow not found", in words a person typing YAML knows.
        QVERIFY2(
            text.startsWith(
                QStringLiteral("env.yml, line %1, column %2: A “[” is not closed with “]”").arg(p.line).arg(p.column)),
            qPrintable(text));
    }

    void matchSpecErrorHasAColumn()
    {
        const auto spec = core::spec::MatchSpec::parse("numpy[version=>=]");
        QVERIFY(!spec);
        QVERIFY(spec.error().position.column > 1);
        QCOMPARE(spec.error().position.line, 0);
        QCOMPARE(spec.error().location, "column " + std::to_string(spec.error().position.column));
    }

    void environmentEditorMarksTheSpecWhereTheParserSays()
    {
        // The quoted spec starts at column 6 (after `  - "`); the parser's column counts from there.
        const QString text = QStringLiteral("name: x\ndependencies:\n  - \"numpy[version=>=]\"\n");
        const auto spec = core::spec::MatchSpec::parse("numpy[version=>=]");
        QVERIFY(!spec);
        const ui::EnvironmentCheck check = ui::checkEnvironment(text, QStringLiteral("env.yml"));
        QCOMPARE(check.diagnostics.size(), std::size_t(1));
        const ui::Diagnostic &d = check.diagnostics.front();
        QCOMPARE(d.line, 3);
        QCOMPARE(d.column, 6 + spec.error().position.column - 1);
        QVERIFY2(
            d.message.startsWith(QStringLiteral("Invalid match spec “numpy[version=>=]” (")), qPrintable(d.message));
    }

    void brokenEnvironmentFileIsMarkedAtTheParsersPlace()
    {
        const ui::EnvironmentCheck check
            = ui::checkEnvironment(QStringLiteral("name: x\ndependencies: [a\n"), QStringLiteral("e.yml"));
        QCOMPARE(check.diagnostics.size(), std::size_t(1));
        const auto env = core::envfile::parseEnvironmentFile("name: x\ndependencies: [a\n", "e.yml");
        QVERIFY(!env);
        QCOMPARE(check.diagnostics.front().line, env.error().position.line);
        QCOMPARE(check.diagnostics.front().column, env.error().position.column);
        QCOMPARE(check.diagnostics.front().message, QStringLiteral("A “[” is not closed with “]”"));
    }

    void yamlMessagesInPlainWords()
    {
        QCOMPARE(DiagnosticText::yamlSyntaxText("end of map not found").left(30),
            QStringLiteral("The line does not line up: it "));
        QVERIFY(DiagnosticText::yamlSyntaxText("illegal tab when looking for indentation")
                    .contains(QLatin1String("spaces")));
        QVERIFY(DiagnosticText::yamlSyntaxText("something new in yaml-cpp").isEmpty());
        // A message it does not know is shown as the parser's, after the general sentence.
        const auto unknown = core::util::makeError(core::util::ErrorCode::ParseError, "something new in yaml-cpp");
        QCOMPARE(DiagnosticText::errorTextHere(unknown), QStringLiteral("Syntax error (something new in yaml-cpp)"));
        // A real file whose nesting is broken (a key indented deeper than its sibling).
        const auto env
            = core::envfile::parseEnvironmentFile("name: x\ndependencies:\n  - numpy\n   channels: [a]\n", "e.yml");
        QVERIFY(!env);
        QVERIFY2(!DiagnosticText::yamlSyntaxText(env.error().detail).isEmpty(), env.error().detail.c_str());
    }

    void unknownKeysAreNamed()
    {
        const auto env = core::envfile::parseEnvironmentFile("name: x\nchanels: [a]\ndependencies: [numpy]\n", "e.yml");
        QVERIFY(env);
        QCOMPARE(env->warnings.size(), std::size_t(1));
        QCOMPARE(env->warnings.front().code, ErrorCode::UnknownKey);
        QCOMPARE(env->warnings.front().position.line, 2);
        QCOMPARE(DiagnosticText::warningText(env->warnings.front()), QStringLiteral("Unknown key “chanels” (ignored)"));
    }

    void specListProblemsAreWordedByKind()
    {
        const auto list
            = core::envfile::parseSpecList("numpy>= scipy\n'pandas\npytango pytango=9\nnumpy >=1.6\n", "specs.txt");
        QCOMPARE(list.lines.size(), std::size_t(4));
        QCOMPARE(list.lines[0].diagnostics.size(), std::size_t(1));
        const auto &invalid = list.lines[0].diagnostics.front();
        QCOMPARE(invalid.kind, core::envfile::SpecListDiagnostic::Kind::InvalidSpec);
        QVERIFY(DiagnosticText::specListText(invalid).startsWith(QStringLiteral("Invalid match spec “numpy>=” (")));
        QCOMPARE(DiagnosticText::specListText(list.lines[1].diagnostics.front()),
            QStringLiteral("Unterminated quote ' (the spec runs to the end of the line)"));
        QCOMPARE(DiagnosticText::specListText(list.lines[2].diagnostics.front()),
            QStringLiteral("“pytango” is asked for more than once on this line"));
        QCOMPARE(list.lines[3].diagnostics.front().kind, core::envfile::SpecListDiagnostic::Kind::SplitVersion);
        QCOMPARE(DiagnosticText::specListText(list.lines[3].diagnostics.front()),
            QStringLiteral(
                "“>=1.6” has no package name: join a version to its name (numpy>=1.6), or quote the whole spec"));
    }

    void errorsWithoutAPositionNameTheirLocation()
    {
        const auto e = core::util::makeError(
            ErrorCode::HttpError, "404 Not Found", "http://127.0.0.1:1/c/linux-64/repodata.json");
        QCOMPARE(DiagnosticText::errorText(e),
            QStringLiteral(
                "http://127.0.0.1:1/c/linux-64/repodata.json: The server answered with an error (404 Not Found)"));
        // A code whose detail is deploydeck's own sentence shows only the translated sentence.
        const auto missing = core::util::makeError(ErrorCode::FileNotFound, "no such file", "/tmp/x.yml");
        QCOMPARE(DiagnosticText::errorText(missing), QStringLiteral("/tmp/x.yml: The file does not exist"));
    }

    void problemsReadLikeTheCommandLineInEnglish()
    {
        using Status = core::solve::ProblemTree::Status;
        core::solve::ProblemTree tree;
        core::solve::ProblemTree::Entry conflict { "python >=3.9", "python", { "3.10.1" }, Status::Conflicting,
            "python 2.7.18", {} };
        tree.roots = { { "python=2.7", "python", { "2.7.18" }, Status::Requested, {}, {} },
            { "sardana", "sardana", { "3.4.0" }, Status::Requested, {}, { conflict } },
            { "sardna", "", {}, Status::Missing, {}, {} } };
        tree.suggestions = { "sardana" };
        const QString expected
            = QStringLiteral("The following packages are incompatible\n"
                             "├─ python=2.7 is requested; python 2.7.18 can be installed.\n"
                             "├─ sardana is requested; sardana 3.4.0 would require\n"
                             "│  └─ python >=3.9: python 3.10.1, which conflicts with python 2.7.18.\n"
                             "└─ sardna does not exist (perhaps a typo or a missing channel).\n"
                             "Did you mean: sardana?\n");
        QCOMPARE(DiagnosticText::problemsText(tree), expected);
        QCOMPARE(QString::fromStdString(core::solve::renderProblemsText(tree)), expected);
    }
};

QTEST_MAIN(TestDiagnosticText)
#include "tst_diagnostictext.moc"
