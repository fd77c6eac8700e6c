// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

namespace core::jobs {

/**
 * Cuts a byte stream that arrives in arbitrary chunks into UTF-8 lines. "\n" and "\r\n" end a
 * line; an incomplete last line waits for the next chunk or for finish(). A line longer than
 * maxLineLength() bytes is cut there, so a program that never prints a newline cannot make the
 * buffer grow without bound.
 */
class LineSplitter final
{
public:
    static constexpr qsizetype s_defaultMaxLineLength = 1024 * 1024;

    explicit LineSplitter(qsizetype maxLineLength = s_defaultMaxLineLength)
        : m_maxLineLength(maxLineLength)
    {
    }

    qsizetype maxLineLength() const { return m_maxLineLength; }

    /** The lines completed by @p chunk. */
    QStringList push(QByteArrayView chunk);
    /** The incomplete last line, if any (the stream has ended). */
    QStringList finish();
    bool hasPending() const { return !m_pending.isEmpty(); }

private:
    static QString decode(QByteArrayView line);

    QByteArray m_pending;
    qsizetype m_maxLineLength;
};

} // namespace core::jobs
