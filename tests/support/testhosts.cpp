// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "tests/support/testhosts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace testsupport {

namespace {

/** Runs @p program; empty when it exited 0, else its command line and output. */
QString run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return program + QLatin1Char(' ') + arguments.join(QLatin1Char(' ')) + QStringLiteral(" failed: ")
            + QString::fromLocal8Bit(p.readAll()) + p.errorString();
    return {};
}

} // namespace

QString makeRpmDatabase(const QString &root, const std::vector<TestRpm> &packages, const QString &workFolder)
{
    const QDir work(workFolder);
    if (!work.mkpath(QStringLiteral("SPECS")) || !QDir().mkpath(root))
        return QStringLiteral("cannot make %1 or %2").arg(workFolder, root);
    if (QString failed = run(QStringLiteral("rpm"), { QStringLiteral("--root"), root, QStringLiteral("--initdb") });
        !failed.isEmpty())
        return failed;
    QStringList files;
    for (const TestRpm &p : packages) {
        const QString spec = work.filePath(QStringLiteral("SPECS/%1-%2-%3.spec").arg(p.name, p.version, p.release));
        QFile f(spec);
        if (!f.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write ") + spec;
        QString text = QStringLiteral("Name: %1\nVersion: %2\nRelease: %3\n").arg(p.name, p.version, p.release);
        if (p.epoch)
            text += QStringLiteral("Epoch: %1\n").arg(p.epoch);
        text += QStringLiteral("Summary: deploydeck test package\nLicense: GPL-3.0-or-later\nBuildArch: noarch\n"
                               "%description\nA package of a deploydeck test host.\n%files\n");
        f.write(text.toUtf8());
        f.close();
        if (QString failed = run(QStringLiteral("rpmbuild"),
                { QStringLiteral("--quiet"), QStringLiteral("--define"),
                    QStringLiteral("_topdir ") + work.absolutePath(), QStringLiteral("--define"),
                    QStringLiteral("_rpmdir ") + work.absoluteFilePath(QStringLiteral("RPMS")), QStringLiteral("-bb"),
                    spec });
            !failed.isEmpty())
            return failed;
        files << work.absoluteFilePath(
            QStringLiteral("RPMS/noarch/%1-%2-%3.noarch.rpm").arg(p.name, p.version, p.release));
    }
    if (files.isEmpty())
        return {};
    return run(QStringLiteral("rpm"),
        QStringList { QStringLiteral("--root"), root, QStringLiteral("-i"), QStringLiteral("--justdb"),
            QStringLiteral("--nodeps"), QStringLiteral("--noscripts") }
            + files);
}

bool writeCondaEnvironment(const QString &prefix, const std::vector<TestCondaPackage> &packages, const QString &channel)
{
    const QDir meta(prefix + QStringLiteral("/conda-meta"));
    if (!meta.mkpath(QStringLiteral(".")))
        return false;
    QString history = QStringLiteral("==> 2026-11-30 10:00:00 <==\n# cmd: conda create -p %1\n").arg(prefix);
    for (const TestCondaPackage &p : packages) {
        const QString dist = QStringLiteral("%1-%2-%3").arg(p.name, p.version, p.build);
        const QString fn = dist + QStringLiteral(".conda");
        const QByteArray digest = QCryptographicHash::hash(dist.toUtf8(), QCryptographicHash::Sha256).toHex();
        const QJsonObject record { { QStringLiteral("name"), p.name }, { QStringLiteral("version"), p.version },
            { QStringLiteral("build"), p.build }, { QStringLiteral("build_number"), p.buildNumber },
            { QStringLiteral("channel"), QString(channel + QStringLiteral("/linux-64")) },
            { QStringLiteral("subdir"), QStringLiteral("linux-64") }, { QStringLiteral("fn"), fn },
            { QStringLiteral("url"), QString(channel + QStringLiteral("/linux-64/") + fn) },
            { QStringLiteral("md5"), QString::fromLatin1(digest.left(32)) },
            { QStringLiteral("sha256"), QString::fromLatin1(digest) }, { QStringLiteral("depends"), QJsonArray {} },
            { QStringLiteral("constrains"), QJsonArray {} },
            { QStringLiteral("license"), QStringLiteral("BSD-3-Clause") },
            { QStringLiteral("timestamp"), 1700000000000.0 },
            { QStringLiteral("files"), QJsonArray { QString(QStringLiteral("lib/%1.txt").arg(p.name)) } },
            { QStringLiteral("paths_data"),
                QJsonObject { { QStringLiteral("paths"),
                                  QJsonArray { QJsonObject {
                                      { QStringLiteral("_path"), QStringLiteral("lib/%1.txt").arg(p.name) },
                                      { QStringLiteral("path_type"), QStringLiteral("hardlink") } } } },
                    { QStringLiteral("paths_version"), 1 } } },
            { QStringLiteral("requested_spec"), p.name },
            { QStringLiteral("link"),
                QJsonObject { { QStringLiteral("source"), QString(QStringLiteral("/opt/conda/pkgs/") + dist) },
                    { QStringLiteral("type"), 1 } } },
            { QStringLiteral("extracted_package_dir"), QString(QStringLiteral("/opt/conda/pkgs/") + dist) },
            { QStringLiteral("package_tarball_full_path"), QString(QStringLiteral("/opt/conda/pkgs/") + fn) } };
        QFile f(meta.filePath(dist + QStringLiteral(".json")));
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(record).toJson(QJsonDocument::Indented)) < 0)
            return false;
        history += QStringLiteral("+%1::%2\n").arg(channel.section(QLatin1Char('/'), -1), dist);
    }
    QFile h(meta.filePath(QStringLiteral("history")));
    return h.open(QIODevice::WriteOnly) && h.write(history.toUtf8()) >= 0;
}

} // namespace testsupport
