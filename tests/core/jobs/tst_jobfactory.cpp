// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/jobs/jobfactory.h"

#include "fakejob.h"

#include <QTest>

using namespace core::jobs;
using core::util::ErrorCode;

class TestJobFactory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rerunMakesSameKindAndParameters()
    {
        JobFactory factory;
        factory.registerKind(QStringLiteral("fake"), [](const QVariantMap &p) -> core::util::Result<std::unique_ptr<Job>> {
            if (!p.contains(QStringLiteral("target")))
                return core::util::makeError(ErrorCode::InvalidArgument, "no target");
            return std::unique_ptr<Job>(std::make_unique<tests::FakeJob>(QStringLiteral("fake"), QStringLiteral("t"), p));
        });
        QVERIFY(factory.hasKind(QStringLiteral("fake")));
        QCOMPARE(factory.kinds(), QStringList{QStringLiteral("fake")});

        tests::FakeJob original(QStringLiteral("fake"), QStringLiteral("t"), {{QStringLiteral("target"), QStringLiteral("/srv")}});
        auto again = factory.rerun(original.record());
        QVERIFY(again.ok());
        QCOMPARE((*again)->kind(), original.kind());
        QCOMPARE((*again)->parameters(), original.parameters());
        QCOMPARE((*again)->state(), JobState::Queued);
        QVERIFY((*again)->id() != original.id());
    }

    void errors_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("code");
        QTest::newRow("unknown kind") << QStringLiteral("refresh") << int(ErrorCode::UnknownKey);
        QTest::newRow("bad parameters") << QStringLiteral("fake") << int(ErrorCode::InvalidArgument);
    }

    void errors()
    {
        QFETCH(QString, kind);
        QFETCH(int, code);
        JobFactory factory;
        factory.registerKind(QStringLiteral("fake"), [](const QVariantMap &) -> core::util::Result<std::unique_ptr<Job>> {
            return core::util::makeError(ErrorCode::InvalidArgument, "no target");
        });
        const auto r = factory.create(kind, {});
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), code);
    }
};

QTEST_GUILESS_MAIN(TestJobFactory)
#include "tst_jobfactory.moc"
