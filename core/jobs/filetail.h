// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/jobs/linesplitter.h"

#include <QFile>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace core::jobs {

class LineParser;

/**
 * Follows a file another process appends to (`tail -f`): every interval it reads what was added
 * and hands complete lines to a LineParser. The file need not exist yet. Polling is used rather
 * than QFileSystemWatcher, which does not report appends reliably on every file system.
 */
class FileTail final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileTail)
public:
    /** @p parser is not owned and must outlive the tail. */
    FileTail(const QString &path, LineParser *parser, QObject *parent = nullptr);
    ~FileTail() override;

    void start(std::chrono::milliseconds interval = std::chrono::milliseconds(100));
    void stop();

    /** Reads what is new now; returns the number of lines handed on. */
    int poll();
    /** Stops, reads the rest and hands on an unterminated last line too. */
    int finish();

Q_SIGNALS:
    /** Emitted after a poll that handed on at least one line. */
    void linesRead(int count);

private:
    int deliver(const QStringList &lines);

    QFile m_file;
    LineSplitter m_splitter;
    LineParser *m_parser;
    QTimer m_timer;
    qint64 m_offset = 0;
};

} // namespace core::jobs
