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
#include "tests/support/requirements.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace core::solve;

namespace {

struct Case
{
    QString id;
    QStringList channels;        ///< per channel, its repodata files (joined with '\n'), highest priority first
    QStringList specs;
    QStringList virtualPackages;
    bool flexible = false;
    bool unsatisfiable = false;
    int count = -1;
    QStringList expected;        ///< the whole set, or (count-only cases) the members named
    bool wholeSet = true;
};

QStringList backticked(const QString &line)
{
    QStringList out;
    static const QRegularExpression re(QStringLiteral("`([^`]+)`"));
    for (auto it = re.globalMatch(line); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

std::vector<Case> readCases(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    std::vector<Case> cases;
    static const QRegularExpression heading(QStringLiteral("^### \\d+\\. \\[(\\w+)\\]"));
    static const QRegularExpression count(QStringLiteral("\\*\\*(\\d+) packages\\*\\*"));
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("## Reference-only")))
            break;
        if (const auto m = heading.match(line); m.hasMatch()) {
            cases.push_back(Case{m.captured(1), {}, {}, {}, false, false, -1, {}, true});
            continue;
        }
        if (cases.empty())
            continue;
        Case &c = cases.back();
        if (line.startsWith(QLatin1String("* repodata:"))) {
            // "channel 1 (...): `a` + `b`<br>channel 2 (...): `c` + `d`", or a single channel.
            for (const QString &part : line.split(QStringLiteral("<br>")))
                c.channels << backticked(part).join(QLatin1Char('\n'));
        } else if (line.startsWith(QLatin1String("* specs:"))) {
            c.specs = backticked(line);
        } else if (line.startsWith(QLatin1String("* state/flags:"))) {
            c.flexible = line.contains(QLatin1String("STRICT_REPO_PRIORITY=0"));
            if (line.contains(QLatin1String("virtual packages")))
                c.virtualPackages = backticked(line);
        } else if (line.startsWith(QLatin1String("* expected:"))) {
            c.unsatisfiable = line.contains(QLatin1String("**unsatisfiable**"));
            if (const auto m = count.match(line); m.hasMatch())
                c.count = m.captured(1).toInt();
            c.wholeSet = !line.contains(QLatin1String("including"));
            c.expected = backticked(line);
        }
    }
    return cases;
}

} // namespace

class TestConformance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_PEER_DATA(peers);
        m_peers = peers;
        QVERIFY2(QFile::exists(m_peers + QStringLiteral("/CONFORMANCE.md")), "the peer folder has no CONFORMANCE.md");
        m_cases = readCases(m_peers + QStringLiteral("/CONFORMANCE.md"));
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
                auto loaded = db.addRepodata(source, LoadOptions{m_cache.path().toStdString(), PipAsPythonDependency::No});
                QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().message().c_str());
            }
            --priority;
        }
        Request request;
        for (const QString &s : c.specs)
            request.specs.push_back(s.toStdString());
        for (const QString &v : c.virtualPackages)
            request.virtualPackages.push_back(*parseVirtualPackage(v.toStdString()));
        request.channelPriority = c.flexible ? ChannelPriority::Flexible : ChannelPriority::Strict;

        auto outcome = solve(db, request);
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : outcome.error().message().c_str());
        if (c.unsatisfiable) {
            QVERIFY2(std::holds_alternative<Unsolvable>(*outcome), "expected unsatisfiable, got a solution");
            QVERIFY(!std::get<Unsolvable>(*outcome).graph.edges.empty());
            return;
        }
        QVERIFY2(std::holds_alternative<Solution>(*outcome), "expected a solution, got unsatisfiable");
        QStringList got;
        for (const auto &p : std::get<Solution>(*outcome).packages)
            got << QString::fromStdString(p.record.dist());
        got.sort();
        if (c.wholeSet) {
            QStringList expected = c.expected;
            expected.sort();
            QCOMPARE(got, expected);
        } else {
            QCOMPARE(got.size(), c.count);
            for (const QString &member : c.expected)
                QVERIFY2(got.contains(member), qPrintable(member));
        }
    }

private:
    QString m_peers;
    std::vector<Case> m_cases;
    QTemporaryDir m_cache;
};

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
