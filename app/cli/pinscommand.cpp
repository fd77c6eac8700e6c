// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// deploydeck pins: which host gets which version of what — the pin matrix (drift from each
// group's majority marked) or a two-host comparison, as text or JSON.
#include "app/cli/command.h"
#include "app/cli/output.h"
#include "app/cli/pinscheck.h"
#include "core/envfile/workspace.h"
#include "core/inventory/pinmatrix.h"
#include "core/util/qtext.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>

using namespace app::cli;
using namespace core;

namespace {

const char *s_name = "pins";

using core::util::qs;

void setUpParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Shows the package pins of an Ansible inventory: RPM pins (packages_stable, packages_testing,\n"
        "versions) and conda environments (conda_envs, sardana_env), as a matrix of packages by hosts\n"
        "with every cell that differs from its group's majority marked '*', or two hosts side by side\n"
        "(--diff; exit code 1 when they differ), or checks the conda pins and environments against the\n"
        "workspace's channels (--check; exit code 1 when a pin is not available or an environment does\n"
        "not solve)."));
    parser.addOption({{QStringLiteral("i"), QStringLiteral("inventory")},
                      QStringLiteral("Inventory file or folder (repeatable; default: the workspace's)."),
                      QStringLiteral("INVENTORY")});
    parser.addOption({{QStringLiteral("w"), QStringLiteral("workspace")},
                      QStringLiteral("Workspace folder or deploydeck.yml: which variables hold pins, the inventory "
                                     "and the playbook folder."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("host"), QStringLiteral("Show this host (repeatable)."), QStringLiteral("HOST")});
    parser.addOption({QStringLiteral("group"),
                      QStringLiteral("Show the hosts of this group and compare each with its majority."),
                      QStringLiteral("GROUP")});
    parser.addOption({QStringLiteral("diff"), QStringLiteral("Compare two hosts: --diff H1 H2."), QStringLiteral("H1")});
    parser.addOption({QStringLiteral("differences"), QStringLiteral("Matrix: only rows where the hosts disagree.")});
    parser.addOption({QStringLiteral("playbook-dir"),
                      QStringLiteral("Folder whose group_vars/ and host_vars/ apply too."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    parser.addOptions(pinsCheckOptions());
    parser.addHelpOption();
}

struct PinsInput
{
    std::optional<envfile::Workspace> workspace;  ///< --workspace (or, for --check, the one above the inventory)
    std::vector<std::string> sources;
    inventory::LoadOptions load;
    inventory::PinVariables variables;
};

int readInput(const QCommandLineParser &parser, PinsInput &in)
{
    for (const QString &s : parser.values(QStringLiteral("inventory")))
        in.sources.push_back(s.toStdString());
    std::string workspace = parser.value(QStringLiteral("workspace")).toStdString();
    // --check needs the workspace's channels: without --workspace, the one the inventory lives in.
    if (workspace.empty() && parser.isSet(QStringLiteral("check")) && !in.sources.empty())
        workspace = findWorkspaceAbove(in.sources.front());
    if (!workspace.empty()) {
        auto ws = envfile::readWorkspace(workspace);
        if (!ws)
            return usageError(s_name, qs(ws.error().message()));
        in.variables.rpm = ws->rpmPinVariables;
        in.variables.conda = ws->condaEnvVariables;
        in.variables.environment = ws->environmentVariables;
        if (in.sources.empty() && !ws->inventory.empty())
            in.sources.push_back(envfile::resolvePath(*ws, ws->inventory));
        if (!ws->playbooks.empty())
            in.load.playbookDir =
                QFileInfo(qs(envfile::resolvePath(*ws, ws->playbooks.front()))).absolutePath().toStdString();
        in.workspace = std::move(*ws);
    }
    if (parser.isSet(QStringLiteral("playbook-dir")))
        in.load.playbookDir = parser.value(QStringLiteral("playbook-dir")).toStdString();
    if (in.sources.empty())
        return usageError(s_name, QStringLiteral("no inventory given (-i INVENTORY or --workspace DIR)"));
    return -1;
}

QString cellText(const inventory::Pin *pin)
{
    if (!pin)
        return QStringLiteral("-");
    return pin->value.empty() ? QStringLiteral("(any)") : qs(pin->value);
}

QJsonValue pinJson(const inventory::Pin *pin)
{
    if (!pin)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("value"), qs(pin->value)},
                       {QStringLiteral("spec"), qs(pin->spec)},
                       {QStringLiteral("source"), qs(pin->source.toString())},
                       {QStringLiteral("encrypted"), pin->encrypted}};
}

QStringList keyColumns(const inventory::PinKey &key)
{
    return {QString::fromLatin1(inventory::pinKindName(key.kind)), qs(key.scope), qs(key.package)};
}

int printMatrix(const inventory::PinMatrix &m, bool onlyDifferences, bool json)
{
    if (json) {
        QJsonArray rows;
        for (size_t r = 0; r < m.rows.size(); ++r) {
            if (onlyDifferences && m.isUniform(r))
                continue;
            QJsonObject cells, majorities;
            for (size_t c = 0; c < m.columns.size(); ++c) {
                QJsonValue cell = pinJson(m.pin(r, c));
                if (cell.isObject()) {
                    QJsonObject o = cell.toObject();
                    o.insert(QStringLiteral("differs"), m.cells[r][c].differsFromGroup);
                    cell = o;
                }
                cells.insert(qs(m.columns[c].host), cell);
            }
            for (const inventory::GroupMajority &g : m.majorities[r])
                majorities.insert(qs(g.group), QJsonObject{{QStringLiteral("present"), g.present},
                                                           {QStringLiteral("value"), qs(g.value)},
                                                           {QStringLiteral("tie"), g.tie},
                                                           {QStringLiteral("count"), g.count},
                                                           {QStringLiteral("total"), g.total}});
            const inventory::PinKey &k = m.rows[r];
            rows.append(QJsonObject{{QStringLiteral("kind"), QString::fromLatin1(inventory::pinKindName(k.kind))},
                                    {QStringLiteral("scope"), qs(k.scope)},
                                    {QStringLiteral("package"), qs(k.package)},
                                    {QStringLiteral("cells"), cells},
                                    {QStringLiteral("majority"), majorities}});
        }
        QJsonObject groups;
        QJsonArray hosts;
        for (size_t c = 0; c < m.columns.size(); ++c) {
            hosts.append(qs(m.columns[c].host));
            groups.insert(qs(m.columns[c].host), qs(m.referenceGroups[c]));
        }
        out() << QJsonDocument(QJsonObject{{QStringLiteral("hosts"), hosts},
                                           {QStringLiteral("groups"), groups},
                                           {QStringLiteral("rows"), rows}})
                     .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    std::vector<QStringList> table;
    QStringList header{QStringLiteral("KIND"), QStringLiteral("SCOPE"), QStringLiteral("PACKAGE")};
    for (const auto &c : m.columns)
        header << qs(c.host);
    table.push_back(header);
    int drifting = 0;
    for (size_t r = 0; r < m.rows.size(); ++r) {
        if (onlyDifferences && m.isUniform(r))
            continue;
        drifting += m.hasDifferences(r) ? 1 : 0;
        QStringList row = keyColumns(m.rows[r]);
        for (size_t c = 0; c < m.columns.size(); ++c)
            row << cellText(m.pin(r, c)) + (m.cells[r][c].differsFromGroup ? QStringLiteral("*") : QString());
        table.push_back(row);
    }
    printTable(table);
    out() << "\n" << m.columns.size() << " hosts, " << m.rows.size() << " pins; " << drifting
          << " rows with a host that differs from its group's majority (*).\nCompared with: ";
    for (size_t c = 0; c < m.columns.size(); ++c)
        out() << (c ? ", " : "") << qs(m.columns[c].host) << " -> " << qs(m.referenceGroups[c]);
    out() << "\n";
    return ExitOk;
}

int printDiff(const inventory::HostPins &left, const inventory::HostPins &right, bool json)
{
    const auto diff = inventory::diffPins(left, right);
    const auto differing = std::count_if(diff.begin(), diff.end(), [](const auto &d) { return d.differs; });
    if (json) {
        QJsonArray rows;
        for (const auto &d : diff)
            rows.append(QJsonObject{{QStringLiteral("kind"), QString::fromLatin1(inventory::pinKindName(d.key.kind))},
                                    {QStringLiteral("scope"), qs(d.key.scope)},
                                    {QStringLiteral("package"), qs(d.key.package)},
                                    {QStringLiteral("left"), pinJson(d.left)},
                                    {QStringLiteral("right"), pinJson(d.right)},
                                    {QStringLiteral("differs"), d.differs}});
        out() << QJsonDocument(QJsonObject{{QStringLiteral("left"), qs(left.host)},
                                           {QStringLiteral("right"), qs(right.host)},
                                           {QStringLiteral("rows"), rows}})
                     .toJson(QJsonDocument::Indented);
    } else {
        std::vector<QStringList> table{{QString(), QStringLiteral("KIND"), QStringLiteral("SCOPE"),
                                        QStringLiteral("PACKAGE"), qs(left.host), qs(right.host)}};
        for (const auto &d : diff)
            table.push_back(QStringList{d.differs ? QStringLiteral("*") : QString()} + keyColumns(d.key)
                            + QStringList{cellText(d.left), cellText(d.right)});
        printTable(table);
        out() << "\n" << differing << " of " << diff.size() << " pins differ.\n";
    }
    return differing ? ExitFailure : ExitOk;
}

void printWarnings(const inventory::Inventory &inv, const std::vector<inventory::HostPins> &pins)
{
    auto print = [](const inventory::Diagnostic &d) {
        err() << (d.severity == inventory::Diagnostic::Severity::Error ? "[ERROR]: " : "[WARNING]: ")
              << qs(d.toString()) << '\n';
    };
    std::for_each(inv.diagnostics.begin(), inv.diagnostics.end(), print);
    for (const auto &p : pins)
        std::for_each(p.warnings.begin(), p.warnings.end(), print);
    err().flush();
}

/** --check: against the channels of the workspace (--workspace, or the one above the inventory). */
int check(const QCommandLineParser &parser, const PinsInput &in, const std::vector<inventory::HostPins> &pins, bool json)
{
    if (parser.isSet(QStringLiteral("diff")))
        return usageError(s_name, QStringLiteral("--check and --diff exclude each other"));
    if (!in.workspace)
        return usageError(s_name, QStringLiteral("--check needs the workspace's channels: give --workspace DIR"));
    return runPinsCheck(parser, *in.workspace, pins, in.variables, json);
}

int runPins(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser);
    if (!parser.parse(QStringList{QStringLiteral("deploydeck pins")} + arguments))
        return usageError(s_name, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        // QCommandLineParser names the executable's path; show the command instead.
        QString help = parser.helpText();
        help.replace(0, help.indexOf(QLatin1Char('\n')), QStringLiteral("Usage: deploydeck pins [options] [--diff H1 H2]"));
        out() << help;
        out().flush();
        return ExitOk;
    }
    const bool diff = parser.isSet(QStringLiteral("diff"));
    if (parser.positionalArguments().size() != (diff ? 1 : 0))
        return usageError(s_name, diff ? QStringLiteral("--diff takes two hosts: --diff H1 H2")
                                       : QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    PinsInput in;
    if (const int rc = readInput(parser, in); rc >= 0)
        return rc;
    auto inv = inventory::loadInventory(in.sources, in.load);
    if (!inv)
        return usageError(s_name, qs(inv.error().message()));
    std::vector<inventory::HostPins> pins = inventory::extractAllPins(*inv, in.variables);
    printWarnings(*inv, pins);
    const bool json = parser.isSet(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("check")))
        return check(parser, in, pins, json);
    int rc = ExitOk;
    if (diff) {
        const std::string names[2] = {parser.value(QStringLiteral("diff")).toStdString(),
                                      parser.positionalArguments().first().toStdString()};
        const inventory::HostPins *sides[2] = {nullptr, nullptr};
        for (int i = 0; i < 2; ++i) {
            const auto it = std::find_if(pins.begin(), pins.end(), [&](const auto &p) { return p.host == names[i]; });
            if (it == pins.end())
                return usageError(s_name, QStringLiteral("no host named '%1'").arg(qs(names[i])));
            sides[i] = &*it;
        }
        rc = printDiff(*sides[0], *sides[1], json);
    } else {
        inventory::PinMatrixOptions options;
        for (const QString &h : parser.values(QStringLiteral("host")))
            options.hosts.push_back(h.toStdString());
        options.group = parser.value(QStringLiteral("group")).toStdString();
        auto matrix = inventory::buildPinMatrix(*inv, std::move(pins), options);
        if (!matrix)
            return usageError(s_name, qs(matrix.error().message()));
        rc = printMatrix(*matrix, parser.isSet(QStringLiteral("differences")), json);
    }
    out().flush();
    return rc;
}

} // namespace

DEPLOYDECK_COMMAND("pins", "show package pins across hosts: the pin matrix or two hosts compared", &runPins);
