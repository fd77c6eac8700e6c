// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// deploydeck: the window when started without a subcommand, the command line otherwise.
#include "app/cli/command.h"
#include "app/cli/output.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstring>

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

void installTranslators(QCoreApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("deploydeck"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
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

/** Saves a picture of every page into @p dir once the pages had time to load, then quits. */
void takeScreenshots(ui::MainWindow &window, const QString &dir)
{
    QTimer::singleShot(std::chrono::seconds(4), &window, [&window, dir] {
        QDir().mkpath(dir);
        const QStringList names = {QStringLiteral("channels"), QStringLiteral("environments"), QStringLiteral("speclists"),
                                   QStringLiteral("inventory"), QStringLiteral("jobs")};
        for (int i = 0; i < int(window.pages().size()) && i < names.size(); ++i) {
            window.showPage(i);
            QCoreApplication::processEvents();
            window.grab().save(QDir(dir).filePath(names.at(i) + QStringLiteral(".png")));
        }
        window.showPage(1);
        QCoreApplication::processEvents();
        window.grab().save(QDir(dir).filePath(QStringLiteral("mainwindow.png")));
        QCoreApplication::quit();
    });
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
    installTranslators(app);

    ui::MainWindow window;
    const QStringList args = QApplication::arguments();
    if (args.size() >= 3 && args.at(1) == QLatin1String("--workspace"))
        window.openWorkspace(args.at(2));
    else
        window.openLastWorkspace();
    if (args.size() == 5)
        window.resize(1280, 800);  // the same size for every picture, whatever was remembered
    window.show();
    if (args.size() == 5)
        takeScreenshots(window, args.at(4));
    return QApplication::exec();
}
