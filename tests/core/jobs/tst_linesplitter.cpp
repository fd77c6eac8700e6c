// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/jobs/linesplitter.h"

#include <QTest>

using core::jobs::LineSplitter;

using Chunks = QList<QByteArray>;

class TestLineSplitter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void split_data()
    {
        QTest::addColumn<Chunks>("chunks");
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QStringList>("rest");

        QTest::newRow("one chunk") << Chunks{"a\nb\n"} << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                                   << QStringList();
        QTest::newRow("line across chunks") << Chunks{"TASK [x", "] ****\nok: [h", "]\n"}
                                            << QStringList{QStringLiteral("TASK [x] ****"), QStringLiteral("ok: [h]")}
                                            << QStringList();
        QTest::newRow("crlf") << Chunks{"a\r\nb\r", "\n"} << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                              << QStringList();
        QTest::newRow("empty lines kept") << Chunks{"\n\nx\n"} << QStringList{QString(), QString(), QStringLiteral("x")}
                                          << QStringList();
        QTest::newRow("unterminated last line") << Chunks{"a\npartial"} << QStringList{QStringLiteral("a")}
                                                << QStringList{QStringLiteral("partial")};
        // "ä" is two bytes; a chunk boundary between them must not break the character.
        QTest::newRow("utf-8 split inside a character") << Chunks{"h\xc3", "\xa4llo\n"}
                                                        << QStringList{QString::fromUtf8("h\xc3\xa4llo")} << QStringList();
        QTest::newRow("nothing") << Chunks{""} << QStringList() << QStringList();
    }

    void split()
    {
        QFETCH(Chunks, chunks);
        QFETCH(QStringList, lines);
        QFETCH(QStringList, rest);
        LineSplitter splitter;
        QStringList got;
        for (const QByteArray &chunk : chunks)
            got += splitter.push(chunk);
        QCOMPARE(got, lines);
        QCOMPARE(splitter.hasPending(), !rest.isEmpty());
        QCOMPARE(splitter.finish(), rest);
        QVERIFY(!splitter.hasPending());
    }

    void overlongLinesAreCut()
    {
        LineSplitter splitter(8);
        const QStringList lines = splitter.push("0123456789abcdefXY");
        QCOMPARE(lines, (QStringList{QStringLiteral("01234567"), QStringLiteral("89abcdef")}));
        QCOMPARE(splitter.push("\n"), QStringList{QStringLiteral("XY")});
    }

    void byteByByteEqualsWhole()
    {
        const QByteArray text = "PLAY [all]\r\n\nok: [alpha]\nchanged: [b\xc3\xa9ta]\nrecap";
        LineSplitter whole;
        QStringList expected = whole.push(text);
        expected += whole.finish();
        LineSplitter single;
        QStringList got;
        for (char c : text)
            got += single.push(QByteArrayView(&c, 1));
        got += single.finish();
        QCOMPARE(got, expected);
        QCOMPARE(got.size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestLineSplitter)
#include "tst_linesplitter.moc"
