// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/views/environmentfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace ui::environmentfiles {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ui::EnvironmentFiles)
};

} // namespace

QStringList list(const core::envfile::Workspace &workspace)
{
    QStringList files;
    QStringList folders;
    for (const auto &e : workspace.environments) {
        const QFileInfo info(QString::fromStdString(core::envfile::resolvePath(workspace, e)));
        if (info.exists())
            files << info.absoluteFilePath();
        if (!folders.contains(info.absolutePath()))
            folders << info.absolutePath();
    }
    for (const QString &f : folders)
        for (const QFileInfo &info : QDir(f).entryInfoList({QStringLiteral("*.yml"), QStringLiteral("*.yaml")}, QDir::Files))
            files << info.absoluteFilePath();
    files.removeDuplicates();
    std::sort(files.begin(), files.end(), [](const QString &a, const QString &b) {
        return QFileInfo(a).fileName().compare(QFileInfo(b).fileName(), Qt::CaseInsensitive) < 0;
    });
    return files;
}

QString folder(const core::envfile::Workspace &workspace, const QString &current)
{
    if (!current.isEmpty())
        return QFileInfo(current).absolutePath();
    if (!workspace.environments.empty())
        return QFileInfo(QString::fromStdString(core::envfile::resolvePath(workspace, workspace.environments.front())))
            .absolutePath();
    return QDir(QString::fromStdString(workspace.root)).filePath(QStringLiteral("environments"));
}

QString newFilePath(const QString &folder, const QString &name, QString *error)
{
    QString file = name.trimmed();
    if (file.isEmpty() || file.contains(QLatin1Char('/')) || file.contains(QLatin1Char('\\')) || file.startsWith(QLatin1Char('.'))) {
        *error = Text::tr("“%1” is not a usable file name").arg(name);
        return {};
    }
    if (!file.endsWith(QLatin1String(".yml")) && !file.endsWith(QLatin1String(".yaml")))
        file += QLatin1String(".yml");
    const QString path = QDir(folder).filePath(file);
    if (QFileInfo::exists(path)) {
        *error = Text::tr("%1 exists already").arg(QDir::toNativeSeparators(path));
        return {};
    }
    return path;
}

QString templateText(const QString &name, const core::envfile::Workspace &workspace)
{
    QString channel = QStringLiteral("conda-forge");
    if (!workspace.channels.empty()) {
        // Environment files name a workspace channel by its last path element, as MAX IV does.
        QString c = QString::fromStdString(workspace.channels.front().name);
        while (c.endsWith(QLatin1Char('/')))
            c.chop(1);
        channel = c.section(QLatin1Char('/'), -1);
    }
    return QStringLiteral("name: %1\nchannels:\n  - %2\ndependencies:\n  - python\n").arg(name, channel);
}

QString withName(const QString &text, const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^name:[^\\n]*$"), QRegularExpression::MultilineOption);
    QString out = text;
    if (re.match(out).hasMatch())
        return out.replace(re, QStringLiteral("name: ") + name);
    return QStringLiteral("name: ") + name + QLatin1Char('\n') + out;
}

QString nameOf(const QString &path)
{
    return QFileInfo(path).completeBaseName();
}

} // namespace ui::environmentfiles
