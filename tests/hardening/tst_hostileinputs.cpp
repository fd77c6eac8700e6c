// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// Hostile inputs (issue 9, requirement 4), fed to the real deploydeck binary: huge strings, deep
// nesting and a million records in repodata, YAML bombs, recursive inventory groups, package file
// names that are paths, and archives with path traversal or symlinks in info/. Each must be refused
// or bounded with a message naming the file, and never crash, hang or write outside its folder.
#include "tests/hardening/hardening.h"
#include "tests/support/testpackages.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using hardening::Run;
using hardening::s;

namespace {

/** One compact repodata record. */
QByteArray record(const QByteArray &name, const QByteArray &extra = {})
{
    return "{\"name\":\"" + name + "\",\"version\":\"1.0\",\"build\":\"0\",\"build_number\":0,\"depends\":[]" + extra + "}";
}

/** A repodata.json whose "packages" holds @p records (already "key":{...} pairs, comma-separated). */
QByteArray repodata(const QByteArray &records)
{
    return "{\"info\":{\"subdir\":\"linux-64\"},\"packages\":{" + records + "},\"packages.conda\":{}}";
}

/** Billion laughs: ten levels of ten aliases each, 10^9 strings when expanded. */
QByteArray yamlBomb()
{
    QByteArray bomb = "x0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    for (int level = 1; level < 10; ++level) {
        QByteArrayList aliases;
        for (int i = 0; i < 10; ++i)
            aliases << "*a" + QByteArray::number(level - 1);
        bomb += "x" + QByteArray::number(level) + ": &a" + QByteArray::number(level) + " [" + aliases.join(',') + "]\n";
    }
    return bomb;
}

} // namespace

class TestHostileInputs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(s("XDG_CACHE_HOME"), m_dir.filePath(s("xdg-cache")));
        env.insert(s("XDG_DATA_HOME"), m_dir.filePath(s("xdg-data")));
        return env;
    }

    Run deploydeck(const QStringList &args) const { return hardening::deploydeck(args, environment()); }

    /** A file:// channel named @p name whose linux-64/repodata.json is @p json (noarch empty). */
    QString channel(const QString &name, const QByteArray &json) const
    {
        const QString root = m_dir.filePath(name);
        QDir().mkpath(root + s("/linux-64"));
        QDir().mkpath(root + s("/noarch"));
        hardening::writeAll(root + s("/linux-64/repodata.json"), json);
        hardening::writeAll(root + s("/noarch/repodata.json"), "{\"packages\":{}}");
        return s("file://") + root;
    }

    Run solve(const QString &channelUrl, const QString &spec) const
    {
        return deploydeck({s("solve"), s("-c"), channelUrl, s("--no-virtual"), s("--platform"), s("linux-64"), spec});
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    /** Huge strings are bounded: the record is left out with a short warning, the others load. */
    void hugeStringsInRepodata_data()
    {
        QTest::addColumn<QByteArray>("hostile");
        QTest::addColumn<QString>("warning");
        const QByteArray big(10 * 1024 * 1024, 'x');
        QTest::newRow("10 MB license") << QByteArray("\"b-1.0-0.tar.bz2\":" + record("b", ",\"license\":\"" + big + "\""))
                                       << "'license' is larger than 1 MiB";
        QTest::newRow("10 MB name") << QByteArray("\"b-1.0-0.tar.bz2\":" + record(big)) << "'name' is larger than 1 MiB";
        QTest::newRow("10 MB file name") << QByteArray("\"" + big + ".tar.bz2\":" + record("b")) << "longer than 255 bytes";
        QTest::newRow("10 MB dependency") << QByteArray("\"b-1.0-0.tar.bz2\":{\"name\":\"b\",\"version\":\"1.0\",\"build\":\"0\",\"depends\":[\"" + big + "\"]}")
                                          << "larger than 1 MiB";
        QTest::newRow("10 MB version") << QByteArray("\"b-1.0-0.tar.bz2\":{\"name\":\"b\",\"version\":\"" + big + "\",\"build\":\"0\"}")
                                       << "larger than 1 MiB";
    }
    void hugeStringsInRepodata()
    {
        QFETCH(QByteArray, hostile);
        QFETCH(QString, warning);
        const QString url = channel(s("huge-") + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'),
                                    repodata("\"a-1.0-0.tar.bz2\":" + record("a") + ',' + hostile));
        const Run good = solve(url, s("a"));
        QVERIFY2(good.code == 0, qPrintable(good.err.left(2000)));
        QVERIFY2(good.err.contains(warning), qPrintable(good.err.left(2000)));
        QVERIFY2(good.err.contains(s("repodata.json")), qPrintable(good.err.left(2000)));
        QVERIFY2(good.all().size() < 64 * 1024, "a warning must not repeat the 10 MB");
        const Run bad = solve(url, s("b"));
        QCOMPARE(bad.code, 1);  // the hostile record was left out
    }

    /** Nesting deeper than the loader's limit is refused as invalid JSON with file:line:column. */
    void deeplyNestedRepodata_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray open(100000, '['), close(100000, ']');
        const QByteArray openObjects = QByteArray("{\"a\":").repeated(100000), closeObjects(100000, '}');
        QTest::newRow("100k [ at the top") << QByteArray(open + close);
        QTest::newRow("100k [ unclosed") << open;
        QTest::newRow("100k [ as packages") << QByteArray("{\"packages\":" + open + close + "}");
        QTest::newRow("100k [ in a record") << repodata(QByteArray("\"a-1.0-0.tar.bz2\":" + record("a", ",\"x\":" + open + close)));
        QTest::newRow("100k { in a record") << repodata(QByteArray("\"a-1.0-0.tar.bz2\":" + record("a", ",\"x\":" + openObjects + "1" + closeObjects)));
        QTest::newRow("100k [ in depends") << repodata(QByteArray("\"a-1.0-0.tar.bz2\":{\"name\":\"a\",\"version\":\"1\",\"depends\":" + open + close + "}"));
    }
    void deeplyNestedRepodata()
    {
        QFETCH(QByteArray, json);
        const Run r = solve(channel(s("deep-") + QString::number(qHash(QByteArray(QTest::currentDataTag()))), json), s("a"));
        QVERIFY2(!r.crashed, qPrintable(r.err));
        QVERIFY2(r.code == 2, qPrintable(r.all().left(2000)));
        QVERIFY2(r.err.contains(s("repodata.json:1:")) && r.err.contains(s("invalid JSON")), qPrintable(r.err.left(2000)));
    }

    /** A channel of a million records loads (or is refused clearly); no timing is asserted. */
    void millionRecordChannel()
    {
#ifdef DEPLOYDECK_SANITIZED
        // The sanitized build checks memory on a tenth of it; the normal build loads the million.
        constexpr int count = 100000;
#else
        constexpr int count = 1000000;
#endif
        QByteArray json;
        json.reserve(count * 90);
        json += "{\"info\":{\"subdir\":\"linux-64\"},\"packages\":{";
        for (int i = 0; i < count; ++i) {
            const QByteArray name = "p" + QByteArray::number(i);
            json += (i ? ",\"" : "\"") + name + "-1.0-0.tar.bz2\":" + record(name);
        }
        json += "}}";
        const QString last = s("p%1").arg(count - 1);
        const Run r = solve(channel(s("million"), json), last);
        QVERIFY2(!r.crashed, qPrintable(r.err));
        if (r.code == 2) {  // a refusal is allowed, if it says why
            QVERIFY2(r.err.contains(s("repodata.json")), qPrintable(r.err));
            return;
        }
        QVERIFY2(r.code == 0, qPrintable(r.all().left(2000)));
        QVERIFY(r.out.contains(last));
    }

    /** Package file names that are paths are never loaded, solved into a plan or written. */
    void pathFileNamesInRepodata_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("fn");  ///< an "fn" field, when not empty
        QTest::newRow("../") << QByteArray("../../evil-1.0-0.tar.bz2") << QByteArray();
        QTest::newRow("absolute") << QByteArray("/tmp/evil-1.0-0.tar.bz2") << QByteArray();
        QTest::newRow("NUL byte") << QByteArray("evil-1.0-0.tar.bz2\\u0000.conda") << QByteArray();
        QTest::newRow("backslash") << QByteArray("..\\\\evil-1.0-0.tar.bz2") << QByteArray();
        QTest::newRow("fn field ../") << QByteArray("evil-1.0-0.tar.bz2") << QByteArray("../../evil-1.0-0.tar.bz2");
        QTest::newRow("fn field NUL") << QByteArray("evil-1.0-0.tar.bz2") << QByteArray("evil\\u0000-1.0-0.tar.bz2");
    }
    void pathFileNamesInRepodata()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, fn);
        const QByteArray records = "\"a-1.0-0.tar.bz2\":" + record("a") + ",\"" + key + "\":"
                                   + record("evil", fn.isEmpty() ? QByteArray() : QByteArray(",\"fn\":\"" + fn + "\""));
        const QString tag = QString::number(qHash(key + fn));
        const QString url = channel(s("paths-") + tag, repodata(records));
        const Run r = solve(url, s("evil"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(s("unsafe file name")), qPrintable(r.all()));
        QVERIFY2(!r.err.contains(QChar(0)), "the NUL byte must not reach the output");
        // sync: the record never reaches the plan, nothing is written outside the target.
        const QString target = m_dir.filePath(s("paths-target-") + tag + s("/channel"));
        QVERIFY(hardening::writeAll(m_dir.filePath(s("paths-specs-") + tag), "a\nevil\n"));
        // Its own cache: the loader's warnings come with a fresh load (a .solv cache hit does not repeat them).
        QProcessEnvironment env = environment();
        env.insert(s("XDG_CACHE_HOME"), m_dir.filePath(s("paths-cache-") + tag));
        const Run sync = hardening::deploydeck({s("sync"), s("--source"), url, s("--target"), target, s("-p"), s("linux-64"),
                                     s("--no-virtual"), m_dir.filePath(s("paths-specs-") + tag)}, env);
        QVERIFY2(!sync.crashed, qPrintable(sync.all()));
        QCOMPARE(sync.code, 1);
        QVERIFY2(sync.all().contains(s("unsafe file name")), qPrintable(sync.all()));
        QVERIFY(!QFileInfo::exists(s("/tmp/evil-1.0-0.tar.bz2")));
        for (const QString &file : hardening::filesUnder(m_dir.path()))
            QVERIFY2(!QFileInfo(file).fileName().startsWith(s("evil")), qPrintable(file));
    }

    /** `deploydeck index` leaves hostile archives out, lists them with the reason, writes nothing outside. */
    void hostileArchivesInIndex()
    {
        const QString root = m_dir.filePath(s("index"));
        const QString sub = root + s("/noarch/");
        QVERIFY(QDir().mkpath(sub));
        testsupport::TestPackage good;
        good.name = s("good");
        QCOMPARE(testsupport::writePackage(sub + good.fileName(s(".tar.bz2")), good), QString());
        const QList<QPair<QString, testsupport::TestPackage::Entry>> hostile{
            {s("dotdot"), {s("../../../escaped"), "x", {}}},
            {s("absolute"), {m_dir.filePath(s("absolute-escaped")), "x", {}}},
            {s("infolink"), {s("info/about.json"), {}, s("/etc/passwd")}},
            {s("infodirlink"), {s("info/recipe"), {}, s("../../..")}},
        };
        for (const auto &[name, entry] : hostile) {
            for (const QString &ext : {s(".tar.bz2"), s(".conda")}) {
                testsupport::TestPackage package;
                package.name = name;
                package.entries = {entry};
                QCOMPARE(testsupport::writePackage(sub + package.fileName(ext), package), QString());
            }
        }
        // A symlinked index.json pointing out of the package, too.
        testsupport::TestPackage linked;
        linked.name = s("linkedindex");
        linked.withIndexJson = false;
        linked.entries = {{s("info/index.json"), {}, s("/etc/passwd")}};
        QCOMPARE(testsupport::writePackage(sub + linked.fileName(s(".tar.bz2")), linked), QString());
        // A previous index that lists paths: nothing of it may be carried over.
        QVERIFY(hardening::writeAll(sub + s("repodata.json"),
                                    repodata("\"../../prev-1.0-0.tar.bz2\":" + record("prev") + ",\"/etc/x.tar.bz2\":" + record("x"))));
        const Run r = deploydeck({s("index"), root});
        QVERIFY2(!r.crashed, qPrintable(r.all()));
        QCOMPARE(r.code, 1);
        const QJsonObject index = QJsonDocument::fromJson(hardening::readAll(sub + s("repodata.json"))).object();
        QStringList listed = index.value(s("packages")).toObject().keys() + index.value(s("packages.conda")).toObject().keys();
        QCOMPARE(listed, QStringList{good.fileName(s(".tar.bz2"))});
        for (const auto &[name, entry] : hostile)
            QVERIFY2(r.err.contains(name + s("-1.0-0")), qPrintable(name + u'\n' + r.err));
        QVERIFY2(r.err.contains(s("linkedindex-1.0-0")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(s("escaped"))));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(s("absolute-escaped"))));
        QVERIFY(!QFileInfo::exists(QDir::rootPath() + s("escaped")));
    }

    /** Billion laughs in every YAML file the app reads: refused quickly, naming the file. */
    void yamlBombs_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("text");
        const QByteArray bomb = yamlBomb();
        QTest::newRow("environment.yml dependencies") << "env" << QByteArray(bomb + "name: x\ndependencies: *a9\n");
        QTest::newRow("environment.yml variables") << "env" << QByteArray(bomb + "name: x\ndependencies: [a]\nvariables: {X: *a9}\n");
        QTest::newRow("environment.yml channels") << "env" << QByteArray(bomb + "name: x\nchannels: *a9\ndependencies: [a]\n");
        QTest::newRow("deploydeck.yml channels") << "workspace" << QByteArray(bomb + "name: x\nchannels: *a9\n");
        QTest::newRow("deploydeck.yml platforms") << "workspace" << QByteArray(bomb + "name: x\nplatforms: *a9\n");
        QTest::newRow("inventory vars") << "inventory" << QByteArray(bomb + "all:\n  vars:\n    boom: *a9\n  hosts:\n    h1:\n");
        QTest::newRow("inventory host vars") << "inventory" << QByteArray(bomb + "all:\n  hosts:\n    h1:\n      boom: *a9\n    h2:\n      boom: *a9\n");
    }
    void yamlBombs()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, text);
        const QString dir = m_dir.filePath(s("bomb-") + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        QVERIFY(QDir().mkpath(dir));
        const QString file = dir + (kind == s("env") ? s("/environment.yml") : kind == s("workspace") ? s("/deploydeck.yml") : s("/hosts.yml"));
        QVERIFY(hardening::writeAll(file, text));
        Run r;
        if (kind == s("env"))
            r = deploydeck({s("solve"), s("--no-virtual"), s("-c"), channel(s("bomb-channel"), repodata("\"a-1.0-0.tar.bz2\":" + record("a"))), s("-f"), file});
        else if (kind == s("workspace"))
            r = deploydeck({s("workspace"), dir});
        else
            r = deploydeck({s("inventory"), s("-i"), file, s("--list")});
        QVERIFY2(!r.crashed, qPrintable(r.err));
        QVERIFY2(r.code == 2, qPrintable(r.all().left(2000)));
        QVERIFY2(r.err.contains(file + u':'), qPrintable(r.err.left(2000)));
        QVERIFY2(r.out.size() < 1024 * 1024, "the expansion must not reach the output");
    }

    /** Groups that are their own ancestors are refused with the loop named, and nothing hangs. */
    void recursiveInventoryGroups_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("group");
        QTest::newRow("INI self") << "hosts.ini" << QByteArray("[a]\nh1\n[a:children]\na\n") << "'a'";
        QTest::newRow("INI cycle of two") << "hosts.ini" << QByteArray("[a:children]\nb\n[b:children]\na\n[a]\nh1\n") << "'a'";
        QTest::newRow("INI cycle of three") << "hosts.ini" << QByteArray("[a:children]\nb\n[b:children]\nc\n[c:children]\na\n") << "'a'";
        QTest::newRow("YAML self") << "hosts.yml" << QByteArray("all:\n  children:\n    a:\n      hosts:\n        h1:\n      children:\n        a:\n") << "'a'";
        QTest::newRow("YAML cycle") << "hosts.yml"
                                    << QByteArray("all:\n  children:\n    a:\n      children:\n        b:\n          children:\n            a:\n")
                                    << "'b'";
        QTest::newRow("YAML all under itself") << "hosts.yml" << QByteArray("all:\n  children:\n    all:\n") << "'all'";
    }
    void recursiveInventoryGroups()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, text);
        QFETCH(QString, group);
        const QString dir = m_dir.filePath(s("cycle-") + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(hardening::writeAll(dir + u'/' + fileName, text));
        const Run r = deploydeck({s("inventory"), s("-i"), dir + u'/' + fileName, s("--list")});
        QVERIFY2(!r.crashed, qPrintable(r.err));
        QVERIFY2(r.code == 2, qPrintable(r.all()));
        QVERIFY2(r.err.contains(s("recursive")) && r.err.contains(group) && r.err.contains(fileName + u':'), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestHostileInputs)
#include "tst_hostileinputs.moc"
