// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/jobs/runapproval.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace core::jobs {

namespace {

/** A bound on the files read, so a playbook beside a huge tree cannot stall a check run. */
constexpr int s_maxFiles = 20000;

/** Larger files (an ISO beside the playbook) are known by size and time, not read. */
constexpr qint64 s_maxHashedBytes = 4 * 1024 * 1024;

QString sha256Of(const QString &path)
{
    const QFileInfo info(path);
    if (info.size() > s_maxHashedBytes)
        return QStringLiteral("size %1, modified %2").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unreadable");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

void addTree(QVariantMap &files, const QString &folder)
{
    // Hidden folders (.git, .venv) are skipped: QDirIterator without QDir::Hidden does not enter them.
    QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext() && files.size() < s_maxFiles) {
        const QString path = it.next();
        files.insert(QFileInfo(path).absoluteFilePath(), sha256Of(path));
    }
}

void addPath(QVariantMap &files, const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        addTree(files, info.absoluteFilePath());
    else if (info.isFile())
        files.insert(info.absoluteFilePath(), sha256Of(path));
}

QSet<QString> hostsOf(const QString &limit)
{
    const QStringList patterns = limitPatterns(limit);
    return QSet<QString>(patterns.begin(), patterns.end());
}

bool looksSecret(const QString &name)
{
    static const QRegularExpression secret(
        QStringLiteral("pass|secret|token|key|vault|credential"), QRegularExpression::CaseInsensitiveOption);
    return secret.match(name).hasMatch();
}

QString shellQuoted(const QString &argument)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(argument).hasMatch())
        return argument;
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

QVariantMap runFingerprint(const AnsibleRunOptions &options)
{
    QVariantMap files;
    const QFileInfo playbook(options.playbook);
    if (playbook.isFile())
        addTree(files, playbook.absolutePath());
    else
        files.insert(playbook.absoluteFilePath(), QStringLiteral("missing"));
    if (QFileInfo::exists(options.inventory))
        addPath(files, options.inventory);
    else
        files.insert(QStringLiteral("inventory:") + options.inventory, options.inventory);
    return files;
}

QStringList approvalProblems(const AnsibleRunOptions &checked, const QVariantMap &checkedFingerprint,
    const QStringList &reviewedHosts, const AnsibleRunOptions &real)
{
    QStringList problems;
    if (checkedFingerprint.isEmpty())
        return { QStringLiteral("the check run has no record of the files it read") };
    if (QFileInfo(real.playbook).absoluteFilePath() != QFileInfo(checked.playbook).absoluteFilePath())
        problems << QStringLiteral("another playbook: %1").arg(real.playbook);
    if (real.inventory != checked.inventory)
        problems << QStringLiteral("another inventory: %1").arg(real.inventory);
    if (real.tags != checked.tags)
        problems << QStringLiteral("other tags: %1").arg(real.tags.join(QLatin1Char(',')));
    if (real.skipTags != checked.skipTags)
        problems << QStringLiteral("other skipped tags: %1").arg(real.skipTags.join(QLatin1Char(',')));
    if (real.extraVars != checked.extraVars)
        problems << QStringLiteral("other extra vars");
    const QSet<QString> reviewed(reviewedHosts.begin(), reviewedHosts.end());
    if (real.limit.isEmpty() || !reviewed.contains(hostsOf(real.limit)))
        problems << QStringLiteral("hosts that were not reviewed: limit %1")
                        .arg(real.limit.isEmpty() ? QStringLiteral("(none)") : real.limit);

    const QVariantMap now = runFingerprint(real);
    for (auto it = checkedFingerprint.begin(); it != checkedFingerprint.end(); ++it) {
        if (!now.contains(it.key()))
            problems << QStringLiteral("removed: %1").arg(it.key());
        else if (now.value(it.key()) != it.value())
            problems << QStringLiteral("changed: %1").arg(it.key());
    }
    for (auto it = now.begin(); it != now.end(); ++it)
        if (!checkedFingerprint.contains(it.key()))
            problems << QStringLiteral("added: %1").arg(it.key());
    return problems;
}

QVariantMap maskedExtraVars(const QVariantMap &vars)
{
    QVariantMap masked = vars;
    for (auto it = masked.begin(); it != masked.end(); ++it)
        if (looksSecret(it.key()))
            it.value() = QStringLiteral("********");
    return masked;
}

QString displayCommandLine(const AnsibleRunOptions &options)
{
    AnsibleRunOptions shown = options;
    shown.extraVars = maskedExtraVars(options.extraVars);
    QStringList words { shellQuoted(shown.executable()) };
    for (const QString &argument : shown.arguments())
        words << shellQuoted(argument);
    return words.join(QLatin1Char(' '));
}

} // namespace core::jobs
