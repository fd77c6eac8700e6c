// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// deploydeck workspace DIR: what a workspace holds (channels, environments, spec lists, hosts).
#include "app/cli/command.h"
#include "app/cli/output.h"
#include "app/cli/solvesetup.h"
#include "core/envfile/environmentfile.h"
#include "core/envfile/workspace.h"
#include "core/inventory/inventory.h"
#include "core/solve/channelsources.h"
#include "core/solve/database.h"
#include "core/util/qtext.h"
#include "core/util/secrets.h"

#include <QCommandLineParser>
#include <QFileInfo>

using namespace app::cli;
using namespace core;

namespace {

const char *s_name = "workspace";

using core::util::qs;

void printChannels(const envfile::Workspace &ws)
{
    QTextStream &o = out();
    o << "Channels (" << (ws.strictChannelPriority ? "strict" : "flexible") << " priority, " << qs(ws.platform) << "):\n";
    for (const auto &c : ws.channels) {
        o << "  " << qs(util::maskSecrets(c.name));  // a channel URL may carry a token
        if (c.sslVerify == envfile::SslVerify::No)
            o << "  (TLS verification off)";
        if (solve::isLocalChannel(c.name)) {
            solve::Database db;
            auto sources = solve::localRepodataSources({c.name}, ws.platform);
            auto loaded = sources ? solve::loadSources(db, *sources, { "-", solve::PipAsPythonDependency::No, {} })
                                  : util::Result<solve::LoadStats>(sources.error());
            if (loaded)
                o << "  (" << loaded->records << " packages, " << db.packageNames().size() << " names)";
            else
                o << "  (error: " << qs(loaded.error().message()) << ")";
        } else {
            o << "  (remote)";
        }
        o << '\n';
    }
    if (!ws.syncTarget.empty())
        o << "Sync target: " << qs(util::maskSecrets(ws.syncTarget)) << '\n';
}

void printFiles(const envfile::Workspace &ws)
{
    QTextStream &o = out();
    o << "Environments:\n";
    for (const auto &path : ws.environments) {
        auto env = envfile::readEnvironmentFile(path);
        if (env)
            o << "  " << QFileInfo(qs(path)).fileName() << "  " << qs(env->name) << ": " << env->dependencies.size()
              << " conda dependencies, " << env->pip.size() << " pip\n";
        else
            o << "  " << qs(path) << "  (error: " << qs(env.error().message()) << ")\n";
    }
    o << "Spec lists:\n";
    for (const auto &path : ws.specLists)
        o << "  " << qs(path) << '\n';
    o << "Playbooks:\n";
    for (const auto &path : ws.playbooks)
        o << "  " << qs(path) << '\n';
}

void printInventory(const envfile::Workspace &ws)
{
    QTextStream &o = out();
    if (ws.inventory.empty()) {
        o << "Inventory: none\n";
        return;
    }
    auto inv = inventory::loadInventory(ws.inventory);
    if (!inv) {
        o << "Inventory: " << qs(ws.inventory) << "  (error: " << qs(inv.error().message()) << ")\n";
        return;
    }
    o << "Inventory: " << qs(ws.inventory) << "  (" << inv->hosts.size() << " hosts)\n";
    for (const auto &g : inv->groups) {
        if (g.name == "all" || g.name == "ungrouped")
            continue;
        const auto hosts = inv->hostsOf(g.name);
        QStringList names;
        for (const auto &h : hosts)
            names << qs(h);
        o << "  " << qs(g.name) << ": " << names.join(QStringLiteral(", ")) << '\n';
    }
    for (const auto &d : inv->diagnostics)
        o << "  warning: " << qs(d.location) << ": " << qs(d.message) << '\n';
}

int runWorkspace(const QStringList &arguments)
{
    QCommandLineParser args;
    args.setApplicationDescription(QStringLiteral("Show what a workspace holds: channels, environments, spec lists, hosts."));
    args.addHelpOption();
    args.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("The workspace folder (or its deploydeck.yml)."));
    if (!args.parse(QStringList{QStringLiteral("deploydeck workspace")} + arguments))
        return usageError(s_name, args.errorText());
    if (args.isSet(QStringLiteral("help"))) {
        out() << args.helpText();
        return ExitOk;
    }
    if (args.positionalArguments().size() != 1)
        return usageError(s_name, QStringLiteral("give exactly one workspace folder"));
    auto ws = envfile::readWorkspace(args.positionalArguments().front().toStdString());
    if (!ws)
        return usageError(s_name, qs(ws.error().message()));
    out() << "Workspace: " << qs(ws->name) << "  (" << qs(ws->file) << ")\n";
    for (const auto &w : ws->warnings)
        out() << "  warning: " << qs(w.location) << ": " << qs(w.message) << '\n';
    warnSslVerifyOff(*ws);
    printChannels(*ws);
    printFiles(*ws);
    printInventory(*ws);
    out().flush();
    return ExitOk;
}

} // namespace

DEPLOYDECK_COMMAND("workspace", "show what a workspace holds: channels, environments, spec lists, hosts", &runWorkspace);
