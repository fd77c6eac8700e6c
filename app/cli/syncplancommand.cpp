// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// deploydeck sync-plan: solve each line of a spec list against the source channels and list the
// package files the target channel lacks, per platform, with their size.
#include "app/cli/command.h"
#include "app/cli/output.h"
#include "app/cli/solveoutput.h"
#include "app/cli/solvesetup.h"
#include "core/envfile/speclist.h"
#include "core/solve/channelsources.h"
#include "core/sync/syncplan.h"
#include "core/util/qtext.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace app::cli;
using namespace core;

namespace {

const char *s_name = "sync-plan";

using core::util::qs;

struct PlanInput
{
    std::optional<envfile::Workspace> workspace;
    ChannelSettings settings;
    std::vector<std::string> sources;
    std::string target;
    std::vector<std::string> platforms;
    envfile::SpecList specList;
    bool json = false;
};

int readInput(const QCommandLineParser &args, PlanInput &in)
{
    auto workspace = readWorkspaceOption(args);
    if (!workspace)
        return usageError(s_name, qs(workspace.error().message()));
    in.workspace = std::move(*workspace);
    const envfile::Workspace *ws = in.workspace ? &*in.workspace : nullptr;
    auto settings = channelSettings(args, ws);
    if (!settings)
        return usageError(s_name, qs(settings.error().message()));
    in.settings = std::move(*settings);
    in.sources = sourceChannels(args, ws);
    if (in.sources.empty())
        return usageError(s_name, QStringLiteral("no source channel: give --source CHANNEL or --workspace DIR"));
    in.target = args.isSet(QStringLiteral("target")) ? resolveChannel(args.value(QStringLiteral("target")).toStdString(), ws)
                                                     : (ws ? ws->syncTarget : std::string());
    if (in.target.empty())
        return usageError(s_name, QStringLiteral("no target channel: give --target CHANNEL or a workspace with sync_target"));
    if (!solve::isLocalChannel(in.target))
        return usageError(s_name, QStringLiteral("the target '%1' is not a local channel folder").arg(qs(in.target)));
    in.platforms = platformsOption(args, ws);
    auto list = readSpecListArgument(args, ws);
    if (!list)
        return usageError(s_name, qs(list.error().message()));
    in.specList = std::move(*list);
    in.json = args.isSet(QStringLiteral("json"));
    return ExitOk;
}

/** Plans every platform; returns an exit code (2 on bad input such as an unreadable channel). */
int buildPlan(const QCommandLineParser &args, const PlanInput &in, sync::SyncPlan &plan)
{
    std::vector<std::string> subdirs = in.platforms;
    subdirs.push_back("noarch");
    auto target = channel::readTargetIndex(in.target, subdirs);
    if (!target)
        return usageError(s_name, qs(target.error().message()));
    auto built = buildSyncPlan(args, in.workspace ? &*in.workspace : nullptr, in.settings, in.sources, in.platforms,
        sync::planInputs(in.specList), *target);
    if (!built)
        return usageError(s_name, qs(built.error().message()));
    plan = std::move(*built);
    return ExitOk;
}

QJsonArray strings(const std::vector<std::string> &items)
{
    QJsonArray array;
    for (const auto &s : items)
        array.append(qs(s));
    return array;
}

QJsonArray numbers(const std::vector<int> &items)
{
    QJsonArray array;
    for (int n : items)
        array.append(n);
    return array;
}

QString problemsOf(const solve::LineResult &line)
{
    if (line.status == solve::LineStatus::Unsolvable)
        return qs(line.problemsText);
    QStringList errors;
    for (const auto &e : line.errors)
        errors << qs(e);
    return errors.join(QLatin1Char('\n'));
}

QJsonObject missingJson(const solve::PlanPackage &p)
{
    const auto &r = p.record;
    return QJsonObject{{QStringLiteral("fn"), qs(r.fn)}, {QStringLiteral("url"), qs(r.url)},
                       {QStringLiteral("subdir"), qs(r.subdir)}, {QStringLiteral("name"), qs(r.name)},
                       {QStringLiteral("version"), qs(r.version)}, {QStringLiteral("build"), qs(r.build)},
                       {QStringLiteral("channel"), qs(r.channel)}, {QStringLiteral("size"), qint64(r.size)},
                       {QStringLiteral("sha256"), qs(r.sha256)}, {QStringLiteral("md5"), qs(r.md5)},
                       {QStringLiteral("lines"), numbers(p.lines)}, {QStringLiteral("platforms"), strings(p.platforms)},
                       {QStringLiteral("patched_fields"), strings(p.patchedFields)}};
}

// One entry per spec-list line; status/package_count/problems are those of the first platform
// where the line did not solve (or of the first platform), details per platform under "platforms".
QJsonArray linesJson(const sync::SyncPlan &plan)
{
    QJsonArray array;
    const auto &first = plan.platforms.front();
    for (std::size_t i = 0; i < first.lines.size(); ++i) {
        const solve::LineResult *shown = &first.lines[i];
        QJsonObject perPlatform;
        for (const auto &p : plan.platforms) {
            const auto &l = p.lines[i];
            if (shown->status == solve::LineStatus::Solved && l.status != solve::LineStatus::Solved)
                shown = &l;
            perPlatform[qs(p.platform)] = QJsonObject{{QStringLiteral("status"), QLatin1String(solve::lineStatusName(l.status))},
                                                      {QStringLiteral("package_count"), qint64(l.solution.packages.size())},
                                                      {QStringLiteral("problems"), problemsOf(l)}};
        }
        array.append(QJsonObject{{QStringLiteral("line"), shown->lineNumber}, {QStringLiteral("text"), qs(shown->text)},
                                 {QStringLiteral("specs"), strings(shown->specs)},
                                 {QStringLiteral("status"), QLatin1String(solve::lineStatusName(shown->status))},
                                 {QStringLiteral("package_count"), qint64(shown->solution.packages.size())},
                                 {QStringLiteral("problems"), problemsOf(*shown)},
                                 {QStringLiteral("platforms"), perPlatform}});
    }
    return array;
}

void printJson(const PlanInput &in, const sync::SyncPlan &plan)
{
    QJsonArray missing, updates, platforms;
    for (const auto &p : plan.missing)
        missing.append(missingJson(p));
    for (const auto &p : plan.recordUpdates) {
        QJsonObject update = missingJson(p);
        update.insert(QStringLiteral("changed_fields"), strings(p.changedFields));
        updates.append(update);
    }
    for (const auto &p : plan.platforms)
        platforms.append(QJsonObject{{QStringLiteral("platform"), qs(p.platform)},
                                     {QStringLiteral("solved_lines"), qint64(p.solvedCount())},
                                     {QStringLiteral("failed_lines"), qint64(p.failedCount())},
                                     {QStringLiteral("package_count"), qint64(p.packages.size())},
                                     {QStringLiteral("missing_count"), qint64(p.missing.size())},
                                     {QStringLiteral("download_size"), qint64(p.downloadSize)}});
    const QJsonObject root { { QStringLiteral("spec_list"), qs(in.specList.path) },
        { QStringLiteral("source"), strings(in.sources) }, { QStringLiteral("target"), qs(in.target) },
        { QStringLiteral("missing"), missing }, { QStringLiteral("record_updates"), updates },
        { QStringLiteral("download_size"), qint64(plan.downloadSize) }, { QStringLiteral("lines"), linesJson(plan) },
        { QStringLiteral("platforms"), platforms } };
    out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
    out().flush();
}

void printLine(const solve::LineResult &line)
{
    QTextStream &o = out();
    o << QStringLiteral("  line %1  %2").arg(line.lineNumber, 3).arg(QLatin1String(solve::lineStatusName(line.status)), -11);
    if (line.status == solve::LineStatus::Solved)
        o << QStringLiteral("%1 packages  ").arg(line.solution.packages.size(), 4);
    o << qs(line.text.substr(0, line.text.find('#'))).trimmed() << '\n';
    if (line.status == solve::LineStatus::Solved)
        return;
    // The reason, indented under the line: this line is excluded from the plan.
    for (const QString &reason : problemsOf(line).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        o << "      " << reason << '\n';
    o << "      (excluded from the plan)\n";
}

void printText(const sync::SyncPlan &plan)
{
    QTextStream &o = out();
    for (const auto &p : plan.platforms) {
        o << qs(p.platform) << ": " << p.solvedCount() << " of " << p.lines.size() << " lines solved, "
          << p.packages.size() << " packages in the union\n";
        for (const auto &line : p.lines)
            printLine(line);
        o << '\n';
    }
    for (const auto &p : plan.platforms)
        o << p.missing.size() << " new packages to upload for " << qs(p.platform) << ", "
          << core::util::sizeText(p.downloadSize) << '\n';
    if (plan.platforms.size() > 1)
        o << "Total: " << plan.missing.size() << " package files, " << core::util::sizeText(plan.downloadSize) << '\n';
    if (!plan.recordUpdates.empty()) {
        // Patched at the source since they were mirrored: the record is replaced, the file stays.
        o << plan.recordUpdates.size() << " records to update (the source changed them; no download):\n";
        for (const auto &p : plan.recordUpdates) {
            QStringList fields;
            for (const auto &f : p.changedFields)
                fields << qs(f);
            o << "  " << qs(p.record.subdir) << '/' << qs(p.record.fn) << ": " << fields.join(QStringLiteral(", "))
              << '\n';
        }
    }
    o.flush();
}

int runSyncPlan(const QStringList &arguments)
{
    QCommandLineParser args;
    args.setApplicationDescription(QStringLiteral(
        "Solve each line of a spec list separately against the source channels and list the package files the target "
        "channel lacks (the sync plan), per platform, and the records to update: files the target holds whose record "
        "the source channel has changed since (a repodata patch)."));
    args.addHelpOption();
    args.addPositionalArgument(QStringLiteral("speclist"), QStringLiteral("The spec list (default: the workspace's first)."),
                               QStringLiteral("[SPECLIST]"));
    args.addOptions({
        {QStringLiteral("source"), QStringLiteral("Source channel to solve against; repeat for more, highest priority first (default: the workspace's sync_source, else its channels)."), QStringLiteral("CHANNEL")},
        {QStringLiteral("target"), QStringLiteral("The local channel folder to fill (default: the workspace's sync_target)."), QStringLiteral("CHANNEL")},
        {{QStringLiteral("p"), QStringLiteral("platform")}, QStringLiteral("Platform to plan for; repeatable."), QStringLiteral("PLATFORM")},
        {QStringLiteral("json"), QStringLiteral("Print the plan as JSON (missing, download_size, lines).")},
    });
    args.addOptions(solverOptions());
    if (!args.parse(QStringList{QStringLiteral("deploydeck sync-plan")} + arguments))
        return usageError(s_name, args.errorText());
    if (args.isSet(QStringLiteral("help"))) {
        out() << args.helpText()
              << "\nExit codes: 0 every line solved, 1 some line unsolvable (reported, left out of the plan),"
                 " 2 bad input (also: a line with an invalid match spec; the plan is still printed).\n";
        return ExitOk;
    }
    PlanInput in;
    if (const int code = readInput(args, in); code != ExitOk)
        return code;
    sync::SyncPlan plan;
    if (const int code = buildPlan(args, in, plan); code != ExitOk)
        return code;
    if (in.json)
        printJson(in, plan);
    else
        printText(plan);
    const auto invalid = [](const auto &p) {
        return std::any_of(p.lines.begin(), p.lines.end(), [](const auto &l) { return l.status == solve::LineStatus::Invalid; });
    };
    if (std::any_of(plan.platforms.begin(), plan.platforms.end(), invalid))
        return ExitUsage;
    return plan.hasFailedLines() ? ExitFailure : ExitOk;
}

} // namespace

DEPLOYDECK_COMMAND("sync-plan", "solve each spec-list line and list what the target channel lacks", &runSyncPlan);
