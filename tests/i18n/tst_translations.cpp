// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// LANG=sv_SE.UTF-8 shows the Swedish window: main() below sets the environment of a Swedish
// session before the QApplication exists, and the tests install the translators the way
// app/main.cpp does (ui::installTranslators() with the system locale).
#include "tests/support/requirements.h"
#include "ui/diagnostictext.h"
#include "ui/mainwindow.h"
#include "ui/translators.h"
#include "ui/views/environmentcheck.h"

#include "core/envfile/environmentfile.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#include <functional>

namespace {

QStringList menuTitles(const ui::MainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

QStringList pageTitles(const ui::MainWindow &window)
{
    QStringList titles;
    const auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    for (int i = 0; sidebar && i < sidebar->count(); ++i)
        titles << sidebar->item(i)->text();
    return titles;
}

/** The texts of the menu bar's menus and their items, submenus included, without separators. */
QStringList menuItems(const ui::MainWindow &window)
{
    QStringList items;
    std::function<void(const QList<QAction *> &)> collect = [&](const QList<QAction *> &actions) {
        for (const QAction *action : actions) {
            if (action->isSeparator())
                continue;
            items << action->text() + QLatin1Char('\t') + action->toolTip();
            if (action->menu())
                collect(action->menu()->actions());
        }
    };
    collect(window.menuBar()->actions());
    return items;
}

bool qtHasSwedish()
{
    const QDir dir(QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return dir.exists(QStringLiteral("qtbase_sv.qm")) || dir.exists(QStringLiteral("qt_sv.qm"));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("deploydeck-test"));
        QSettings().clear();
    }

    void cleanup()
    {
        ui::installTranslators(*QCoreApplication::instance());  // back to the system's (Swedish)
    }

    void langPicksTheSwedishLocale()
    {
        QCOMPARE(QLocale().language(), QLocale::Swedish);
        QVERIFY(QLocale().uiLanguages().contains(QStringLiteral("sv-SE")));
    }

    void catalogsAreEmbedded()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/deploydeck_sv.qm")));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/deploydeck_en.qm")));
    }

    void swedishMainWindow()
    {
        const ui::InstalledTranslations installed = ui::installTranslators(*QCoreApplication::instance());
        QVERIFY(installed.deploydeck);
        ui::MainWindow window;
        const QStringList menus = menuTitles(window);
        QVERIFY2(menus.contains(QStringLiteral("&Arkiv")), qPrintable(menus.join(QLatin1String(", "))));
        QVERIFY2(menus.contains(QStringLiteral("&Visa")), qPrintable(menus.join(QLatin1String(", "))));
        QVERIFY2(menus.contains(QStringLiteral("&Hjälp")), qPrintable(menus.join(QLatin1String(", "))));
        QCOMPARE(pageTitles(window), (QStringList{QStringLiteral("Kanaler"), QStringLiteral("Miljöer"),
                                                  QStringLiteral("Speclistor"), QStringLiteral("Inventarie"),
                                                  QStringLiteral("Jobb")}));
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Ingen arbetsyta öppen"));
    }

    void everyMenuItemIsTranslated()
    {
        ui::installTranslators(*QCoreApplication::instance());
        const ui::MainWindow swedish;
        const QStringList swedishItems = menuItems(swedish);
        ui::installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
        const ui::MainWindow english;
        const QStringList englishItems = menuItems(english);
        QCOMPARE(swedishItems.size(), englishItems.size());
        QStringList untranslated;
        for (qsizetype i = 0; i < englishItems.size(); ++i)
            if (swedishItems.at(i) == englishItems.at(i))
                untranslated << englishItems.at(i);
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1String(", "))));
    }

    void swedishPlurals()
    {
        ui::installTranslators(*QCoreApplication::instance());
        const char *source = "Opened %1 with %n warning(s)";
        QCOMPARE(QCoreApplication::translate("ui::MainWindow", source, nullptr, 1).arg(QStringLiteral("x")),
                 QStringLiteral("Öppnade x med 1 varning"));
        QCOMPARE(QCoreApplication::translate("ui::MainWindow", source, nullptr, 3).arg(QStringLiteral("x")),
                 QStringLiteral("Öppnade x med 3 varningar"));
    }

    void qtStringsAreSwedishToo()
    {
        REQUIRE_OR_SKIP(
            qtHasSwedish(), QStringLiteral("Qt's Swedish translations are not installed (qt6-translations-l10n)"));
        const ui::InstalledTranslations installed = ui::installTranslators(*QCoreApplication::instance());
        QVERIFY(installed.qt);
        QCOMPARE(QCoreApplication::translate("QLineEdit", "&Undo"), QStringLiteral("&Ångra"));
    }

    // Core's problems are data; a Swedish user reads them in Swedish, conflicts included.
    void problemsAreSwedish()
    {
        ui::installTranslators(*QCoreApplication::instance());
        const auto env = core::envfile::parseEnvironmentFile("name: x\ndependencies: [a\n", "e.yml");
        QVERIFY(!env);
        const QString error = ui::DiagnosticText::errorText(env.error());
        QVERIFY2(error == QStringLiteral("e.yml, rad %1, kolumn %2: En ”[” stängs inte med ”]”")
                              .arg(env.error().position.line)
                              .arg(env.error().position.column),
            qPrintable(error));

        const ui::EnvironmentCheck check = ui::checkEnvironment(
            QStringLiteral("name: x\nchanels: [a]\ndependencies:\n  - numpy>=\n"), QStringLiteral("e.yml"));
        QStringList messages;
        for (const auto &d : check.diagnostics)
            messages << d.message;
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages[0], QStringLiteral("Okänd nyckel ”chanels” (ignoreras)"));
        QVERIFY2(messages[1].startsWith(QStringLiteral("Ogiltig matchspec ”numpy>=” (")), qPrintable(messages[1]));

        using Status = core::solve::ProblemTree::Status;
        core::solve::ProblemTree tree;
        tree.roots = { { "sardna", "", {}, Status::Missing, {}, {} } };
        QCOMPARE(ui::DiagnosticText::problemsText(tree),
            QStringLiteral("Följande paket är oförenliga\n"
                           "└─ sardna finns inte (kanske ett stavfel eller en kanal som saknas).\n"));
        QCOMPARE(ui::DiagnosticText::problemStatusText(tree.roots.front()),
            QStringLiteral("finns inte (kanske ett stavfel eller en kanal som saknas)"));
    }

    void standardButtonsAreSwedish()
    {
        ui::installTranslators(*QCoreApplication::instance());
        const QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Yes
                                   | QDialogButtonBox::No);
        QCOMPARE(box.button(QDialogButtonBox::Ok)->text(), QStringLiteral("OK"));
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Avbryt"));
        QCOMPARE(box.button(QDialogButtonBox::Yes)->text(), QStringLiteral("&Ja"));
        QCOMPARE(box.button(QDialogButtonBox::No)->text(), QStringLiteral("&Nej"));
    }

    void englishLocaleStaysEnglish()
    {
        const ui::InstalledTranslations installed =
            ui::installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(installed.deploydeck);  // deploydeck_en.qm: the English plural forms
        ui::MainWindow window;
        QVERIFY(menuTitles(window).contains(QStringLiteral("&File")));
        QCOMPARE(pageTitles(window).value(0), QStringLiteral("Channels"));
        const char *source = "Opened %1 with %n warning(s)";
        QCOMPARE(QCoreApplication::translate("ui::MainWindow", source, nullptr, 1).arg(QStringLiteral("x")),
                 QStringLiteral("Opened x with 1 warning"));
        QCOMPARE(QCoreApplication::translate("ui::MainWindow", source, nullptr, 2).arg(QStringLiteral("x")),
                 QStringLiteral("Opened x with 2 warnings"));
    }
};

int main(int argc, char **argv)
{
    // A Swedish session: LANG decides, nothing overrides it.
    qputenv("LANG", "sv_SE.UTF-8");
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        qunsetenv(name);
    QApplication app(argc, argv);
    TestTranslations test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
