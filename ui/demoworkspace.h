// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/util/result.h"

#include <QString>

namespace ui {

/**
 * The bundled demo workspace (invented MAX IV-like data) to try the app on: installed under
 * share/deploydeck/demo, or in the source tree of a development build. It is copied once into
 * the user's data folder (GenericDataLocation/deploydeck/demo, where `./deploydeck.sh run` puts
 * it too), so that edits never touch the installed files; that copy is returned.
 */
[[nodiscard]] core::util::Result<QString> demoWorkspace();

/** Where the installed (or source) demo is, or empty when there is none. */
QString demoSource();

} // namespace ui
