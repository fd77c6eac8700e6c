// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/spec/matchspec.h"
#include "tests/core/spec/errorcheck.h"

#include <QTest>

using core::spec::MatchSpec;
using core::spec::PackageRecord;
using core::util::ErrorCode;

namespace {

const char *kMd5 = "0123456789abcdef0123456789abcdef";
const char *kSha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/** A numpy record from conda-forge; @p changes ("key=value;key=value") modify it. */
PackageRecord record(const QString &changes = {})
{
    PackageRecord r;
    r.name = "numpy";
    r.version = "1.26.4";
    r.build = "py312h1234_0";
    r.buildNumber = 2;
    r.channel = "https://conda.anaconda.org/conda-forge";
    r.subdir = "linux-64";
    r.md5 = kMd5;
    r.sha256 = kSha256;
    r.license = "BSD-3-Clause";
    r.fn = "numpy-1.26.4-py312h1234_0.conda";
    r.url = r.channel + "/linux-64/" + r.fn;
    for (const QString &change : changes.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = change.section(QLatin1Char('='), 0, 0);
        const std::string value = change.section(QLatin1Char('='), 1).toStdString();
        if (key == QLatin1String("name")) r.name = value;
        else if (key == QLatin1String("version")) r.version = value;
        else if (key == QLatin1String("build")) r.build = value;
        else if (key == QLatin1String("build_number")) r.buildNumber = std::stoull(value);
        else if (key == QLatin1String("channel")) r.channel = value;
        else if (key == QLatin1String("subdir")) r.subdir = value;
        else if (key == QLatin1String("md5")) r.md5 = value;
        else if (key == QLatin1String("track_features")) r.trackFeatures.push_back(value);
        else if (key == QLatin1String("url")) r.url = value;
        else qFatal("unknown record key %s", qPrintable(key));
    }
    return r;
}

MatchSpec spec(const QString &text)
{
    auto parsed = MatchSpec::parse(text.toStdString());
    if (!parsed)
        qFatal("%s: %s", qPrintable(text), parsed.error().message().c_str());
    return parsed.value();
}

QString q(const std::string &s) { return QString::fromStdString(s); }

} // namespace

class TestMatchSpec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("build");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("subdir");
        QTest::addColumn<QString>("normalized");
        auto row = [](const char *tag, const char *text, const char *name, const char *version, const char *build,
                      const char *channel, const char *subdir, const char *normalized) {
            QTest::newRow(tag) << text << name << version << build << channel << subdir << normalized;
        };
        row("name", "numpy", "numpy", "", "", "", "", "numpy");
        row("upper-case name", "NumPy", "numpy", "", "", "", "", "numpy");
        row("equals is a prefix", "numpy=1.2", "numpy", "1.2.*", "", "", "", "numpy=1.2");
        row("double equals", "numpy==1.2", "numpy", "==1.2", "", "", "", "numpy==1.2");
        row("space version is exact", "numpy 1.2", "numpy", "1.2", "", "", "", "numpy==1.2");
        row("space dot star", "numpy 1.2.*", "numpy", "1.2.*", "", "", "", "numpy=1.2");
        row("space star", "numpy 1.2*", "numpy", "1.2.*", "", "", "", "numpy=1.2");
        row("and or", "numpy >=1.2,<2|==3.1", "numpy", ">=1.2,<2|==3.1", "", "", "", "numpy[version='>=1.2,<2|==3.1']");
        row("version build", "numpy 1.2 py39_0", "numpy", "1.2", "py39_0", "", "", "numpy==1.2=py39_0");
        row("equals version equals build", "name=1.2=*_1", "name", "1.2", "*_1", "", "", "name==1.2[build=*_1]");
        row("channel", "conda-forge::numpy", "numpy", "", "", "conda-forge", "", "conda-forge::numpy");
        row("channel and subdir", "conda-forge/linux-64::numpy", "numpy", "", "", "conda-forge", "linux-64",
            "conda-forge/linux-64::numpy");
        row("channel with label", "conda-forge/label/dev::numpy", "numpy", "", "", "conda-forge/label/dev", "",
            "conda-forge/label/dev::numpy");
        row("channel url", "https://conda.anaconda.org/conda-forge/noarch::tzdata", "tzdata", "", "",
            "https://conda.anaconda.org/conda-forge", "noarch", "https://conda.anaconda.org/conda-forge/noarch::tzdata");
        row("brackets", "numpy[version='>=1.6',build=*py27*]", "numpy", ">=1.6", "*py27*", "", "",
            "numpy[version='>=1.6',build=*py27*]");
        row("double quotes", "numpy[version=\">=1.6,<2\"]", "numpy", ">=1.6,<2", "", "", "", "numpy[version='>=1.6,<2']");
        row("blanks in brackets", "numpy[ version = '1.2' build = py27_0 ]", "numpy", "1.2", "py27_0", "", "",
            "numpy==1.2=py27_0");
        row("blank after operator", "numpy >= 1.6", "numpy", ">=1.6", "", "", "", "numpy[version='>=1.6']");
        row("blank before operator", "python =3.9", "python", "3.9.*", "", "", "", "python=3.9");
        row("blanks around comma", "numpy >=1.0 , < 2.0 =py34_0", "numpy", ">=1.0,<2.0", "py34_0", "", "",
            "numpy[version='>=1.0,<2.0',build=py34_0]");
        row("any name", "*", "*", "", "", "", "", "*");
        row("star version with build", "numpy * *py27*", "numpy", "*", "*py27*", "", "", "numpy[build=*py27*]");
        row("star build is no build", "numpy 1.2 *", "numpy", "1.2", "", "", "", "numpy==1.2");
        row("equals star equals build", "accelerate=*=np17*", "accelerate", "*", "np17*", "", "",
            "accelerate[build=np17*]");
        row("python abi", "python_abi 3.9.* *_cp39", "python_abi", "3.9.*", "*_cp39", "", "",
            "python_abi=3.9[build=*_cp39]");
        row("not equal", "numpy !=1.7.1", "numpy", "!=1.7.1", "", "", "", "numpy!=1.7.1");
        row("comment", "numpy 1.2  # pinned for abi", "numpy", "1.2", "", "", "", "numpy==1.2");
        row("prefix and bracket build", "numpy=1.2[build=py27]", "numpy", "1.2.*", "py27", "", "", "numpy=1.2[build=py27]");
        row("bracket channel with subdir", "numpy[channel=conda-forge/osx-arm64]", "numpy", "", "", "conda-forge",
            "osx-arm64", "conda-forge/osx-arm64::numpy");
        row("bracket channel wins", "conda-forge::numpy[channel=bioconda]", "numpy", "", "", "bioconda", "",
            "bioconda::numpy");
        row("bracket subdir wins", "conda-forge/linux-64::numpy[subdir=noarch]", "numpy", "", "", "conda-forge", "noarch",
            "conda-forge/noarch::numpy");
        row("bracket version wins", "numpy>=1.0[version='<2']", "numpy", "<2", "", "", "", "numpy[version='<2']");
        row("subdir without channel", "numpy[subdir=linux-64]", "numpy", "", "", "", "linux-64", "numpy[subdir=linux-64]");
        row("package url", "https://conda.anaconda.org/conda-forge/linux-64/numpy-1.26.4-py312h1234_0.conda", "numpy",
            "1.26.4", "py312h1234_0", "https://conda.anaconda.org/conda-forge", "linux-64",
            "https://conda.anaconda.org/conda-forge/linux-64::numpy==1.26.4=py312h1234_0[fn=numpy-1.26.4-py312h1234_0.conda,"
            "url=https://conda.anaconda.org/conda-forge/linux-64/numpy-1.26.4-py312h1234_0.conda]");
        row("package file name", "_libgcc_mutex-0.1-conda_forge.tar.bz2", "_libgcc_mutex", "0.1", "conda_forge", "", "",
            "_libgcc_mutex==0.1=conda_forge[fn=_libgcc_mutex-0.1-conda_forge.tar.bz2]");
        row("compatible release", "pip ~=23.1", "pip", "~=23.1", "", "", "", "pip~=23.1");
        row("parenthesised", "numpy (1.2|1.3),!=1.3.1", "numpy", "(1.2|1.3),!=1.3.1", "", "", "",
            "numpy[version='(1.2|1.3),!=1.3.1']");
        // conda drops a bracket item without '=' and reads a version written after the brackets.
        row("bracket item without value, version after", "nbconvert[execute]!=6.0.0,!=6.0.1", "nbconvert",
            "!=6.0.0,!=6.0.1", "", "", "", "nbconvert[version='!=6.0.0,!=6.0.1']");
        row("bracket items without value among others", "numpy[extra, build=py27 ,other]", "numpy", "", "py27", "", "",
            "numpy[build=py27]");
        row("blank, then version after brackets", "numpy[build=py27] >=1.2", "numpy", ">=1.2", "py27", "", "",
            "numpy[version='>=1.2',build=py27]");
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(QString, version);
        QFETCH(QString, build);
        QFETCH(QString, channel);
        QFETCH(QString, subdir);
        QFETCH(QString, normalized);
        const auto parsed = MatchSpec::parse(text.toStdString());
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message().c_str());
        QCOMPARE(q(parsed->name()), name);
        QCOMPARE(q(parsed->version()), version);
        QCOMPARE(q(parsed->build()), build);
        QCOMPARE(q(parsed->channel()), channel);
        QCOMPARE(q(parsed->subdir()), subdir);
        QCOMPARE(q(parsed->str()), normalized);
        // str() reads back to the same spec.
        const auto again = MatchSpec::parse(parsed->str());
        QVERIFY2(again.ok(), again.ok() ? "" : again.error().message().c_str());
        QCOMPARE(q(again->str()), normalized);
        QVERIFY(again.value() == parsed.value());
    }

    void bracketKeys()
    {
        const auto s = spec(QStringLiteral("numpy[build_number='>=3', md5=%1, sha256=\"%2\", license='BSD 3-Clause',"
                                           " track_features='mkl, debug', fn=numpy.conda, url='https://x/numpy.conda']")
                                .arg(QString::fromLatin1(kMd5).toUpper(), QLatin1String(kSha256)));
        QVERIFY(s.buildNumber().has_value());
        QCOMPARE(s.buildNumber()->op, MatchSpec::BuildNumberConstraint::Op::GreaterEqual);
        QCOMPARE(s.buildNumber()->value, std::uint64_t(3));
        QCOMPARE(s.md5(), std::string(kMd5));
        QCOMPARE(s.sha256(), std::string(kSha256));
        QCOMPARE(s.license(), std::string("BSD 3-Clause"));
        QVERIFY(s.trackFeatures() == (std::vector<std::string>{"debug", "mkl"}));
        QCOMPARE(s.fn(), std::string("numpy.conda"));
        QCOMPARE(s.url(), std::string("https://x/numpy.conda"));
        QVERIFY(spec(q(s.str())) == s);
        QVERIFY(!s.isCondaBuildFormExact());
    }

    void buildNumber_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<int>("accepted");
        QTest::addColumn<int>("rejected");
        QTest::newRow("plain") << "3" << "3" << 3 << 4;
        QTest::newRow("equals") << "=3" << "3" << 3 << 2;
        QTest::newRow("double equals") << "==3" << "3" << 3 << 2;
        QTest::newRow("not equal") << "!=3" << "!=3" << 4 << 3;
        QTest::newRow("less") << "<3" << "<3" << 2 << 3;
        QTest::newRow("less equal") << "<=3" << "<=3" << 3 << 4;
        QTest::newRow("greater") << ">3" << ">3" << 4 << 3;
        QTest::newRow("greater equal blank") << "'>= 3'" << ">=3" << 3 << 2;
    }
    void buildNumber()
    {
        QFETCH(QString, value);
        QFETCH(QString, normalized);
        QFETCH(int, accepted);
        QFETCH(int, rejected);
        const auto s = spec(QStringLiteral("numpy[build_number=%1]").arg(value));
        QVERIFY(s.buildNumber().has_value());
        QCOMPARE(q(s.buildNumber()->str()), normalized);
        QVERIFY(s.buildNumber()->matches(accepted));
        QVERIFY(!s.buildNumber()->matches(rejected));
        QVERIFY(!spec(QStringLiteral("numpy[build_number=*]")).buildNumber().has_value());
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << "" << 1 << "empty match spec";
        QTest::newRow("only a comment") << "   # nothing" << 4 << "empty match spec";
        QTest::newRow("no name") << "=1.2" << 1 << "missing package name";
        QTest::newRow("brackets only") << "[version=1]" << 1 << "missing package name";
        QTest::newRow("no channel") << "::numpy" << 1 << "missing channel before '::'";
        QTest::newRow("no name after channel") << "conda-forge::" << 14 << "missing package name";
        QTest::newRow("namespace") << "ns:numpy" << 3 << "namespaces ('ns:name') are not supported";
        QTest::newRow("bad name character") << "num(py" << 4 << "invalid character '(' in package name";
        QTest::newRow("blank channel") << "numpy[channel='a b']" << 17 << "invalid character ' ' in channel";
        QTest::newRow("equals without version") << "numpy=" << 7 << "missing version after '='";
        QTest::newRow("equals without build") << "numpy=1.2=" << 11 << "missing build string";
        QTest::newRow("blank equals without build") << "numpy 1.2 =" << 12 << "missing build string";
        QTest::newRow("extra word") << "numpy 1.2 py27 extra" << 16 << "unexpected text after the build string";
        QTest::newRow("two builds") << "numpy 1.2=py27 py28" << 16 << "a second build string";
        QTest::newRow("bad build character") << "numpy 1.2 py-27" << 13 << "invalid character '-' in build string";
        QTest::newRow("regex build") << "numpy 1.2 ^py.*$" << 11 << "regular expressions are not supported";
        QTest::newRow("invalid version") << "numpy >=1.2&3" << 12 << "invalid version: invalid character '&'";
        QTest::newRow("invalid operator") << "numpy <>1" << 7 << "invalid operator '<>'";
        QTest::newRow("compatible with one part") << "numpy ~=1" << 9 << "'~=' needs a version with at least two";
        QTest::newRow("unclosed bracket") << "numpy[version=1" << 6 << "missing ']' for this '['";
        QTest::newRow("unterminated quote") << "numpy[version='1]" << 15 << "unterminated quote";
        QTest::newRow("text after bracket") << "numpy[version=1]x" << 17 << "unexpected text after ']'";
        QTest::newRow("missing key") << "numpy[=1]" << 7 << "expected a key";
        QTest::newRow("missing equals") << "numpy[version 1]" << 15 << "expected '=' after 'version'";
        QTest::newRow("empty value") << "numpy[version=]" << 15 << "empty value for 'version'";
        QTest::newRow("empty quoted value") << "numpy[version='']" << 16 << "empty value for 'version'";
        QTest::newRow("unknown key") << "numpy[foo=1]" << 7 << "unknown key 'foo'";
        QTest::newRow("duplicate key") << "numpy[build=1,build=2]" << 15 << "duplicate key 'build'";
        QTest::newRow("text after quote") << "numpy[version='1.2'x]" << 20 << "expected ',' or ']'";
        QTest::newRow("unquoted comma") << "numpy[version=>=1.6,<2]" << 21 << "expected a key";
        QTest::newRow("quote inside value") << "numpy[license=a'b]" << 16 << "quote inside an unquoted value";
        QTest::newRow("bracket version") << "numpy[version='1..2']" << 18 << "invalid version: empty version component";
        QTest::newRow("build number word") << "numpy[build_number=x]" << 20 << "build number must be a non-negative integer";
        QTest::newRow("build number after operator") << "numpy[build_number='>= x']" << 24 << "build number must be";
        QTest::newRow("negative build number") << "numpy[build_number=-1]" << 20 << "build number must be";
        QTest::newRow("short md5") << "numpy[md5=abc]" << 14 << "md5 must be 32 hexadecimal digits";
        QTest::newRow("non-hex sha256") << "numpy[sha256=xyz]" << 14 << "sha256 must be 64 hexadecimal digits";
        QTest::newRow("blank subdir") << "numpy[subdir='linux 64']" << 20 << "blank in subdir";
        QTest::newRow("file name without build") << "numpy-1.0.tar.bz2" << 1 << "package file name must be name-version-build";
        QTest::newRow("url without build") << "https://x/linux-64/numpy-1.0.conda" << 20 << "package file name must be";
        QTest::newRow("bad version in file name") << "numpy-1..0-py_0.conda" << 9 << "invalid version";
    }
    void errors()
    {
        QFETCH(QString, text);
        QFETCH(int, column);
        QFETCH(QString, reason);
        const auto parsed = MatchSpec::parse(text.toStdString());
        const QString mismatch = failureMismatch(parsed, ErrorCode::InvalidMatchSpec, column, reason);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

    void matches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("changes");
        QTest::addColumn<bool>("expected");
        QTest::newRow("name") << "numpy" << "" << true;
        QTest::newRow("name case") << "NUMPY" << "" << true;
        QTest::newRow("other name") << "scipy" << "" << false;
        QTest::newRow("name glob") << "num*" << "" << true;
        QTest::newRow("any name") << "*" << "name=anything" << true;
        QTest::newRow("prefix") << "numpy=1.26" << "" << true;
        QTest::newRow("prefix other") << "numpy=1.2" << "" << false;
        QTest::newRow("space version exact") << "numpy 1.26" << "" << false;
        QTest::newRow("space version full") << "numpy 1.26.4" << "" << true;
        QTest::newRow("range") << "numpy >=1.20,<2" << "" << true;
        QTest::newRow("or") << "numpy <1.26|>1.26.4" << "" << false;
        QTest::newRow("equals build glob") << "numpy=1.26.4=py312*" << "" << true;
        QTest::newRow("build glob other") << "numpy * *py311*" << "" << false;
        QTest::newRow("exact build") << "numpy 1.26.4 py312h1234_0" << "" << true;
        QTest::newRow("build is not a prefix") << "numpy 1.26.4 py312h1234" << "" << false;
        QTest::newRow("build number") << "numpy[build_number=2]" << "" << true;
        QTest::newRow("build number range") << "numpy[build_number='>=3']" << "" << false;
        QTest::newRow("channel name vs url") << "conda-forge::numpy" << "" << true;
        QTest::newRow("other channel") << "bioconda::numpy" << "" << false;
        QTest::newRow("channel url vs name") << "https://conda.anaconda.org/conda-forge::numpy" << "channel=conda-forge" << true;
        QTest::newRow("channel with trailing slash") << "https://conda.anaconda.org/conda-forge/::numpy" << "" << true;
        QTest::newRow("channel from url") << "conda-forge::numpy" << "channel=" << true;
        QTest::newRow("channel suffix is not enough") << "forge::numpy" << "" << false;
        QTest::newRow("channel glob") << "*forge::numpy" << "" << true;
        QTest::newRow("subdir") << "conda-forge/linux-64::numpy" << "" << true;
        QTest::newRow("other subdir") << "conda-forge/osx-64::numpy" << "" << false;
        QTest::newRow("bracket subdir") << "numpy[subdir=noarch]" << "subdir=noarch" << true;
        const QString md5Spec = QStringLiteral("numpy[md5=%1]");
        QTest::newRow("md5 any case") << md5Spec.arg(QString::fromLatin1(kMd5).toUpper()) << "" << true;
        QTest::newRow("other md5") << md5Spec.arg(QLatin1String(kMd5)) << "md5=ffffffffffffffffffffffffffffffff" << false;
        QTest::newRow("sha256") << QStringLiteral("numpy[sha256=%1]").arg(QLatin1String(kSha256)) << "" << true;
        QTest::newRow("license glob") << "numpy[license=BSD*]" << "" << true;
        QTest::newRow("license exact") << "numpy[license=MIT]" << "" << false;
        QTest::newRow("track features missing") << "numpy[track_features=mkl]" << "" << false;
        QTest::newRow("track features") << "numpy[track_features=mkl]" << "track_features=mkl" << true;
        QTest::newRow("fn") << "numpy[fn=numpy-1.26.4-py312h1234_0.conda]" << "" << true;
        const QString url = QStringLiteral("https://conda.anaconda.org/conda-forge/linux-64/numpy-1.26.4-%1_0.conda");
        QTest::newRow("package url") << url.arg(QLatin1String("py312h1234")) << "" << true;
        QTest::newRow("package url other build") << url.arg(QLatin1String("py311h1234")) << "" << false;
        QTest::newRow("unparsable record version, no constraint") << "numpy" << "version=not valid!" << true;
        QTest::newRow("unparsable record version") << "numpy >=1" << "version=not valid!" << false;
        QTest::newRow("pre-release below bound") << "numpy <1.26.4" << "version=1.26.4rc1" << true;
    }
    void matches()
    {
        QFETCH(QString, text);
        QFETCH(QString, changes);
        QFETCH(bool, expected);
        QCOMPARE(spec(text).matches(record(changes)), expected);
    }

    void condaBuildForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("form");
        QTest::addColumn<bool>("exact");
        QTest::newRow("brackets") << "numpy[version='>=1.6',build=*py27*]" << "numpy >=1.6 *py27*" << true;
        QTest::newRow("prefix") << "numpy=1.5" << "numpy 1.5.*" << true;
        QTest::newRow("exact with build") << "name=1.2=*_1" << "name 1.2 *_1" << true;
        QTest::newRow("build only") << "numpy[build=py27_0]" << "numpy * py27_0" << true;
        QTest::newRow("name only") << "NumPy" << "numpy" << true;
        QTest::newRow("blanks removed") << "numpy >= 1.6 , < 2" << "numpy >=1.6,<2" << true;
        QTest::newRow("or") << "python >=2.7,<3|>=3.3" << "python >=2.7,<3|>=3.3" << true;
        QTest::newRow("stars dropped") << "numpy * *" << "numpy" << true;
        QTest::newRow("double equals dot star") << "numpy==1.2.*" << "numpy ==1.2" << true;
        QTest::newRow("prefix with bracket build") << "numpy=1.2[build=py27]" << "numpy 1.2.* py27" << true;
        QTest::newRow("channel is not said") << "conda-forge::numpy 1.2" << "numpy 1.2" << false;
        QTest::newRow("build number is not said") << "numpy[build_number=3]" << "numpy" << false;
    }
    void condaBuildForm()
    {
        QFETCH(QString, text);
        QFETCH(QString, form);
        QFETCH(bool, exact);
        const auto s = spec(text);
        QCOMPARE(q(s.toCondaBuildForm()), form);
        QCOMPARE(s.isCondaBuildFormExact(), exact);
    }
};

QTEST_GUILESS_MAIN(TestMatchSpec)
#include "tst_matchspec.moc"
