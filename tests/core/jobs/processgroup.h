// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <QDir>
#include <QFile>
#include <QStringList>

namespace tests {

/**
 * Pids of the living (not zombie) processes in process group @p group, read from /proc. Zombies
 * are left out: an orphan that has died but is not reaped yet runs nothing.
 */
inline QStringList livingGroupMembers(qint64 group)
{
    QStringList members;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : entries) {
        QFile stat(QStringLiteral("/proc/") + pid + QStringLiteral("/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid pgrp ...": comm may hold spaces, so read after the last ')'.
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 2 && fields.at(2).toLongLong() == group && fields.at(0) != "Z")
            members.append(pid);
    }
    return members;
}

/** Pids of living processes whose command line contains @p marker. */
inline QStringList processesWithArgument(const QByteArray &marker)
{
    QStringList found;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : entries) {
        QFile cmdline(QStringLiteral("/proc/") + pid + QStringLiteral("/cmdline"));
        QFile stat(QStringLiteral("/proc/") + pid + QStringLiteral("/stat"));
        if (!cmdline.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const bool zombie = text.mid(text.lastIndexOf(')') + 2).startsWith('Z');
        if (!zombie && cmdline.readAll().replace('\0', ' ').contains(marker))
            found.append(pid);
    }
    return found;
}

} // namespace tests
