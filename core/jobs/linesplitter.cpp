// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/jobs/linesplitter.h"

namespace core::jobs {

QString LineSplitter::decode(QByteArrayView line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

QStringList LineSplitter::push(QByteArrayView chunk)
{
    QStringList lines;
    m_pending.append(chunk);
    qsizetype begin = 0;
    while (true) {
        const qsizetype newline = m_pending.indexOf('\n', begin);
        if (newline < 0)
            break;
        lines.append(decode(QByteArrayView(m_pending).sliced(begin, newline - begin)));
        begin = newline + 1;
    }
    m_pending.remove(0, begin);
    // Cut overlong lines at the limit; the rest of the line continues as the next line.
    while (m_pending.size() > m_maxLineLength) {
        lines.append(QString::fromUtf8(QByteArrayView(m_pending).first(m_maxLineLength)));
        m_pending.remove(0, m_maxLineLength);
    }
    return lines;
}

QStringList LineSplitter::finish()
{
    if (m_pending.isEmpty())
        return {};
    const QString last = decode(m_pending);
    m_pending.clear();
    return {last};
}

} // namespace core::jobs
