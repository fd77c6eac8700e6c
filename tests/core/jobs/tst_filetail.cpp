// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/jobs/filetail.h"

#include "core/jobs/lineparser.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace core::jobs;

namespace {

class Recorder final : public LineParser
{
public:
    void parseLine(const QString &line) override { lines.append(line); }
    QStringList lines;
};

void append(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
    QCOMPARE(file.write(data), data.size());
}

} // namespace

class TestFileTail : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsAppends()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events.jsonl"));
        Recorder recorder;
        FileTail tail(path, &recorder);
        QCOMPARE(tail.poll(), 0);  // not there yet
        append(path, "one\ntw");
        QCOMPARE(tail.poll(), 1);
        append(path, "o\nthree");
        QCOMPARE(tail.poll(), 1);
        QCOMPARE(recorder.lines, (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
        QCOMPARE(tail.finish(), 1);  // the unterminated last line
        QCOMPARE(recorder.lines.constLast(), QStringLiteral("three"));
    }

    void timerDelivers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("e"));
        Recorder recorder;
        FileTail tail(path, &recorder);
        QSignalSpy read(&tail, &FileTail::linesRead);
        tail.start(std::chrono::milliseconds(5));
        append(path, "a\nb\n");
        QTRY_COMPARE(recorder.lines.size(), 2);
        QVERIFY(read.count() >= 1);
    }

    void truncatedFileStartsOver()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("e"));
        Recorder recorder;
        FileTail tail(path, &recorder);
        append(path, "first run, a long line\n");
        QCOMPARE(tail.poll(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.close();
        append(path, "new\n");
        QCOMPARE(tail.poll(), 1);
        QCOMPARE(recorder.lines.constLast(), QStringLiteral("new"));
    }

    void finishDrainsLargeFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("e"));
        QByteArray big;
        for (int i = 0; i < 300000; ++i)
            big += "a line of about thirty bytes\n";  // ~8 MB, more than one bounded read
        append(path, big);
        Recorder recorder;
        FileTail tail(path, &recorder);
        QCOMPARE(tail.finish(), 300000);
        QCOMPARE(recorder.lines.size(), 300000);
    }
};

QTEST_GUILESS_MAIN(TestFileTail)
#include "tst_filetail.moc"
