// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// deploydeck fetch: download (or check) the repodata of channels into the cache and say, per
// subdir, where it came from, how old it is and how big.
#include "app/cli/command.h"
#include "app/cli/output.h"
#include "app/cli/solvesetup.h"
#include "core/channel/channelfetch.h"
#include "core/channel/condarc.h"
#include "core/channel/repodatafetcher.h"
#include "core/channel/shardcheck.h"
#include "core/channel/shardedfetcher.h"
#include "core/envfile/workspace.h"
#include "core/sync/workspacechannels.h"
#include "core/util/atomicfile.h"
#include "core/util/qtext.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLoggingCategory>

#include <algorithm>

using namespace app::cli;
using namespace core;

namespace {

const char *s_name = "fetch";

void setUpParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Fetches repodata.json(.zst) of every channel subdir (platform + noarch) into the cache, with\n"
        "conditional requests, and reports per subdir: URL (tokens masked), status (updated = downloaded,\n"
        "cached = the server said unchanged, fresh = within max-age so not asked, offline, local), age,\n"
        "size and record count. With --check, also fetches every shard of each subdir that has a shard\n"
        "index (CEP 16) and compares them with repodata.json: names and records found in only one of\n"
        "them, and records whose fields differ. Exit code 1 when a subdir failed or the check found a\n"
        "difference."));
    parser.addOptions({
        { { QStringLiteral("c"), QStringLiteral("channel") },
            QStringLiteral("Channel: name, URL, Quetz URL, file:// URL or folder; repeat for more."),
            QStringLiteral("CHANNEL") },
        { QStringLiteral("platform"), QStringLiteral("Platform subdir (default: the workspace's, else linux-64)."),
            QStringLiteral("PLATFORM") },
        { QStringLiteral("workspace"),
            QStringLiteral("Take channels, channel_alias and custom_channels from this workspace."),
            QStringLiteral("DIR") },
        { QStringLiteral("condarc"), QStringLiteral("Read channel settings from this .condarc too."),
            QStringLiteral("FILE") },
        { QStringLiteral("offline"), QStringLiteral("Use the cache only; say how old it is.") },
        { QStringLiteral("no-cache"), QStringLiteral("Download again, ignoring cached copies and max-age.") },
        { QStringLiteral("cache-dir"), QStringLiteral("Cache folder (default ~/.cache/deploydeck/repodata)."),
            QStringLiteral("DIR") },
        { QStringLiteral("timeout"), QStringLiteral("Seconds without data before a download fails (default 60)."),
            QStringLiteral("SECONDS") },
        { QStringLiteral("check"), QStringLiteral("Cross-check the flat repodata.json with the sharded repodata.") },
    });
    parser.addHelpOption();
}

QString humanAge(qint64 seconds)
{
    if (seconds < 120)
        return QString::number(seconds) + u's';
    if (seconds < 2 * 3600)
        return QString::number(seconds / 60) + u'm';
    if (seconds < 2 * 86400)
        return QString::number(seconds / 3600) + u'h';
    return QString::number(seconds / 86400) + u'd';
}

/** Channel settings from the workspace and/or .condarc; channels from -c, else the workspace's. */
std::optional<channel::ChannelConfig> readConfig(const QCommandLineParser &args, std::string &platform,
                                                std::vector<std::string> &sslVerifyOff)
{
    channel::ChannelConfig config = sync::channelConfig(nullptr);
    if (args.isSet(QStringLiteral("workspace"))) {
        auto ws = envfile::readWorkspace(args.value(QStringLiteral("workspace")).toStdString());
        if (!ws) {
            usageError(s_name, QString::fromStdString(ws.error().message()));
            return std::nullopt;
        }
        config = sync::channelConfig(&*ws);
        sslVerifyOff = sync::sslVerifyOffUrls(*ws);
        warnSslVerifyOff(*ws);
        platform = ws->platform;
    }
    if (args.isSet(QStringLiteral("condarc"))) {
        auto rc = channel::readCondarc(args.value(QStringLiteral("condarc")).toStdString(), config);
        if (!rc) {
            usageError(s_name, QString::fromStdString(rc.error().message()));
            return std::nullopt;
        }
        config = *rc;
    }
    if (args.isSet(QStringLiteral("channel"))) {
        config.channels.clear();
        for (const QString &c : args.values(QStringLiteral("channel"))) {
            // A bare existing folder is a local channel (conda would read it as a name).
            const bool folder = !c.contains(QLatin1String("://")) && QFileInfo(c).isDir();
            config.channels.push_back(folder ? QDir(c).absolutePath().toStdString() : c.toStdString());
        }
    }
    if (args.isSet(QStringLiteral("platform")))
        platform = args.value(QStringLiteral("platform")).toStdString();
    return config;
}

QString subdirName(const channel::SubdirResult &r)
{
    return QString::fromStdString(r.request.channel.name() + "/" + r.request.subdir);
}

void printHeader(int width)
{
    out() << QStringLiteral("subdir").leftJustified(width) << ' ' << QStringLiteral("status").leftJustified(9) << ' '
          << QStringLiteral("age").rightJustified(5) << ' ' << QStringLiteral("size").rightJustified(10) << ' '
          << QStringLiteral("records").rightJustified(8) << "  url\n";
}

void printResult(const channel::SubdirResult &r, int width)
{
    const bool hasCopy = !r.jsonPath.empty();
    out()
        << subdirName(r).leftJustified(width) << ' '
        << QString::fromLatin1(channel::fetchStatusName(r.status)).leftJustified(9) << ' '
        << (hasCopy ? humanAge(r.ageSeconds) : QStringLiteral("-")).rightJustified(5) << ' '
        << (hasCopy ? core::util::sizeText(std::uint64_t(r.state.size)) : QStringLiteral("-")).rightJustified(10) << ' '
        << (hasCopy && r.state.records >= 0 ? QString::number(r.state.records) : QStringLiteral("-")).rightJustified(8)
        << "  " << QString::fromStdString(r.url) << '\n';
    if (r.error) {
        out() << "    error: " << QString::fromStdString(r.error->message()) << '\n';
        if (hasCopy)
            out() << "    the cached copy from " << humanAge(r.ageSeconds) << " ago is kept\n";
    }
}

/** Up to @p shown items of @p items, then how many more. */
QString listed(const std::vector<std::string> &items, std::size_t shown = 20)
{
    QStringList parts;
    for (std::size_t i = 0; i < items.size() && i < shown; ++i)
        parts << QString::fromStdString(items[i]);
    QString text = parts.join(QStringLiteral(", "));
    if (items.size() > shown)
        text += QStringLiteral(" … and %1 more").arg(items.size() - shown);
    return text;
}

/** Prints one subdir's comparison; true when the two agree. */
bool printComparison(const QString &subdir, const channel::RepodataComparison &c)
{
    if (c.same()) {
        out() << "  " << subdir << ": the same (" << c.names << " names, " << c.records << " records)\n";
        return true;
    }
    out() << "  " << subdir << ": differs (" << c.names << " names and " << c.records << " records in both)\n";
    const auto line = [](const char *what, const std::vector<std::string> &items) {
        if (!items.empty())
            out() << "    " << what << " (" << items.size() << "): " << listed(items) << '\n';
    };
    line("names only in repodata.json", c.namesOnlyFlat);
    line("names only in the shards", c.namesOnlyShards);
    line("records only in repodata.json", c.recordsOnlyFlat);
    line("records only in the shards", c.recordsOnlyShards);
    std::vector<std::string> differing;
    for (const auto &[fileName, keys] : c.recordsDiffering) {
        std::string text = fileName + " (";
        for (std::size_t i = 0; i < keys.size(); ++i)
            text += (i ? " " : "") + keys[i];
        differing.push_back(text + ')');
    }
    line("records that differ", differing);
    return false;
}

/**
 * The check of --check: every shard of each subdir with a shard index against its repodata.json.
 * Remote subdirs' shards are fetched (all of them), local ones read in place. True when all agree.
 */
bool checkShards(const std::vector<channel::SubdirResult> &flat, const channel::FetchOptions &options)
{
    out() << "check of repodata.json against the sharded repodata:\n";
    channel::ShardedFetchOptions shardedOptions = channel::shardedOptions(options);
    shardedOptions.ignoreNoShardsMemory = true;
    channel::ShardedFetcher fetcher(shardedOptions);
    std::vector<channel::SubdirRequest> remote;
    for (const auto &r : flat)
        if (r.status != channel::FetchStatus::Local)
            remote.push_back(r.request);
    std::vector<channel::ShardedSubdirResult> sharded;
    if (!remote.empty()) {
        QEventLoop loop;
        QObject::connect(&fetcher, &channel::ShardedFetcher::finished, &loop, [&](const auto &r) {
            sharded = r;
            loop.quit();
        });
        fetcher.fetch(remote, { "*" });
        loop.exec();
    }
    bool agree = true;
    std::size_t next = 0;
    for (const auto &r : flat) {
        const QString name = subdirName(r);
        QByteArray shardsJson;
        std::string shardsWhere;
        std::set<std::string> indexNames;
        if (r.status == channel::FetchStatus::Local) {
            const QString dir = QFileInfo(QString::fromStdString(r.jsonPath)).absolutePath();
            if (r.jsonPath.empty()
                || !QFileInfo::exists(dir + QStringLiteral("/") + QLatin1String(channel::s_shardIndexFile))) {
                out() << "  " << name << ": no shard index\n";
                continue;
            }
            auto local = channel::readLocalShards(dir, r.request.subdir);
            if (!local) {
                out() << "  " << name << ": error: " << QString::fromStdString(local.error().message()) << '\n';
                agree = false;
                continue;
            }
            shardsJson = std::move(local->repodata);
            indexNames = std::move(local->names);
            shardsWhere = dir.toStdString();
        } else {
            const channel::ShardedSubdirResult &s = sharded.at(next++);
            if (!s.sharded) {
                if (s.result.error) {
                    out() << "  " << name << ": error: " << QString::fromStdString(s.result.error->message()) << '\n';
                    agree = false;
                } else {
                    out() << "  " << name << ": no shard index\n";
                }
                continue;
            }
            auto bytes = core::util::readFile(QString::fromStdString(s.result.jsonPath));
            if (!bytes) {
                out() << "  " << name << ": error: " << QString::fromStdString(bytes.error().message()) << '\n';
                agree = false;
                continue;
            }
            shardsJson = std::move(*bytes);
            shardsWhere = s.result.url;
            if (auto index = fetcher.cachedIndex(r.request))
                for (const auto &[shardName, hash] : index->shards)
                    indexNames.insert(shardName);
        }
        if (r.jsonPath.empty()) {
            out() << "  " << name << ": no repodata.json to compare with (" << indexNames.size()
                  << " names in the shards)\n";
            continue;
        }
        auto flatJson = core::util::readFile(QString::fromStdString(r.jsonPath));
        auto compared = flatJson ? channel::compareRepodata(*flatJson, r.url, shardsJson, shardsWhere, indexNames)
                                 : core::util::Result<channel::RepodataComparison>(flatJson.error());
        if (!compared) {
            out() << "  " << name << ": error: " << QString::fromStdString(compared.error().message()) << '\n';
            agree = false;
            continue;
        }
        agree = printComparison(name, *compared) && agree;
    }
    return agree;
}

int runFetch(const QStringList &arguments)
{
    QCommandLineParser args;
    setUpParser(args);
    if (!args.parse(QStringList{QStringLiteral("deploydeck fetch")} + arguments))
        return usageError(s_name, args.errorText());
    if (args.isSet(QStringLiteral("help"))) {
        out() << args.helpText();
        out().flush();
        return ExitOk;
    }
    if (!args.positionalArguments().isEmpty())
        return usageError(s_name, QStringLiteral("unexpected argument '%1'").arg(args.positionalArguments().first()));
    if (args.isSet(QStringLiteral("offline")) && args.isSet(QStringLiteral("no-cache")))
        return usageError(s_name, QStringLiteral("--offline and --no-cache exclude each other"));
    std::string platform = "linux-64";
    std::vector<std::string> sslVerifyOff;
    const auto config = readConfig(args, platform, sslVerifyOff);
    if (!config)
        return ExitUsage;
    auto channels = channel::resolveChannels(*config);
    if (!channels)
        return usageError(s_name, QString::fromStdString(channels.error().message()));
    if (channels->empty())
        return usageError(s_name, QStringLiteral("no channels: give -c CHANNEL or --workspace DIR"));

    channel::FetchOptions options;
    options.sslVerifyOff = sslVerifyOff;
    options.cacheDir = args.value(QStringLiteral("cache-dir"));
    options.cacheMode = args.isSet(QStringLiteral("offline"))    ? channel::CacheMode::Offline
                        : args.isSet(QStringLiteral("no-cache")) ? channel::CacheMode::Refresh
                                                                 : channel::CacheMode::Use;
    if (args.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const int seconds = args.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || seconds <= 0)
            return usageError(s_name, QStringLiteral("--timeout needs a positive number of seconds"));
        options.transferTimeoutMs = seconds * 1000;
    }
    // Failures are part of the table; the log lines would only repeat them.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("deploydeck.channel.warning=false"));
    channel::RepodataFetcher fetcher(options);
    std::vector<channel::SubdirResult> results;
    QEventLoop loop;
    QObject::connect(&fetcher, &channel::RepodataFetcher::finished, &loop,
                     [&](const std::vector<channel::SubdirResult> &r) { results = r; loop.quit(); });
    fetcher.fetch(channel::RepodataFetcher::requestsFor(*channels, platform));
    loop.exec();

    int width = 6;
    for (const auto &r : results)
        width = std::max(width, int(subdirName(r).size()));
    printHeader(width);
    bool failed = false;
    for (const auto &r : results) {
        printResult(r, width);
        failed = failed || !r.ok();
    }
    out() << "cache: " << (options.cacheDir.isEmpty() ? channel::RepodataCache::defaultDirectory() : options.cacheDir) << '\n';
    if (args.isSet(QStringLiteral("check")))
        failed = !checkShards(results, options) || failed;
    out().flush();
    return failed ? ExitFailure : ExitOk;
}

} // namespace

DEPLOYDECK_COMMAND("fetch", "fetch channel repodata into the cache and report its status", &runFetch);
