// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/util/peerdata.h"

#include <QDir>
#include <QFileInfo>

namespace core::util {

QString peerDataDir()
{
    const QString fromEnv = qEnvironmentVariable("DEPLOYDECK_PEER_DATA");
    if (!fromEnv.isEmpty())
        return QFileInfo(fromEnv).isDir() ? QDir(fromEnv).absolutePath() : QString();
#ifdef DEPLOYDECK_SOURCE_DIR
    const QString besideSource = QStringLiteral(DEPLOYDECK_SOURCE_DIR "/../shared/data/peers");
    if (QFileInfo(besideSource).isDir())
        return QDir(besideSource).absolutePath();
#endif
    return {};
}

} // namespace core::util
