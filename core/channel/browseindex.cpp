// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/channel/browseindex.h"

#include "core/spec/version.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>

namespace core::channel {

using spec::MatchSpec;
using spec::PackageRecord;

namespace {

/**
 * Ranks the distinct version strings of one name's records, newest first in conda's order.
 * Versions that do not parse sort after all others, by text. @p order is the name's slice of the
 * permutation, already sorted by version text, so equal strings are adjacent; @p rank gets each
 * record's rank.
 */
void rankVersions(const std::vector<PackageRecord> &records, std::span<std::uint32_t> order,
                  std::vector<std::uint32_t> &rank)
{
    struct Distinct
    {
        std::string_view text;
        std::optional<spec::Version> version;
    };
    std::vector<Distinct> distinct;
    for (std::uint32_t i : order) {
        if (distinct.empty() || distinct.back().text != records[i].version) {
            auto parsed = spec::Version::parse(records[i].version);
            distinct.push_back({records[i].version, parsed ? std::optional(std::move(*parsed)) : std::nullopt});
        }
    }
    std::vector<std::uint32_t> byVersion(distinct.size());
    std::iota(byVersion.begin(), byVersion.end(), 0u);
    std::sort(byVersion.begin(), byVersion.end(), [&](std::uint32_t a, std::uint32_t b) {
        const Distinct &x = distinct[a];
        const Distinct &y = distinct[b];
        if (x.version.has_value() != y.version.has_value())
            return x.version.has_value();
        if (x.version && *x.version != *y.version)
            return *x.version > *y.version;
        return x.text < y.text;  // equivalent spellings ("1.0", "1.0.0") stay apart but adjacent
    });
    std::vector<std::uint32_t> rankOf(distinct.size());
    for (std::uint32_t r = 0; r < byVersion.size(); ++r)
        rankOf[byVersion[r]] = r;
    std::size_t d = 0;
    for (std::size_t k = 0; k < order.size(); ++k) {
        if (k > 0 && records[order[k]].version != records[order[k - 1]].version)
            ++d;
        rank[order[k]] = rankOf[d];
    }
}

/** The order records are browsed in: name, newest version, build number, timestamp, subdir, build. */
std::vector<std::uint32_t> browseOrder(const std::vector<PackageRecord> &records)
{
    std::vector<std::uint32_t> order(records.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return std::tie(records[a].name, records[a].version) < std::tie(records[b].name, records[b].version);
    });
    std::vector<std::uint32_t> rank(records.size());
    for (std::size_t begin = 0; begin < order.size();) {
        std::size_t end = begin + 1;
        while (end < order.size() && records[order[end]].name == records[order[begin]].name)
            ++end;
        const std::span<std::uint32_t> group(order.data() + begin, end - begin);
        rankVersions(records, group, rank);
        std::sort(group.begin(), group.end(), [&](std::uint32_t a, std::uint32_t b) {
            const PackageRecord &x = records[a];
            const PackageRecord &y = records[b];
            return std::tie(rank[a], y.buildNumber, y.timestamp, x.subdir, x.build, x.channel) <
                   std::tie(rank[b], x.buildNumber, x.timestamp, y.subdir, y.build, y.channel);
        });
        begin = end;
    }
    return order;
}

/** Appends @p value to the sorted @p values unless it is there. */
void insertSorted(std::vector<std::string> &values, const std::string &value)
{
    const auto at = std::lower_bound(values.begin(), values.end(), value);
    if (at == values.end() || *at != value)
        values.insert(at, value);
}

/** The name part of a dependency string, as a view into it (case kept). */
std::string_view rawDependencyName(std::string_view dependency)
{
    const auto begin = dependency.find_first_not_of(" \t");
    if (begin == std::string_view::npos)
        return {};
    dependency.remove_prefix(begin);
    std::string_view token = dependency.substr(0, dependency.find_first_of(" \t["));
    if (const auto colons = token.rfind("::"); colons != std::string_view::npos)
        token.remove_prefix(colons + 2);
    return token.substr(0, token.find_first_of("=<>!~,|;()"));
}

bool hasUpper(std::string_view text)
{
    return std::any_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::string lowered(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; });
    return out;
}

} // namespace

BrowseIndex BrowseIndex::build(std::vector<PackageRecord> records, const std::vector<UnloadedName> &unloaded)
{
    BrowseIndex index;
    const std::vector<std::uint32_t> order = browseOrder(records);
    index.m_records.reserve(records.size());
    for (std::uint32_t i : order)
        index.m_records.push_back(std::move(records[i]));
    records = {};  // the moved-from shells still hold their capacity
    index.summarize(unloaded);
    index.indexDependencies();
    return index;
}

void BrowseIndex::summarize(const std::vector<UnloadedName> &unloaded)
{
    std::vector<PackageSummary> packages;
    std::vector<std::size_t> offsets;
    for (std::size_t begin = 0; begin < m_records.size();) {
        const PackageRecord &latest = m_records[begin];
        PackageSummary summary { latest.name, latest.version, latest.license, 0, 0, {}, {}, true };
        std::size_t end = begin;
        for (; end < m_records.size() && m_records[end].name == latest.name; ++end) {
            const PackageRecord &r = m_records[end];
            summary.lastUpdate = std::max(summary.lastUpdate, r.timestamp);
            insertSorted(summary.subdirs, r.subdir);
            insertSorted(summary.channels, r.channel);
            ++m_perChannel[r.channel];
        }
        summary.builds = end - begin;
        offsets.push_back(begin);
        packages.push_back(std::move(summary));
        begin = end;
    }

    // Names only a shard index lists, one summary each, merged in by name.
    std::map<std::string, PackageSummary> extra;
    for (const UnloadedName &u : unloaded) {
        const auto loaded = std::lower_bound(packages.begin(), packages.end(), u.name,
            [](const PackageSummary &p, const std::string &name) { return p.name < name; });
        if (loaded != packages.end() && loaded->name == u.name)
            continue;
        PackageSummary &summary
            = extra.try_emplace(u.name, PackageSummary { u.name, {}, {}, 0, 0, {}, {}, false }).first->second;
        insertSorted(summary.subdirs, u.subdir);
        insertSorted(summary.channels, u.channel);
    }
    m_packages.reserve(packages.size() + extra.size());
    auto next = extra.begin();
    const auto addExtra = [&](std::size_t at) {
        m_byName.emplace(next->first, m_packages.size());
        m_offsets.push_back(at);
        m_packages.push_back(std::move(next->second));
        ++next;
    };
    for (std::size_t i = 0; i < packages.size(); ++i) {
        while (next != extra.end() && next->first < packages[i].name)
            addExtra(offsets[i]);
        m_byName.emplace(packages[i].name, m_packages.size());
        m_offsets.push_back(offsets[i]);
        m_packages.push_back(std::move(packages[i]));
    }
    while (next != extra.end())
        addExtra(m_records.size());
    m_offsets.push_back(m_records.size());
}

void BrowseIndex::indexDependencies()
{
    // Two passes in CSR style: count the dependencies naming each package, then place them. The
    // first pass remembers each dependency's package so names are looked up once.
    constexpr std::uint32_t none = UINT32_MAX;
    std::vector<std::uint32_t> target;
    std::vector<std::size_t> counts(m_packages.size() + 1, 0);
    for (const PackageRecord &r : m_records) {
        for (const std::string &dependency : r.depends) {
            const std::string_view raw = rawDependencyName(dependency);
            auto found = m_byName.find(raw);
            if (found == m_byName.end() && hasUpper(raw))
                found = m_byName.find(lowered(raw));
            target.push_back(found == m_byName.end() ? none : std::uint32_t(found->second));
            if (found != m_byName.end())
                ++counts[found->second + 1];
        }
    }
    std::partial_sum(counts.begin(), counts.end(), counts.begin());
    m_edgeOffsets = counts;
    m_edges.resize(counts.back());
    std::size_t k = 0;
    for (std::uint32_t record = 0; record < m_records.size(); ++record) {
        for (std::uint32_t dependency = 0; dependency < m_records[record].depends.size(); ++dependency, ++k) {
            if (target[k] != none)
                m_edges[counts[target[k]]++] = Edge{record, dependency};
        }
    }
}

std::optional<std::size_t> BrowseIndex::findPackage(std::string_view name) const
{
    const auto found = m_byName.find(name);
    if (found == m_byName.end())
        return std::nullopt;
    return found->second;
}

std::span<const PackageRecord> BrowseIndex::builds(std::size_t package) const
{
    if (package + 1 >= m_offsets.size())
        return {};
    return std::span<const PackageRecord>(m_records).subspan(m_offsets[package], m_offsets[package + 1] - m_offsets[package]);
}

bool BrowseIndex::anyBuildMatches(std::size_t package, const MatchSpec &spec) const
{
    const auto all = builds(package);
    return std::any_of(all.begin(), all.end(), [&](const PackageRecord &r) { return spec.matches(r); });
}

std::vector<PackageRecord> BrowseIndex::matchingBuilds(std::size_t package, const MatchSpec &spec) const
{
    std::vector<PackageRecord> out;
    for (const PackageRecord &r : builds(package))
        if (spec.matches(r))
            out.push_back(r);
    return out;
}

std::vector<ReverseDependency> BrowseIndex::reverseDependencies(const PackageRecord &record) const
{
    std::vector<ReverseDependency> out;
    const auto package = findPackage(record.name);
    if (!package)
        return out;
    // Thousands of records share a handful of dependency strings: judge each string once.
    std::unordered_map<std::string_view, bool> verdicts;
    for (std::size_t e = m_edgeOffsets[*package]; e < m_edgeOffsets[*package + 1]; ++e) {
        const std::string &dependency = m_records[m_edges[e].record].depends[m_edges[e].dependency];
        auto [it, inserted] = verdicts.try_emplace(dependency, false);
        if (inserted) {
            const auto spec = MatchSpec::parse(dependency);
            it->second = spec && spec->matches(record);
        }
        if (it->second)
            out.push_back({m_edges[e].record, dependency});
    }
    return out;
}

std::vector<ReverseDependency> BrowseIndex::dependentsOf(std::string_view name) const
{
    std::vector<ReverseDependency> out;
    const auto package = findPackage(name);
    if (!package)
        return out;
    for (std::size_t e = m_edgeOffsets[*package]; e < m_edgeOffsets[*package + 1]; ++e)
        out.push_back({m_edges[e].record, m_records[m_edges[e].record].depends[m_edges[e].dependency]});
    return out;
}

std::string BrowseIndex::dependencyName(std::string_view dependency)
{
    return lowered(rawDependencyName(dependency));
}

} // namespace core::channel
