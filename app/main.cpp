// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// deploydeck: the window when started without a subcommand, the command line otherwise.
#include "app/cli/command.h"
#include "app/cli/output.h"
#include "ui/mainwindow.h"
#include "ui/screenshottour.h"
#include "ui/translators.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QTimer>

#include <cstring>
#include <memory>

using namespace app::cli;

namespace {

void printHelp()
{
    QTextStream &o = out();
    o << "Usage: deploydeck [--workspace DIR]            open the window\n"
         "       deploydeck COMMAND [OPTIONS] [ARGS]     run a command without a window\n"
         "       deploydeck COMMAND --help               help on one command\n\n"
         "deploydeck is a desktop console for deploying conda environments and Ansible inventories:\n"
         "browse channels, preview solves, compare package pins across hosts, sync channels and run\n"
         "playbooks.\n\n"
         "Commands:\n";
    for (const Command &c : commands())
        o << "  " << QString::fromUtf8(c.name).leftJustified(12) << ' ' << QString::fromUtf8(c.summary) << '\n';
    o << "\nOptions:\n"
         "  -h, --help            this text\n"
         "  -v, --version         version of deploydeck and the libraries it uses\n"
         "  --workspace DIR       open this workspace (a folder with deploydeck.yml)\n"
         "  --workspace DIR --screenshots OUT\n"
         "                        save a picture of every page into OUT and quit (for the docs)\n\n"
         "Exit codes: 0 success, 1 the answer is no (unsolvable, failed run), 2 bad input.\n";
    o.flush();
}

void printVersion()
{
    out() << "deploydeck " << DEPLOYDECK_VERSION << "\n"
          << "Qt " << qVersion() << "\n"
          << "libsolv " << LIBSOLV_VERSION_STRING << " (conda)\n";
    out().flush();
}

const Command *findCommand(const char *name)
{
    for (const Command &c : commands())
        if (std::strcmp(c.name, name) == 0)
            return &c;
    return nullptr;
}

int runCommandLine(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("deploydeck"));
    QCoreApplication::setOrganizationName(QStringLiteral("deploydeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEPLOYDECK_VERSION));
    const QStringList args = QCoreApplication::arguments().mid(1);
    const QString first = args.value(0);
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("help")) {
        printHelp();
        return ExitOk;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        printVersion();
        return ExitOk;
    }
    const Command *command = findCommand(first.toUtf8().constData());
    if (!command) {
        err() << "deploydeck: unknown " << (first.startsWith(QLatin1Char('-')) ? "option" : "command") << " '"
              << first << "'\nTry 'deploydeck --help'.\n";
        err().flush();
        return ExitUsage;
    }
    return command->run(args.mid(1));
}

/** Whether argv asks for the command line rather than the window. */
bool wantsCommandLine(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const char *first = argv[1];
    if (std::strcmp(first, "--workspace") == 0)  // "--workspace DIR [--screenshots OUT]" opens the window
        return !(argc == 3 || (argc == 5 && std::strcmp(argv[3], "--screenshots") == 0));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (wantsCommandLine(argc, argv))
        return runCommandLine(argc, argv);

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("deploydeck"));
    QApplication::setApplicationDisplayName(QStringLiteral("deploydeck"));
    QApplication::setOrganizationName(QStringLiteral("deploydeck"));
    QApplication::setApplicationVersion(QStringLiteral(DEPLOYDECK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("se.maxiv.deploydeck"));
    ui::installTranslators(app);  // LANG=sv_SE.UTF-8 gives the Swedish window

    ui::MainWindow window;
    const QStringList args = QApplication::arguments();
    // --screenshots: made before the workspace opens, so it sees every page's loads finish.
    std::unique_ptr<ui::ScreenshotTour> tour;
    if (args.size() == 5)
        tour = std::make_unique<ui::ScreenshotTour>(window, args.at(4));
    if (args.size() >= 3 && args.at(1) == QLatin1String("--workspace")) {
        if (!window.openWorkspace(args.at(2)) && tour)
            return ExitUsage;
    } else {
        window.openLastWorkspace();
    }
    if (tour)
        window.resize(1200, 800);  // the same size for every picture, whatever was remembered
    window.show();
    if (tour)
        QTimer::singleShot(0, tour.get(), &ui::ScreenshotTour::start);
    return QApplication::exec();
}
