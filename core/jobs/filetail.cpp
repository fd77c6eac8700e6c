// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/jobs/filetail.h"

#include "core/jobs/lineparser.h"

namespace core::jobs {

namespace {
// Bounded reads keep one poll short even when the writer produced a burst.
constexpr qint64 s_maxReadPerPoll = 4 * 1024 * 1024;
}

FileTail::FileTail(const QString &path, LineParser *parser, QObject *parent)
    : QObject(parent)
    , m_file(path)
    , m_parser(parser)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { poll(); });
}

FileTail::~FileTail() = default;

void FileTail::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
}

void FileTail::stop()
{
    m_timer.stop();
}

int FileTail::poll()
{
    if (!m_file.isOpen() && !m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return 0;  // not created yet
    if (m_file.size() < m_offset)
        m_offset = 0;  // truncated and rewritten: start over
    if (!m_file.seek(m_offset))
        return 0;
    const QByteArray chunk = m_file.read(s_maxReadPerPoll);
    m_offset += chunk.size();
    return deliver(m_splitter.push(chunk));
}

int FileTail::finish()
{
    stop();
    int count = 0;
    // Drain everything, not just one bounded read: stop once a poll reads no new bytes.
    for (qint64 before = -1; before != m_offset;) {
        before = m_offset;
        count += poll();
    }
    return count + deliver(m_splitter.finish());
}

int FileTail::deliver(const QStringList &lines)
{
    for (const QString &line : lines)
        m_parser->parseLine(line);
    if (!lines.isEmpty())
        Q_EMIT linesRead(int(lines.size()));
    return int(lines.size());
}

} // namespace core::jobs
