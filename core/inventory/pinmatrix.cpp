// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/inventory/pinmatrix.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>

namespace core::inventory {

using util::ErrorCode;

const Pin *PinMatrix::pin(size_t row, size_t column) const
{
    const int index = cells[row][column].pin;
    return index < 0 ? nullptr : &columns[column].pins[static_cast<size_t>(index)];
}

std::string PinMatrix::value(size_t row, size_t column) const
{
    const Pin *p = pin(row, column);
    return p ? p->value : std::string();
}

bool PinMatrix::isUniform(size_t row) const
{
    for (size_t c = 1; c < columns.size(); ++c) {
        const Pin *a = pin(row, 0), *b = pin(row, c);
        if ((a == nullptr) != (b == nullptr) || (a && a->value != b->value))
            return false;
    }
    return true;
}

bool PinMatrix::definedValuesAgree(size_t row) const
{
    const Pin *first = nullptr;
    for (size_t c = 0; c < columns.size(); ++c) {
        const Pin *p = pin(row, c);
        if (!p)
            continue;
        if (first && p->value != first->value)
            return false;
        first = first ? first : p;
    }
    return true;
}

bool PinMatrix::hasDifferences(size_t row) const
{
    return std::any_of(cells[row].begin(), cells[row].end(), [](const PinCell &c) { return c.differsFromGroup; });
}

const GroupMajority *PinMatrix::majority(size_t row, const std::string &group) const
{
    for (const GroupMajority &m : majorities[row])
        if (m.group == group)
            return &m;
    return nullptr;
}

std::string mostSpecificGroup(const Inventory &inventory, const Host &host)
{
    const Group *best = nullptr;
    for (const std::string &name : host.groups) {
        const Group *g = inventory.group(name);
        if (!g || name == "all")
            continue;
        if (!best || std::tie(best->depth, best->priority, best->name) < std::tie(g->depth, g->priority, g->name))
            best = g;
    }
    return best ? best->name : std::string("all");
}

namespace {

/** The columns: the hosts asked for, or every host (of the group). */
util::Result<std::vector<const HostPins *>> selectColumns(const Inventory &inventory, const std::vector<HostPins> &pins,
                                                          const PinMatrixOptions &options)
{
    std::unordered_map<std::string, const HostPins *> byHost;
    for (const HostPins &p : pins)
        byHost.emplace(p.host, &p);
    std::vector<std::string> names = options.hosts;
    if (!options.group.empty() && !inventory.group(options.group))
        return util::makeError(ErrorCode::InvalidArgument, "no group named '" + options.group + "'");
    if (names.empty())
        names = options.group.empty() ? inventory.hostsOf("all") : inventory.hostsOf(options.group);
    std::vector<const HostPins *> out;
    for (const std::string &n : names) {
        const auto it = byHost.find(n);
        if (it == byHost.end())
            return util::makeError(ErrorCode::InvalidArgument, "no host named '" + n + "'");
        out.push_back(it->second);
    }
    return out;
}

/** Majority per reference group for one row, and the cells that differ from it. */
void markMajorities(PinMatrix &m, size_t row, const std::vector<size_t> &columnGroup,
                    const std::vector<std::string> &groupNames)
{
    // Per group, the distinct (present, value) seen and how often; rows have few distinct values,
    // so a short list beats a map.
    struct Count
    {
        const Pin *pin;
        int count;
    };
    std::vector<std::vector<Count>> counts(groupNames.size());
    std::vector<int> totals(groupNames.size(), 0);
    auto same = [](const Pin *a, const Pin *b) { return a == b || (a && b && a->value == b->value); };
    for (size_t c = 0; c < m.columns.size(); ++c) {
        const Pin *p = m.pin(row, c);
        std::vector<Count> &list = counts[columnGroup[c]];
        const auto it = std::find_if(list.begin(), list.end(), [&](const Count &x) { return same(x.pin, p); });
        if (it == list.end())
            list.push_back({p, 1});
        else
            ++it->count;
        ++totals[columnGroup[c]];
    }
    std::vector<GroupMajority> majorities;
    majorities.reserve(groupNames.size());
    std::vector<const Pin *> winner(groupNames.size(), nullptr);
    for (size_t g = 0; g < groupNames.size(); ++g) {
        GroupMajority maj{groupNames[g], false, {}, false, 0, totals[g]};
        for (const Count &x : counts[g]) {
            if (x.count > maj.count) {
                winner[g] = x.pin;
                maj.count = x.count;
                maj.tie = false;
            } else if (x.count == maj.count) {
                maj.tie = true;
            }
        }
        maj.present = winner[g] != nullptr;
        maj.value = winner[g] ? winner[g]->value : std::string();
        majorities.push_back(std::move(maj));
    }
    for (size_t c = 0; c < m.columns.size(); ++c) {
        const size_t g = columnGroup[c];
        m.cells[row][c].differsFromGroup = !majorities[g].tie && !same(m.pin(row, c), winner[g]);
    }
    m.majorities[row] = std::move(majorities);
}

struct PinKeyHash
{
    size_t operator()(const PinKey &k) const
    {
        const std::hash<std::string> h;
        return h(k.scope) * 1000003u ^ h(k.package) * 31u ^ static_cast<size_t>(k.kind);
    }
};

} // namespace

util::Result<PinMatrix> buildPinMatrix(const Inventory &inventory, std::vector<HostPins> pins,
                                       const PinMatrixOptions &options)
{
    auto selected = selectColumns(inventory, pins, options);
    if (!selected)
        return selected.error();
    PinMatrix m;
    std::unordered_map<PinKey, size_t, PinKeyHash> rowIndex;
    std::unordered_map<size_t, size_t> columnOf;  // index in pins -> first column showing it
    std::vector<std::string> groupNames;
    std::unordered_map<std::string, size_t> groupIndex;
    std::vector<size_t> columnGroup;
    for (const HostPins *p : *selected) {
        // Move each host's pins into its column; a host asked for twice is copied the second time.
        const size_t index = static_cast<size_t>(p - pins.data());
        if (const auto seen = columnOf.find(index); seen != columnOf.end()) {
            HostPins copy = m.columns[seen->second];
            m.columns.push_back(std::move(copy));
        } else {
            columnOf.emplace(index, m.columns.size());
            m.columns.push_back(std::move(pins[index]));
        }
        const Host *host = inventory.host(m.columns.back().host);
        const std::string group = !options.group.empty() ? options.group
                                  : host                 ? mostSpecificGroup(inventory, *host)
                                                         : std::string("all");
        const auto [it, inserted] = groupIndex.emplace(group, groupNames.size());
        if (inserted)
            groupNames.push_back(group);
        columnGroup.push_back(it->second);
        m.referenceGroups.push_back(group);
        for (const Pin &pin : m.columns.back().pins)
            rowIndex.emplace(pin.key, 0);
    }
    // Rows sorted by key; a hash finds each pin's row (a sorted map costs too many string compares).
    std::vector<const PinKey *> keys;
    keys.reserve(rowIndex.size());
    for (const auto &[key, unused] : rowIndex)
        keys.push_back(&key);
    std::sort(keys.begin(), keys.end(), [](const PinKey *a, const PinKey *b) { return *a < *b; });
    for (const PinKey *key : keys) {
        rowIndex[*key] = m.rows.size();
        m.rows.push_back(*key);
    }
    m.cells.assign(m.rows.size(), std::vector<PinCell>(m.columns.size()));
    for (size_t c = 0; c < m.columns.size(); ++c) {
        const std::vector<Pin> &hostPins = m.columns[c].pins;
        // A key written twice (two environments of one name): the last one counts.
        for (size_t i = 0; i < hostPins.size(); ++i)
            m.cells[rowIndex.find(hostPins[i].key)->second][c].pin = static_cast<int>(i);
    }
    m.majorities.resize(m.rows.size());
    for (size_t r = 0; r < m.rows.size(); ++r)
        markMajorities(m, r, columnGroup, groupNames);
    return m;
}

std::vector<PinDifference> diffPins(const HostPins &left, const HostPins &right)
{
    std::map<PinKey, PinDifference> rows;
    for (const Pin &p : left.pins) {
        PinDifference &d = rows[p.key];
        d.key = p.key;
        d.left = &p;
    }
    for (const Pin &p : right.pins) {
        PinDifference &d = rows[p.key];
        d.key = p.key;
        d.right = &p;
    }
    std::vector<PinDifference> out;
    out.reserve(rows.size());
    for (auto &[key, d] : rows) {
        d.differs = (d.left == nullptr) != (d.right == nullptr) || (d.left && d.left->value != d.right->value);
        out.push_back(d);
    }
    return out;
}

} // namespace core::inventory
