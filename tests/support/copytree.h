// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/util/atomicfile.h"

#include <QByteArray>
#include <QDir>
#include <QString>

namespace testsupport {

/** Copies every file under @p from to the same place under @p to (a workspace to edit, say). */
inline bool copyTree(const QString &from, const QString &to)
{
    return core::util::copyTree(from, to);
}

/**
 * Copies the demo workspace @p demo to @p to with an empty folder (channels/empty) as its sync
 * target: a mirror that lacks everything, as the checks of offline readiness want it.
 */
inline bool copyDemoWithEmptyTarget(const QString &demo, const QString &to)
{
    if (!core::util::copyTree(demo, to) || !QDir().mkpath(to + QStringLiteral("/channels/empty")))
        return false;
    const QString file = to + QStringLiteral("/deploydeck.yml");
    auto text = core::util::readFile(file);
    const QByteArray from = "sync_target: ./channels/mini-conda-forge\n";
    if (!text || !text->contains(from))
        return false;
    text->replace(from, "sync_target: ./channels/empty\n");
    return core::util::writeFileAtomically(file, *text).ok();
}

} // namespace testsupport
