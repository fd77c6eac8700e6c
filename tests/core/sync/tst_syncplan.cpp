// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "tests/core/solve/repodatafixture.h"

#include "core/solve/channelsources.h"
#include "core/envfile/speclist.h"
#include "core/sync/syncplan.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace core::solve;
using namespace core::sync;
using core::channel::TargetIndex;
using core::channel::readTargetIndex;
using namespace testing;

Q_DECLARE_METATYPE(core::util::ErrorCode)

namespace {

PlanLineInput line(int number, std::vector<std::string> specs, std::vector<std::string> errors = {})
{
    std::string text;
    for (const auto &s : specs)
        text += (text.empty() ? "" : " ") + s;
    return PlanLineInput{number, text, std::move(specs), std::move(errors)};
}

using Names = std::vector<std::string>;

Names fns(const std::vector<PlanPackage> &packages)
{
    Names out;
    for (const auto &p : packages)
        out.push_back(p.record.subdir + '/' + p.record.fn);
    return out;
}

} // namespace

class TestSyncPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        // Source: python 3.9 / 3.11, numpy for 3.11 only, a noarch six, a tool needing a missing package.
        load(QStringLiteral("linux-64"),
             {makePackage(QStringLiteral("python"), QStringLiteral("3.9.18"), {QStringLiteral("libzlib >=1.2")}),
              makePackage(QStringLiteral("python"), QStringLiteral("3.11.7"), {QStringLiteral("libzlib >=1.2")}),
              makePackage(QStringLiteral("libzlib"), QStringLiteral("1.2.13")),
              makePackage(QStringLiteral("numpy"), QStringLiteral("1.26.4"), {QStringLiteral("python >=3.11,<3.12.0a0")},
                          QStringLiteral("py311_0"))});
        load(QStringLiteral("noarch"),
             {makePackage(QStringLiteral("six"), QStringLiteral("1.16.0"), {QStringLiteral("python")}, QStringLiteral("pyhd8ed1ab_0")),
              makePackage(QStringLiteral("tool"), QStringLiteral("1.0"), {QStringLiteral("nothere")}, QStringLiteral("pyh_0"))});
        // Target: already holds libzlib (as .conda) and python 3.9 only as .tar.bz2.
        const QString target = m_dir->filePath(QStringLiteral("target"));
        writeRepodata(target, QStringLiteral("linux-64"), {makePackage(QStringLiteral("libzlib"), QStringLiteral("1.2.13"))});
        QJsonObject legacy = makePackage(QStringLiteral("python"), QStringLiteral("3.9.18"));
        const QString path = target + QStringLiteral("/linux-64/repodata.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QJsonObject packages;
        packages[fileName(legacy, QStringLiteral(".tar.bz2"))] = legacy;
        root[QStringLiteral("packages")] = packages;
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(root).toJson());
        f.close();
        auto index = readTargetIndex(target.toStdString(), {"linux-64", "noarch"});
        QVERIFY(index.ok());
        m_target = *index;
    }

    void targetIndex()
    {
        QVERIFY(m_target.contains("linux-64", "libzlib-1.2.13-0.conda"));
        QVERIFY(m_target.contains("linux-64", "python-3.9.18-0.tar.bz2"));
        QVERIFY(!m_target.contains("linux-64", "python-3.9.18-0.conda"));  // exact names: the other format does not count
        QVERIFY(m_target.files.at("noarch").empty());                        // a subdir that does not exist is empty
    }

    void targetIndexErrors_data()
    {
        QTest::addColumn<QString>("content");   // repodata.json text; "" = no channel folder at all
        QTest::addColumn<core::util::ErrorCode>("code");
        QTest::newRow("missing folder") << QString() << core::util::ErrorCode::FileNotFound;
        QTest::newRow("truncated JSON") << "{\"packages\": {" << core::util::ErrorCode::ParseError;
        QTest::newRow("not an object") << "[1, 2]" << core::util::ErrorCode::ParseError;
    }

    void targetIndexErrors()
    {
        QFETCH(QString, content);
        QFETCH(core::util::ErrorCode, code);
        const QString channel = m_dir->filePath(QStringLiteral("broken"));
        if (!content.isEmpty()) {
            QVERIFY(QDir().mkpath(channel + QStringLiteral("/noarch")));
            QFile f(channel + QStringLiteral("/noarch/repodata.json"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content.toUtf8());
        }
        auto index = readTargetIndex(channel.toStdString(), {"linux-64", "noarch"});
        QVERIFY(!index.ok());
        QCOMPARE(index.error().code, code);
        QVERIFY(!index.error().location.empty());
    }

    void plansLines()
    {
        const std::vector<PlanLineInput> lines{line(3, {"python=3.11", "numpy"}), line(5, {"python=3.9", "six"}),
                                               line(7, {"python=3.9", "numpy"}), line(9, {"tool"}),
                                               line(11, {"numpy>>1"}, {"11:6: invalid match spec"})};
        LineSolveCache cache;
        const PlatformPlan plan = planPlatform(*m_db, "linux-64", lines, {}, m_target, &cache);
        QCOMPARE(plan.lines.size(), lines.size());
        QCOMPARE(plan.lines[0].status, LineStatus::Solved);
        QCOMPARE(plan.lines[0].solution.packages.size(), std::size_t(3));
        QCOMPARE(plan.lines[1].status, LineStatus::Solved);
        // Unsolvable lines say why, in mamba's words, and stay out of the union.
        QCOMPARE(plan.lines[2].status, LineStatus::Unsolvable);
        QVERIFY2(QString::fromStdString(plan.lines[2].problemsText).contains(QLatin1String("numpy")), plan.lines[2].problemsText.c_str());
        QCOMPARE(plan.lines[3].status, LineStatus::Unsolvable);
        QVERIFY(plan.lines[3].problemsText.find("nothere does not exist") != std::string::npos);
        QCOMPARE(plan.lines[4].status, LineStatus::Invalid);
        QCOMPARE(plan.lines[4].errors, std::vector<std::string>{"11:6: invalid match spec"});
        QCOMPARE(plan.solvedCount(), std::size_t(2));
        QCOMPARE(plan.failedCount(), std::size_t(3));
        QCOMPARE(fns(plan.packages), (Names{"linux-64/libzlib-1.2.13-0.conda", "linux-64/numpy-1.26.4-py311_0.conda",
                                           "linux-64/python-3.11.7-0.conda", "linux-64/python-3.9.18-0.conda",
                                           "noarch/six-1.16.0-pyhd8ed1ab_0.conda"}));
        // Which line pulls in which package.
        QCOMPARE(plan.packages[0].lines, (std::vector<int>{3, 5}));
        QCOMPARE(plan.packages[1].lines, std::vector<int>{3});
        QCOMPARE(plan.packages[4].lines, std::vector<int>{5});
        // libzlib is in the target; python 3.9 only as .tar.bz2, so its .conda is still missing.
        QCOMPARE(fns(plan.missing), (Names{"linux-64/numpy-1.26.4-py311_0.conda", "linux-64/python-3.11.7-0.conda",
                                          "linux-64/python-3.9.18-0.conda", "noarch/six-1.16.0-pyhd8ed1ab_0.conda"}));
        QCOMPARE(plan.downloadSize, std::uint64_t(4000));
        QCOMPARE(cache.size(), std::size_t(4));  // invalid lines are not cached
    }

    void replanSolvesOnlyEditedLines()
    {
        std::vector<PlanLineInput> lines{line(1, {"python=3.11", "numpy"}), line(2, {"python=3.9", "six"}), line(3, {"tool"})};
        LineSolveCache cache;
        const PlatformPlan first = planPlatform(*m_db, "linux-64", lines, {}, m_target, &cache);
        for (const auto &l : first.lines)
            QVERIFY(!l.fromCache);
        // Edit line 2, insert a line before it (line numbers shift), keep the others.
        lines[1] = line(3, {"python=3.11", "six"});
        lines[2].lineNumber = 4;
        lines.insert(lines.begin() + 1, line(2, {"python=3.9"}));
        const PlatformPlan second = planPlatform(*m_db, "linux-64", lines, {}, m_target, &cache);
        QCOMPARE(second.lines.size(), std::size_t(4));
        QVERIFY(second.lines[0].fromCache);
        QVERIFY(!second.lines[1].fromCache);
        QVERIFY(!second.lines[2].fromCache);
        QVERIFY(second.lines[3].fromCache);
        QCOMPARE(second.lines[3].lineNumber, 4);  // a cached result carries the line's new number
        QCOMPARE(second.lines[3].status, LineStatus::Unsolvable);
        QCOMPARE(second.lines[0].solution, first.lines[0].solution);
        // Another base request (virtual packages) invalidates the cache.
        Request base;
        base.virtualPackages = {{"__unix", "0", "0"}};
        const PlatformPlan third = planPlatform(*m_db, "linux-64", lines, base, m_target, &cache);
        for (const auto &l : third.lines)
            QVERIFY(!l.fromCache);
    }

    void cancelStopsBeforeTheNextLine()
    {
        const std::atomic_bool cancel{true};
        const PlatformPlan plan = planPlatform(*m_db, "linux-64", {line(1, {"python"})}, {}, m_target, nullptr, &cancel);
        QVERIFY(plan.lines.empty());
    }

    void combinesPlatforms()
    {
        // A second "platform" whose plan shares the noarch six: one upload, both platforms, both lines.
        const PlatformPlan linux = planPlatform(*m_db, "linux-64", {line(2, {"python=3.9", "six"})}, {}, m_target);
        PlatformPlan other = planPlatform(*m_db, "linux-64", {line(4, {"python=3.11", "six"})}, {}, m_target);
        other.platform = "linux-aarch64";
        for (auto &p : other.missing)
            p.platforms = {"linux-aarch64"};
        const SyncPlan sync = combinePlans({linux, other});
        QCOMPARE(sync.platforms.size(), std::size_t(2));
        QCOMPARE(fns(sync.missing), (Names{"linux-64/python-3.11.7-0.conda", "linux-64/python-3.9.18-0.conda",
                                          "noarch/six-1.16.0-pyhd8ed1ab_0.conda"}));
        const PlanPackage &six = sync.missing.back();
        QCOMPARE(six.lines, (std::vector<int>{2, 4}));
        QCOMPARE(six.platforms, (std::vector<std::string>{"linux-64", "linux-aarch64"}));
        QCOMPARE(sync.downloadSize, std::uint64_t(3000));  // six counted once
        QVERIFY(!sync.hasFailedLines());
    }

    /** The source's own records are read for the sync: each missing file's, and the target's stale ones. */
    void sourceRecordsAndRecordUpdates()
    {
        PlatformPlan plan = planPlatform(*m_db, "linux-64", { line(2, { "python=3.11" }) }, {}, m_target);
        QVERIFY(attachSourceRecords(*m_db, plan, m_target).ok());
        QCOMPARE(fns(plan.missing), Names { "linux-64/python-3.11.7-0.conda" });
        const QJsonObject python
            = QJsonDocument::fromJson(QByteArray::fromStdString(plan.missing[0].sourceRecord)).object();
        QCOMPARE(python.value(QStringLiteral("version")).toString(), QStringLiteral("3.11.7"));
        QCOMPARE(python.value(QStringLiteral("depends")).toArray().first().toString(), QStringLiteral("libzlib >=1.2"));
        QVERIFY(plan.recordUpdates.empty()); // the target's libzlib record is the source's

        // The source patches libzlib after it was mirrored.
        QJsonObject patched = makePackage(QStringLiteral("libzlib"), QStringLiteral("1.2.13"));
        patched.insert(QStringLiteral("constrains"), QJsonArray { QStringLiteral("zlib 1.2.13 *_5") });
        load(QStringLiteral("linux-64"), { patched });
        Database db;
        const QString path = m_dir->filePath(QStringLiteral("source/linux-64/repodata.json"));
        QVERIFY(db.addRepodata(source(QStringLiteral("source"), QStringLiteral("linux-64"), path, 1), noCache).ok());
        PlatformPlan again = planPlatform(db, "linux-64", { line(2, { "libzlib" }) }, {}, m_target);
        QVERIFY(attachSourceRecords(db, again, m_target).ok());
        QCOMPARE(fns(again.recordUpdates), Names { "linux-64/libzlib-1.2.13-0.conda" });
        QCOMPARE(again.recordUpdates[0].changedFields, Names { "constrains" });
        QVERIFY(again.missing.empty());
        const SyncPlan sync = combinePlans({ again });
        QCOMPARE(fns(sync.recordUpdates), Names { "linux-64/libzlib-1.2.13-0.conda" });
    }

    void differingFieldsOfTwoRecords()
    {
        QCOMPARE(differingFields(R"({"a":1,"b":[1,2],"c":"x"})", R"({"c":"x","b":[1,2],"a":1})"), Names {});
        QCOMPARE(differingFields(R"({"a":1,"b":[1,2]})", R"({"a":2,"b":[1,2],"d":null})"), (Names { "a", "d" }));
    }

    // The one spec list -> plan input conversion of the command line and the Spec lists page.
    void planInputsFromASpecList()
    {
        const auto list = core::envfile::parseSpecList("# a comment\npython=3.9 sardana\n\nnumpy >=1.2 six\npy!thon\n", "specs.txt");
        const std::vector<PlanLineInput> inputs = planInputs(list);
        QCOMPARE(inputs.size(), std::size_t(3));  // comments and blank lines carry no specs
        QCOMPARE(inputs[0].lineNumber, 2);
        QCOMPARE(inputs[0].specs, (std::vector<std::string>{"python=3.9", "sardana"}));
        QVERIFY(inputs[0].errors.empty());
        QCOMPARE(inputs[1].lineNumber, 4);
        QCOMPARE(inputs[1].text, std::string("numpy >=1.2 six"));
        QCOMPARE(inputs[2].lineNumber, 5);
        QCOMPARE(inputs[2].errors.size(), std::size_t(1));
        QVERIFY2(inputs[2].errors.front().starts_with("specs.txt:5:"), inputs[2].errors.front().c_str());
        // An invalid line is reported, not solved.
        const PlatformPlan plan = planPlatform(*m_db, "linux-64", inputs, {}, m_target);
        QCOMPARE(plan.lines.at(2).status, LineStatus::Invalid);
    }

    // The demo's conda-forge stand-in into an empty folder; line 14 is a mistake the demo's list once had.
    void demoSpecList()
    {
        const std::string demo = DEPLOYDECK_SOURCE_DIR "/resources/demo";
        auto sources = localRepodataSources({ demo + "/channels/conda-forge" }, "linux-64");
        QVERIFY(sources.ok());
        Database db;
        QVERIFY(loadSources(db, *sources, noCache).ok());
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("empty"))));
        auto target = readTargetIndex(m_dir->filePath(QStringLiteral("empty")).toStdString(), { "linux-64", "noarch" });
        QVERIFY(target.ok());
        Request base;
        base.virtualPackages = {{"__glibc", "2.28", "0"}, {"__unix", "0", "0"}, {"__linux", "5.14", "0"}};
        const std::vector<PlanLineInput> lines{line(4, {"python=3.9"}), line(14, {"python=3.11", "itango", "pytango=9.3"}),
                                               line(20, {"python=3.9", "pytest", "pip"})};
        const PlatformPlan plan = planPlatform(db, "linux-64", lines, base, *target);
        QCOMPARE(plan.lines[0].status, LineStatus::Solved);
        QCOMPARE(plan.lines[1].status, LineStatus::Unsolvable);
        QVERIFY(plan.lines[1].problemsText.find("The following packages are incompatible") != std::string::npos);
        QCOMPARE(plan.lines[2].status, LineStatus::Solved);
        // The target is empty: everything in the union is missing, and nothing comes from line 14.
        QCOMPARE(plan.missing.size(), plan.packages.size());
        std::uint64_t total = 0;
        for (const auto &p : plan.missing) {
            QVERIFY(std::find(p.lines.begin(), p.lines.end(), 14) == p.lines.end());
            QVERIFY(!p.record.url.empty() && !p.record.sha256.empty());
            total += p.record.size;
        }
        QCOMPARE(plan.downloadSize, total);
        QVERIFY(total > 0);
    }

private:
    void load(const QString &subdir, const QList<QJsonObject> &records)
    {
        const QString path = writeRepodata(m_dir->filePath(QStringLiteral("source")), subdir, records);
        QVERIFY(m_db->addRepodata(source(QStringLiteral("source"), subdir, path, 1), noCache).ok());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    TargetIndex m_target;
};

QTEST_GUILESS_MAIN(TestSyncPlan)
#include "tst_syncplan.moc"
