// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/lock/changes.h"

#include <QTest>

using namespace core::lock;

Q_DECLARE_METATYPE(core::lock::ChangeKind)

namespace {

// "name=version=build name=version=build ..." -> PackageVersions
std::vector<PackageVersion> parse(const QString &text)
{
    std::vector<PackageVersion> result;
    for (const QString &item : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = item.split(QLatin1Char('='));
        result.push_back({parts.value(0).toStdString(), parts.value(1).toStdString(), parts.value(2).toStdString()});
    }
    return result;
}

} // namespace

class TestChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifies_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<ChangeKind>("kind");
        QTest::addColumn<QString>("expected");  // "old version/build -> new version/build"

        QTest::newRow("installed") << "" << "numpy=1.26.4=py39_0" << ChangeKind::Installed << "/ -> 1.26.4/py39_0";
        QTest::newRow("removed") << "numpy=1.26.4=py39_0" << "" << ChangeKind::Removed << "1.26.4/py39_0 -> /";
        QTest::newRow("upgraded, numeric not text order") << "numpy=1.9.0=0" << "numpy=1.10.0=0"
                                                          << ChangeKind::Upgraded << "1.9.0/0 -> 1.10.0/0";
        QTest::newRow("downgraded") << "python=3.11.7=h1_0" << "python=3.9.18=h2_0"
                                    << ChangeKind::Downgraded << "3.11.7/h1_0 -> 3.9.18/h2_0";
        QTest::newRow("pre-release to release is an upgrade") << "taurus=5.1.0rc1=0" << "taurus=5.1.0=0"
                                                              << ChangeKind::Upgraded << "5.1.0rc1/0 -> 5.1.0/0";
        QTest::newRow("dev release is older") << "sardana=3.5.0=0" << "sardana=3.5.0.dev1=0"
                                              << ChangeKind::Downgraded << "3.5.0/0 -> 3.5.0.dev1/0";
        QTest::newRow("epoch wins") << "x=2.0=0" << "x=1!1.0=0" << ChangeKind::Upgraded << "2.0/0 -> 1!1.0/0";
        QTest::newRow("rebuilt") << "h5py=3.10.0=py39_0" << "h5py=3.10.0=py39_1"
                                 << ChangeKind::Rebuilt << "3.10.0/py39_0 -> 3.10.0/py39_1";
        QTest::newRow("equal versions spelled differently, other build") << "a=1.0=0" << "a=1.0.0=1"
                                                                         << ChangeKind::Rebuilt << "1.0/0 -> 1.0.0/1";
        QTest::newRow("invalid versions compare as text") << "a=1..0=0" << "a=2..0=0"
                                                          << ChangeKind::Upgraded << "1..0/0 -> 2..0/0";
    }

    void classifies()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(ChangeKind, kind);
        QFETCH(QString, expected);
        const ChangeSet set = comparePackages(parse(before), parse(after));
        QCOMPARE(set.changes.size(), std::size_t(1));
        const PackageChange &c = set.changes.front();
        QCOMPARE(c.kind, kind);
        QCOMPARE(QString::fromStdString(c.oldVersion + '/' + c.oldBuild + " -> " + c.newVersion + '/' + c.newBuild), expected);
        QCOMPARE(set.counts.total(), std::size_t(1));
        QCOMPARE(set.counts.unchanged, std::size_t(0));
    }

    void countsAndOrder()
    {
        const ChangeSet set = comparePackages(
            parse(QStringLiteral("zlib=1.2.13=0 python=3.9.18=0 numpy=1.26.4=py39_0 six=1.16.0=py_0 pip=23.3=py_0")),
            parse(QStringLiteral("six=1.16.0=py_0 python=3.10.13=0 numpy=1.26.4=py310_0 h5py=3.10.0=0 pip=23.2=py_0")));
        std::vector<std::string> names;
        for (const auto &c : set.changes)
            names.push_back(c.name + ':' + changeKindName(c.kind));
        QCOMPARE(names, (std::vector<std::string>{"h5py:installed", "numpy:rebuilt", "pip:downgraded", "python:upgraded", "zlib:removed"}));
        const ChangeCounts expected{1, 1, 1, 1, 1, 1};
        QCOMPARE(set.counts, expected);
        QCOMPARE(set.counts.total(), std::size_t(5));
        QVERIFY(!set.isEmpty());
    }

    void identicalSetsAreEmpty()
    {
        const auto packages = parse(QStringLiteral("a=1=0 b=2=0"));
        const ChangeSet set = comparePackages(packages, packages);
        QVERIFY(set.isEmpty());
        QCOMPARE(set.counts.unchanged, std::size_t(2));
    }

    void lockedAgainstSolve()
    {
        core::spec::PackageRecord python;
        python.name = "python";
        python.version = "3.10.13";
        python.build = "h1_0";
        LockedPackage locked;
        locked.name = "python";
        locked.version = "3.9.18";
        locked.build = "h0_0";
        LockedPackage extra = locked;
        extra.name = "tzdata";
        const ChangeSet set = compareLockedToRecords({locked, extra}, {python});
        QCOMPARE(set.counts.upgraded, std::size_t(1));
        QCOMPARE(set.counts.removed, std::size_t(1));
        QCOMPARE(compareRecords({python}, {python}).counts.unchanged, std::size_t(1));
        QCOMPARE(compareLocked({locked}, {}).counts.removed, std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestChanges)
#include "tst_changes.moc"
