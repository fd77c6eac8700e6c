// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// MatchSpec::toCondaBuildForm() against libsolv's own conda matcher: every form must be accepted
// by pool_conda_matchspec() and select, in a small pool, exactly the records matches() accepts
// (or a superset, when the spec restricts what libsolv cannot express, such as build_number).
#include "core/spec/matchspec.h"
#include "core/util/peerdata.h"
#include "tests/support/requirements.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

extern "C" {
#include <solv/pool.h>
#include <solv/repo.h>
#include <solv/repodata.h>
// conda.h uses the pool types without including their header.
#include <solv/conda.h>
#include <solv/knownid.h>
}

#include <map>
#include <memory>
#include <set>

using core::spec::MatchSpec;
using core::spec::PackageRecord;
using core::spec::Version;

namespace {

struct Row
{
    const char *name;
    const char *version;
    const char *build;
    std::uint64_t buildNumber;
};

// Versions and builds chosen around the edges: pre-releases, epochs, prefixes that are not
// components (1.10 vs 1.1), builds sharing prefixes.
const Row kRows[] = {
    {"numpy", "1.5.0", "py27_0", 0}, {"numpy", "1.5.1", "py27_1", 1}, {"numpy", "1.6.0", "py27_0", 0},
    {"numpy", "1.6.2", "py27_4", 4}, {"numpy", "1.6.2", "py38_4", 4}, {"numpy", "1.7.0rc1", "py38_0", 0},
    {"numpy", "1.7.1", "py38_0", 0}, {"numpy", "1.10.0", "py38_0", 0}, {"numpy", "1.1.0", "py27_0", 0},
    {"numpy", "2.0.0", "py39h1234_0", 0}, {"numpy", "1!0.1", "py39_0", 0}, {"numpy", "1.6.2.post1", "py38_0", 0},
    {"python", "2.7.18", "h1_0", 0}, {"python", "3.3.5", "h2_0", 0}, {"python", "3.9.18", "h3_0_cpython", 0},
    {"python", "3.10.0", "h4_0_cpython", 0}, {"python_abi", "3.9", "4_cp39", 4}, {"python_abi", "3.10", "4_cp310", 4},
    {"accelerate", "1.0", "np17py27_p0", 0}, {"accelerate", "1.1", "np18py27_p0", 0}, {"numba", "0.58.1", "py39_0", 0},
};

class TinyPool
{
public:
    TinyPool() : m_pool(pool_create(), &pool_free)
    {
        Pool *pool = m_pool.get();
        pool_setdisttype(pool, DISTTYPE_CONDA);
        Repo *repo = repo_create(pool, "tiny");
        Repodata *data = repo_add_repodata(repo, 0);
        for (const Row &row : kRows) {
            // The same attributes repo_add_conda sets: name, evr, a self-provide, build flavor and version.
            const Id p = repo_add_solvable(repo);
            Solvable *s = pool_id2solvable(pool, p);
            s->name = pool_str2id(pool, row.name, 1);
            s->evr = pool_str2id(pool, row.version, 1);
            s->dep_provides = repo_addid_dep(repo, s->dep_provides, pool_rel2id(pool, s->name, s->evr, REL_EQ, 1), 0);
            repodata_add_poolstr_array(data, p, SOLVABLE_BUILDFLAVOR, row.build);
            repodata_set_str(data, p, SOLVABLE_BUILDVERSION, std::to_string(row.buildNumber).c_str());
            PackageRecord record;
            record.name = row.name;
            record.version = row.version;
            record.build = row.build;
            record.buildNumber = row.buildNumber;
            record.channel = "https://conda.anaconda.org/conda-forge";
            record.subdir = "linux-64";
            m_records.emplace_back(p, std::move(record));
        }
        repo_internalize(repo);
        pool_createwhatprovides(pool);
    }

    /** Solvables libsolv selects for @p condaBuildForm; nullopt when it rejects the text. */
    std::optional<std::set<Id>> select(const std::string &condaBuildForm) const
    {
        Pool *pool = m_pool.get();
        const Id dep = pool_conda_matchspec(pool, condaBuildForm.c_str());
        if (!dep)
            return std::nullopt;
        std::set<Id> out;
        Id p;
        Id pp;
        FOR_PROVIDES(p, pp, dep)
            out.insert(p);
        return out;
    }

    std::set<Id> matching(const MatchSpec &spec) const
    {
        std::set<Id> out;
        for (const auto &[id, record] : m_records) {
            if (spec.matches(record))
                out.insert(id);
        }
        return out;
    }

    std::string describe(const std::set<Id> &ids) const
    {
        std::string out;
        for (const auto &[id, record] : m_records) {
            if (ids.count(id))
                out += record.dist() + ' ';
        }
        return out;
    }

private:
    std::unique_ptr<Pool, decltype(&pool_free)> m_pool;
    std::vector<std::pair<Id, PackageRecord>> m_records;
};

/** One package "pkg" in every version of @p versions, for comparing version selection. */
class VersionPool
{
public:
    explicit VersionPool(const std::vector<std::string> &versions) : m_pool(pool_create(), &pool_free)
    {
        Pool *pool = m_pool.get();
        pool_setdisttype(pool, DISTTYPE_CONDA);
        Repo *repo = repo_create(pool, "versions");
        const Id name = pool_str2id(pool, "pkg", 1);
        for (const std::string &version : versions) {
            const Id p = repo_add_solvable(repo);
            Solvable *s = pool_id2solvable(pool, p);
            s->name = name;
            s->evr = pool_str2id(pool, version.c_str(), 1);
            s->dep_provides = repo_addid_dep(repo, s->dep_provides, pool_rel2id(pool, name, s->evr, REL_EQ, 1), 0);
            m_index.emplace(p, m_versions.size());
            m_versions.push_back(Version::parse(version).value());
        }
        repo_internalize(repo);
        pool_createwhatprovides(pool);
    }

    /** Versions where libsolv and VersionSpec::matches() disagree; nullopt when libsolv rejects @p form. */
    std::optional<std::vector<const Version *>> differences(const MatchSpec &spec, const std::string &form) const
    {
        const Id dep = pool_conda_matchspec(m_pool.get(), form.c_str());
        if (!dep)
            return std::nullopt;
        std::vector<bool> selected(m_versions.size());
        Pool *pool = m_pool.get();
        Id p;
        Id pp;
        FOR_PROVIDES(p, pp, dep)
            selected[m_index.at(p)] = true;
        std::vector<const Version *> out;
        for (std::size_t i = 0; i < m_versions.size(); ++i) {
            if (spec.versionSpec().matches(m_versions[i]) != selected[i])
                out.push_back(&m_versions[i]);
        }
        return out;
    }

private:
    std::unique_ptr<Pool, decltype(&pool_free)> m_pool;
    std::vector<Version> m_versions;
    std::map<Id, std::size_t> m_index;
};

std::vector<std::string> realVersions(const QString &peers, int every)
{
    QFile file(peers + QStringLiteral("/rattler/test-data/parsed_versions.txt"));
    std::vector<std::string> out;
    int n = 0;
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (!line.isEmpty() && !line.startsWith('#') && n++ % every == 0)
                out.push_back(line.left(line.indexOf('=')).toStdString());
        }
    }
    return out;
}

/** The version parts of every depends and constrains entry of conda's index4.json test channel. */
std::set<std::string> realVersionSpecs(const QString &peers)
{
    QFile file(peers + QStringLiteral("/conda/tests/data/index4.json"));
    std::set<std::string> out;
    if (!file.open(QIODevice::ReadOnly))
        return out;
    const QJsonObject index = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue &record : index) {
        for (const char *key : {"depends", "constrains"}) {
            for (const QJsonValue &dep : record.toObject().value(QLatin1String(key)).toArray()) {
                const auto spec = MatchSpec::parse(dep.toString().toStdString());
                if (spec.ok() && spec->hasVersion())
                    out.insert(spec->version());
            }
        }
    }
    return out;
}

} // namespace

class TestMatchSpecLibsolv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameSelection_data()
    {
        QTest::addColumn<QString>("text");
        const char *specs[] = {
            // The forms libsolv's own parser accepts (CONFORMANCE.md item 7) ...
            "numpy", "numpy=1.5", "numpy==1.6.2", "numpy 1.6.*", "numpy 1.6.2 py27_4", "numpy=1.6.2=py27_4",
            "numpy >=1.6,<1.7", "numpy !=1.7.1", "numpy 1.6.*|1.5.*", "python >=2.7,<3|>=3.3", "accelerate=*=np17*",
            "numpy * *py27*",
            // ... and those it does not, converted.
            "numpy[version='>=1.6',build=*py27*]", "numpy[version=*,build=*py27*]", "numpy[version='1.6.*|1.5.*']",
            "NumPy >= 1.6 , < 1.7", "python =3.9", "numpy=1.1", "numpy 1.1", "numpy 1.1*", "numpy 1.6", "numpy <1.7",
            "numpy >1.7.0rc1", "numpy <1.7.1", "numpy ~=1.6.0", "numpy !=1.6.*", "numpy=1.6.2=py38*", "num*",
            "python_abi 3.9.* *_cp39", "python 3.9.*", "numpy >=1!0", "numpy 1.*.0", "numpy (1.5.*|1.6.*),!=1.6.2",
            "numpy >=1.6.2.*", "numpy==1.6.2.*", "numpy=1.6.2=py38_4", "numpy[build=py38_0]", "python * *_cpython",
            "numpy 1.6.2.post1", "numpy >1.6.2", "numba", "scipy",
            // Restrictions libsolv cannot express: it selects a superset.
            "conda-forge::numpy=1.6", "numpy[build_number='>=1']", "numpy[subdir=osx-64]", "bioconda::numba"};
        for (const char *text : specs)
            QTest::newRow(text) << text;
    }
    void sameSelection()
    {
        QFETCH(QString, text);
        static const TinyPool pool;
        const auto spec = MatchSpec::parse(text.toStdString());
        QVERIFY2(spec.ok(), spec.ok() ? "" : spec.error().message().c_str());
        const std::string form = spec->toCondaBuildForm();
        const auto selected = pool.select(form);
        QVERIFY2(selected.has_value(), ("libsolv rejects " + form).c_str());
        const std::set<Id> ours = pool.matching(spec.value());
        const std::string detail = form + ": libsolv " + pool.describe(*selected) + "/ ours " + pool.describe(ours);
        if (spec->isCondaBuildFormExact()) {
            QVERIFY2(*selected == ours, detail.c_str());
        } else {
            QVERIFY2(std::includes(selected->begin(), selected->end(), ours.begin(), ours.end()), detail.c_str());
        }
    }

    void sameVersionsOnRealData()
    {
        // Every version constraint of a real channel against thousands of real versions. The one
        // accepted difference is the local-version padding (see tst_versionlibsolv): conda ranks
        // 0.2.0+0.py37fix below 0.2.0, libsolv above it.
        REQUIRE_PEER_DATA(peers);
        const std::vector<std::string> versions = realVersions(peers, 4);
        const std::set<std::string> specs = realVersionSpecs(peers);
        QVERIFY2(!versions.empty() && !specs.empty(), "no versions or no version specs read from the peer data");
        QVERIFY(specs.size() > 500);
        const VersionPool pool(versions);
        int localOnly = 0;
        for (const std::string &version : specs) {
            const auto spec = MatchSpec::parse("pkg " + version);
            QVERIFY2(spec.ok(), version.c_str());
            const std::string form = spec->toCondaBuildForm();
            const auto differences = pool.differences(spec.value(), form);
            QVERIFY2(differences.has_value(), ("libsolv rejects " + form).c_str());
            for (const Version *v : *differences)
                QVERIFY2(v->hasLocal(), (form + " on " + v->str()).c_str());
            localOnly += differences->empty() ? 0 : 1;
        }
        qInfo("%zu version specs x %zu versions; %d specs differ, only on local versions", specs.size(), versions.size(),
              localOnly);
    }
};

QTEST_GUILESS_MAIN(TestMatchSpecLibsolv)
#include "tst_matchspeclibsolv.moc"
