// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// Helpers of the hardening tests: run the real deploydeck binary (optionally under a file-size
// limit, or killed on a condition), a seed that is printed and can be replayed, and file scans.

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QTest>

#include <signal.h>
#include <sys/resource.h>

#include <functional>

namespace hardening {

inline QString s(const char *text)
{
    return QString::fromUtf8(text);
}

inline QString binary()
{
    return s(DEPLOYDECK_BINARY_DIR "/app/deploydeck");
}

/** What a run of the binary gave. */
struct Run
{
    int code = -1;
    bool crashed = false;  ///< ended by a signal (a crash, or our SIGKILL)
    QString out;
    QString err;
    QString all() const { return out + err; }
};

/**
 * The seed of a randomised test: DEPLOYDECK_HARDENING_SEED when set (to replay a failure), else
 * @p fallback. It is printed either way.
 */
inline quint32 seed(quint32 fallback)
{
    bool ok = false;
    const quint32 fromEnv = qEnvironmentVariable("DEPLOYDECK_HARDENING_SEED").toUInt(&ok);
    const quint32 value = ok ? fromEnv : fallback;
    qInfo("%s: seed %u (replay with DEPLOYDECK_HARDENING_SEED=%u)", QTest::currentTestFunction(), value, value);
    return value;
}

/**
 * Makes the child's writes beyond @p bytes per file fail with EFBIG, as on a full disk: the limit
 * is RLIMIT_FSIZE, and SIGXFSZ (which would kill the child instead) is ignored.
 */
inline void limitFileSize(QProcess &process, rlim_t bytes)
{
    process.setChildProcessModifier([bytes] {
        struct rlimit limit{bytes, bytes};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        ::signal(SIGXFSZ, SIG_IGN);
    });
}

/** Runs deploydeck with @p args in @p env; @p prepare may adjust the process (limits). */
inline Run deploydeck(const QStringList &args, const QProcessEnvironment &env,
                      const std::function<void(QProcess &)> &prepare = {}, int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (prepare)
        prepare(p);
    p.start(binary(), args);
#ifdef DEPLOYDECK_SANITIZED
    timeoutMs *= 5;  // the sanitized build (./deploydeck.sh test --sanitize) runs several times slower
#endif
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitCode(), p.exitStatus() == QProcess::CrashExit, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

/** Every regular file under @p root (hidden ones included), as sorted absolute paths. */
inline QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

/** Whether @p data is a whole JSON document (an object or an array). */
inline bool isJson(const QByteArray &data)
{
    QJsonParseError error{};
    QJsonDocument::fromJson(data, &error);
    return error.error == QJsonParseError::NoError;
}

} // namespace hardening
