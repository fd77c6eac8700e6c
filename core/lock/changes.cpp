// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/lock/changes.h"

#include "core/spec/version.h"

#include <map>

namespace core::lock {

namespace {

// <0, 0, >0 in conda's version order; text that is not a version falls back to plain comparison
// so a broken record still yields a direction instead of an error.
int compareVersions(const std::string &a, const std::string &b)
{
    auto va = spec::Version::parse(a);
    auto vb = spec::Version::parse(b);
    if (va && vb)
        return va->compare(*vb);
    return a.compare(b);
}

PackageChange classify(const PackageVersion *before, const PackageVersion *after)
{
    PackageChange change;
    change.name = before ? before->name : after->name;
    if (before) {
        change.oldVersion = before->version;
        change.oldBuild = before->build;
    }
    if (after) {
        change.newVersion = after->version;
        change.newBuild = after->build;
    }
    if (!before) {
        change.kind = ChangeKind::Installed;
    } else if (!after) {
        change.kind = ChangeKind::Removed;
    } else {
        const int order = compareVersions(before->version, after->version);
        change.kind = order < 0 ? ChangeKind::Upgraded : order > 0 ? ChangeKind::Downgraded : ChangeKind::Rebuilt;
    }
    return change;
}

void count(ChangeCounts &counts, ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Installed: ++counts.installed; break;
    case ChangeKind::Removed: ++counts.removed; break;
    case ChangeKind::Upgraded: ++counts.upgraded; break;
    case ChangeKind::Downgraded: ++counts.downgraded; break;
    case ChangeKind::Rebuilt: ++counts.rebuilt; break;
    }
}

template<typename T, typename F>
std::vector<PackageVersion> versionsOf(const std::vector<T> &items, F &&toVersion)
{
    std::vector<PackageVersion> result;
    result.reserve(items.size());
    for (const auto &item : items)
        result.push_back(toVersion(item));
    return result;
}

PackageVersion ofRecord(const spec::PackageRecord &r)
{
    return {r.name, r.version, r.build};
}

PackageVersion ofLocked(const LockedPackage &p)
{
    return {p.name, p.version, p.build};
}

} // namespace

const char *changeKindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Installed: return "installed";
    case ChangeKind::Removed: return "removed";
    case ChangeKind::Upgraded: return "upgraded";
    case ChangeKind::Downgraded: return "downgraded";
    case ChangeKind::Rebuilt: return "rebuilt";
    }
    return "installed";
}

ChangeSet comparePackages(const std::vector<PackageVersion> &before, const std::vector<PackageVersion> &after)
{
    // std::map keeps the names sorted, so the change list comes out in name order.
    std::map<std::string, std::pair<const PackageVersion *, const PackageVersion *>> byName;
    for (const auto &p : before)
        byName[p.name].first = &p;
    for (const auto &p : after)
        byName[p.name].second = &p;
    ChangeSet set;
    for (const auto &[name, pair] : byName) {
        const auto [old, now] = pair;
        // Same version text and build: unchanged. "1.0" vs "1.0.0" with the same build is a
        // rebuild in name only, but the file differs, so it is reported as Rebuilt.
        if (old && now && old->version == now->version && old->build == now->build) {
            ++set.counts.unchanged;
            continue;
        }
        set.changes.push_back(classify(old, now));
        count(set.counts, set.changes.back().kind);
    }
    return set;
}

ChangeSet compareRecords(const std::vector<spec::PackageRecord> &before, const std::vector<spec::PackageRecord> &after)
{
    return comparePackages(versionsOf(before, ofRecord), versionsOf(after, ofRecord));
}

ChangeSet compareLockedToRecords(const std::vector<LockedPackage> &locked, const std::vector<spec::PackageRecord> &solved)
{
    return comparePackages(versionsOf(locked, ofLocked), versionsOf(solved, ofRecord));
}

ChangeSet compareLocked(const std::vector<LockedPackage> &before, const std::vector<LockedPackage> &after)
{
    return comparePackages(versionsOf(before, ofLocked), versionsOf(after, ofLocked));
}

} // namespace core::lock
