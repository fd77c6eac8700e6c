// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// deploydeck sync: plan what the target channel lacks (as `deploydeck sync-plan` does), then copy
// it with a SyncJob — downloaded, verified and published into a local channel folder or uploaded
// to a Quetz channel — printing the job's progress lines and its summary.
#include "app/cli/command.h"
#include "app/cli/output.h"
#include "app/cli/solvesetup.h"
#include "core/channel/quetzclient.h"
#include "core/envfile/speclist.h"
#include "core/sync/syncjob.h"
#include "core/sync/syncplan.h"
#include "core/util/qtext.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>

using namespace app::cli;
using namespace core;

namespace {

const char *s_name = "sync";

using core::util::qs;

struct SyncInput
{
    std::optional<envfile::Workspace> workspace;
    ChannelSettings settings;
    std::vector<std::string> sources;
    sync::SyncTarget target;
    QString targetText;
    std::vector<std::string> platforms;
    envfile::SpecList specList;
};

int readTarget(const QCommandLineParser &args, SyncInput &in)
{
    const envfile::Workspace *ws = in.workspace ? &*in.workspace : nullptr;
    const std::string given = args.isSet(QStringLiteral("target")) ? args.value(QStringLiteral("target")).toStdString()
                                                                   : (ws ? ws->syncTarget : std::string());
    if (given.empty())
        return usageError(s_name, QStringLiteral("no target channel: give --target DIR|QUETZ_URL or a workspace with sync_target"));
    in.targetText = qs(resolveChannel(given, ws));
    auto target = sync::parseSyncTarget(in.targetText);
    if (!target)
        return usageError(s_name, qs(target.error().message()));
    in.target = std::move(*target);
    return ExitOk;
}

int readInput(const QCommandLineParser &args, SyncInput &in)
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
    if (const int code = readTarget(args, in); code != ExitOk)
        return code;
    for (const QString &p : args.values(QStringLiteral("platform")))
        in.platforms.push_back(p.toStdString());
    if (in.platforms.empty())
        in.platforms = ws && !ws->platforms.empty() ? ws->platforms : std::vector<std::string>{ws ? ws->platform : "linux-64"};
    const QStringList positional = args.positionalArguments();
    if (positional.size() > 1)
        return usageError(s_name, QStringLiteral("give one spec list, not %1").arg(positional.size()));
    std::string path = positional.isEmpty() ? std::string() : positional.front().toStdString();
    if (path.empty() && ws && !ws->specLists.empty())
        path = ws->specLists.front();
    if (path.empty())
        return usageError(s_name, QStringLiteral("give the spec list to sync (or a workspace with spec_lists)"));
    auto list = envfile::readSpecList(path);
    if (!list)
        return usageError(s_name, qs(list.error().message()));
    in.specList = std::move(*list);
    if (in.specList.specLines().empty())
        return usageError(s_name, QStringLiteral("%1 has no lines with specs").arg(qs(in.specList.path)));
    return ExitOk;
}

/** The spec-list lines as plan input; a line with an invalid spec makes the whole input bad (exit 2). */
int planLines(const envfile::SpecList &list, std::vector<solve::PlanLineInput> &lines)
{
    lines = sync::planInputs(list);
    for (const auto &line : lines)
        if (!line.errors.empty())
            return usageError(s_name, qs(line.errors.front()));
    return ExitOk;
}

/** What the target holds already. A Quetz target is read by the job itself; a new folder is empty. */
util::Result<channel::TargetIndex> targetIndex(const SyncInput &in, const std::vector<std::string> &subdirs)
{
    if (in.target.kind == sync::SyncTargetKind::Quetz || !QFileInfo(in.target.localPath).isDir())
        return channel::TargetIndex{};
    return channel::readTargetIndex(in.target.localPath.toStdString(), subdirs);
}

int buildPlan(const QCommandLineParser &args, const SyncInput &in, sync::SyncPlan &plan)
{
    const envfile::Workspace *ws = in.workspace ? &*in.workspace : nullptr;
    std::vector<solve::PlanLineInput> lines;
    if (const int code = planLines(in.specList, lines); code != ExitOk)
        return code;
    std::vector<std::string> subdirs = in.platforms;
    subdirs.push_back("noarch");
    auto target = targetIndex(in, subdirs);
    if (!target)
        return usageError(s_name, qs(target.error().message()));
    auto built = buildSyncPlan(args, ws, in.settings, in.sources, in.platforms, lines, *target);
    if (!built)
        return usageError(s_name, qs(built.error().message()));
    plan = std::move(*built);
    return ExitOk;
}

/**
 * For a Quetz target: the files to upload whose source record carries repodata patches. Quetz
 * rebuilds each record from the archive's info/index.json, so its channel will not serve them.
 */
void printPatchesQuetzDrops(const sync::SyncPlan &plan)
{
    QStringList patched;
    for (const auto &p : plan.missing) {
        if (p.patchedFields.empty())
            continue;
        QStringList fields;
        for (const auto &f : p.patchedFields)
            fields << qs(f);
        patched << QStringLiteral("  %1/%2: %3")
                       .arg(qs(p.record.subdir), qs(p.record.fn), fields.join(QStringLiteral(", ")));
    }
    if (patched.isEmpty())
        return;
    out() << patched.size()
          << " file(s) to upload carry records the source has patched since they were built; Quetz rebuilds each "
             "record from the archive and will not keep these fields:\n"
          << patched.join(QLatin1Char('\n')) << '\n';
}

/** One line per platform, and the reason of every line that did not solve (it is left out). */
void printPlan(const sync::SyncPlan &plan)
{
    QTextStream &o = out();
    for (const auto &p : plan.platforms) {
        o << qs(p.platform) << ": " << p.solvedCount() << " of " << p.lines.size() << " lines solved, " << p.packages.size()
          << " packages, " << p.missing.size() << " missing in the target\n";
        for (const auto &line : p.lines) {
            if (line.status == solve::LineStatus::Solved)
                continue;
            o << "  line " << line.lineNumber << ' ' << solve::lineStatusName(line.status) << " (left out): " << qs(line.text) << '\n';
            const std::string reason = line.status == solve::LineStatus::Unsolvable ? line.problemsText
                                                                                     : (line.errors.empty() ? "" : line.errors.front());
            for (const QString &text : qs(reason).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                o << "      " << text << '\n';
        }
    }
    o.flush();
}

sync::SyncOptions syncOptions(const QCommandLineParser &args, const SyncInput &in, const sync::SyncPlan &plan)
{
    sync::SyncOptions options;
    QStringList sources;
    for (const auto &s : in.sources)
        sources << qs(s);
    options.source = sources.join(QStringLiteral(", "));
    options.target = in.targetText;
    options.items = sync::syncItemsFromPlan(plan);
    const auto number = [&](const char *name, int fallback) {
        return args.isSet(QLatin1String(name)) ? args.value(QLatin1String(name)).toInt() : fallback;
    };
    options.parallel = number("parallel", options.parallel);
    options.publishBatch = number("publish-every", options.publishBatch);
    options.retries = number("retries", options.retries);
    options.apiKeyFile = args.value(QStringLiteral("api-key-file"));
    options.stagingDir = args.value(QStringLiteral("staging"));
    options.mode = args.isSet(QStringLiteral("dry-run")) ? sync::SyncMode::DryRun : sync::SyncMode::Copy;
    return options;
}

/** Runs the job to its end on this thread's event loop, printing its log as it goes. */
jobs::JobState runJob(sync::SyncJob &job)
{
    QObject::connect(&job, &jobs::Job::logLineAdded, &job, [](const QString &line) {
        out() << line << '\n';
        out().flush();
    });
    QEventLoop loop;
    QObject::connect(&job, &jobs::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    if (!job.isFinished())
        loop.exec();
    return job.state();
}

void setUpParser(QCommandLineParser &args)
{
    args.setApplicationDescription(QStringLiteral(
        "Solve each line of a spec list against the source channels and copy every package file the target channel "
        "lacks: download (resumable, in parallel), verify its sha256/md5, and publish it into a local channel folder "
        "(index regenerated atomically) or upload it to a Quetz channel (API key from QUETZ_API_KEY or "
        "--api-key-file). "
        "A local channel keeps the source channel's record of each file, patches included; a record the source has "
        "changed since is replaced without downloading the file again."));
    args.addHelpOption();
    args.addPositionalArgument(QStringLiteral("speclist"), QStringLiteral("The spec list (default: the workspace's first)."),
                               QStringLiteral("[SPECLIST]"));
    args.addOptions({
        {QStringLiteral("source"), QStringLiteral("Source channel; repeat for more, highest priority first (default: the workspace's sync_source, else its channels)."), QStringLiteral("CHANNEL")},
        {QStringLiteral("target"), QStringLiteral("Local channel folder or Quetz channel URL (https://server/get/CHANNEL); default: the workspace's sync_target."), QStringLiteral("DIR|QUETZ_URL")},
        {{QStringLiteral("p"), QStringLiteral("platform")}, QStringLiteral("Platform to sync for; repeatable."), QStringLiteral("PLATFORM")},
        {QStringLiteral("dry-run"), QStringLiteral("Plan and check the target, download nothing.")},
        {QStringLiteral("parallel"), QStringLiteral("Downloads at once (default 4)."), QStringLiteral("N")},
        {QStringLiteral("publish-every"), QStringLiteral("Local target: update the index after every N new files (default 50)."), QStringLiteral("N")},
        {QStringLiteral("retries"), QStringLiteral("Tries more per failed transfer (default 1)."), QStringLiteral("N")},
        {QStringLiteral("api-key-file"), QStringLiteral("Quetz: file with the API key (mode 0600); QUETZ_API_KEY wins."), QStringLiteral("FILE")},
        {QStringLiteral("staging"), QStringLiteral("Quetz: folder for downloads waiting to be uploaded."), QStringLiteral("DIR")},
    });
    args.addOptions(solverOptions());
}

int runSync(const QStringList &arguments)
{
    QCommandLineParser args;
    setUpParser(args);
    if (!args.parse(QStringList{QStringLiteral("deploydeck sync")} + arguments))
        return usageError(s_name, args.errorText());
    if (args.isSet(QStringLiteral("help"))) {
        out() << args.helpText()
              << "\nExit codes: 0 everything copied (or already there), 1 a package was rejected or failed, or a line "
                 "did not solve (left out), 2 bad input (nothing is copied).\n";
        return ExitOk;
    }
    SyncInput in;
    if (const int code = readInput(args, in); code != ExitOk)
        return code;
    // A Quetz key that cannot be used (missing, or a file others can read) is bad input, found
    // before anything is planned or copied.
    if (in.target.kind == sync::SyncTargetKind::Quetz) {
        const channel::QuetzApiKeySource keySource{sync::SyncOptions{}.apiKeyEnvironment.toStdString(),
                                                   args.value(QStringLiteral("api-key-file")).toStdString()};
        if (auto key = channel::readQuetzApiKey(keySource); !key)
            return usageError(s_name, qs(key.error().message()));
    }
    sync::SyncPlan plan;
    if (const int code = buildPlan(args, in, plan); code != ExitOk)
        return code;
    printPlan(plan);
    if (in.target.kind == sync::SyncTargetKind::Quetz)
        printPatchesQuetzDrops(plan);
    sync::SyncJob job(syncOptions(args, in, plan));
    if (auto valid = job.options().validate(); !valid)
        return usageError(s_name, qs(valid.error().message()));
    const jobs::JobState state = runJob(job);
    if (state == jobs::JobState::Failed && job.summary().contains(QStringLiteral("error")))
        err() << "deploydeck sync: error: " << job.summary().value(QStringLiteral("error")).toString() << '\n';
    return state == jobs::JobState::Succeeded && !plan.hasFailedLines() ? ExitOk : ExitFailure;
}

} // namespace

DEPLOYDECK_COMMAND("sync", "copy what a spec list needs and the target channel lacks into it", &runSync);
