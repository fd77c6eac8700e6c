// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/jobs/ansiblereview.h"

#include <algorithm>
#include <array>
#include <utility>

namespace core::jobs {

namespace {
constexpr std::array<std::pair<TaskStatus, const char *>, 5> s_statusNames{{
    {TaskStatus::Ok, "ok"},
    {TaskStatus::Changed, "changed"},
    {TaskStatus::Failed, "failed"},
    {TaskStatus::Skipped, "skipped"},
    {TaskStatus::Unreachable, "unreachable"},
}};
} // namespace

QString taskStatusName(TaskStatus status)
{
    for (const auto &[value, name] : s_statusNames)
        if (value == status)
            return QString::fromLatin1(name);
    return QString();
}

std::optional<TaskStatus> taskStatusFromName(const QString &name)
{
    for (const auto &[value, text] : s_statusNames)
        if (name == QLatin1String(text))
            return value;
    return std::nullopt;
}

const AnsibleTask *AnsibleReview::task(const QString &id) const
{
    const auto it = std::find_if(tasks.begin(), tasks.end(), [&](const AnsibleTask &t) { return t.id == id; });
    return it == tasks.end() ? nullptr : &*it;
}

const HostTaskResult *AnsibleReview::result(const QString &host, const QString &taskId) const
{
    // Searched from the back: a task that runs twice on a host (an included file) counts last.
    const auto it = std::find_if(results.rbegin(), results.rend(),
                                 [&](const HostTaskResult &r) { return r.host == host && r.taskId == taskId; });
    return it == results.rend() ? nullptr : &*it;
}

int AnsibleReview::count(TaskStatus status) const
{
    return int(std::count_if(results.begin(), results.end(), [&](const HostTaskResult &r) { return r.status == status; }));
}

QStringList AnsibleReview::changedHosts() const
{
    QStringList changed;
    for (const QString &host : hosts) {
        const bool any = std::any_of(results.begin(), results.end(), [&](const HostTaskResult &r) {
            return r.host == host && r.status == TaskStatus::Changed;
        });
        if (any)
            changed.append(host);
    }
    return changed;
}

HostStats AnsibleReview::totals() const
{
    HostStats sum;
    for (const HostStats &s : recap) {
        sum.ok += s.ok;
        sum.changed += s.changed;
        sum.unreachable += s.unreachable;
        sum.failed += s.failed;
        sum.skipped += s.skipped;
        sum.rescued += s.rescued;
        sum.ignored += s.ignored;
    }
    return sum;
}

std::vector<GatheredHost> gatheredHosts(const AnsibleReview &review)
{
    std::vector<GatheredHost> hosts;
    for (const QString &host : review.hosts) {
        GatheredHost g;
        g.host = host;
        for (const HostTaskResult &r : review.results) {
            if (r.host != host)
                continue;
            if (r.status == TaskStatus::Unreachable || (r.status == TaskStatus::Failed && !r.ignored)) {
                g.reachable = r.status != TaskStatus::Unreachable;
                g.error = r.message.isEmpty() ? r.standardError.trimmed() : r.message;
                if (g.error.isEmpty())
                    g.error = taskStatusName(r.status);
                g.data = {};
                break;
            }
            if (!r.data.isEmpty()) {
                g.reachable = true;
                g.data = r.data;
            }
        }
        hosts.push_back(std::move(g));
    }
    return hosts;
}

} // namespace core::jobs
