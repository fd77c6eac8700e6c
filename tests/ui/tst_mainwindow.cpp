// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/mainwindow.h"
#include "ui/views/page.h"

#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("deploydeck-test"));
        QSettings().clear();
    }

    void hasTheFivePages()
    {
        ui::MainWindow window;
        QCOMPARE(int(window.pages().size()), 5);
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        QVERIFY(sidebar);
        QStringList titles;
        for (int i = 0; i < sidebar->count(); ++i)
            titles << sidebar->item(i)->text();
        QCOMPARE(titles, (QStringList{QStringLiteral("Channels"), QStringLiteral("Environments"), QStringLiteral("Spec lists"),
                                      QStringLiteral("Inventory"), QStringLiteral("Jobs")}));
        window.showPage(3);
        QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(), window.pages()[3]);
    }

    void opensTheDemoWorkspaceAndRemembersIt()
    {
        ui::MainWindow window;
        QVERIFY(window.openWorkspace(QStringLiteral(DEPLOYDECK_SOURCE_DIR "/resources/demo")));
        QVERIFY(window.windowTitle().contains(QLatin1String("MAX IV demo")));
        QCOMPARE(window.workspace().platform, std::string("linux-64"));
        const QString root = QString::fromStdString(window.workspace().root);
        QCOMPARE(QSettings().value(QStringLiteral("workspaces/last")).toString(), root);
        QVERIFY(QSettings().value(QStringLiteral("workspaces/recent")).toStringList().contains(root));

        ui::MainWindow again;
        again.openLastWorkspace();
        QCOMPARE(QString::fromStdString(again.workspace().root), root);
    }

    void badWorkspaceSaysWhy()
    {
        ui::MainWindow window;
        QVERIFY(!window.openWorkspace(QStringLiteral("/nonexistent/workspace")));
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("/nonexistent/workspace")));
        QVERIFY(window.workspace().root.empty());
    }

    void menusHaveShortcuts()
    {
        ui::MainWindow window;
        QStringList shortcuts;
        for (QAction *menu : window.menuBar()->actions())
            for (QAction *a : menu->menu()->actions())
                if (!a->shortcut().isEmpty())
                    shortcuts << a->shortcut().toString();
        QVERIFY(shortcuts.contains(QKeySequence(QKeySequence::Open).toString()));
        QVERIFY(shortcuts.contains(QStringLiteral("Ctrl+1")));
        QVERIFY(shortcuts.contains(QStringLiteral("Ctrl+5")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
