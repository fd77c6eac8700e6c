// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <QLocale>

class QCoreApplication;

namespace ui {

/** Which catalogues installTranslators() found. */
struct InstalledTranslations
{
    bool deploydeck = false;  ///< deploydeck_<lang>.qm from :/i18n (embedded by qt_add_translations)
    bool qt = false;          ///< Qt's own strings (qtbase_<lang>.qm or qt_<lang>.qm) from Qt's translations folder
};

/**
 * Installs the translations for @p locale (by default the system's, from LANG/LC_ALL/LANGUAGE) on
 * @p app: deploydeck's own, embedded under :/i18n, and Qt's own strings (standard buttons, line edit
 * menus, file dialogs) from QLibraryInfo::TranslationsPath. Calling it again replaces the catalogues
 * installed before, so the language can be switched.
 */
InstalledTranslations installTranslators(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace ui
