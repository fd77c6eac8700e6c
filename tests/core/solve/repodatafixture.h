// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// Small in-memory channels for solver tests (libmamba's mkpkg idea): records made in code,
// written as repodata.json into a temporary folder, loaded into a Database.
#include "core/solve/database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace testing {

inline QJsonObject makePackage(const QString &name, const QString &version, const QStringList &depends = {},
                               const QString &build = QStringLiteral("0"), int buildNumber = 0)
{
    QJsonObject r;
    r[QStringLiteral("name")] = name;
    r[QStringLiteral("version")] = version;
    r[QStringLiteral("build")] = build;
    r[QStringLiteral("build_number")] = buildNumber;
    r[QStringLiteral("depends")] = QJsonArray::fromStringList(depends);
    r[QStringLiteral("license")] = QStringLiteral("BSD-3-Clause");
    r[QStringLiteral("size")] = 1000;
    r[QStringLiteral("md5")] = QStringLiteral("0123456789abcdef0123456789abcdef");
    return r;
}

inline QString fileName(const QJsonObject &r, const QString &ext = QStringLiteral(".conda"))
{
    return r[QStringLiteral("name")].toString() + QLatin1Char('-') + r[QStringLiteral("version")].toString() +
           QLatin1Char('-') + r[QStringLiteral("build")].toString() + ext;
}

/** Writes <dir>/<subdir>/repodata.json with the records under packages.conda; returns its path. */
inline QString writeRepodata(const QString &dir, const QString &subdir, const QList<QJsonObject> &records)
{
    QJsonObject conda;
    for (QJsonObject r : records) {
        r[QStringLiteral("subdir")] = subdir;
        conda[fileName(r)] = r;
    }
    QJsonObject root;
    root[QStringLiteral("info")] = QJsonObject{{QStringLiteral("subdir"), subdir}};
    root[QStringLiteral("packages")] = QJsonObject{};
    root[QStringLiteral("packages.conda")] = conda;
    root[QStringLiteral("repodata_version")] = 1;
    QDir().mkpath(dir + QLatin1Char('/') + subdir);
    const QString path = dir + QLatin1Char('/') + subdir + QStringLiteral("/repodata.json");
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(QJsonDocument(root).toJson());
    return path;
}

inline core::solve::RepodataSource source(const QString &channel, const QString &subdir, const QString &path,
                                          int priority = 0)
{
    return core::solve::RepodataSource{channel.toStdString(), "https://example.invalid/" + channel.toStdString(),
                                       subdir.toStdString(), path.toStdString(), priority};
}

inline const core::solve::LoadOptions noCache { "-", core::solve::PipAsPythonDependency::No, {} };

} // namespace testing
