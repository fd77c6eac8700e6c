// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// Keyboard shortcuts: every page and page command has one, shown in the menus; no key is bound
// twice while a page is shown; Help › Keyboard Shortcuts lists exactly the actions' shortcuts.
#include "ui/mainwindow.h"
#include "ui/shortcutsdialog.h"
#include "ui/views/page.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

namespace {

/** As Qt decides it for a window shortcut: @p action is on a visible widget, or in a menu that is. */
bool reachable(const QAction *action)
{
    for (QObject *object : action->associatedObjects()) {
        if (auto *menu = qobject_cast<QMenu *>(object)) {
            if (reachable(menu->menuAction()))  // a menu counts where its own action is shown
                return true;
        } else if (auto *widget = qobject_cast<QWidget *>(object); widget && widget->isVisible()) {
            return true;
        }
    }
    return false;
}

/** The actions whose shortcut Qt would take now, anywhere in @p window: window-wide and reachable. */
QMultiMap<QString, QString> liveShortcuts(QWidget &window)
{
    QMultiMap<QString, QString> live;
    for (QAction *action : window.findChildren<QAction *>()) {
        // Widget and widget-with-children shortcuts work only while the focus is in their widget.
        if (action->shortcuts().isEmpty() || !action->isEnabled() || action->shortcutContext() != Qt::WindowShortcut
            || !reachable(action))
            continue;
        for (const QKeySequence &key : action->shortcuts())
            live.insert(key.toString(), ui::ShortcutsDialog::plainText(action));
    }
    return live;
}

} // namespace

class TestShortcutsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("deploydeck-test-shortcuts"));
        QSettings().clear();
    }

    void plainTextDropsMnemonicsAndEllipsis()
    {
        QAction a(QStringLiteral("Run &Playbook…"));
        QCOMPARE(ui::ShortcutsDialog::plainText(&a), QStringLiteral("Run Playbook"));
        a.setText(QStringLiteral("Save && &Quit"));
        QCOMPARE(ui::ShortcutsDialog::plainText(&a), QStringLiteral("Save & Quit"));
    }

    void everyPageHasAKeyAndItsCommandsInTheMenu()
    {
        ui::MainWindow window;
        auto *pageMenu = window.findChild<QMenu *>(QStringLiteral("pageMenu"));
        QVERIFY(pageMenu);
        for (int i = 0; i < int(window.pages().size()); ++i) {
            auto *show = window.findChild<QAction *>(QStringLiteral("showPage%1Action").arg(i + 1));
            QVERIFY(show);
            QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
            window.showPage(i);
            QVERIFY(show->isChecked());
            const QList<QAction *> actions = window.pages()[std::size_t(i)]->pageActions();
            QVERIFY2(!actions.isEmpty(), qPrintable(pageMenu->title()));
            QCOMPARE(pageMenu->actions(), actions);
            int withKeys = 0;
            for (QAction *a : actions)
                withKeys += a->shortcut().isEmpty() ? 0 : 1;
            QVERIFY2(withKeys >= 2, qPrintable(pageMenu->title()));  // every page has keyboard commands
        }
    }

    void commonCommandsHaveTheirStandardKeys()
    {
        ui::MainWindow window;
        const auto keyOf = [&window](const char *name) {
            auto *a = window.findChild<QAction *>(QLatin1String(name));
            return a ? a->shortcut() : QKeySequence();
        };
        QCOMPARE(keyOf("openWorkspaceAction"), QKeySequence(QKeySequence::Open));
        QCOMPARE(keyOf("quitAction"), QKeySequence(QKeySequence::Quit));
        QCOMPARE(keyOf("shortcutsAction"), QKeySequence(QKeySequence::HelpContents));
        QCOMPARE(keyOf("refreshAction"), QKeySequence(QKeySequence::Refresh));       // Channels
        QCOMPARE(keyOf("saveAction"), QKeySequence(QKeySequence::Save));             // the editors
        QCOMPARE(keyOf("runPlaybookAction"), QKeySequence(Qt::CTRL | Qt::Key_R));    // Jobs
    }

    void noKeyIsBoundTwiceOnAnyPage()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int i = 0; i < int(window.pages().size()); ++i) {
            window.showPage(i);
            const QMultiMap<QString, QString> live = liveShortcuts(window);
            QVERIFY(live.contains(QStringLiteral("Ctrl+%1").arg(i + 1)));
            for (const QString &key : live.uniqueKeys())
                QVERIFY2(live.count(key) == 1,
                         qPrintable(QStringLiteral("page %1: %2 is bound to %3").arg(i + 1).arg(key, live.values(key).join(QLatin1String(", ")))));
        }
    }

    void keysShowThePages()
    {
        ui::MainWindow window;
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        for (int i : {2, 4, 0, 3, 1}) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(window.currentPage(), i);
        }
    }

    void dialogListsEveryShortcutOfTheActions()
    {
        ui::MainWindow window;
        QMap<QString, QString> expected;  // "group/command" -> keys
        for (const auto &[title, actions] : window.shortcutGroups())
            for (QAction *a : actions)
                if (!a->shortcut().isEmpty())
                    expected.insert(title + QLatin1Char('/') + ui::ShortcutsDialog::plainText(a),
                                    a->shortcut().toString(QKeySequence::NativeText));
        QVERIFY(expected.size() >= 20);

        window.findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
        auto *dialog = window.findChild<ui::ShortcutsDialog *>();
        QVERIFY(dialog);
        QMap<QString, QString> listed;
        for (int g = 0; g < dialog->tree()->topLevelItemCount(); ++g) {
            const QTreeWidgetItem *group = dialog->tree()->topLevelItem(g);
            for (int r = 0; r < group->childCount(); ++r)
                listed.insert(group->text(0) + QLatin1Char('/') + group->child(r)->text(0), group->child(r)->text(1));
        }
        QCOMPARE(listed, expected);
        QVERIFY(listed.contains(QStringLiteral("Jobs page/Run Playbook")));
        QVERIFY(listed.contains(QStringLiteral("View/Channels")));

        // Changing a shortcut shows in a list made afterwards: nothing is written down twice.
        auto *run = window.findChild<QAction *>(QStringLiteral("runPlaybookAction"));
        run->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
        ui::ShortcutsDialog again({{QStringLiteral("Jobs"), {run}}});
        QCOMPARE(again.tree()->topLevelItem(0)->child(0)->text(1), run->shortcut().toString(QKeySequence::NativeText));
    }

    void filterNarrowsTheList()
    {
        ui::MainWindow window;
        QList<ui::ShortcutsDialog::Section> sections;
        for (const auto &[title, actions] : window.shortcutGroups())
            sections.append({title, actions});
        ui::ShortcutsDialog dialog(sections);
        dialog.filterEdit()->setText(QStringLiteral("playbook"));
        int shown = 0;
        for (int g = 0; g < dialog.tree()->topLevelItemCount(); ++g) {
            const QTreeWidgetItem *group = dialog.tree()->topLevelItem(g);
            for (int r = 0; r < group->childCount(); ++r)
                if (!group->child(r)->isHidden()) {
                    ++shown;
                    QVERIFY(group->child(r)->text(0).contains(QLatin1String("Playbook")));
                }
        }
        QCOMPARE(shown, 1);
        dialog.filterEdit()->clear();
        QVERIFY(!dialog.tree()->topLevelItem(0)->isHidden());
    }
};

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
