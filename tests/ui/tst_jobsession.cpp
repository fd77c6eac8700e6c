// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The app's own job session: every kind of job is registered, so a channel sync in the history
// can be run again from the Jobs page, as an Ansible run can.
#include "core/jobs/ansiblerunjob.h"
#include "core/jobs/jobhistory.h"
#include "core/jobs/jobqueue.h"
#include "core/sync/syncjob.h"
#include "ui/jobsession.h"
#include "ui/views/jobspage.h"

#include <QAction>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using core::jobs::JobState;
using core::sync::SyncJob;
using core::sync::SyncOptions;

namespace {

/** A dry run of nothing into an empty local channel: a sync that ends at once, for real. */
SyncOptions emptyDryRun(const QString &target)
{
    SyncOptions options;
    options.source = QStringLiteral("/srv/mini-conda-forge");
    options.target = target;
    options.mode = core::sync::SyncMode::DryRun;
    options.parallel = 2;
    return options;
}

} // namespace

class TestJobSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindIsRegistered()
    {
        QTemporaryDir root;
        ui::JobSession session(root.path());
        QVERIFY(session.factory().hasKind(core::jobs::AnsibleRunJob::kindName()));
        QVERIFY(session.factory().hasKind(SyncJob::kindName()));
        QCOMPARE(session.history()->root(), root.path());
    }

    void syncRecordIsMadeAgainWithItsOptions()
    {
        QTemporaryDir root;
        ui::JobSession session(root.path());
        const SyncOptions options = emptyDryRun(root.filePath(QStringLiteral("target")));
        core::jobs::JobRecord record;
        record.id = QStringLiteral("20261204-000000-sync");
        record.kind = SyncJob::kindName();
        record.parameters = options.toParameters();
        record.state = JobState::Failed;
        auto made = session.factory().rerun(record);
        QVERIFY2(made.ok(), made.ok() ? "" : made.error().message().c_str());
        QCOMPARE((*made)->kind(), SyncJob::kindName());
        const auto again = SyncOptions::fromParameters((*made)->parameters());
        QVERIFY(again.ok());
        QCOMPARE(*again, options);
    }

    void finishedSyncIsRerunFromTheJobsPage()
    {
        QTemporaryDir root;
        QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("target"))));
        ui::JobSession session(root.filePath(QStringLiteral("history")));
        ui::JobsPage page(&session);
        QTRY_VERIFY(page.isHistoryLoaded());
        core::jobs::Job *sync = page.launch(std::make_unique<SyncJob>(emptyDryRun(root.filePath(QStringLiteral("target")))));
        QTRY_VERIFY_WITH_TIMEOUT(sync->state() == JobState::Succeeded || sync->state() == JobState::Failed, 30000);
        QVERIFY(page.selectJob(sync->id()));
        QVERIFY(page.rerunAction()->isEnabled());
        page.rerunAction()->trigger();
        QCOMPARE(session.queue()->jobs().size(), 2);
        core::jobs::Job *again = session.queue()->jobs().last();
        QVERIFY(again->id() != sync->id());
        QCOMPARE(again->kind(), SyncJob::kindName());
        QCOMPARE(again->parameters(), sync->parameters());
        QTRY_VERIFY_WITH_TIMEOUT(again->state() == sync->state(), 30000);
    }
};

QTEST_MAIN(TestJobSession)
#include "tst_jobsession.moc"
