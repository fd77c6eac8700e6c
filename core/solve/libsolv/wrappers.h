// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// Private to core/solve: RAII owners around libsolv's C objects. Nothing outside solve/ sees these.
// libsolv names a Solvable member `requires`, a keyword in C++20: it is `requires_` on this side.
#define requires requires_
extern "C" {
#include <solv/pool.h>
#include <solv/conda.h>
#include <solv/poolarch.h>
#include <solv/queue.h>
#include <solv/repo.h>
#include <solv/repo_solv.h>
#include <solv/repo_write.h>
#include <solv/repodata.h>
#include <solv/selection.h>
#include <solv/solver.h>
#include <solv/solverdebug.h>
#include <solv/transaction.h>
}
#undef requires

#include <memory>
#include <vector>

namespace core::solve::libsolv {

using SolvableId = Id;   ///< index into pool->solvables
using StringId = Id;     ///< pool string id
using DependencyId = Id; ///< pool dependency (string or relation) id

struct PoolDeleter
{
    void operator()(Pool *p) const { pool_free(p); }
};
struct SolverDeleter
{
    void operator()(Solver *s) const { solver_free(s); }
};
struct TransactionDeleter
{
    void operator()(Transaction *t) const { transaction_free(t); }
};

using PoolPtr = std::unique_ptr<Pool, PoolDeleter>;
using SolverPtr = std::unique_ptr<Solver, SolverDeleter>;
using TransactionPtr = std::unique_ptr<Transaction, TransactionDeleter>;

/** A libsolv Queue that frees itself. */
class ObjQueue final
{
public:
    ObjQueue() { queue_init(&m_q); }
    ~ObjQueue() { queue_free(&m_q); }
    ObjQueue(const ObjQueue &) = delete;
    ObjQueue &operator=(const ObjQueue &) = delete;

    Queue *raw() { return &m_q; }
    const Queue *raw() const { return &m_q; }
    int size() const { return m_q.count; }
    Id operator[](int i) const { return m_q.elements[i]; }
    void push(Id id) { queue_push(&m_q, id); }
    void push2(Id a, Id b) { queue_push2(&m_q, a, b); }
    void clear() { queue_empty(&m_q); }
    std::vector<Id> toVector() const { return std::vector<Id>(m_q.elements, m_q.elements + m_q.count); }

private:
    Queue m_q;
};

} // namespace core::solve::libsolv
