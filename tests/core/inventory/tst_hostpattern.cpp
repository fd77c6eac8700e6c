// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// Host patterns; the expected expansions are what Ansible 2.14's parse_address() and
// expand_hostname_range() give for the same text.
#include "core/inventory/hostpattern.h"

#include <QTest>

using namespace core::inventory;
using core::util::ErrorCode;

class TestHostPattern : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void expands_data()
    {
        QTest::addColumn<QByteArray>("pattern");
        QTest::addColumn<QList<QByteArray>>("hosts");
        QTest::addColumn<int>("port");  // -1: none
        using L = QList<QByteArray>;
        QTest::newRow("plain") << QByteArray("web01") << L{"web01"} << -1;
        QTest::newRow("zero-padded") << QByteArray("web[01:03]") << L{"web01", "web02", "web03"} << -1;
        QTest::newRow("stride") << QByteArray("web[1:10:4].example.org")
                                << L{"web1.example.org", "web5.example.org", "web9.example.org"} << -1;
        QTest::newRow("letters") << QByteArray("db-[a:c]") << L{"db-a", "db-b", "db-c"} << -1;
        QTest::newRow("capital letters") << QByteArray("x[A:C]") << L{"xA", "xB", "xC"} << -1;
        QTest::newRow("letter stride") << QByteArray("n[a:c:2]") << L{"na", "nc"} << -1;
        QTest::newRow("two ranges") << QByteArray("h[0:1]-[a:b]") << L{"h0-a", "h0-b", "h1-a", "h1-b"} << -1;
        QTest::newRow("port") << QByteArray("host:2222") << L{"host"} << 2222;
        QTest::newRow("range and port") << QByteArray("web[1:2]:22") << L{"web1", "web2"} << 22;
        QTest::newRow("bracketed IPv6 and port") << QByteArray("[::1]:2222") << L{"::1"} << 2222;
        QTest::newRow("bare IPv6") << QByteArray("fe80::1") << L{"fe80::1"} << -1;
        QTest::newRow("IPv4 range") << QByteArray("10.0.0.[1:3]") << L{"10.0.0.1", "10.0.0.2", "10.0.0.3"} << -1;
        QTest::newRow("missing begin is 0") << QByteArray("n[:2]") << L{"n0", "n1", "n2"} << -1;
        QTest::newRow("descending numbers are empty") << QByteArray("n[3:1]") << L{} << -1;
        QTest::newRow("negative step is empty") << QByteArray("n[1:5:-1]") << L{} << -1;
        QTest::newRow("invalid host keeps its colon") << QByteArray("my$host:22") << L{"my$host:22"} << -1;
        QTest::newRow("letters as substring") << QByteArray("n[ab:c]") << L{"na", "nb", "nc"} << -1;
        QTest::newRow("first closing bracket") << QByteArray("n[1:2]a]") << L{"n1a]", "n2a]"} << -1;
    }

    void expands()
    {
        QFETCH(QByteArray, pattern);
        QFETCH(QList<QByteArray>, hosts);
        QFETCH(int, port);
        const auto r = expandHostPattern(pattern.toStdString());
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message().c_str());
        QList<QByteArray> got;
        for (const std::string &h : r->hosts)
            got << QByteArray::fromStdString(h);
        QCOMPARE(got, hosts);
        QCOMPARE(r->port.value_or(-1), port);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("pattern");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("no end") << QByteArray("n[1:]") << QByteArray("must specify end value");
        QTest::newRow("unequal widths") << QByteArray("n[01:100]") << QByteArray("equal-length");
        QTest::newRow("letters descending") << QByteArray("n[c:a]") << QByteArray("begin <= end");
        QTest::newRow("four bounds") << QByteArray("n[1:2:3:4]") << QByteArray("begin:end or begin:end:step");
        QTest::newRow("unclosed") << QByteArray("n[1:2") << QByteArray("[begin:end]");
    }

    void errors()
    {
        QFETCH(QByteArray, pattern);
        QFETCH(QByteArray, reason);
        const auto r = expandHostPattern(pattern.toStdString());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidValue);
        QVERIFY2(r.error().detail.find(reason.toStdString()) != std::string::npos, r.error().detail.c_str());
    }

    void hugeRangeIsBounded()
    {
        const auto r = expandHostPattern("n[0:99999999]");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::LimitExceeded);
        const auto nested = expandHostPattern("n[0:999]-[0:999]");
        QVERIFY(!nested.ok());
        QCOMPARE(nested.error().code, ErrorCode::LimitExceeded);
    }

    void boundIsTheCallers()
    {
        QCOMPARE(expandHostPattern("n[1:10]", 10)->hosts.size(), std::size_t(10));
        const auto range = expandHostPattern("n[1:11]", 10);
        QVERIFY(!range.ok());
        QCOMPARE(range.error().code, ErrorCode::LimitExceeded);
        QVERIFY2(range.error().detail.find("more than 10 hosts") != std::string::npos, range.error().detail.c_str());
        const auto nested = expandHostPattern("n[1:4]-[1:3]", 10);
        QVERIFY(!nested.ok());
        QCOMPARE(nested.error().code, ErrorCode::LimitExceeded);
    }

    /** Ranges before an empty one multiply the names tried though none comes out: that work is bounded too. */
    void emptyLastRangeIsBounded()
    {
        QCOMPARE(expandHostPattern("a[1:3]b[9:1]")->hosts.size(), std::size_t(0));  // as Ansible: nothing
        const auto r = expandHostPattern("a[1:50]b[1:50]c[1:50]d[1:50]e[1:50]f[9:1]");  // 312 million names tried
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::LimitExceeded);
        QVERIFY(expandHostPattern("a[1:300]b[1:300]").ok());  // 90,000 hosts: still allowed
    }
};

QTEST_GUILESS_MAIN(TestHostPattern)
#include "tst_hostpattern.moc"
