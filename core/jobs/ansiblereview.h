// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace core::jobs {

/** The outcome of one task on one host, as Ansible reports it. */
enum class TaskStatus {
    Ok,
    Changed,
    Failed,
    Skipped,
    Unreachable,
};

/** "ok", "changed", "failed", "skipped", "unreachable" (the callback plugin's names). */
QString taskStatusName(TaskStatus status);
std::optional<TaskStatus> taskStatusFromName(const QString &name);

/** One diff of a changed task: a file's before and after, or text a module prepared itself. */
struct FileDiff
{
    QString beforeHeader;   ///< usually the path of the file
    QString afterHeader;
    QString before;
    QString after;
    QString prepared;       ///< a ready-made diff text (some modules give only this)
    QString skippedReason;  ///< "dst_binary", "src_larger" ...: why Ansible made no diff

    bool hasBeforeAfter() const { return !before.isEmpty() || !after.isEmpty(); }
    bool operator==(const FileDiff &) const = default;
};

/** One item of a task with a loop. */
struct ItemResult
{
    QString label;
    TaskStatus status = TaskStatus::Ok;
    QString message;

    bool operator==(const ItemResult &) const = default;
};

struct HostTaskResult
{
    QString host;
    QString taskId;
    TaskStatus status = TaskStatus::Ok;
    bool ignored = false;  ///< failed, but the task has ignore_errors
    QString message;
    QString standardOutput;
    QString standardError;
    std::optional<int> returnCode;
    std::vector<FileDiff> diffs;
    std::vector<ItemResult> items;
    QJsonObject data;  ///< a gatherer's findings (the module's deploydeck_data), else empty

    bool operator==(const HostTaskResult &) const = default;
};

struct AnsibleTask
{
    QString id;
    QString playId;
    QString name;
    QString action;  ///< module, e.g. "ansible.builtin.copy"
    QString path;    ///< "playbook.yml:12"
    bool handler = false;

    bool operator==(const AnsibleTask &) const = default;
};

struct AnsiblePlay
{
    QString id;
    QString name;
    QStringList hostPatterns;

    bool operator==(const AnsiblePlay &) const = default;
};

/** The PLAY RECAP line of one host. */
struct HostStats
{
    int ok = 0;
    int changed = 0;
    int unreachable = 0;
    int failed = 0;
    int skipped = 0;
    int rescued = 0;
    int ignored = 0;

    bool operator==(const HostStats &) const = default;
};

/**
 * What a run did, built from the event stream: hosts × tasks with their status, the diffs of
 * changed tasks, and the recap. This is what the check-and-diff review shows.
 */
struct AnsibleReview
{
    QString playbook;
    bool checkMode = false;
    bool diffMode = false;
    std::vector<AnsiblePlay> plays;
    std::vector<AnsibleTask> tasks;       ///< in the order they started
    QStringList hosts;                    ///< in the order they first reported
    std::vector<HostTaskResult> results;  ///< in the order they arrived
    QMap<QString, HostStats> recap;       ///< empty until the run has ended
    bool hasRecap = false;

    const AnsibleTask *task(const QString &id) const;
    /** The (last) result of @p taskId on @p host, or nullptr when the task did not run there. */
    const HostTaskResult *result(const QString &host, const QString &taskId) const;
    /** How many results have @p status. */
    int count(TaskStatus status) const;
    /** Hosts with at least one changed result: what a real run would touch. */
    QStringList changedHosts() const;
    /** The recap summed over all hosts. */
    HostStats totals() const;

    bool operator==(const AnsibleReview &) const = default;
};

/** One host's findings in a run of a gathering play: its data, or why there are none. */
struct GatheredHost
{
    QString host;
    bool reachable = false;
    QString error; ///< unreachable, or the task failed: Ansible's message
    QJsonObject data; ///< the findings of the task that returned data
    bool operator==(const GatheredHost &) const = default;
};

/**
 * Every host of @p review with its gathered data (a result with HostTaskResult::data), or with the
 * message of its unreachable or failed result, in the order hosts reported.
 */
std::vector<GatheredHost> gatheredHosts(const AnsibleReview &review);

} // namespace core::jobs

Q_DECLARE_METATYPE(core::jobs::AnsibleReview)
