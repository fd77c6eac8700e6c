// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/util/atomicfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

namespace core::util {

Result<void> writeFileAtomically(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::FileWriteFailed, "cannot create folder", info.absolutePath().toStdString());
    QSaveFile file(path);
    // QSaveFile writes to a temporary file and renames it on commit(): the atomic part. Unbuffered,
    // because a buffered QSaveFile commits a file whose flush stopped short (a full disk) as if
    // it were whole; written directly, the short write shows here and nothing is renamed.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return makeError(ErrorCode::FileWriteFailed, file.errorString().toStdString(), path.toStdString());
    errno = 0;
    if (file.write(data) != data.size()) {
        const std::string reason = writeErrorText(file, errno);
        file.cancelWriting();
        return makeError(ErrorCode::FileWriteFailed, reason, path.toStdString());
    }
    if (permissions && !file.setPermissions(permissions)) {
        file.cancelWriting();
        return makeError(ErrorCode::FileWriteFailed, "cannot set permissions", path.toStdString());
    }
    if (!file.commit())
        return makeError(ErrorCode::FileWriteFailed, file.errorString().toStdString(), path.toStdString());
    return {};
}

std::string writeErrorText(const QFileDevice &file, int savedErrno)
{
    if (file.error() == QFileDevice::NoError && savedErrno != 0)
        return std::strerror(savedErrno);
    return file.errorString().toStdString();
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::FileNotFound, "no such file", path.toStdString());
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileUnreadable, file.errorString().toStdString(), path.toStdString());
    return file.readAll();
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(source);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target))
            return false;
    }
    return QDir().mkpath(to);
}

} // namespace core::util
