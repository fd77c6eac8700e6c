// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/envfile/speclist.h"
#include "core/util/atomicfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace core::envfile;
using Severity = SpecListDiagnostic::Severity;

namespace {

QStringList strs(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

} // namespace

class TestSpecList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenizes_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("specs");
        QTest::addColumn<QList<int>>("columns");
        QTest::addColumn<QString>("comment");

        QTest::newRow("MAX IV line") << "python=3.9 sardana h5py" << strs({"python=3.9", "sardana", "h5py"})
                                     << QList<int>{1, 12, 20} << "";
        QTest::newRow("tabs and runs of spaces") << "  python=3.9\t\tnumpy  " << strs({"python=3.9", "numpy"})
                                                 << QList<int>{3, 15} << "";
        QTest::newRow("trailing comment") << "python=3.9 pytest # test tools" << strs({"python=3.9", "pytest"})
                                          << QList<int>{1, 12} << " test tools";
        QTest::newRow("comment glued to a spec") << "numpy#note" << strs({"numpy"}) << QList<int>{1} << "note";
        QTest::newRow("whole-line comment") << "# Python interpreters" << QStringList{} << QList<int>{} << " Python interpreters";
        QTest::newRow("blank") << "   " << QStringList{} << QList<int>{} << "";
        QTest::newRow("empty") << "" << QStringList{} << QList<int>{} << "";
        QTest::newRow("brackets with spaces inside quotes")
            << "numpy[version='>=1.6, <2'] scipy" << strs({"numpy[version='>=1.6, <2']", "scipy"}) << QList<int>{1, 28} << "";
        QTest::newRow("brackets with a hash inside quotes")
            << "numpy[license='BSD #3'] # c" << strs({"numpy[license='BSD #3']"}) << QList<int>{1} << " c";
        QTest::newRow("bracket after a space joins its spec")
            << "numpy [version='>=1.6'] h5py" << strs({"numpy [version='>=1.6']", "h5py"}) << QList<int>{1, 25} << "";
        QTest::newRow("double-quoted spec with spaces")
            << "python=3.9 \"numpy >=1.6,<2\" h5py" << strs({"python=3.9", "numpy >=1.6,<2", "h5py"}) << QList<int>{1, 12, 29} << "";
        QTest::newRow("single-quoted spec") << "'pytango 9.3.*' # legacy" << strs({"pytango 9.3.*"}) << QList<int>{1} << " legacy";
        QTest::newRow("channel and subdir") << "conda-forge/linux-64::numpy *::h5py"
                                            << strs({"conda-forge/linux-64::numpy", "*::h5py"}) << QList<int>{1, 29} << "";
    }

    void tokenizes()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, specs);
        QFETCH(QList<int>, columns);
        QFETCH(QString, comment);
        const SpecListLine parsed = parseSpecListLine(line.toStdString(), 7);
        QCOMPARE(parsed.lineNumber, 7);
        QCOMPARE(parsed.text, line.toStdString());
        QStringList gotSpecs;
        QList<int> gotColumns;
        for (const auto &s : parsed.specs) {
            gotSpecs << QString::fromStdString(s.text);
            gotColumns << s.column;
        }
        QCOMPARE(gotSpecs, specs);
        QCOMPARE(gotColumns, columns);
        QCOMPARE(QString::fromStdString(parsed.comment), comment);
        QVERIFY2(!parsed.hasErrors(), parsed.diagnostics.empty() ? "" : parsed.diagnostics.front().message.c_str());
        QCOMPARE(parsed.hasSpecs(), !specs.isEmpty());
    }

    void diagnostics_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("isError");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("version split from its name") << "python=3.9 numpy >=1.6" << true << 18 << "join a version to its name";
        QTest::newRow("bad operator") << "python=3.9 numpy>>1" << true << 17 << "invalid match spec 'numpy>>1'";
        QTest::newRow("unclosed bracket runs to the end") << "numpy[version='1.2' h5py" << true << 25 << "invalid match spec";
        QTest::newRow("unterminated quote") << "h5py \"numpy >=1.6" << true << 6 << "unterminated quote";
        QTest::newRow("error inside a quoted spec counts from the quote")
            << "h5py \"numpy >=\"" << true << 15 << "invalid match spec 'numpy >='";
        QTest::newRow("same name twice") << "python=3.9 numpy python=3.10" << false << 18 << "'python' is asked for more than once";
    }

    void diagnostics()
    {
        QFETCH(QString, line);
        QFETCH(bool, isError);
        QFETCH(int, column);
        QFETCH(QString, messagePart);
        const SpecListLine parsed = parseSpecListLine(line.toStdString(), 3, "specs.txt");
        QVERIFY(!parsed.diagnostics.empty());
        const auto &d = parsed.diagnostics.front();
        QCOMPARE(d.severity == Severity::Error, isError);
        QCOMPARE(parsed.hasErrors(), isError);
        QVERIFY2(QString::fromStdString(d.message).contains(messagePart), d.message.c_str());
        QCOMPARE(d.column, column);
        QVERIFY(d.length >= 1);
        QCOMPARE(QString::fromStdString(d.location), QStringLiteral("specs.txt:3:%1").arg(column));
    }

    /** conda drops a bracket item without '=' (matplotlib's `nbconvert[execute]!=6.0.0,!=6.0.1`). */
    void bracketItemWithoutValueIsNoError()
    {
        const SpecListLine parsed = parseSpecListLine("python=3.11 nbconvert[execute]!=6.0.0,!=6.0.1", 2, "specs.txt");
        QVERIFY(parsed.diagnostics.empty());
        QCOMPARE(parsed.specTexts(), (std::vector<std::string> { "python=3.11", "nbconvert[execute]!=6.0.0,!=6.0.1" }));
    }

    void wholeList()
    {
        const std::string text = "# header\n\npython=3.9\r\npython=3.10 numpy>>1  # broken\nh5py";
        const SpecList list = parseSpecList(text, "list.txt");
        QCOMPARE(list.lines.size(), std::size_t(5));
        QVERIFY(!list.endsWithNewline);
        QCOMPARE(list.lines[2].text, std::string("python=3.9"));  // "\r\n" accepted
        const auto specLines = list.specLines();
        QCOMPARE(specLines.size(), std::size_t(3));
        QCOMPARE(specLines[0].lineNumber, 3);
        QCOMPARE(specLines[1].lineNumber, 4);
        QCOMPARE(specLines[2].specTexts(), std::vector<std::string>{"h5py"});
        const auto diagnostics = list.diagnostics();
        QCOMPARE(diagnostics.size(), std::size_t(1));
        QCOMPARE(diagnostics.front().location, std::string("list.txt:4:18"));
    }

    void demoSpecList()
    {
        auto list = readSpecList(DEPLOYDECK_SOURCE_DIR "/resources/demo/speclists/maxiv_packages_specs.txt");
        QVERIFY2(list.ok(), list.ok() ? "" : list.error().message().c_str());
        QVERIFY(list->diagnostics().empty());
        const auto lines = list->specLines();
        QVERIFY(lines.size() >= 10);
        QCOMPARE(lines.front().specTexts(), std::vector<std::string>{"python=3.9"});
        const auto sardana = std::find_if(lines.begin(), lines.end(), [](const auto &l) { return l.specs.size() > 5; });
        QVERIFY(sardana != lines.end());
        QCOMPARE(sardana->specs[1].text, std::string("sardana"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("with final newline") << "# c\npython=3.9 h5py  # x\n\n'numpy >=1.6'\n";
        QTest::newRow("without final newline") << "python=3.9\nnumpy";
        QTest::newRow("empty") << "";
        QTest::newRow("only blank lines") << "\n\n";
    }

    void roundTrip()
    {
        QFETCH(QString, text);
        const SpecList list = parseSpecList(text.toStdString());
        QCOMPARE(QString::fromStdString(formatSpecList(list)), text);
        QCOMPARE(parseSpecList(formatSpecList(list)), list);
    }

    void formatLine_data()
    {
        QTest::addColumn<QStringList>("specs");
        QTest::addColumn<QString>("comment");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << strs({"python=3.9", "sardana"}) << "" << "python=3.9 sardana";
        QTest::newRow("spaces get quotes") << strs({"numpy >=1.6", "h5py"}) << "" << "\"numpy >=1.6\" h5py";
        QTest::newRow("comment") << strs({"pytest"}) << "test tools" << "pytest  # test tools";
        QTest::newRow("comment only") << QStringList{} << "header" << "# header";
    }

    void formatLine()
    {
        QFETCH(QStringList, specs);
        QFETCH(QString, comment);
        QFETCH(QString, expected);
        std::vector<std::string> s;
        for (const auto &spec : specs)
            s.push_back(spec.toStdString());
        const std::string line = formatSpecLine(s, comment.toStdString());
        QCOMPARE(QString::fromStdString(line), expected);
        // What is written reads back as the same specs.
        QCOMPARE(parseSpecListLine(line, 1).specTexts(), s);
    }

    void writesAtomically()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath(QStringLiteral("specs.txt")).toStdString();
        SpecList list = parseSpecList("python=3.9\n");
        list.lines.push_back(parseSpecListLine(formatSpecLine({"python=3.10", "numpy >=1.26"}), 2));
        QVERIFY(writeSpecList(path, list).ok());
        auto read = readSpecList(path);
        QVERIFY(read.ok());
        QCOMPARE(read->lines.size(), std::size_t(2));
        QCOMPARE(read->lines[1].specTexts(), (std::vector<std::string>{"python=3.10", "numpy >=1.26"}));
        QVERIFY(!read->lines[1].hasErrors());
        // A failed write leaves the old file: a folder in the way of the target path.
        const std::string blocked = dir.filePath(QStringLiteral("sub")).toStdString();
        QVERIFY(QDir().mkpath(QString::fromStdString(blocked)));
        QVERIFY(!writeSpecList(blocked, list).ok());
        QVERIFY(QFileInfo(QString::fromStdString(blocked)).isDir());
    }

    void missingFile()
    {
        auto read = readSpecList("/nonexistent/specs.txt");
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, core::util::ErrorCode::FileNotFound);
    }
};

QTEST_GUILESS_MAIN(TestSpecList)
#include "tst_speclist.moc"
