// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "tests/support/testpackages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace testsupport {

namespace {

using WriterPtr = std::unique_ptr<archive, decltype(&archive_write_free)>;

struct Member
{
    QString path;
    QByteArray data;
    QString symlinkTarget;
};

QString lastError(archive *a)
{
    const char *text = archive_error_string(a);
    return QString::fromUtf8(text ? text : "libarchive error");
}

QString addMember(archive *a, const Member &member)
{
    const std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(), &archive_entry_free);
    archive_entry_set_pathname(entry.get(), member.path.toUtf8().constData());
    archive_entry_set_mtime(entry.get(), 1700000000, 0);
    if (!member.symlinkTarget.isEmpty()) {
        archive_entry_set_filetype(entry.get(), AE_IFLNK);
        archive_entry_set_perm(entry.get(), 0777);
        archive_entry_set_symlink(entry.get(), member.symlinkTarget.toUtf8().constData());
        archive_entry_set_size(entry.get(), 0);
    } else {
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_size(entry.get(), member.data.size());
    }
    if (archive_write_header(a, entry.get()) != ARCHIVE_OK)
        return lastError(a);
    if (!member.data.isEmpty() && archive_write_data(a, member.data.constData(), size_t(member.data.size())) < 0)
        return lastError(a);
    return {};
}

QString addMembers(archive *a, const QList<Member> &members)
{
    for (const Member &m : members) {
        if (QString error = addMember(a, m); !error.isEmpty())
            return error;
    }
    return archive_write_close(a) == ARCHIVE_OK ? QString() : lastError(a);
}

la_ssize_t appendToByteArray(archive *, void *clientData, const void *buffer, size_t length)
{
    static_cast<QByteArray *>(clientData)->append(static_cast<const char *>(buffer), qsizetype(length));
    return la_ssize_t(length);
}

/** A zstd-compressed tar of @p members, in memory. */
QString tarZst(const QList<Member> &members, QByteArray &out)
{
    WriterPtr a(archive_write_new(), &archive_write_free);
    archive_write_add_filter_zstd(a.get());
    archive_write_set_format_pax_restricted(a.get());
    archive_write_set_bytes_in_last_block(a.get(), 1);
    if (archive_write_open(a.get(), &out, nullptr, &appendToByteArray, nullptr) != ARCHIVE_OK)
        return lastError(a.get());
    return addMembers(a.get(), members);
}

Member payload(const TestPackage &package);

QList<Member> infoMembers(const TestPackage &package)
{
    QList<Member> members;
    if (package.withIndexJson)
        members.append({QStringLiteral("info/index.json"), QJsonDocument(package.indexJson()).toJson(), {}});
    // As conda-build writes it: the package's files, one a line. Quetz refuses an upload without it.
    members.append({ QStringLiteral("info/files"), payload(package).path.toUtf8() + '\n', {} });
    for (const auto &e : package.entries)
        members.append({e.path, e.data, e.symlinkTarget});
    return members;
}

Member payload(const TestPackage &package)
{
    const QByteArray readme = "payload of " + package.name.toUtf8() + ' ' + package.version.toUtf8() + '\n';
    return {QStringLiteral("share/") + package.name + QStringLiteral("/README"),
            package.payload.isEmpty() ? readme : package.payload, {}};
}

QString writeTarBz2(const QString &path, const TestPackage &package)
{
    WriterPtr a(archive_write_new(), &archive_write_free);
    archive_write_add_filter_bzip2(a.get());
    archive_write_set_format_pax_restricted(a.get());
    if (archive_write_open_filename(a.get(), QFile::encodeName(path).constData()) != ARCHIVE_OK)
        return lastError(a.get());
    return addMembers(a.get(), infoMembers(package) + QList<Member>{payload(package)});
}

QString writeConda(const QString &path, const TestPackage &package)
{
    const QString stem = QFileInfo(path).fileName().chopped(6);
    QByteArray info;
    QByteArray pkg;
    if (QString e = tarZst(infoMembers(package), info); !e.isEmpty())
        return e;
    if (QString e = tarZst({payload(package)}, pkg); !e.isEmpty())
        return e;
    WriterPtr zip(archive_write_new(), &archive_write_free);
    archive_write_set_format_zip(zip.get());
    archive_write_set_options(zip.get(), "zip:compression=store");
    if (archive_write_open_filename(zip.get(), QFile::encodeName(path).constData()) != ARCHIVE_OK)
        return lastError(zip.get());
    return addMembers(zip.get(), {{QStringLiteral("metadata.json"), R"({"conda_pkg_format_version": 2})", {}},
                                  {QStringLiteral("info-") + stem + QStringLiteral(".tar.zst"), info, {}},
                                  {QStringLiteral("pkg-") + stem + QStringLiteral(".tar.zst"), pkg, {}}});
}

} // namespace

QString TestPackage::fileName(const QString &extension) const
{
    return name + u'-' + version + u'-' + build + extension;
}

QJsonObject TestPackage::indexJson() const
{
    QJsonObject o = extra;
    o[QLatin1String("name")] = name;
    o[QLatin1String("version")] = version;
    o[QLatin1String("build")] = build;
    o[QLatin1String("build_number")] = buildNumber;
    o[QLatin1String("subdir")] = subdir;
    o[QLatin1String("depends")] = QJsonArray::fromStringList(depends);
    return o;
}

QString writePackage(const QString &path, const TestPackage &package)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return QStringLiteral("cannot create the folder of ") + path;
    if (path.endsWith(QLatin1String(".conda")))
        return writeConda(path, package);
    if (path.endsWith(QLatin1String(".tar.bz2")))
        return writeTarBz2(path, package);
    return QStringLiteral("unknown package extension: ") + path;
}

} // namespace testsupport
