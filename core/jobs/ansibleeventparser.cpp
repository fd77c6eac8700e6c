// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/jobs/ansibleeventparser.h"

#include "core/jobs/linesplitter.h"
#include "core/util/atomicfile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace core::jobs {

namespace {

// Bounds a hostile or broken stream: a line beyond this is not parsed.
constexpr qsizetype s_maxLineLength = 16 * 1024 * 1024;

QString string(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

/** A required non-empty string field, or nullopt. */
std::optional<QString> requiredString(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString() || v.toString().isEmpty())
        return std::nullopt;
    return v.toString();
}

/**
 * Whether @p header names a file in Ansible's temporary folders: the copy and template actions
 * head the new side of a diff with the rendered file's temporary path, which says nothing about
 * where it goes.
 */
bool isAnsibleTemporaryPath(const QString &header)
{
    return header.contains(QLatin1String("/.ansible/tmp/")) || header.contains(QLatin1String("/ansible-local-"))
        || header.contains(QLatin1String("/ansible-tmp-"));
}

FileDiff readDiff(const QJsonObject &o)
{
    FileDiff diff;
    diff.beforeHeader = string(o, "before_header");
    diff.afterHeader = string(o, "after_header");
    // Both sides are headed by the destination.
    if (!diff.beforeHeader.isEmpty() && isAnsibleTemporaryPath(diff.afterHeader))
        diff.afterHeader = diff.beforeHeader;
    diff.before = string(o, "before");
    diff.after = string(o, "after");
    diff.prepared = string(o, "prepared");
    diff.skippedReason = string(o, "skipped");
    return diff;
}

ItemResult readItem(const QJsonObject &o)
{
    ItemResult item;
    item.label = string(o, "label");
    item.status = taskStatusFromName(string(o, "status")).value_or(TaskStatus::Ok);
    item.message = string(o, "msg");
    return item;
}

HostStats readStats(const QJsonObject &o)
{
    const auto n = [&](const char *key) { return o.value(QLatin1String(key)).toInt(); };
    return HostStats{n("ok"), n("changed"), n("unreachable"), n("failures"), n("skipped"), n("rescued"), n("ignored")};
}

} // namespace

AnsibleEventParser::AnsibleEventParser(const QString &sourceName)
    : m_sourceName(sourceName)
{
}

util::Error AnsibleEventParser::problem(util::ErrorCode code, const std::string &detail) const
{
    return util::makeError(code, detail, m_sourceName.toStdString() + ':' + std::to_string(m_lineNumber));
}

util::Result<AnsibleEventParser> AnsibleEventParser::parseFile(const QString &path)
{
    const util::Result<QByteArray> data = util::readFile(path);
    if (!data)
        return data.error();
    AnsibleEventParser parser(QFileInfo(path).fileName());
    LineSplitter splitter;
    for (const QString &line : splitter.push(*data))
        parser.parseLine(line);
    for (const QString &line : splitter.finish())
        parser.parseLine(line);
    return parser;
}

void AnsibleEventParser::parseLine(const QString &line)
{
    ++m_lineNumber;
    if (line.trimmed().isEmpty())
        return;
    if (line.size() > s_maxLineLength) {
        m_problems.push_back(problem(util::ErrorCode::LimitExceeded, "event line too long"));
        return;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
    if (!document.isObject()) {
        const std::string why = error.error != QJsonParseError::NoError ? error.errorString().toStdString()
                                                                        : std::string("not a JSON object");
        m_problems.push_back(problem(util::ErrorCode::ParseError, why));
        return;
    }
    if (const util::Result<void> handled = handleEvent(document.object()); !handled)
        m_problems.push_back(handled.error());
}

util::Result<void> AnsibleEventParser::handleEvent(const QJsonObject &event)
{
    const QString name = string(event, "event");
    util::Result<void> handled;
    if (name == QLatin1String("playbook_start"))
        handled = playbookStarted(event);
    else if (name == QLatin1String("play_start"))
        handled = playStarted(event);
    else if (name == QLatin1String("task_start"))
        handled = taskStarted(event);
    else if (name == QLatin1String("host_result"))
        handled = hostResult(event);
    else if (name == QLatin1String("recap"))
        handled = recap(event);
    else if (name.isEmpty())
        return problem(util::ErrorCode::InvalidValue, "no 'event' field");
    else
        return {};  // an event of a newer plugin
    if (handled)
        ++m_eventCount;
    return handled;
}

util::Result<void> AnsibleEventParser::playbookStarted(const QJsonObject &event)
{
    m_review.playbook = string(event, "playbook");
    m_review.checkMode = event.value(QLatin1String("check")).toBool();
    m_review.diffMode = event.value(QLatin1String("diff")).toBool();
    return {};
}

util::Result<void> AnsibleEventParser::playStarted(const QJsonObject &event)
{
    const std::optional<QString> id = requiredString(event, "play_id");
    if (!id)
        return problem(util::ErrorCode::InvalidValue, "play_start without 'play_id'");
    AnsiblePlay play{*id, string(event, "name"), {}};
    for (const QJsonValue &pattern : event.value(QLatin1String("hosts")).toArray())
        play.hostPatterns.append(pattern.toString());
    m_review.plays.push_back(std::move(play));
    return {};
}

util::Result<void> AnsibleEventParser::taskStarted(const QJsonObject &event)
{
    const std::optional<QString> id = requiredString(event, "task_id");
    if (!id)
        return problem(util::ErrorCode::InvalidValue, "task_start without 'task_id'");
    // A task started again (a loop over an included file) keeps its first entry.
    if (m_review.task(*id))
        return {};
    m_review.tasks.push_back(AnsibleTask{*id, string(event, "play_id"), string(event, "name"), string(event, "action"),
                                         string(event, "path"), event.value(QLatin1String("handler")).toBool()});
    return {};
}

util::Result<void> AnsibleEventParser::hostResult(const QJsonObject &event)
{
    const std::optional<QString> host = requiredString(event, "host");
    const std::optional<QString> taskId = requiredString(event, "task_id");
    const std::optional<TaskStatus> status = taskStatusFromName(string(event, "status"));
    if (!host || !taskId || !status)
        return problem(util::ErrorCode::InvalidValue, "host_result needs 'host', 'task_id' and a known 'status'");
    HostTaskResult result;
    result.host = *host;
    result.taskId = *taskId;
    result.status = *status;
    result.ignored = event.value(QLatin1String("ignored")).toBool();
    result.message = string(event, "msg");
    result.standardOutput = string(event, "stdout");
    result.standardError = string(event, "stderr");
    if (const QJsonValue rc = event.value(QLatin1String("rc")); rc.isDouble())
        result.returnCode = rc.toInt();
    result.data = event.value(QLatin1String("data")).toObject();
    // Entries that are not objects carry nothing to show and are passed over.
    for (const QJsonValue &diff : event.value(QLatin1String("diffs")).toArray())
        if (diff.isObject())
            result.diffs.push_back(readDiff(diff.toObject()));
    for (const QJsonValue &item : event.value(QLatin1String("items")).toArray())
        if (item.isObject())
            result.items.push_back(readItem(item.toObject()));
    noteHost(result.host);
    m_review.results.push_back(std::move(result));
    return {};
}

util::Result<void> AnsibleEventParser::recap(const QJsonObject &event)
{
    const QJsonValue hosts = event.value(QLatin1String("hosts"));
    if (!hosts.isObject())
        return problem(util::ErrorCode::InvalidValue, "recap without a 'hosts' object");
    const QJsonObject perHost = hosts.toObject();
    for (auto it = perHost.begin(); it != perHost.end(); ++it) {
        m_review.recap.insert(it.key(), readStats(it.value().toObject()));
        noteHost(it.key());
    }
    m_review.hasRecap = true;
    return {};
}

void AnsibleEventParser::noteHost(const QString &host)
{
    if (m_seenHosts.contains(host))
        return;
    m_seenHosts.insert(host);
    m_review.hosts.append(host);
}

} // namespace core::jobs
