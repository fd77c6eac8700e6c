// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/util/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace core::util;

class TestAtomicFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesAndCreatesFolders()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a/b/c.json"));
        QVERIFY(writeFileAtomically(path, "{}").ok());
        QCOMPARE(readFile(path).value(), QByteArray("{}"));
    }

    void failureLeavesNoTrace()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("keep.txt"));
        QVERIFY(writeFileAtomically(good, "good").ok());
        // The target is a folder: the write must fail, name the path, and leave nothing behind.
        const QString target = dir.filePath(QStringLiteral("folder"));
        QVERIFY(QDir().mkpath(target));
        const auto r = writeFileAtomically(target, "new");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::FileWriteFailed);
        QCOMPARE(r.error().location, target.toStdString());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("keep.txt")});
        QCOMPARE(readFile(good).value(), QByteArray("good"));
    }

    void permissionsAreSet()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secret"));
        QVERIFY(writeFileAtomically(path, "token", QFile::ReadOwner | QFile::WriteOwner).ok());
        const QFile::Permissions p = QFile::permissions(path);
        QVERIFY(p.testFlag(QFile::ReadOwner) && p.testFlag(QFile::WriteOwner));
        QVERIFY(!(p & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)));
    }

    void missingFileIsNamed()
    {
        const auto r = readFile(QStringLiteral("/nonexistent/deploydeck.yml"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::FileNotFound);
        QCOMPARE(r.error().location, std::string("/nonexistent/deploydeck.yml"));
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
