// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The main window comes back as it was closed: size, splitters and page, kept with QSettings
// (here in a temporary folder, so the user's own settings are never touched).
#include "ui/mainwindow.h"
#include "ui/views/page.h"

#include <QDir>
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
        QCOMPARE(window.size(), QSize(1200, 800));
        QCOMPARE(window.currentPage(), 0);
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
            window.resize(1000, 700);
            QTRY_COMPARE(window.size(), QSize(1000, 700));
            window.showPage(2);
            auto *main = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            QVERIFY(main);
            main->setSizes({170, 830});
            auto *inner = window.pages()[2]->findChild<QSplitter *>();
            QVERIFY(inner);
            QTRY_VERIFY(inner->sizes().value(0) > 0);
            const QList<int> before = inner->sizes();
            const int total = before.value(0) + before.value(1);
            inner->setSizes({total / 4, total - total / 4});
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
        QTRY_COMPARE(again.pages()[2]->findChild<QSplitter *>()->sizes(), pageSplitter);
    }

    void aLayoutFromAnotherVersionIsIgnored()
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("window/geometry"), QByteArray("not a geometry"));
        QSettings().setValue(QStringLiteral("window/splitters/main"), QByteArray("garbage"));
        QSettings().setValue(QStringLiteral("window/page"), 42);
        ui::MainWindow window;
        QCOMPARE(window.size(), QSize(1200, 800));
        QCOMPARE(window.currentPage(), 0);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestWindowState)
#include "tst_windowstate.moc"
