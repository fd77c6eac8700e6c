// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

/*
 * Writes small but real conda packages for tests and benchmarks, with libarchive:
 *
 *     testsupport::TestPackage pkg{.name = "demo", .version = "1.2", .subdir = "linux-64"};
 *     pkg.depends = {"python >=3.9"};
 *     QVERIFY(testsupport::writePackage(dir + "/linux-64/" + pkg.fileName(".conda"), pkg));
 *
 * A .tar.bz2 is a bzip2 tar with info/index.json, info/files (+ extra entries) and a small payload file; a
 * .conda is a stored zip of metadata.json, info-<stem>.tar.zst and pkg-<stem>.tar.zst, as
 * conda-package-handling writes it. TestPackage::entries adds members, also hostile ones (absolute
 * paths, "..", symlinks in info/) for the reader's refusal tests.
 */

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace testsupport {

struct TestPackage
{
    /** An extra archive member: a file with data, or a symlink when symlinkTarget is set. */
    struct Entry
    {
        QString path;            ///< e.g. "info/about.json", "../evil", "/etc/x"
        QByteArray data;
        QString symlinkTarget;
    };

    QString name = QStringLiteral("pkg");
    QString version = QStringLiteral("1.0");
    QString build = QStringLiteral("0");
    int buildNumber = 0;
    QString subdir = QStringLiteral("noarch");
    QStringList depends;
    QJsonObject extra;          ///< further index.json keys (license, timestamp, noarch, ...)
    QList<Entry> entries;       ///< extra members of the info tar (.conda) or the one tar (.tar.bz2)
    bool withIndexJson = true;  ///< false: leave info/index.json out
    QByteArray payload;         ///< content of the package's one payload file; empty: a one-line README

    /** "name-version-build" + @p extension (".conda" or ".tar.bz2"). */
    QString fileName(const QString &extension) const;
    /** The info/index.json object written into the package. */
    QJsonObject indexJson() const;
};

/** Writes @p package to @p path; the format follows the extension. Returns an error text, empty on success. */
QString writePackage(const QString &path, const TestPackage &package);

} // namespace testsupport
