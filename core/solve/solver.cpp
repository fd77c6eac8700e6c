// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/solve/solver.h"

#include "core/solve/database_p.h"
#include "core/solve/problemsbuilder.h"
#include "core/spec/matchspec.h"

#include <algorithm>
#include <map>
#include <set>

using core::util::ErrorCode;
using core::util::makeError;
using core::util::Result;

namespace core::solve {

namespace {

/** A user spec turned into something libsolv can select. */
struct ParsedSpec
{
    std::string text;        ///< as the user wrote it
    std::string buildForm;   ///< "name version build", what pool_conda_matchspec takes
    std::string channel;     ///< from `channel::name` or [channel=...]; empty for any
    std::string subdir;
    spec::MatchSpec match;
    bool exact = true;       ///< whether libsolv's reading of buildForm selects exactly what the spec means
};

Result<ParsedSpec> parseSpec(const std::string &text)
{
    auto spec = spec::MatchSpec::parse(text);
    if (!spec) {
        util::Error error = makeError(ErrorCode::InvalidMatchSpec, spec.error().detail,
            "'" + text + "'" + (spec.error().location.empty() ? "" : " " + spec.error().location));
        error.position = spec.error().position;
        error.values = { text };
        return error;
    }
    return ParsedSpec{text, spec->toCondaBuildForm(), spec->channel(), spec->subdir(), *spec, spec->isCondaBuildFormExact()};
}

/** Whether a repo's channel answers to @p wanted (a name like "conda-forge" or a URL). */
bool channelMatches(const RepoInfo &info, const std::string &wanted)
{
    if (wanted.empty())
        return true;
    const auto strip = [](std::string s) {
        while (s.ends_with('/'))
            s.pop_back();
        return s;
    };
    const std::string channel = strip(info.channel), url = strip(info.channelUrl), w = strip(wanted);
    if (channel == w || url == w)
        return true;
    // "conda-forge" matches ".../conda-forge"; a URL matches the channel it names.
    return channel.ends_with('/' + w) || url.ends_with('/' + w);
}

class SolveRun
{
public:
    SolveRun(Database::Private &db, const Request &request) : m_db(db), m_pool(db.pool.get()), m_request(request) {}

    Result<SolveOutcome> run()
    {
        setVirtualPackages();
        m_db.ensureWhatProvides();
        libsolv::ObjQueue jobs;
        std::vector<ParsedSpec> specs;
        for (const auto &text : m_request.specs) {
            auto parsed = parseSpec(text);
            if (!parsed)
                return parsed.error();
            if (auto r = addInstallJob(*parsed, jobs); !r.ok())
                return r.error();
            specs.push_back(std::move(*parsed));
        }
        for (const auto &text : m_request.pinned) {
            auto parsed = parseSpec(text);
            if (!parsed)
                return parsed.error();
            addPinJob(*parsed, jobs);
        }
        requireVirtualPackages(jobs);
        hide();
        struct Unhide
        {
            SolveRun *run;
            ~Unhide() { run->unhide(); }
        } unhideAtEnd{this};

        libsolv::SolverPtr solver(solver_create(m_pool));
        solver_set_flag(solver.get(), SOLVER_FLAG_ALLOW_DOWNGRADE, 1);
        solver_set_flag(solver.get(), SOLVER_FLAG_ALLOW_UNINSTALL, 1);
        solver_set_flag(solver.get(), SOLVER_FLAG_STRICT_REPO_PRIORITY,
                        m_request.channelPriority == ChannelPriority::Strict ? 1 : 0);
        if (solver_solve(solver.get(), jobs.raw()) != 0)
            return SolveOutcome{detail::buildUnsolvable(m_db, solver.get(), m_request.specs)};
        return SolveOutcome{makeSolution(solver.get(), specs)};
    }

private:
    void setVirtualPackages()
    {
        std::string key;
        for (const auto &v : m_request.virtualPackages)
            key += v.name + '=' + v.version + '=' + v.build + ';';
        if (key == m_db.virtualKey)
            return;
        if (m_db.virtualRepo) {
            repo_free(m_db.virtualRepo, 1);
            m_db.virtualRepo = nullptr;
        }
        m_db.virtualKey = key;
        m_db.whatprovidesDirty = true;
        if (m_request.virtualPackages.empty())
            return;
        // Virtual packages live in a repo of their own that every solve must install. Not libsolv's
        // "virtualRepo" repo: with one, libsolv adds update and feature rules that double solve times.
        m_db.virtualRepo = repo_create(m_pool, "@virtual");
        m_db.virtualRepo->appdata = nullptr;  // repo info 0
        Repodata *data = repo_add_repodata(m_db.virtualRepo, 0);
        for (const auto &v : m_request.virtualPackages) {
            const Id id = repo_add_solvable(m_db.virtualRepo);
            Solvable *s = pool_id2solvable(m_pool, id);
            s->name = pool_str2id(m_pool, v.name.c_str(), 1);
            s->evr = pool_str2id(m_pool, v.version.empty() ? "0" : v.version.c_str(), 1);
            repodata_set_poolstr(data, id, SOLVABLE_BUILDFLAVOR, v.build.c_str());
            repodata_set_str(data, id, SOLVABLE_BUILDVERSION, "0");
            s->provides = repo_addid_dep(m_db.virtualRepo, s->provides, pool_rel2id(m_pool, s->name, s->evr, REL_EQ, 1), 0);
        }
        repodata_internalize(data);
    }

    void requireVirtualPackages(libsolv::ObjQueue &jobs)
    {
        if (!m_db.virtualRepo)
            return;
        Id p = 0;
        Solvable *s = nullptr;
        FOR_REPO_SOLVABLES(m_db.virtualRepo, p, s)
        jobs.push2(SOLVER_INSTALL | SOLVER_SOLVABLE, p);
    }

    /** The solvables a spec selects, restricted to its channel and subdir when it names them. */
    std::vector<Id> select(const ParsedSpec &spec, Id dep)
    {
        std::vector<Id> out;
        Pool *pool = m_pool;  // FOR_PROVIDES expects a `pool`
        Id p = 0, pp = 0;
        FOR_PROVIDES(p, pp, dep)
        {
            Solvable *s = pool_id2solvable(m_pool, p);
            if (s->repo == m_db.virtualRepo) {
                out.push_back(p);
                continue;
            }
            const RepoInfo &info = m_db.info(s->repo);
            if (!channelMatches(info, spec.channel))
                continue;
            if (!spec.subdir.empty() && info.subdir != spec.subdir)
                continue;
            out.push_back(p);
        }
        return out;
    }

    Result<void> addInstallJob(const ParsedSpec &spec, libsolv::ObjQueue &jobs)
    {
        const Id dep = pool_conda_matchspec(m_pool, spec.buildForm.c_str());
        if (!dep)
            return makeError(ErrorCode::InvalidMatchSpec, "libsolv cannot read '" + spec.buildForm + "'", spec.text);
        jobs.push2(SOLVER_INSTALL | SOLVER_SOLVABLE_PROVIDES, dep);
        if (spec.exact)
            return {};
        // libsolv ignores a spec's channel, subdir, build_number, hashes and licence. Builds of that
        // name the spec does not accept are taken out of consideration for this solve, so strict
        // channel priority judges only the rest and the job selects exactly what the spec means.
        if (!spec.channel.empty() && !channelLoaded(spec.channel))
            return makeError(ErrorCode::UnknownChannel, "the channel '" + spec.channel + "' is not loaded", spec.text);
        std::set<Id> keep;
        for (const Id p : select(spec, dep)) {
            spec::PackageRecord record = m_db.record(p);
            record.channel = spec.channel;  // select() already judged the channel
            if (m_db.isChannelPackage(p) && spec.match.matches(record))
                keep.insert(p);
        }
        const Id name = pool_str2id(m_pool, spec.match.name().c_str(), 1);
        Pool *pool = m_pool;
        Id p = 0, pp = 0;
        FOR_PROVIDES(p, pp, name)
        {
            if (pool_id2solvable(m_pool, p)->name == name && !keep.count(p))
                m_hidden.push_back(p);
        }
        return {};
    }

    /** Hides m_hidden from the pool for this solve (libsolv's "considered" map). */
    void hide()
    {
        if (m_hidden.empty())
            return;
        map_init(&m_considered, m_pool->nsolvables);
        map_setall(&m_considered);
        for (const Id p : m_hidden)
            MAPCLR(&m_considered, p);
        m_pool->considered = &m_considered;
        m_db.whatprovidesDirty = true;
        m_db.ensureWhatProvides();
    }

    void unhide()
    {
        if (!m_pool->considered)
            return;
        m_pool->considered = nullptr;
        map_free(&m_considered);
        m_db.whatprovidesDirty = true;
    }

    bool channelLoaded(const std::string &channel) const
    {
        return std::any_of(m_db.repos.begin() + 1, m_db.repos.end(),
                           [&](const RepoInfo &info) { return channelMatches(info, channel); });
    }

    /** A pin keeps every build of that name that does not match it out of the solution. */
    void addPinJob(const ParsedSpec &spec, libsolv::ObjQueue &jobs)
    {
        const Id dep = pool_conda_matchspec(m_pool, spec.buildForm.c_str());
        if (!dep)
            return;
        const Id name = pool_str2id(m_pool, spec.match.name().c_str(), 0);
        if (!name)
            return;
        const std::vector<Id> allowed = select(spec, dep);
        const std::set<Id> allowedSet(allowed.begin(), allowed.end());
        Pool *pool = m_pool;
        Id p = 0, pp = 0;
        FOR_PROVIDES(p, pp, name)
        {
            if (pool_id2solvable(m_pool, p)->name == name && !allowedSet.count(p))
                jobs.push2(SOLVER_LOCK | SOLVER_SOLVABLE, p);
        }
    }

    Solution makeSolution(Solver *solver, const std::vector<ParsedSpec> &specs)
    {
        libsolv::TransactionPtr trans(solver_create_transaction(solver));
        transaction_order(trans.get(), 0);
        Solution solution;
        std::vector<Id> ids;
        for (int i = 0; i < trans->steps.count; ++i) {
            const Id p = trans->steps.elements[i];
            if (transaction_type(trans.get(), p, SOLVER_TRANSACTION_SHOW_ACTIVE) == SOLVER_TRANSACTION_ERASE)
                continue;
            if (!m_db.isChannelPackage(p))
                continue;
            ids.push_back(p);
        }
        // Why each package is there: walk every requirement of the solution once.
        std::map<Id, std::size_t> position;
        for (std::size_t i = 0; i < ids.size(); ++i)
            position[ids[i]] = i;
        std::vector<std::set<Id>> requiredBy(ids.size());
        for (const Id q : ids) {
            Solvable *s = pool_id2solvable(m_pool, q);
            if (!s->requires_)
                continue;
            for (Id *dp = s->repo->idarraydata + s->requires_; *dp; ++dp)
                for (Id *wp = pool_whatprovides_ptr(m_pool, *dp); *wp; ++wp)
                    if (const auto it = position.find(*wp); it != position.end() && *wp != q)
                        requiredBy[it->second].insert(s->name);
        }
        std::vector<std::vector<std::string>> requestedAs(ids.size());
        for (const auto &spec : specs) {
            const Id dep = pool_conda_matchspec(m_pool, spec.buildForm.c_str());
            for (Id *wp = dep ? pool_whatprovides_ptr(m_pool, dep) : nullptr; wp && *wp; ++wp)
                if (const auto it = position.find(*wp); it != position.end())
                    requestedAs[it->second].push_back(spec.text);
        }
        for (std::size_t i = 0; i < ids.size(); ++i) {
            SolvedPackage pkg;
            pkg.record = m_db.record(ids[i]);
            solution.downloadSize += pkg.record.size;
            pkg.requestedAs = std::move(requestedAs[i]);
            for (const Id name : requiredBy[i])
                pkg.requiredBy.emplace_back(pool_id2str(m_pool, name));
            std::sort(pkg.requiredBy.begin(), pkg.requiredBy.end());
            solution.packages.push_back(std::move(pkg));
        }
        return solution;
    }

    Database::Private &m_db;
    Pool *m_pool;
    const Request &m_request;
    std::vector<Id> m_hidden;
    Map m_considered{};
};

} // namespace

Result<SolveOutcome> solve(Database &database, const Request &request)
{
    return SolveRun(*database.d(), request).run();
}

} // namespace core::solve
