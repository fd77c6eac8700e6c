// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The main window comes back as it was closed: size, splitters and page, kept with QSettings
// (here in a temporary folder, so the user's own settings are never touched).
#include "ui/mainwindow.h"
#include "ui/views/environmentspage.h"
#include "ui/views/page.h"
#include "ui/widgets/codeeditor.h"
#include "ui/windowlayout.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>

class TestWindowState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("deploydeck-test"));
        QCoreApplication::setApplicationName(QStringLiteral("windowstate"));
        QVERIFY(QSettings().fileName().startsWith(m_dir.path()));
    }

    void firstStartHasADefaultSize()
    {
        QSettings().clear();
        ui::MainWindow window;
        QCOMPARE(window.size(), defaultSize());
        QCOMPARE(window.currentPage(), 0);
    }

    /** A remembered geometry larger than the screen (another monitor, another scale) is fitted into it. */
    void geometryIsFittedToTheScreen()
    {
        QSettings().clear();
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        {
            ui::MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.setGeometry(QRect(available.topLeft() + QPoint(300, 200), available.size() * 2));
            QTRY_VERIFY(window.width() > available.width());
            QVERIFY(window.close());
        }
        ui::MainWindow again;
        QVERIFY2(available.contains(again.geometry()),
            qPrintable(
                QStringLiteral("%1,%2 %3x%4").arg(again.x()).arg(again.y()).arg(again.width()).arg(again.height())));
        QCOMPARE(
            ui::WindowLayout::fitted(QRect(900, 700, 2400, 1600), QRect(0, 0, 1600, 1000)), QRect(0, 0, 1600, 1000));
        QCOMPARE(
            ui::WindowLayout::fitted(QRect(900, 700, 800, 600), QRect(0, 0, 1600, 1000)), QRect(800, 400, 800, 600));
        QCOMPARE(ui::WindowLayout::fitted(QRect(-50, 10, 800, 600), QRect(0, 0, 1600, 1000)), QRect(0, 10, 800, 600));
    }

    /** A pane dragged shut opens again at the next start, and View › Reset Layout restores every default. */
    void closedPanesComeBackAndResetLayout()
    {
        QSettings().clear();
        QList<int> defaults;
        {
            ui::MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showPage(1);
            auto *inner = window.pages()[1]->findChild<QSplitter *>();
            QVERIFY(inner);
            QTRY_VERIFY(inner->sizes().value(0) > 0);
            defaults = inner->sizes();
            QList<int> shut = defaults;
            shut[1] += shut[0];
            shut[0] = 0;
            inner->setSizes(shut);
            QTRY_COMPARE(inner->sizes().value(0), 0);
            QVERIFY(window.close());
        }
        ui::MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        auto *inner = again.pages()[1]->findChild<QSplitter *>();
        QTRY_VERIFY(inner->sizes().value(0) > 0);

        auto *main = again.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        const QList<int> sidebar = main->sizes();
        main->setSizes({ 0, sidebar.value(0) + sidebar.value(1) });
        QTRY_COMPARE(main->sizes().value(0), 0);
        again.showMaximized();
        auto *reset = again.findChild<QAction *>(QStringLiteral("resetLayoutAction"));
        QVERIFY(reset);
        reset->trigger();
        QTRY_VERIFY(main->sizes().value(0) > 0);
        QVERIFY(!again.isMaximized());
        QCOMPARE(again.size(), defaultSize());
    }

    /** Every page fits a 1024×700 screen, and one of 1600×1000 at 200 % (800×500 device-independent pixels). */
    void minimumSizeFitsSmallScreens()
    {
        QSettings().clear();
        ui::MainWindow window;
        QVERIFY(window.openWorkspace(QStringLiteral(DEPLOYDECK_SOURCE_DIR "/resources/demo")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int page = 0; page < int(window.pages().size()); ++page) {
            window.showPage(page);
            // The Environments page at its widest: a file open and solved, the totals shown.
            if (auto *environments = qobject_cast<ui::EnvironmentsPage *>(window.pages()[std::size_t(page)]))
                QTRY_VERIFY_WITH_TIMEOUT(!environments->totalsText().isEmpty(), 60000);
            const QSize least = window.minimumSizeHint().expandedTo(window.minimumSize());
            QVERIFY2(least.width() <= 800 && least.height() <= 500,
                qPrintable(QStringLiteral("page %1 needs %2x%3%4")
                               .arg(page)
                               .arg(least.width())
                               .arg(least.height())
                               .arg(widest(&window))));
        }
    }

    /** At the default size the environment editor has room: its toolbar's Platform box is in view. */
    void defaultLayoutGivesTheEditorRoom()
    {
        QSettings().clear();
        ui::MainWindow window;
        window.resize(1200, 800);
        QVERIFY(window.openWorkspace(QStringLiteral(DEPLOYDECK_SOURCE_DIR "/resources/demo")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(1);
        auto *page = qobject_cast<ui::EnvironmentsPage *>(window.pages()[1]);
        QTRY_VERIFY_WITH_TIMEOUT(!page->totalsText().isEmpty(), 60000);
        QVERIFY2(page->editor()->width() >= 420, qPrintable(QString::number(page->editor()->width())));
        auto *platform = page->findChild<QComboBox *>(QStringLiteral("platform"));
        QVERIFY(platform);
        QTRY_VERIFY(platform->isVisible()); // not behind the toolbar's » menu
    }

    void sizeSplittersAndPageComeBack()
    {
        QSettings().clear();
        QSize size;
        QList<int> sidebar;
        QList<int> pageSplitter;
        {
            ui::MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(760, 560); // within the offscreen platform's 800×600 screen
            QTRY_COMPARE(window.size(), QSize(760, 560));
            window.showPage(2);
            auto *main = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            QVERIFY(main);
            main->setSizes({ 170, 590 });
            auto *inner = window.pages()[2]->findChild<QSplitter *>();
            QVERIFY(inner);
            QTRY_VERIFY(inner->sizes().value(0) > 0);
            const QList<int> before = inner->sizes();
            int total = 0;
            for (int size : before)
                total += size;
            QList<int> changed(before.size(), total / (2 * int(before.size()) - 2));
            changed[0] = total - (before.size() - 1) * changed[1];
            inner->setSizes(changed);
            QTRY_VERIFY(inner->sizes() != before);
            size = window.size();
            sidebar = main->sizes();
            pageSplitter = inner->sizes();
            QVERIFY(window.close());
        }
        QSettings settings;
        QVERIFY(settings.contains(QStringLiteral("window/geometry")));
        QCOMPARE(settings.value(QStringLiteral("window/page")).toInt(), 2);

        ui::MainWindow again;
        QCOMPARE(again.currentPage(), 2);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), size);
        QTRY_COMPARE(again.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sidebar);
        // No workspace is open, so the start panel is shown; the remembered page comes up as it was.
        again.showPage(again.currentPage());
        QTRY_COMPARE(again.pages()[2]->findChild<QSplitter *>()->sizes(), pageSplitter);
    }

    void aLayoutFromAnotherVersionIsIgnored()
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("window/geometry"), QByteArray("not a geometry"));
        QSettings().setValue(QStringLiteral("window/splitters/main"), QByteArray("garbage"));
        QSettings().setValue(QStringLiteral("window/page"), 42);
        ui::MainWindow window;
        QCOMPARE(window.size(), defaultSize());
        QCOMPARE(window.currentPage(), 0);
    }

private:
    /** 1200×800, or less on a smaller screen. */
    static QSize defaultSize()
    {
        return QSize(1200, 800).boundedTo(QGuiApplication::primaryScreen()->availableGeometry().size());
    }

    /** The widgets whose minimum width is over 300 px, to say what keeps the window wide. */
    static QString widest(QWidget *root)
    {
        QString found;
        for (QWidget *w : root->findChildren<QWidget *>())
            if (w->isVisible() && !w->isWindow() && w->minimumSizeHint().expandedTo(w->minimumSize()).width() > 300)
                found += QStringLiteral("\n  %1 %2 %3")
                             .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                             .arg(w->minimumSizeHint().expandedTo(w->minimumSize()).width());
        return found;
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestWindowState)
#include "tst_windowstate.moc"
