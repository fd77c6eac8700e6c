// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// deploydeck inventory: an Ansible inventory as `ansible-inventory --list` / `--host` prints it,
// without Python.
#include "app/cli/command.h"
#include "app/cli/output.h"
#include "core/inventory/inventory.h"

#include <QCommandLineParser>
#include <QDir>

using namespace app::cli;
using namespace core;

namespace {

const char *s_name = "inventory";

void setUpParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Reads an Ansible inventory (INI or YAML files, folders of them, group_vars/ and host_vars/) with\n"
        "Ansible's variable precedence and prints it as JSON in the shape of `ansible-inventory`.\n"
        "Problems are printed to stderr with their file:line:column; the exit code is 2 when one of them\n"
        "is an error (a file or line that could not be read), 0 otherwise."));
    parser.addOption({{QStringLiteral("i"), QStringLiteral("inventory")},
                      QStringLiteral("Inventory file, folder or comma-separated host list (repeatable)."),
                      QStringLiteral("INVENTORY")});
    parser.addOption({QStringLiteral("list"), QStringLiteral("Print groups, hosts and every host's variables.")});
    parser.addOption({QStringLiteral("host"), QStringLiteral("Print one host's variables."), QStringLiteral("HOST")});
    parser.addOption({QStringLiteral("playbook-dir"),
                      QStringLiteral("Folder whose group_vars/ and host_vars/ apply too (default: the current "
                                     "folder, as ansible-inventory)."),
                      QStringLiteral("DIR")});
    parser.addHelpOption();
}

void printDiagnostics(const inventory::Inventory &inv)
{
    for (const inventory::Diagnostic &d : inv.diagnostics)
        err() << (d.severity == inventory::Diagnostic::Severity::Error ? "[ERROR]: " : "[WARNING]: ")
              << QString::fromStdString(d.toString()) << '\n';
    err().flush();
}

int runInventory(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser);
    if (!parser.parse(QStringList{QStringLiteral("deploydeck inventory")} + arguments))
        return usageError(s_name, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        // QCommandLineParser names the executable's path; show the command instead.
        QString help = parser.helpText();
        help.replace(0, help.indexOf(QLatin1Char('\n')), QStringLiteral("Usage: deploydeck inventory [options]"));
        out() << help;
        out().flush();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(s_name, QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    const bool list = parser.isSet(QStringLiteral("list"));
    const bool host = parser.isSet(QStringLiteral("host"));
    if (list == host)
        return usageError(s_name, QStringLiteral("give exactly one of --list and --host HOST"));
    std::vector<std::string> sources;
    for (const QString &s : parser.values(QStringLiteral("inventory")))
        sources.push_back(s.toStdString());
    if (sources.empty())
        return usageError(s_name, QStringLiteral("no inventory given (-i INVENTORY)"));

    inventory::LoadOptions options;
    options.playbookDir = parser.isSet(QStringLiteral("playbook-dir"))
                              ? parser.value(QStringLiteral("playbook-dir")).toStdString()
                              : QDir::currentPath().toStdString();
    auto inv = inventory::loadInventory(sources, options);
    if (!inv)
        return usageError(s_name, QString::fromStdString(inv.error().message()));
    printDiagnostics(*inv);

    inventory::Value result;
    if (list) {
        result = inventory::ansibleList(*inv);
    } else {
        const std::string name = parser.value(QStringLiteral("host")).toStdString();
        const inventory::Host *h = inv->host(name);
        if (!h)
            return usageError(s_name, QStringLiteral("no host named '%1' in the inventory").arg(QString::fromStdString(name)));
        result = inventory::ansibleHostVars(*h);
    }
    out() << QString::fromStdString(inventory::toJson(result, 4)) << '\n';
    out().flush();
    return inv->hasErrors() ? ExitUsage : ExitOk;
}

} // namespace

DEPLOYDECK_COMMAND("inventory", "print an Ansible inventory as JSON, like ansible-inventory --list", &runInventory);
