// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// deploydeck index: write repodata.json (+ .zst) for a local channel folder, like conda-index.
#include "app/cli/command.h"
#include "app/cli/output.h"
#include "core/channel/channelindexer.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

using namespace app::cli;
using namespace core;

namespace {

const char *s_name = "index";

void setUpParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Indexes a local channel: reads info/index.json from every <subdir>/*.conda and *.tar.bz2, adds\n"
        "md5, sha256 and size, and writes <subdir>/repodata.json and repodata.json.zst atomically,\n"
        "and sharded repodata (CEP 16: repodata_shards.msgpack.zst and shards/) from the same records.\n"
        "Unchanged files (same size and mtime) keep their previous record, so a re-index is fast.\n"
        "Packages that cannot be read are left out and listed; the exit code is then 1."));
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The channel folder."));
    parser.addOptions({
        { { QStringLiteral("o"), QStringLiteral("output") },
            QStringLiteral("Write the repodata here instead of into DIR (for read-only channels)."),
            QStringLiteral("DIR") },
        { QStringLiteral("subdir"), QStringLiteral("Index only this subdir; repeat for more."),
            QStringLiteral("SUBDIR") },
        { QStringLiteral("no-zst"), QStringLiteral("Do not write repodata.json.zst (and remove an old one).") },
        { QStringLiteral("no-shards"),
            QStringLiteral("Do not write sharded repodata (and remove an old shard index).") },
    });
    parser.addHelpOption();
}

int runIndex(const QStringList &arguments)
{
    QCommandLineParser args;
    setUpParser(args);
    if (!args.parse(QStringList{QStringLiteral("deploydeck index")} + arguments))
        return usageError(s_name, args.errorText());
    if (args.isSet(QStringLiteral("help"))) {
        out() << args.helpText();
        out().flush();
        return ExitOk;
    }
    if (args.positionalArguments().size() != 1)
        return usageError(s_name, QStringLiteral("give exactly one channel folder"));

    channel::IndexOptions options;
    options.channelDir = args.positionalArguments().first().toStdString();
    options.outputDir = args.value(QStringLiteral("output")).toStdString();
    for (const QString &s : args.values(QStringLiteral("subdir")))
        options.subdirs.push_back(s.toStdString());
    options.writeZst = args.isSet(QStringLiteral("no-zst")) ? channel::WriteZst::No : channel::WriteZst::Yes;
    options.writeShards
        = args.isSet(QStringLiteral("no-shards")) ? channel::WriteShards::No : channel::WriteShards::Yes;

    QElapsedTimer timer;
    timer.start();
    auto report = channel::indexChannel(options);
    if (!report)
        return usageError(s_name, QString::fromStdString(report.error().message()));
    bool skipped = false;
    for (const auto &s : report->subdirs) {
        out() << QString::fromStdString(s.subdir).leftJustified(16) << ' ' << s.packages << " packages (" << s.read
              << " read, " << s.reused << " unchanged)";
        if (!s.skipped.empty())
            out() << ", " << s.skipped.size() << " skipped";
        out() << "  " << QString::fromStdString(s.repodataPath) << '\n';
        for (const auto &e : s.skipped)
            err() << "  skipped " << QString::fromStdString(e.message()) << '\n';
        skipped = skipped || !s.skipped.empty();
    }
    out() << "indexed in " << timer.elapsed() << " ms\n";
    out().flush();
    err().flush();
    return skipped ? ExitFailure : ExitOk;
}

} // namespace

DEPLOYDECK_COMMAND("index", "write repodata.json for a local channel folder", &runIndex);
