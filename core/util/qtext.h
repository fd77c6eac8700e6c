// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// The one crossing between core's std::string (UTF-8) and Qt's QString, and the one way sizes are
// written, for the command line, the ui and the jobs alike.

#include <QLocale>
#include <QString>

#include <cstdint>
#include <string>
#include <string_view>

namespace core::util {

/** UTF-8 text as a QString. */
inline QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

/** A QString as UTF-8 text. */
inline std::string ss(const QString &text)
{
    return text.toStdString();
}

/**
 * A size in decimal units as conda and mamba write them: "512 B", "1.0 kB", "24.1 MB", "1.2 GB".
 * The command line uses the C locale; the ui passes the user's (a Swedish one writes "24,1 MB").
 */
QString sizeText(std::uint64_t bytes, const QLocale &locale = QLocale::c());

} // namespace core::util
