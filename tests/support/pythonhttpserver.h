// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

// Python's own http.server serving a folder on 127.0.0.1: a server the project did not write, for
// the tests that must hold against one. It answers GET and HEAD with Last-Modified and honours
// If-Modified-Since; no ETag, no Cache-Control. Also where the Python tools of tests/support live.

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QTest>

namespace testsupport {

/** Debian's Python (with python3-msgpack and python3-zstandard), not one that PATH may put first. */
inline QString debianPython()
{
    return QFileInfo::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                 : QStringLiteral("python3");
}

/** A script of tests/support, by its file name. */
inline QString supportScript(const QString &name)
{
    return QStringLiteral(DEPLOYDECK_SOURCE_DIR "/tests/support/") + name;
}

/** Runs a script of tests/support with Debian's Python; its standard output, or a null QByteArray on failure. */
inline QByteArray runSupportScript(const QString &name, const QStringList &arguments, QString *errors = nullptr)
{
    QProcess process;
    process.start(debianPython(), QStringList { supportScript(name) } + arguments);
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (errors)
            *errors = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    const QByteArray out = process.readAllStandardOutput();
    return out.isNull() ? QByteArray("") : out;
}

class PythonHttpServer
{
public:
    explicit PythonHttpServer(QString root)
        : m_root(std::move(root))
    {
    }
    ~PythonHttpServer() { stop(); }
    PythonHttpServer(const PythonHttpServer &) = delete;
    PythonHttpServer &operator=(const PythonHttpServer &) = delete;

    /** Starts it on a free port; false (with the reason in errorText()) when it did not come up. */
    bool start()
    {
        m_process.setProgram(debianPython());
        m_process.setArguments({ QStringLiteral("-u"), QStringLiteral("-c"),
            QStringLiteral("import functools, http.server, sys\n"
                           "h = functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[1])\n"
                           "h.func.log_message = lambda *a: None\n"
                           "s = http.server.ThreadingHTTPServer(('127.0.0.1', 0), h)\n"
                           "print(s.server_address[1], flush=True)\n"
                           "s.serve_forever()\n"),
            m_root });
        m_process.start();
        if (!m_process.waitForStarted(30000))
            return false;
        // Blocks this thread only: the server is another process.
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(30000))
                return false;
        }
        m_port = m_process.readLine().trimmed().toUShort();
        return m_port != 0;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    quint16 port() const { return m_port; }
    QString url(const QString &path = {}) const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port) + path; }
    QString errorText() { return QString::fromUtf8(m_process.readAllStandardError()); }

private:
    QString m_root;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace testsupport
