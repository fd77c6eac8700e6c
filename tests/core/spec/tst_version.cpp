// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/spec/version.h"
#include "core/util/peerdata.h"
#include "tests/core/spec/errorcheck.h"
#include "tests/support/requirements.h"

#include <QFile>
#include <QTest>

using core::spec::Version;
using core::util::ErrorCode;

namespace {

Version v(const char *text)
{
    auto r = Version::parse(text);
    if (!r)
        qFatal("bad test version %s: %s", text, r.error().message().c_str());
    return r.value();
}

int sign(int x) { return (x > 0) - (x < 0); }

/**
 * conda's version order, written from the rules in the VersionOrder documentation: each entry
 * is '<' or '=' compared with the one before. (The documentation still shows "0.4 < 0.4.0", from
 * the time conda padded with -1; since it pads with 0 they are equal, which is what conda does.)
 */
const std::vector<std::pair<char, const char *>> &orderedVersions()
{
    static const std::vector<std::pair<char, const char *>> s_list = {
        {'<', "0.4"}, {'=', "0.4.0"}, {'=', "0.4.0.0"},
        {'<', "0.4.1a.vc11"},      // a string in the 4th component sorts before no string at all
        {'<', "0.4.1.rc"}, {'=', "0.4.1.RC"}, {'=', " 0.4.1.Rc "},
        {'<', "0.4.1.vc11"}, {'<', "0.4.1"}, {'=', "0.4.1.0"},
        {'<', "0.5*"},             // '*' is the smallest string
        {'<', "0.5dev"},           // then 'dev'
        {'<', "0.5_"},             // then '_' (openssl-style suffix)
        {'<', "0.5a1"}, {'<', "0.5b3"}, {'<', "0.5C1"}, {'=', "0.5c1"}, {'<', "0.5z"}, {'<', "0.5za"},
        {'<', "0.5"}, {'<', "0.5_5"}, {'=', "0.5-5"}, {'=', "0.5.5"},
        {'<', "0.9.6"}, {'<', "0.960923"},
        {'<', "1.0"}, {'<', "1.0.4a3"}, {'<', "1.0.4b1"}, {'<', "1.0.4"},
        {'<', "1.1dev1"}, {'<', "1.1_"}, {'<', "1.1a1"},
        {'<', "1.1.0dev1"}, {'=', "1.1.dev1"}, {'=', "1.1.DEV1"},
        {'<', "1.1.a1"}, {'=', "1.1.0a1"}, {'<', "1.1.0rc1"},
        {'<', "1.1.0"}, {'=', "1.1"}, {'=', "01.001"},
        {'<', "1.1.0post1"}, {'=', "1.1.post1"}, {'=', "1.1.POST1"},
        {'<', "1.1.1dev1"}, {'<', "1.1.1rc1"}, {'<', "1.1.1"}, {'<', "1.1.1post1"},
        {'<', "1.1post1"},         // 'post' beats any number in the same place
        {'<', "2g6"}, {'<', "2.0b1pr0"}, {'<', "2.2be.ta29"}, {'<', "2.2be5ta29"}, {'<', "2.2beta29"},
        {'<', "2.2.0.1"}, {'<', "3.1.1.6"}, {'<', "3.2.p.r0"}, {'<', "3.2.pr0"}, {'<', "3.2.pr.1"},
        {'<', "5.5.kw"}, {'<', "11g"}, {'<', "14.3.1"}, {'<', "14.3.1.post26.g9d75ca2"},
        {'<', "1996.07.12"}, {'=', "1996.7.12"},
        {'<', "1!0.4.1"},          // any epoch beats no epoch
        {'<', "1!3.1.1.6"}, {'<', "2!0.4.1"}, {'=', "02!0.4.1"},
        {'<', "10!0.1"},
    };
    return s_list;
}

} // namespace

class TestVersion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void documentedOrder()
    {
        // Every pair, not just neighbours: the order must be a consistent total preorder.
        const auto &list = orderedVersions();
        std::vector<int> rank;
        for (std::size_t i = 0; i < list.size(); ++i)
            rank.push_back(i == 0 ? 0 : rank.back() + (list[i].first == '<' ? 1 : 0));
        for (std::size_t i = 0; i < list.size(); ++i) {
            for (std::size_t j = 0; j < list.size(); ++j) {
                const int expected = sign(rank[i] - rank[j]);
                const int got = sign(v(list[i].second).compare(v(list[j].second)));
                if (got != expected)
                    QFAIL(qPrintable(QStringLiteral("%1 vs %2: got %3, expected %4")
                                         .arg(QLatin1String(list[i].second), QLatin1String(list[j].second))
                                         .arg(got).arg(expected)));
            }
        }
    }

    void operators()
    {
        QVERIFY(v("1.0") == v("1.0.0"));
        QVERIFY(v("1.0") < v("1.0.1"));
        QVERIFY(v("1.1") > v("1.1rc1"));
        QVERIFY(v("1.1") <= v("1.1.0"));
        QVERIFY((v("1.1") <=> v("1.1.0")) == std::weak_ordering::equivalent);
        QVERIFY(Version() == v("0"));
        QVERIFY(Version() < v("0.0.1"));
    }

    void localVersions_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");
        QTest::newRow("local only breaks ties") << "1.0+2" << "1.1+1" << -1;
        QTest::newRow("numeric local") << "1.0+1.2" << "1.0+1.10" << -1;
        QTest::newRow("local with underscore") << "1.0+1_2" << "1.0+1.2" << 0;
        QTest::newRow("numeric local above none") << "1.0+1" << "1.0" << 1;
        // conda pads a missing local part like any other: +0 equals none, a string is below it.
        QTest::newRow("zero local equals none") << "1.0+0" << "1.0" << 0;
        QTest::newRow("string local below none") << "1.0+abc" << "1.0" << -1;
        QTest::newRow("epoch before local") << "1!1.0" << "1.0+9" << 1;
    }
    void localVersions()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        const auto va = Version::parse(a.toStdString()).value();
        const auto vb = Version::parse(b.toStdString()).value();
        QCOMPARE(sign(va.compare(vb)), expected);
        QCOMPARE(sign(vb.compare(va)), -expected);
    }

    void bigNumbers()
    {
        // Numbers longer than any machine integer still compare numerically.
        QVERIFY(v("1.123456789012345678901234567890") > v("1.99999999999999999999"));
        QVERIFY(v("1.000000000000000000000000000002") == v("1.2"));
        QVERIFY(v("20230101120000") < v("20230101120001"));
    }

    void manyComponents()
    {
        // More components than fit inline: copies and moves must keep them.
        const Version a = v("1.2.3.4.5.6.7.8.9.10.11.12.13.14a1");
        Version b = a;
        QVERIFY(b == a);
        Version c = std::move(b);
        QVERIFY(c == a);
        QVERIFY(c < v("1.2.3.4.5.6.7.8.9.10.11.12.13.14"));
        c = v("2");
        QVERIFY(c > a);
        QCOMPARE(a.componentsRepr(),
                 std::string("[[0], [1], [2], [3], [4], [5], [6], [7], [8], [9], [10], [11], [12], [13], [14, 'a', 1]]"));
    }

    void components_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("repr");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("plain") << "1.2.3" << "[[0], [1], [2], [3]]" << "1.2.3";
        QTest::newRow("epoch") << "2!1.0" << "[[2], [1], [0]]" << "2!1.0";
        QTest::newRow("letters get a leading 0") << "1.a1" << "[[0], [1], [0, 'a', 1]]" << "1.a1";
        QTest::newRow("dev and post") << "1.0.dev2.post3" << "[[0], [1], [0], [0, 'DEV', 2], [0, inf, 3]]" << "1.0.dev2.post3";
        QTest::newRow("case folding") << "1.0RC1" << "[[0], [1], [0, 'rc', 1]]" << "1.0rc1";
        QTest::newRow("dashes are separators") << "1.0-2" << "[[0], [1], [0], [2]]" << "1.0_2";
        QTest::newRow("trailing underscore kept") << "1.0.1_" << "[[0], [1], [0], [1, '_']]" << "1.0.1_";
        QTest::newRow("trailing dash kept") << "1.0.1-" << "[[0], [1], [0], [1, '_']]" << "1.0.1_";
        QTest::newRow("lone underscore") << "_" << "[[0], [0, '_']]" << "_";
        QTest::newRow("stars") << "1.*" << "[[0], [1], [0, '*']]" << "1.*";
        QTest::newRow("local part not listed") << "1.0+abc.1" << "[[0], [1], [0]]" << "1.0+abc.1";
        QTest::newRow("leading zeros") << "007.010" << "[[0], [7], [10]]" << "007.010";
    }
    void components()
    {
        QFETCH(QString, text);
        QFETCH(QString, repr);
        QFETCH(QString, normalized);
        const auto parsed = Version::parse(text.toStdString());
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message().c_str());
        QCOMPARE(QString::fromStdString(parsed->componentsRepr()), repr);
        QCOMPARE(QString::fromStdString(parsed->normalized()), normalized);
        QCOMPARE(QString::fromStdString(parsed->str()), text);
    }

    void whitespaceIsTrimmed()
    {
        const auto parsed = Version::parse("  1.2.3\t\n");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->str(), std::string("1.2.3"));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << "" << 1 << "empty version string";
        QTest::newRow("blank") << "   " << 1 << "empty version string";
        QTest::newRow("bad character") << "3.5&1" << 4 << "invalid character '&'";
        QTest::newRow("inner blank") << " 1.0 x" << 5 << "invalid character ' '";
        QTest::newRow("control character") << "1.0\x01" << 4 << "invalid character 0x01";
        QTest::newRow("comma") << "1,2" << 2 << "invalid character ','";
        QTest::newRow("dash and underscore") << "1.0-1_2" << 4 << "'-' and '_' cannot both be used";
        QTest::newRow("two pluses") << "5.5++" << 5 << "duplicated local version separator '+'";
        QTest::newRow("two dots") << "5.5..mw" << 5 << "empty version component";
        QTest::newRow("trailing dot") << "1." << 3 << "empty version component";
        QTest::newRow("leading dot") << ".1" << 1 << "empty version component";
        QTest::newRow("empty local") << "1.0+" << 5 << "empty version component";
        QTest::newRow("empty local component") << "1.0+a..b" << 7 << "empty version component";
        QTest::newRow("only bang") << "!" << 1 << "epoch must be an integer";
        QTest::newRow("letter epoch") << "a!1.0" << 1 << "epoch must be an integer";
        QTest::newRow("two epochs") << "a!b!1.0" << 4 << "duplicated epoch separator '!'";
        QTest::newRow("nothing after epoch") << "1!" << 3 << "missing version after epoch";
        QTest::newRow("only local") << "+1" << 1 << "missing version before local version separator '+'";
        QTest::newRow("column counts leading blanks") << "  1..2" << 5 << "empty version component";
    }
    void errors()
    {
        QFETCH(QString, text);
        QFETCH(int, column);
        QFETCH(QString, reason);
        const auto parsed = Version::parse(text.toStdString());
        const QString mismatch = failureMismatch(parsed, ErrorCode::InvalidVersion, column, reason);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

    void tooLong()
    {
        const auto parsed = Version::parse(std::string(70000, '1'));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, ErrorCode::InvalidVersion);
    }

    void startsWith_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<bool>("expected");
        QTest::newRow("first component") << "0.4.1" << "0" << true;
        QTest::newRow("two components") << "0.4.1" << "0.4" << true;
        QTest::newRow("not a textual prefix") << "0.40" << "0.4" << false;
        QTest::newRow("letters after") << "0.4.1p1" << "0.4" << true;
        QTest::newRow("string prefix") << "0.4.1p1" << "0.4.1p" << true;
        QTest::newRow("different string") << "0.4.1p1" << "0.4.1q1" << false;
        QTest::newRow("longer prefix") << "0.4" << "0.4.1" << false;
        QTest::newRow("padding") << "1.2" << "1.2.0" << true;
        QTest::newRow("pre-release") << "1.2a1" << "1.2" << true;
        QTest::newRow("local after version") << "0.4.1+1.3" << "0.4.1" << true;
        QTest::newRow("local prefix") << "0.4.1+1.3" << "0.4.1+1" << true;
        QTest::newRow("missing local") << "0.4.1" << "0.4.1+1.3" << false;
        QTest::newRow("shorter local") << "0.4.1+1" << "0.4.1+1.3" << false;
        QTest::newRow("dev is not de") << "1.0dev" << "1.0de" << false;
        QTest::newRow("dev prefix") << "1.0dev1" << "1.0dev" << true;
        QTest::newRow("epoch differs") << "1!1.2" << "1.2" << false;
    }
    void startsWith()
    {
        QFETCH(QString, version);
        QFETCH(QString, prefix);
        QFETCH(bool, expected);
        QCOMPARE(v(qPrintable(version)).startsWith(v(qPrintable(prefix))), expected);
    }

    void rattlerParsedVersions()
    {
        // Each line is "version=repr" with conda's own VersionOrder(version).version: every
        // version must parse and split into exactly those components.
        REQUIRE_PEER_DATA(peers);
        QFile file(peers + QStringLiteral("/rattler/test-data/parsed_versions.txt"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        int checked = 0;
        std::vector<Version> all;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const qsizetype eq = line.indexOf('=');
            QVERIFY2(eq > 0, line.constData());
            const std::string text = line.left(eq).toStdString();
            const auto parsed = Version::parse(text);
            QVERIFY2(parsed.ok(), (text + ": " + (parsed.ok() ? "" : parsed.error().message())).c_str());
            QCOMPARE(QByteArray::fromStdString(parsed->componentsRepr()), line.mid(eq + 1));
            all.push_back(parsed.value());
            ++checked;
        }
        QVERIFY(checked > 28000);
        // Sorting all of them exercises the order on real data: it must be a strict weak order.
        std::sort(all.begin(), all.end());
        for (std::size_t i = 1; i < all.size(); ++i)
            QVERIFY(!(all[i] < all[i - 1]));
    }
};

QTEST_GUILESS_MAIN(TestVersion)
#include "tst_version.moc"
