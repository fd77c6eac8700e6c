// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "repodatafixture.h"

#include "core/solve/problemsgraph.h"
#include "core/solve/solver.h"

#include <QTemporaryDir>
#include <QTest>

using namespace core::solve;
using namespace testing;

class TestProblems : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = writeRepodata(
            m_dir.path(), QStringLiteral("linux-64"),
            {makePackage(QStringLiteral("python"), QStringLiteral("2.7.18")),
             makePackage(QStringLiteral("python"), QStringLiteral("3.9.18")),
             makePackage(QStringLiteral("python"), QStringLiteral("3.10.13")),
             makePackage(QStringLiteral("sardana"), QStringLiteral("3.4.0"), {QStringLiteral("python >=3.9")}),
             makePackage(QStringLiteral("sardana"), QStringLiteral("3.3.0"), {QStringLiteral("python >=3.9")}),
             makePackage(QStringLiteral("taurus"), QStringLiteral("5.1"), {QStringLiteral("pyqt >=5.15")}),
             makePackage(QStringLiteral("numpy"), QStringLiteral("1.26.4"), {QStringLiteral("python >=3.9")})});
        QVERIFY(m_db.addRepodata(source(QStringLiteral("local"), QStringLiteral("linux-64"), path), noCache).ok());
    }

    void conflictTree()
    {
        const ProblemTree tree = compressProblems(unsolvable({"sardana", "python=2.7"}).graph);
        QVERIFY(!tree.roots.empty());
        const auto sardana = std::find_if(tree.roots.begin(), tree.roots.end(), [](const auto &e) { return e.spec == "sardana"; });
        QVERIFY(sardana != tree.roots.end());
        QCOMPARE(sardana->name, std::string("sardana"));
        QCOMPARE(sardana->versions, (std::vector<std::string>{"3.4.0", "3.3.0"}));
        // Somewhere below, python >=3.9 conflicts with the requested python 2.7.
        const std::string text = renderProblemsText(tree);
        QVERIFY2(text.starts_with("The following packages are incompatible\n"), text.c_str());
        QVERIFY2(text.find("python >=3.9") != std::string::npos, text.c_str());
        QVERIFY2(text.find("conflicts with python 2.7.18") != std::string::npos, text.c_str());
        QVERIFY2(text.find("3.4.0|3.3.0") != std::string::npos, text.c_str());
    }

    void missingPackageSuggestsNames()
    {
        const ProblemTree tree = compressProblems(unsolvable({"sardna"}).graph);
        const std::string text = renderProblemsText(tree);
        QVERIFY2(text.find("sardna does not exist (perhaps a typo or a missing channel).") != std::string::npos, text.c_str());
        QCOMPARE(tree.suggestions, std::vector<std::string>{"sardana"});
        QVERIFY2(text.find("Did you mean: sardana?") != std::string::npos, text.c_str());
    }

    void missingDependency()
    {
        const ProblemTree tree = compressProblems(unsolvable({"taurus"}).graph);
        QCOMPARE(tree.roots.size(), std::size_t(1));
        QCOMPARE(tree.roots[0].children.size(), std::size_t(1));
        QCOMPARE(tree.roots[0].children[0].status, ProblemTree::Status::Missing);
        QCOMPARE(tree.roots[0].children[0].spec, std::string("pyqt >=5.15"));
    }

    void foldsVersions()
    {
        QCOMPARE(foldVersions({"1.0", "1.1"}), std::string("1.0|1.1"));
        QCOMPARE(foldVersions({"1", "2", "3", "4"}, 2), std::string("1|2|…"));
    }

private:
    Unsolvable unsolvable(const std::vector<std::string> &specs)
    {
        Request r;
        r.specs = specs;
        auto outcome = solve(m_db, r);
        if (!outcome.ok() || !std::holds_alternative<Unsolvable>(*outcome)) {
            qWarning("expected an unsolvable outcome");
            return {};
        }
        return std::get<Unsolvable>(*outcome);
    }

    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_GUILESS_MAIN(TestProblems)
#include "tst_problems.moc"
