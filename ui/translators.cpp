// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace ui {

namespace {

const QString translatorName = QStringLiteral("deploydeckTranslator");

// The texts of Qt's standard buttons (QDialogButtonBox, QMessageBox, QInputDialog). Qt 6 has no
// qtbase_sv.qm and the older qt_sv.qm predates this context, so deploydeck's catalogue carries them;
// lupdate picks them up from here.
[[maybe_unused]] constexpr const char *s_standardButtons[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
};

/** Loads @p prefixes in turn (the first that exists wins) and installs it; false when none exists. */
bool install(QCoreApplication &app, const QLocale &locale, const QStringList &prefixes, const QString &dir)
{
    auto translator = std::make_unique<QTranslator>(&app);
    translator->setObjectName(translatorName);
    for (const QString &prefix : prefixes) {
        if (translator->load(locale, prefix, QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(translator.release());
            return true;
        }
    }
    return false;
}

} // namespace

InstalledTranslations installTranslators(QCoreApplication &app, const QLocale &locale)
{
    // A QTranslator removes itself from the application when it is deleted.
    const QList<QTranslator *> installed = app.findChildren<QTranslator *>(translatorName, Qt::FindDirectChildrenOnly);
    qDeleteAll(installed);

    InstalledTranslations result;
    // Qt 6 ships qtbase_<lang>.qm where it has a translation (and qt_<lang>.qm as a catalogue naming
    // it); for some languages, Swedish among them, only the older all-in-one qt_<lang>.qm exists.
    result.qt = install(app, locale, {QStringLiteral("qtbase"), QStringLiteral("qt")},
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    result.deploydeck = install(app, locale, {QStringLiteral("deploydeck")}, QStringLiteral(":/i18n"));
    return result;
}

} // namespace ui
