// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "libsolvfloor.h"

#define requires requires_
extern "C" {
#include <solv/pool.h> // first: conda.h needs its types

#include <solv/conda.h>
#include <solv/repo.h>
#include <solv/repo_conda.h>
#include <solv/repo_solv.h>
#include <solv/repo_write.h>
#include <solv/solver.h>
#include <solv/transaction.h>
}
#undef requires

#include <QDir>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace bench::floor {

s_Pool *createPool()
{
    Pool *pool = pool_create();
    pool_setdisttype(pool, DISTTYPE_CONDA);
    return pool;
}

void freePool(s_Pool *pool)
{
    pool_free(pool);
}

void loadJson(s_Pool *pool, const std::string &dir, const std::vector<std::string> &subdirs)
{
    for (const auto &subdir : subdirs) {
        FILE *fp = std::fopen((dir + '/' + subdir + "/repodata.json").c_str(), "r");
        Repo *repo = repo_create(pool, subdir.c_str());
        if (fp) {
            repo_add_conda(repo, fp, 0);
            std::fclose(fp);
        }
    }
}

void loadSolv(s_Pool *pool, const std::string &cache, const std::vector<std::string> &subdirs)
{
    for (const auto &subdir : subdirs) {
        FILE *fp = std::fopen((cache + "/floor-" + subdir + ".solv").c_str(), "rb");
        Repo *repo = repo_create(pool, subdir.c_str());
        if (fp) {
            repo_add_solv(repo, fp, 0);
            std::fclose(fp);
        }
    }
}

void writeSolv(const std::string &dir, const std::string &cache, const std::vector<std::string> &subdirs)
{
    Pool *pool = createPool();
    loadJson(pool, dir, subdirs);
    QDir().mkpath(QString::fromStdString(cache));
    for (int i = 1; i < pool->nrepos; ++i) {
        Repo *repo = pool->repos[i];
        if (!repo)
            continue;
        FILE *fp = std::fopen((cache + "/floor-" + repo->name + ".solv").c_str(), "wb");
        if (fp) {
            repo_write(repo, fp);
            std::fclose(fp);
        }
    }
    pool_free(pool);
}

std::vector<std::string> solve(s_Pool *pool, const std::vector<std::string> &specs, bool *solved)
{
    if (!pool->whatprovides) {
        pool_addfileprovides(pool);
        pool_createwhatprovides(pool);
    }
    Queue job;
    queue_init(&job);
    for (const auto &s : specs)
        queue_push2(&job, SOLVER_INSTALL | SOLVER_SOLVABLE_PROVIDES, pool_conda_matchspec(pool, s.c_str()));
    Solver *solver = solver_create(pool);
    solver_set_flag(solver, SOLVER_FLAG_ALLOW_DOWNGRADE, 1);
    solver_set_flag(solver, SOLVER_FLAG_ALLOW_UNINSTALL, 1);
    solver_set_flag(solver, SOLVER_FLAG_STRICT_REPO_PRIORITY, 1);
    const int problems = solver_solve(solver, &job);
    std::vector<std::string> packages;
    if (problems == 0) {
        Transaction *trans = solver_create_transaction(solver);
        for (int i = 0; i < trans->steps.count; ++i) {
            Solvable *s = pool_id2solvable(pool, trans->steps.elements[i]);
            const char *build = solvable_lookup_str(s, SOLVABLE_BUILDFLAVOR);
            packages.push_back(
                std::string(pool_id2str(pool, s->name)) + '-' + pool_id2str(pool, s->evr) + '-' + (build ? build : ""));
        }
        transaction_free(trans);
    } else {
        Queue rules;
        queue_init(&rules);
        for (Id p = 1; p <= problems; ++p)
            solver_findallproblemrules(solver, p, &rules);
        queue_free(&rules);
    }
    if (solved)
        *solved = problems == 0;
    solver_free(solver);
    queue_free(&job);
    return packages;
}

double answerDigest(std::vector<std::string> packages)
{
    std::sort(packages.begin(), packages.end());
    std::string all;
    for (const auto &p : packages)
        all += p + '\n';
    return double(std::hash<std::string> {}(all) % 999983ULL); // six digits: iostreams print it whole
}

} // namespace bench::floor
