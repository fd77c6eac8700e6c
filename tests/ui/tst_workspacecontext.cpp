// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// WorkspaceContext on a sharded channel (the demo channel sharded by the independent Python tool,
// served by Python's http.server): names are fetched when asked for, appended once, and names no
// shard index lists cost nothing.
#include "core/envfile/workspace.h"
#include "core/solve/solveservice.h"
#include "tests/support/shardedchannel.h"
#include "ui/views/channelfetchpanel.h"
#include "ui/workspacecontext.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int s_timeout = 60000;

/** Records of @p name in the demo channel's flat repodata (both subdirs, both tables). */
int demoRecordsOf(const QString &name)
{
    int count = 0;
    for (const char *subdir : { "linux-64", "noarch" }) {
        auto bytes = core::util::readFile(
            QStringLiteral(DEPLOYDECK_SOURCE_DIR "/resources/demo/channels/mini-conda-forge/%1/repodata.json")
                .arg(QLatin1String(subdir)));
        const QJsonObject repodata = QJsonDocument::fromJson(bytes.ok() ? *bytes : QByteArray()).object();
        for (const char *table : { "packages", "packages.conda" }) {
            const QJsonObject records = repodata[QLatin1String(table)].toObject();
            for (auto it = records.begin(); it != records.end(); ++it)
                count += it.value().toObject()[QStringLiteral("name")].toString() == name ? 1 : 0;
        }
    }
    return count;
}

/** Records of @p name in the context's database. */
int loadedRecordsOf(ui::WorkspaceContext &context, const std::string &name)
{
    return context.solveService()
        .run<int>([name](core::solve::Database &db) {
            int count = 0;
            for (const auto &r : db.allRecords())
                count += r.name == name ? 1 : 0;
            return count;
        })
        .result();
}

/** The future's result once it ends (false if it does not within the timeout). */
bool waitFor(QFuture<bool> future)
{
    QFutureWatcher<bool> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    return (future.isFinished() || finished.wait(s_timeout)) && future.result();
}

} // namespace

class TestWorkspaceContext : public QObject
{
    Q_OBJECT

    testsupport::ShardedDemoServer m_served;
    QTemporaryDir m_dir;
    std::unique_ptr<ui::WorkspaceContext> m_context;
    std::unique_ptr<ui::ChannelFetchPanel> m_panel;

private Q_SLOTS:
    void init()
    {
        if (!m_served.server.port())
            QVERIFY2(m_served.start(), qPrintable(m_served.server.errorText()));
        QVERIFY(m_dir.isValid());
        QVERIFY(core::util::writeFileAtomically(m_dir.filePath(QStringLiteral("deploydeck.yml")),
            "name: sharded\nplatform: linux-64\nchannels:\n  - " + m_served.server.url().toUtf8()
                + "/mini-conda-forge\n")
                    .ok());
        auto ws = core::envfile::readWorkspace(m_dir.path().toStdString());
        QVERIFY(ws.ok());
        // A cache of its own per test: what one fetched must not help the next.
        QDir(m_served.cache.path()).removeRecursively();
        QVERIFY(QDir().mkpath(m_served.cache.path()));
        m_context = std::make_unique<ui::WorkspaceContext>(*ws);
        m_panel = std::make_unique<ui::ChannelFetchPanel>();
        m_panel->setFetchOptions(m_served.options);
        m_panel->setContext(m_context.get());
        QSignalSpy loaded(m_context.get(), &ui::WorkspaceContext::channelsLoaded);
        m_panel->setWorkspace(*ws);
        QVERIFY(!loaded.isEmpty() || loaded.wait(s_timeout));
        QVERIFY(m_context->hasShardedChannels());
        QCOMPARE(int(m_context->unloadedNames().size()), 169);
    }

    void cleanup()
    {
        m_panel.reset();
        m_context.reset();
    }

    void namesNoIndexListsCostNothing()
    {
        QFuture<bool> none = m_context->ensureNames({ "no-such-package >=1", "__glibc" });
        QVERIFY(none.isFinished());
        QVERIFY(none.result());
        QVERIFY(!m_context->isFetchingNames());
        QCOMPARE(testsupport::cachedShards(m_served.cache.path()), 0);
    }

    /** A name asked for again while its records are being appended is not fetched and appended twice. */
    void aNameAskedTwiceIsAppendedOnce()
    {
        const int expected = demoRecordsOf(QStringLiteral("pytango"));
        QVERIFY(expected > 1);
        QSignalSpy added(m_context.get(), &ui::WorkspaceContext::namesAdded);
        QFuture<bool> first = m_context->ensureNames({ "pytango=9.5" });
        QVERIFY(!first.isFinished());
        QFuture<bool> again = m_context->ensureNames({ "pytango" }); // while fetching
        while (m_context->isFetchingNames())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QFuture<bool> late = m_context->ensureNames({ "pytango" }); // fetched, maybe not appended yet
        QVERIFY(waitFor(first) && waitFor(again) && waitFor(late));
        QCOMPARE(added.count(), 1);
        QCOMPARE(loadedRecordsOf(*m_context, "pytango"), expected);
        QVERIFY(m_context->isFollowed("pytango") && m_context->isFollowed("python"));
        // Asked once more, now that it is in: nothing to do.
        QFuture<bool> done = m_context->ensureNames({ "pytango" });
        QVERIFY(done.isFinished());
        QCOMPARE(loadedRecordsOf(*m_context, "pytango"), expected);
    }

    /** A reload (Refresh) starts over: names are fetched again for the new database. */
    void aReloadForgetsWhatWasFollowed()
    {
        QVERIFY(waitFor(m_context->ensureNames({ "sardana" })));
        QVERIFY(loadedRecordsOf(*m_context, "sardana") > 0);
        QSignalSpy loaded(m_context.get(), &ui::WorkspaceContext::channelsLoaded);
        QVERIFY(m_panel->fetchChannels(core::channel::CacheMode::Use));
        QVERIFY(loaded.wait(s_timeout));
        QVERIFY(!m_context->isFollowed("sardana"));
        QCOMPARE(loadedRecordsOf(*m_context, "sardana"), 0);
        QVERIFY(waitFor(m_context->ensureNames({ "sardana" })));
        QCOMPARE(loadedRecordsOf(*m_context, "sardana"), demoRecordsOf(QStringLiteral("sardana")));
    }
};

QTEST_MAIN(TestWorkspaceContext)
#include "tst_workspacecontext.moc"
