// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// HostEnvironmentModel: solve results, impacts and offline readiness as rows.
#include "ui/models/hostenvironmentmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace core::solve;
using namespace core::checks;
using ui::HostEnvironmentModel;
using ui::HostEnvironmentRow;

namespace {

EnvironmentResult result(const std::string &host, EnvironmentStatus status, std::vector<std::string> versions = {})
{
    EnvironmentResult r;
    r.host = host;
    r.environment = "conda_envs/tools";
    r.status = status;
    for (const auto &v : versions) {
        core::spec::PackageRecord p;
        p.name = "python";
        p.version = v;
        p.build = "0";
        p.subdir = "linux-64";
        p.fn = "python-" + v + "-0.conda";
        p.size = 1024;
        r.packages.push_back(p);
    }
    if (status == EnvironmentStatus::Unsolvable)
        r.problems.roots = { { "silx=0.15.1", "", {}, core::solve::ProblemTree::Status::Missing, {}, {} } };
    if (status == EnvironmentStatus::Error)
        r.error = "column 3: bad spec";
    return r;
}

QString cell(const HostEnvironmentModel &m, int row, int column, int role = Qt::DisplayRole)
{
    return m.index(row, column).data(role).toString();
}

} // namespace

class TestHostEnvironmentModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<HostEnvironmentModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void pendingAndResults()
    {
        m_model->setPending({ { "a", "conda_envs/tools", { "python" } } });
        QCOMPARE(cell(*m_model, 0, HostEnvironmentModel::StatusColumn), QStringLiteral("solving…"));
        QCOMPARE(m_model->index(0, 0).data(HostEnvironmentModel::StateRole).toInt(),
            int(HostEnvironmentRow::State::Pending));
        m_model->setResults({ result("a", EnvironmentStatus::Solved, { "3.9.18" }),
            result("b", EnvironmentStatus::Unsolvable), result("c", EnvironmentStatus::Error) });
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(cell(*m_model, 0, HostEnvironmentModel::StatusColumn), QStringLiteral("solved"));
        QCOMPARE(cell(*m_model, 0, HostEnvironmentModel::PackagesColumn), QStringLiteral("1"));
        QCOMPARE(cell(*m_model, 1, HostEnvironmentModel::StatusColumn), QStringLiteral("unsolvable"));
        // The culprit line without its tree drawing, and the whole explanation on hover.
        QCOMPARE(cell(*m_model, 1, HostEnvironmentModel::DetailColumn),
            QStringLiteral("silx=0.15.1 does not exist (perhaps a typo or a missing channel)."));
        QVERIFY(
            cell(*m_model, 1, 0, HostEnvironmentModel::ExplanationRole).startsWith(QStringLiteral("The following")));
        QVERIFY(m_model->index(1, 0).data(Qt::BackgroundRole).isValid());
        QCOMPARE(cell(*m_model, 2, HostEnvironmentModel::DetailColumn), QStringLiteral("column 3: bad spec"));
        QCOMPARE(cell(*m_model, 2, 0, HostEnvironmentModel::HostRole), QStringLiteral("c"));
    }

    void impacts_data()
    {
        QTest::addColumn<int>("before"); // EnvironmentStatus
        QTest::addColumn<int>("after");
        QTest::addColumn<QString>("afterVersion");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("packages");
        const int solved = int(EnvironmentStatus::Solved), unsolvable = int(EnvironmentStatus::Unsolvable);
        QTest::newRow("breaks") << solved << unsolvable << ""
                                << "breaks"
                                << "";
        QTest::newRow("fixed") << unsolvable << solved << "3.9.18"
                               << "fixed"
                               << "1";
        QTest::newRow("changes") << solved << solved << "3.10.13"
                                 << "1 package(s) change"
                                 << "1 → 1";
        QTest::newRow("unchanged") << solved << solved << "3.9.18"
                                   << "unchanged"
                                   << "1 → 1";
    }

    void impacts()
    {
        QFETCH(int, before);
        QFETCH(int, after);
        QFETCH(QString, afterVersion);
        QFETCH(QString, status);
        QFETCH(QString, packages);
        const auto versions = [](EnvironmentStatus s, const QString &v) {
            return s == EnvironmentStatus::Solved ? std::vector<std::string> { v.toStdString() }
                                                  : std::vector<std::string> {};
        };
        const auto b
            = result("a", EnvironmentStatus(before), versions(EnvironmentStatus(before), QStringLiteral("3.9.18")));
        const auto a = result("a", EnvironmentStatus(after), versions(EnvironmentStatus(after), afterVersion));
        m_model->setImpacts(compareResults({ b }, { a }));
        QCOMPARE(cell(*m_model, 0, HostEnvironmentModel::StatusColumn), status);
        QCOMPARE(cell(*m_model, 0, HostEnvironmentModel::PackagesColumn), packages);
        if (status.endsWith(QStringLiteral(" change")))
            QCOMPARE(
                cell(*m_model, 0, HostEnvironmentModel::DetailColumn), QStringLiteral("python: 3.9.18 0 → 3.10.13 0"));
    }

    void readiness()
    {
        ReadinessReport report;
        report.target = "/ws/channels/local";
        EnvironmentReadiness ready { result("a", EnvironmentStatus::Solved, { "3.9.18" }), 0, {} };
        EnvironmentReadiness missing { result("b", EnvironmentStatus::Unsolvable), 1,
            result("x", EnvironmentStatus::Solved, { "3.11.6", "3.11.6" }).packages };
        EnvironmentReadiness broken { result("c", EnvironmentStatus::Unsolvable), 2, {} };
        report.environments = { ready, missing, broken };
        LineResult solvedLine;
        solvedLine.lineNumber = 1;
        solvedLine.status = LineStatus::Solved;
        LineResult failedLine;
        failedLine.lineNumber = 2;
        failedLine.status = LineStatus::Unsolvable;
        failedLine.problems.roots = { { "silx", "", {}, core::solve::ProblemTree::Status::Missing, {}, {} } };
        report.plan.lines = { solvedLine, failedLine };
        m_model->setReadiness(report);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(cell(*m_model, 0, HostEnvironmentModel::StatusColumn), QStringLiteral("ready"));
        QCOMPARE(cell(*m_model, 1, HostEnvironmentModel::StatusColumn), QStringLiteral("2 file(s) missing"));
        QVERIFY(cell(*m_model, 1, 0, HostEnvironmentModel::ExplanationRole)
                    .contains(QStringLiteral("linux-64/python-3.11.6-0.conda")));
        QCOMPARE(cell(*m_model, 2, HostEnvironmentModel::StatusColumn), QStringLiteral("not installable"));
        QCOMPARE(cell(*m_model, 2, 0, HostEnvironmentModel::ExplanationRole),
            QStringLiteral("The following packages are incompatible\n"
                           "└─ silx does not exist (perhaps a typo or a missing channel).\n"));
        QCOMPARE(m_model->headerData(HostEnvironmentModel::DetailColumn, Qt::Horizontal).toString(),
            QStringLiteral("Details"));
    }

private:
    std::unique_ptr<HostEnvironmentModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestHostEnvironmentModel)
#include "tst_hostenvironmentmodel.moc"
