// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The solver against the answers of conda's, mamba's and rattler's own test suites. The cases
// are read from CONFORMANCE.md in the peer data (read in place, never copied): each names its
// repodata, specs, flags and the exact expected package set, or "unsatisfiable".
#include "core/solve/database.h"
#include "core/solve/solver.h"
#include "core/solve/virtualpackages.h"
#include "core/util/peerdata.h"
#include "tests/support/conformancecases.h"
#include "tests/support/requirements.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace core::solve;

using testsupport::conformance::Case;

class TestConformance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_PEER_DATA(peers);
        m_peers = peers;
        QVERIFY2(QFile::exists(m_peers + QStringLiteral("/CONFORMANCE.md")), "the peer folder has no CONFORMANCE.md");
        m_cases = testsupport::conformance::readCases(m_peers + QStringLiteral("/CONFORMANCE.md"));
        // The file lists 30 main cases; reading fewer means the parser lost some.
        QCOMPARE(int(m_cases.size()), 30);
    }

    void conformance_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(m_cases.size()); ++i)
            QTest::newRow(m_cases[std::size_t(i)].id.toUtf8().constData()) << i;
    }

    void conformance()
    {
        QFETCH(int, index);
        const Case &c = m_cases[std::size_t(index)];
        QVERIFY2(!c.channels.isEmpty() && !c.specs.isEmpty(), "case without repodata or specs");

        Database db;
        int priority = int(c.channels.size());
        for (const QString &channel : c.channels) {
            for (const QString &file : channel.split(QLatin1Char('\n'))) {
                RepodataSource source;
                source.channel = QStringLiteral("channel-%1").arg(priority).toStdString();
                source.channelUrl = "file:///" + source.channel;
                source.subdir = file.contains(QLatin1String("/noarch/")) ? "noarch" : "linux-64";
                source.path = QString(m_peers + QLatin1Char('/') + file).toStdString();
                source.priority = priority;
                auto loaded = db.addRepodata(
                    source, LoadOptions { m_cache.path().toStdString(), PipAsPythonDependency::No, {} });
                QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().message().c_str());
            }
            --priority;
        }
        auto outcome = solve(db, testsupport::conformance::requestOf(c));
        const QString verdict = testsupport::conformance::verdict(c, outcome);
        QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
    }

private:
    QString m_peers;
    std::vector<Case> m_cases;
    QTemporaryDir m_cache;
};

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
