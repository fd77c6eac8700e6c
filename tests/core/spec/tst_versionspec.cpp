// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/spec/versionspec.h"
#include "tests/core/spec/errorcheck.h"

#include <QTest>

using core::spec::Version;
using core::spec::VersionSpec;
using core::util::ErrorCode;

class TestVersionSpec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("expected");
        QTest::newRow("bare is exact") << "1.2" << "1.2" << true;
        QTest::newRow("bare pads") << "1.2" << "1.2.0" << true;
        QTest::newRow("bare is not a prefix") << "1.2" << "1.2.1" << false;
        QTest::newRow("star suffix") << "1.2*" << "1.2.7" << true;
        QTest::newRow("star suffix is component-wise") << "1.2*" << "1.20" << false;
        QTest::newRow("dot star") << "1.2.*" << "1.2" << true;
        QTest::newRow("dot star pre-release") << "1.2.*" << "1.2a1" << true;
        QTest::newRow("dot star other") << "1.2.*" << "1.3" << false;
        QTest::newRow("equals is prefix") << "=1.2" << "1.2.5" << true;
        QTest::newRow("equals dot star") << "=1.2.*" << "1.2.5" << true;
        QTest::newRow("double equals") << "==1.2" << "1.2.0" << true;
        QTest::newRow("double equals not prefix") << "==1.2" << "1.2.1" << false;
        QTest::newRow("double equals ignores dot star") << "==1.2.*" << "1.2.1" << false;
        QTest::newRow("not equal") << "!=1.2" << "1.2.1" << true;
        QTest::newRow("not equal same") << "!=1.2" << "1.2.0" << false;
        QTest::newRow("not prefix") << "!=1.2.*" << "1.2.1" << false;
        QTest::newRow("not prefix other") << "!=1.2.*" << "1.3" << true;
        QTest::newRow("less") << "<2" << "1.9.9" << true;
        QTest::newRow("less pre-release") << "<2" << "2.0a1" << true;
        QTest::newRow("less dev of bound") << "<2.0a0" << "2.0dev1" << true;
        // conda's classic trap: the extra component makes 2.0.dev1 ([2],[0],[0,'DEV',1]) sort above 2.0a0.
        QTest::newRow("dotted dev above a0") << "<2.0a0" << "2.0.dev1" << false;
        QTest::newRow("less equal") << "<=2" << "2.0" << true;
        QTest::newRow("greater") << ">2" << "2.0.1" << true;
        QTest::newRow("greater equal dot star") << ">=1.2.*" << "1.2" << true;
        QTest::newRow("greater equal") << ">=1.2" << "1.1.9" << false;
        QTest::newRow("compatible") << "~=1.4.5" << "1.4.9" << true;
        QTest::newRow("compatible too low") << "~=1.4.5" << "1.4.4" << false;
        QTest::newRow("compatible next minor") << "~=1.4.5" << "1.5.0" << false;
        QTest::newRow("compatible two parts") << "~=2.2" << "2.9" << true;
        QTest::newRow("compatible major") << "~=2.2" << "3.0" << false;
        QTest::newRow("any") << "*" << "0.0.1" << true;
        QTest::newRow("and") << ">=1.2,<2" << "1.5" << true;
        QTest::newRow("and upper") << ">=1.2,<2" << "2.0" << false;
        QTest::newRow("or") << "1.2|>=3" << "3.1" << true;
        QTest::newRow("or neither") << "1.2|>=3" << "2.5" << false;
        QTest::newRow("and binds tighter") << ">=1,<2|>=3,<4" << "3.5" << true;
        QTest::newRow("and binds tighter 2") << ">=1,<2|>=3,<4" << "2.5" << false;
        QTest::newRow("parentheses") << "(1.2|1.3),!=1.3.1" << "1.3.1" << false;
        QTest::newRow("parentheses 2") << "(1.2|1.3.*),!=1.3.1" << "1.3.2" << true;
        QTest::newRow("blanks") << " >= 1.2 , < 2 | == 3 " << "3" << true;
        QTest::newRow("inner glob") << "1.*.3" << "1.7.3" << true;
        QTest::newRow("inner glob no") << "1.*.3" << "1.7.4" << false;
        QTest::newRow("glob ignores case") << "1.*.RC" << "1.0.rc" << true;
        QTest::newRow("epoch") << ">=1!1.0" << "2.0" << false;
        QTest::newRow("python_abi style") << "3.9.*" << "3.9" << true;
        QTest::newRow("openssl style") << ">=1.1.1a,<1.1.2a" << "1.1.1_" << false;
    }
    void matches()
    {
        QFETCH(QString, spec);
        QFETCH(QString, version);
        QFETCH(bool, expected);
        const auto parsed = VersionSpec::parse(spec.toStdString());
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message().c_str());
        const auto v = Version::parse(version.toStdString());
        QVERIFY(v.ok());
        QCOMPARE(parsed->matches(v.value()), expected);
    }

    void bareAsPrefix()
    {
        const auto spec = VersionSpec::parse("1.2", VersionSpec::BareVersion::Prefix);
        QVERIFY(spec.ok());
        QVERIFY(spec->matches(Version::parse("1.2.3").value()));
        QCOMPARE(spec->str(), std::string("1.2.*"));
    }

    void normalized_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("bare") << "1.2" << "1.2";
        QTest::newRow("star") << "1.2*" << "1.2.*";
        QTest::newRow("equals") << "=1.2" << "1.2.*";
        QTest::newRow("double equals") << "==1.2" << "==1.2";
        QTest::newRow("greater equal dot star") << ">=1.2.*" << ">=1.2";
        QTest::newRow("less dot star") << "<1.2.*" << "<1.2";
        QTest::newRow("not prefix") << "!=1.2.*" << "!=1.2.*";
        QTest::newRow("blanks") << " >= 1.2 , < 2 " << ">=1.2,<2";
        QTest::newRow("or of ands") << ">=1,<2|>=3" << ">=1,<2|>=3";
        QTest::newRow("and of ors") << "(1|2),>0" << "(1|2),>0";
        QTest::newRow("redundant parentheses") << "((1.2))" << "1.2";
        QTest::newRow("nested or merges") << "(1|2)|3" << "1|2|3";
        QTest::newRow("any") << "*" << "*";
        QTest::newRow("compatible") << "~=1.2.3" << "~=1.2.3";
        QTest::newRow("operand ending in star") << ">=1.*.*" << ">=1.*.*";
        QTest::newRow("star component") << ">=5.9*" << ">=5.9*";
    }
    void normalized()
    {
        QFETCH(QString, spec);
        QFETCH(QString, normalized);
        const auto parsed = VersionSpec::parse(spec.toStdString());
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message().c_str());
        QCOMPARE(QString::fromStdString(parsed->str()), normalized);
        // The normalised text reads back to the same spec.
        const auto again = VersionSpec::parse(parsed->str());
        QVERIFY(again.ok());
        QVERIFY(again.value() == parsed.value());
    }

    void predicates()
    {
        QVERIFY(VersionSpec().matchesAll());
        QVERIFY(VersionSpec::parse("*")->matchesAll());
        QVERIFY(!VersionSpec::parse("1.2")->matchesAll());
        QVERIFY(VersionSpec::parse("1.2")->isExact());
        QVERIFY(VersionSpec::parse("==1.2")->isExact());
        QVERIFY(!VersionSpec::parse("1.2.*")->isExact());
        QVERIFY(VersionSpec().matches(Version::parse("9").value()));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << "" << 1 << "empty version spec";
        QTest::newRow("blank") << "  " << 3 << "empty version spec";
        QTest::newRow("bad operator") << "<>1.2" << 1 << "invalid operator '<>'";
        QTest::newRow("triple equals") << "===1.2" << 1 << "invalid operator '==='";
        QTest::newRow("lone bang") << "!1.2" << 1 << "invalid operator '!'";
        QTest::newRow("lone tilde") << "~1.2" << 1 << "invalid operator '~'";
        QTest::newRow("operator without version") << ">=" << 3 << "missing version after operator";
        QTest::newRow("operator before comma") << ">=1,<" << 6 << "missing version after operator";
        QTest::newRow("empty term") << "1.2,,1.3" << 5 << "missing version";
        QTest::newRow("leading or") << "|1.2" << 1 << "missing version";
        QTest::newRow("empty parentheses") << "()" << 2 << "missing version";
        QTest::newRow("unclosed parenthesis") << "(1.2|1.3" << 1 << "missing ')'";
        QTest::newRow("unbalanced parenthesis") << "1.2)" << 4 << "unbalanced ')'";
        QTest::newRow("two versions") << "1.2 1.3" << 5 << "expected ',' or '|'";
        QTest::newRow("compatible with star") << "~=1.2.*" << 6 << "'~=' cannot be combined with '.*'";
        QTest::newRow("compatible single component") << "~=1" << 3 << "'~=' needs a version with at least two";
        QTest::newRow("only stars") << "**" << 1 << "missing version before '*'";
        QTest::newRow("regex") << "^1.2.*$" << 1 << "regular expressions are not supported";
        QTest::newRow("invalid version") << ">=1.2&3" << 6 << "invalid version: invalid character '&'";
        QTest::newRow("invalid version in or") << "1.2|1..3" << 7 << "invalid version: empty version component";
        QTest::newRow("bad glob character") << "1.*.3$x" << 6 << "invalid character '$' in version";
        QTest::newRow("star inside prefix") << "=1.*.2" << 4 << "'*' is only allowed as a trailing '.*'";
        QTest::newRow("star inside not-prefix") << "!=1.*.*" << 5 << "'*' is only allowed as a trailing '.*'";
        QTest::newRow("deep nesting") << QString(40, QLatin1Char('(')) + QStringLiteral("1") + QString(40, QLatin1Char(')'))
                                      << 33 << "parentheses nested too deeply";
    }
    void errors()
    {
        QFETCH(QString, spec);
        QFETCH(int, column);
        QFETCH(QString, reason);
        const auto parsed = VersionSpec::parse(spec.toStdString());
        const QString mismatch = failureMismatch(parsed, ErrorCode::InvalidMatchSpec, column, reason);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

    void columnOffset()
    {
        const auto parsed = VersionSpec::parseAt(">=1.2&3", 10);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().location, std::string("column 16"));
    }
};

QTEST_GUILESS_MAIN(TestVersionSpec)
#include "tst_versionspec.moc"
