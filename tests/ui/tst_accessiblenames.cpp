// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// A screen reader can name every control of the main window: each focusable view, text field,
// editor, combo box and icon-only button has an accessible name.
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

namespace {

/** Whether @p w is a control of its own rather than a part of another (a combo box's list, a tab bar's arrows). */
bool isOwnControl(const QWidget *w)
{
    if (w->objectName().startsWith(QLatin1String("qt_")))
        return false;  // Qt's internal parts (toolbar extension, scroll area viewport, …)
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p)
            || qobject_cast<const QTabBar *>(p))
            return false;
    return true;
}

bool needsName(const QWidget *w)
{
    if (w->focusPolicy() == Qt::NoFocus || !isOwnControl(w))
        return false;
    if (qobject_cast<const QHeaderView *>(w))
        return false;  // part of its view
    if (qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QTextEdit *>(w)
        || qobject_cast<const QComboBox *>(w))
        return true;
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        return button->text().remove(QLatin1Char('&')).trimmed().isEmpty();  // an icon says nothing to a screen reader
    return false;
}

QString describe(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w; p; p = p->parentWidget())
        path.prepend(p->objectName().isEmpty() ? QString::fromLatin1(p->metaObject()->className()) : p->objectName());
    return path.join(QLatin1Char('/'));
}

} // namespace

class TestAccessibleNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("deploydeck-test-a11y"));
        QSettings().clear();
    }

    void everyControlHasAName()
    {
        ui::MainWindow window;
        QVERIFY(window.openWorkspace(QStringLiteral(DEPLOYDECK_SOURCE_DIR "/resources/demo")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList unnamed;
        int checked = 0;
        for (const QWidget *w : window.findChildren<QWidget *>()) {
            if (w->window() != &window || !needsName(w))
                continue;
            ++checked;
            if (w->accessibleName().trimmed().isEmpty())
                unnamed << QStringLiteral("%1 (%2)").arg(describe(w), QString::fromLatin1(w->metaObject()->className()));
        }
        for (const QString &w : std::as_const(unnamed))
            qWarning("no accessible name: %s", qPrintable(w));  // the failure message would be cut short
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("%1 controls have no accessible name").arg(unnamed.size())));
        QVERIFY(checked >= 30);  // the walk did find the pages' controls
    }
};

QTEST_MAIN(TestAccessibleNames)
#include "tst_accessiblenames.moc"
