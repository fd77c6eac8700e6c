// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/views/environmentfiles.h"

#include "ui/widgets/documentlist.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace ui::environmentfiles {

DocumentList::Kind documentKind(std::function<QTextDocument *(const QString &text, QObject *parent)> createDocument)
{
    DocumentList::Kind kind;
    kind.objectName = QStringLiteral("environmentFiles");
    kind.accessibleName = QCoreApplication::translate("ui::EnvironmentsPage", "Environment files");
    kind.newActionText = QCoreApplication::translate("ui::EnvironmentsPage", "&New Environment…");
    kind.duplicateActionText = QCoreApplication::translate("ui::EnvironmentsPage", "D&uplicate Environment…");
    kind.renameActionText = QCoreApplication::translate("ui::EnvironmentsPage", "Rena&me Environment…");
    kind.deleteActionText = QCoreApplication::translate("ui::EnvironmentsPage", "&Delete Environment…");
    kind.newTitle = QCoreApplication::translate("ui::EnvironmentsPage", "New environment");
    kind.duplicateTitle = QCoreApplication::translate("ui::EnvironmentsPage", "Duplicate environment");
    kind.renameTitle = QCoreApplication::translate("ui::EnvironmentsPage", "Rename environment file");
    kind.deleteTitle = QCoreApplication::translate("ui::EnvironmentsPage", "Delete environment file");
    kind.suffixes = suffixes();
    kind.listFiles = &list;
    kind.folderFor = &folder;
    kind.templateText = [](const core::envfile::Workspace &workspace, const QString &path) {
        return templateText(nameOf(path), workspace);
    };
    // A copy is another environment: its `name:` follows the file name.
    kind.duplicateText = [](const QString &text, const QString &path) { return withName(text, nameOf(path)); };
    kind.createDocument = std::move(createDocument);
    return kind;
}

QStringList suffixes()
{
    return { QStringLiteral(".yml"), QStringLiteral(".yaml") };
}

QStringList list(const core::envfile::Workspace &workspace)
{
    QStringList listed;
    for (const auto &e : workspace.environments)
        listed << QString::fromStdString(core::envfile::resolvePath(workspace, e));
    return DocumentList::filesBeside(listed, suffixes());
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
