// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/demoworkspace.h"

#include "core/util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace ui {

namespace {

bool isWorkspace(const QString &folder)
{
    return !folder.isEmpty() && QFileInfo::exists(QDir(folder).filePath(QStringLiteral("deploydeck.yml")));
}

} // namespace

QString demoSource()
{
    const QString installed
        = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/deploydeck/demo"));
    if (isWorkspace(installed))
        return QDir::cleanPath(installed);
#ifdef DEPLOYDECK_DEMO_SOURCE
    if (isWorkspace(QStringLiteral(DEPLOYDECK_DEMO_SOURCE)))
        return QStringLiteral(DEPLOYDECK_DEMO_SOURCE);
#endif
    return {};
}

core::util::Result<QString> demoWorkspace()
{
    using core::util::ErrorCode;
    const QString copy = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                             .filePath(QStringLiteral("deploydeck/demo"));
    if (isWorkspace(copy))
        return copy;
    const QString source = demoSource();
    if (source.isEmpty())
        return core::util::makeError(
            ErrorCode::FileNotFound, "the demo workspace is not installed", "share/deploydeck/demo");
    // Copied beside its place first and renamed in one step: a half copy is never taken for the demo.
    const QString partial = copy + QStringLiteral(".part");
    QDir(partial).removeRecursively();
    QDir(copy).removeRecursively(); // a folder left without its deploydeck.yml
    if (!core::util::copyTree(source, partial) || !QDir().rename(partial, copy)) {
        QDir(partial).removeRecursively();
        return core::util::makeError(ErrorCode::FileWriteFailed, "cannot copy the demo workspace", copy.toStdString());
    }
    return copy;
}

} // namespace ui
