// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// deploydeck quetz: list the channels of a Quetz server, and add one to a workspace's channels.
#include "app/cli/command.h"
#include "app/cli/output.h"
#include "core/channel/quetzclient.h"
#include "core/envfile/workspaceedit.h"
#include "core/util/qtext.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace app::cli;
using namespace core;

namespace {

const char *s_name = "quetz";

using core::util::qs;

void setUpParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Lists the channels of a Quetz server (GET /api/channels), or with --add adds one of them to a\n"
        "workspace's channels (as SERVER/get/CHANNEL, at the lowest priority; deploydeck.yml is edited\n"
        "in place, comments kept, and written atomically). An API key, sent as X-API-Key, is read from\n"
        "$QUETZ_API_KEY or from --api-key-file (a file only its owner may read: mode 0600 or 0400)."));
    parser.addPositionalArgument(QStringLiteral("SERVER"), QStringLiteral("The server, e.g. https://quetz.example.org"));
    parser.addOptions({
        {QStringLiteral("api-key-file"), QStringLiteral("Read the API key from FILE (mode 0600)."), QStringLiteral("FILE")},
        {QStringLiteral("add"), QStringLiteral("Add channel NAME of the server to the workspace."), QStringLiteral("NAME")},
        {QStringLiteral("workspace"), QStringLiteral("The workspace --add edits (default: the current folder)."),
         QStringLiteral("DIR")},
        {QStringLiteral("timeout"), QStringLiteral("Give up after SECONDS without data (default 30)."), QStringLiteral("SECONDS"),
         QStringLiteral("30")},
        {QStringLiteral("json"), QStringLiteral("Print the channel list as JSON.")},
    });
    parser.addHelpOption();
}

QJsonObject channelJson(const channel::QuetzChannel &c, const std::string &server)
{
    QJsonObject o{{QStringLiteral("name"), qs(c.name)},
                  {QStringLiteral("description"), qs(c.description)},
                  {QStringLiteral("private"), c.isPrivate},
                  {QStringLiteral("url"), qs(channel::quetzChannelUrl(server, c.name))}};
    if (!c.mirrorMode.empty()) {
        o.insert(QStringLiteral("mirror_mode"), qs(c.mirrorMode));
        o.insert(QStringLiteral("mirror_channel_url"), qs(c.mirrorChannelUrl));
    }
    return o;
}

void printChannels(const std::vector<channel::QuetzChannel> &channels, const std::string &server, bool json)
{
    if (json) {
        QJsonArray array;
        for (const auto &c : channels)
            array.append(channelJson(c, server));
        out() << QJsonDocument(QJsonObject{{QStringLiteral("server"), qs(server)}, {QStringLiteral("channels"), array}})
                     .toJson(QJsonDocument::Indented);
        return;
    }
    qsizetype width = 4;
    for (const auto &c : channels)
        width = std::max(width, qs(c.name).size());
    for (const auto &c : channels) {
        QString line = qs(c.name).leftJustified(width + 2);
        QString notes = c.isPrivate ? QStringLiteral("private") : QStringLiteral("public");
        if (!c.mirrorMode.empty())
            notes += QStringLiteral(", %1 of %2").arg(qs(c.mirrorMode), qs(c.mirrorChannelUrl));
        line += notes.leftJustified(10) + QLatin1String("  ") + qs(c.description);
        out() << line.trimmed() << '\n';
    }
    if (channels.empty())
        out() << "(the server lists no channels)\n";
}

int runQuetz(const QStringList &arguments)
{
    QCommandLineParser args;
    setUpParser(args);
    if (!args.parse(QStringList{QStringLiteral("deploydeck quetz")} + arguments))
        return usageError(s_name, args.errorText());
    if (args.isSet(QStringLiteral("help"))) {
        out() << args.helpText();
        out().flush();
        return ExitOk;
    }
    if (args.positionalArguments().size() != 1)
        return usageError(s_name, QStringLiteral("give the server's URL"));
    std::string server = args.positionalArguments().first().toStdString();
    while (server.size() > 1 && server.back() == '/')
        server.pop_back();
    if (server.rfind("http://", 0) != 0 && server.rfind("https://", 0) != 0)
        return usageError(s_name, QStringLiteral("the server must be an http:// or https:// URL: %1").arg(qs(server)));
    bool timeoutOk = false;
    const int timeout = args.value(QStringLiteral("timeout")).toInt(&timeoutOk);
    if (!timeoutOk || timeout <= 0)
        return usageError(s_name, QStringLiteral("--timeout takes a positive number of seconds"));

    channel::QuetzApiKeySource keySource;
    keySource.file = args.value(QStringLiteral("api-key-file")).toStdString();
    auto key = channel::readQuetzApiKey(keySource);
    if (!key)
        return usageError(s_name, qs(key.error().message()));

    channel::QuetzClient client(server, *key);
    client.setTransferTimeout(timeout * 1000);
    channel::QuetzChannelList listed;
    QEventLoop loop;
    QObject::connect(&client, &channel::QuetzClient::channelsListed, &loop,
                     [&](const channel::QuetzChannelList &result) {
                         listed = result;
                         loop.quit();
                     });
    client.listChannels();
    loop.exec();
    if (listed.error) {
        err() << "deploydeck quetz: error: " << qs(listed.error->message()) << '\n';
        err().flush();
        return ExitFailure;
    }

    if (!args.isSet(QStringLiteral("add"))) {
        printChannels(listed.channels, server, args.isSet(QStringLiteral("json")));
        out().flush();
        return ExitOk;
    }
    const std::string name = args.value(QStringLiteral("add")).toStdString();
    const bool known = std::any_of(listed.channels.begin(), listed.channels.end(),
                                   [&](const channel::QuetzChannel &c) { return c.name == name; });
    if (!known)
        return usageError(s_name, QStringLiteral("the server has no channel '%1'").arg(qs(name)));
    const QString workspace = args.isSet(QStringLiteral("workspace")) ? args.value(QStringLiteral("workspace"))
                                                                       : QStringLiteral(".");
    const std::string url = channel::quetzChannelUrl(server, name);
    auto ws = envfile::addWorkspaceChannel(workspace.toStdString(), url);
    if (!ws)
        return usageError(s_name, qs(ws.error().message()));
    out() << "added " << qs(url) << " to " << qs(ws->file) << " (" << ws->channels.size() << " channels)\n";
    out().flush();
    return ExitOk;
}

} // namespace

DEPLOYDECK_COMMAND("quetz", "list the channels of a Quetz server; add one to the workspace", &runQuetz);
