// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The Channels page on the demo workspace (through a real WorkspaceContext and SolveService), and
// on a workspace whose channel is served over HTTP by a real server on 127.0.0.1.
#include "core/envfile/workspace.h"
#include "core/spec/version.h"
#include "tests/support/shardedchannel.h"
#include "tests/support/testhttpserver.h"
#include "ui/models/buildtreemodel.h"
#include "ui/models/channelstatusmodel.h"
#include "ui/models/packagefiltermodel.h"
#include "ui/models/packagelistmodel.h"
#include "ui/views/channelspage.h"
#include "ui/widgets/recorddetails.h"
#include "ui/workspacecontext.h"

#include <QAbstractItemModelTester>
#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using testsupport::TestHttpServer;
using ui::ChannelsPage;
using ui::ChannelStatus;

using namespace Qt::Literals::StringLiterals;
namespace {

constexpr int s_timeout = 60000;  // a first load builds the .solv cache

/** A page with its own WorkspaceContext, every model under a tester. */
struct Fixture
{
    core::envfile::Workspace workspace;
    std::unique_ptr<ui::WorkspaceContext> context;
    std::unique_ptr<ChannelsPage> page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;

    /** Opens @p ws with fetch @p options and waits for the first package table. */
    bool open(const core::envfile::Workspace &ws, const core::channel::FetchOptions &options = {})
    {
        workspace = ws;
        context = std::make_unique<ui::WorkspaceContext>(workspace);
        page = std::make_unique<ChannelsPage>();
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *>{
                 page->channelModel(), page->packageModel(), page->filterModel(), page->buildModel()})
            testers.push_back(std::make_unique<QAbstractItemModelTester>(m, mode));
        page->setFetchOptions(options);
        QSignalSpy ready(page.get(), &ChannelsPage::indexReady);
        page->setContext(context.get());
        page->setWorkspace(workspace);
        page->resize(1200, 800);
        page->show();
        return !ready.isEmpty() || ready.wait(s_timeout);
    }

    void close()
    {
        testers.clear();
        page.reset();
        context.reset();
    }

    QStringList shownNames() const
    {
        QStringList names;
        const QAbstractItemModel *model = page->filterModel();
        for (int r = 0; r < model->rowCount(); ++r)
            names << model->index(r, ui::PackageListModel::NameColumn).data().toString();
        return names;
    }

    /** Types @p text into the search box, replacing what was there. */
    void search(const QString &text) const
    {
        page->searchEdit()->clear();
        QTest::keyClicks(page->searchEdit(), text);
    }

    /** Selects @p name and waits until the details list what requires the shown build. */
    bool show(const QString &name) const
    {
        if (page->selectedPackage() == name && page->details()->record().name == name.toStdString())
            return true;  // shown already, and its dependents were waited for then
        QSignalSpy dependents(page.get(), &ChannelsPage::dependentsShown);
        return page->selectPackage(name) && (!dependents.isEmpty() || dependents.wait(s_timeout));
    }

    QTreeWidgetItem *dependency(const QString &name) const
    {
        QTreeWidget *list = page->details()->dependencyList();
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->text(0).startsWith(name + u' ') || list->topLevelItem(i)->text(0) == name)
                return list->topLevelItem(i);
        return nullptr;
    }

    QStringList dependentNames() const
    {
        QStringList names;
        QTreeWidget *list = page->details()->dependentList();
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            names << list->topLevelItem(i)->text(0);
        return names;
    }
};

core::envfile::Workspace demoWorkspace()
{
    auto ws = core::envfile::readWorkspace(DEPLOYDECK_SOURCE_DIR "/resources/demo");
    return ws ? *ws : core::envfile::Workspace();
}

/** A workspace in @p dir whose only channel is @p url. */
core::envfile::Workspace remoteWorkspace(const QString &dir, const QString &url)
{
    QFile file(dir + QStringLiteral("/deploydeck.yml"));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("name: remote\nplatform: linux-64\nchannels:\n  - " + url.toUtf8() + "\n");
    file.close();
    auto ws = core::envfile::readWorkspace(dir.toStdString());
    return ws ? *ws : core::envfile::Workspace();
}

/** The demo channel served over HTTP on 127.0.0.1, and a workspace naming it as its only channel. */
struct RemoteChannel
{
    TestHttpServer server{QStringLiteral(DEPLOYDECK_SOURCE_DIR "/resources/demo/channels")};
    QTemporaryDir dir;
    QTemporaryDir cache;
    QString url;
    core::channel::FetchOptions options;

    bool start()
    {
        if (!server.start() || !dir.isValid() || !cache.isValid())
            return false;
        url = server.baseUrl() + QStringLiteral("/mini-conda-forge");
        options.cacheDir = cache.path();
        options.maxRetries = 0;  // a 500 fails at once
        return true;
    }
    core::envfile::Workspace workspace() const { return remoteWorkspace(dir.path(), url); }
};

void click(QTreeWidget *list, QTreeWidgetItem *item)
{
    list->scrollToItem(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
}

/** Whether the package list shows @p name as listed by a shard index but not loaded. */
bool isUnloaded(const Fixture &f, const QString &name)
{
    const auto index = f.page->browseIndex();
    const auto package = index ? index->findPackage(name.toStdString()) : std::nullopt;
    return package && !index->packages()[*package].loaded;
}

} // namespace

class TestChannelsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_demo.close(); }
    void demoChannelStatus();
    void filterByName();
    void filterByMatchSpec();
    void searchShortcut();
    void buildsAndDetails();
    void dependencyJumps();
    void reverseDependencies();
    void dependentJumpsToBuild();
    void copyJson();
    void remoteChannel();
    void remoteChannelError();
    void shardedChannelListsNamesAndLoadsWhatIsOpened();
    void loadingEverythingCanBeCancelled();

private:
    Fixture m_demo;
};

void TestChannelsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);  // the .solv cache goes to ~/.qttest, not the user's cache
    const auto ws = demoWorkspace();
    QVERIFY(!ws.root.empty());
    QVERIFY(m_demo.open(ws));
}

void TestChannelsPage::demoChannelStatus()
{
    const auto &rows = m_demo.page->channelModel()->channels();
    QCOMPARE(rows.size(), std::size_t(1));
    QCOMPARE(rows[0].name, QStringLiteral("mini-conda-forge"));
    QCOMPARE(rows[0].state, ChannelStatus::State::Loaded);
    // The demo's mini-conda-forge: 386 records in linux-64 and noarch, two of them .tar.bz2 files
    // whose .conda twin is listed too (the .conda wins), 169 package names.
    const auto &index = *m_demo.page->browseIndex();
    QCOMPARE(rows[0].records, qint64(384));
    QCOMPARE(index.records().size(), std::size_t(384));
    QCOMPARE(index.recordsPerChannel().at("mini-conda-forge"), std::size_t(384));
    QVERIFY(rows[0].ageSeconds >= 0);
    QCOMPARE(m_demo.page->packageModel()->rowCount(), 169);
}

void TestChannelsPage::filterByName()
{
    m_demo.search(QStringLiteral("sard"));
    QCOMPARE(m_demo.shownNames(), QStringList{u"sardana"_s});
    m_demo.search(QStringLiteral("PYTANGO"));
    QCOMPARE(m_demo.shownNames(), QStringList{u"pytango"_s});
    QCOMPARE(m_demo.page->selectedPackage(), QStringLiteral("pytango"));  // the only row is selected
    m_demo.search(QString());
    QCOMPARE(m_demo.page->filterModel()->rowCount(), m_demo.page->packageModel()->rowCount());
}

void TestChannelsPage::filterByMatchSpec()
{
    m_demo.search(QStringLiteral("numpy >=1.26"));
    QCOMPARE(m_demo.shownNames(), QStringList{u"numpy"_s});
    QCOMPARE(m_demo.page->selectedPackage(), QStringLiteral("numpy"));
    // Only the numpy versions the spec accepts are in the builds tree.
    const auto *builds = m_demo.page->buildModel();
    QVERIFY(builds->rowCount() > 0);
    const auto floor = core::spec::Version::parse("1.26");
    for (int r = 0; r < builds->rowCount(); ++r) {
        const auto version = core::spec::Version::parse(builds->index(r, 0).data().toString().toStdString());
        QVERIFY(version.ok());
        QVERIFY2(*version >= *floor, qPrintable(builds->index(r, 0).data().toString()));
    }
    const auto all = m_demo.page->browseIndex()->builds(*m_demo.page->browseIndex()->findPackage("numpy"));
    QVERIFY(int(all.size()) > builds->buildCount());  // the demo has older numpy builds too

    m_demo.search(QStringLiteral("numpy >=99"));
    QCOMPARE(m_demo.page->filterModel()->rowCount(), 0);
    m_demo.search(QStringLiteral("numpy >=<"));  // not a spec: filters by the name, says why
    QCOMPARE(m_demo.shownNames(), QStringList{u"numpy"_s});
    QVERIFY(!m_demo.page->filterModel()->filterError().isEmpty());
    QVERIFY(m_demo.page->searchEdit()->toolTip().contains(QLatin1String("match spec")));
    m_demo.search(QString());
}

void TestChannelsPage::searchShortcut()
{
    ChannelsPage *page = m_demo.page.get();
    QApplication::setActiveWindow(page);
    QVERIFY(QTest::qWaitForWindowActive(page));
    page->packageView()->setFocus();
    QVERIFY(!page->searchEdit()->hasFocus());
    QTest::keyClick(page->packageView(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(page->searchEdit()->hasFocus());
}

void TestChannelsPage::buildsAndDetails()
{
    QVERIFY(m_demo.show(QStringLiteral("pytango")));
    const auto *builds = m_demo.page->buildModel();
    QStringList versions;
    for (int r = 0; r < builds->rowCount(); ++r)
        versions << builds->index(r, 0).data().toString();
    QCOMPARE(versions, (QStringList{u"9.5.0"_s, u"9.4.2"_s, u"9.3.6"_s}));
    QVERIFY(builds->rowCount(builds->index(0, 0)) > 1);
    // The newest build is selected and detailed.
    const ui::RecordDetails *details = m_demo.page->details();
    QVERIFY(details->hasRecord());
    QCOMPARE(details->record().name, std::string("pytango"));
    QCOMPARE(details->record().version, std::string("9.5.0"));
    QVERIFY(m_demo.dependency(QStringLiteral("numpy")));
    QVERIFY(m_demo.dependency(QStringLiteral("cpptango")));
    QVERIFY(details->fieldsView()->toPlainText().contains(QString::fromStdString(details->record().sha256)));

    // Another build of the tree shows in the details.
    const QModelIndex older = builds->index(0, 0, builds->index(2, 0));
    m_demo.page->buildView()->setCurrentIndex(older);
    QCOMPARE(details->record().version, std::string("9.3.6"));
    QVERIFY(m_demo.dependency(QStringLiteral("six")));
}

void TestChannelsPage::dependencyJumps()
{
    QVERIFY(m_demo.show(QStringLiteral("pytango")));
    m_demo.search(QStringLiteral("pytango"));  // the filter hides numpy: the jump clears it
    QTreeWidgetItem *numpy = m_demo.dependency(QStringLiteral("numpy"));
    QVERIFY(numpy);
    QSignalSpy dependents(m_demo.page.get(), &ChannelsPage::dependentsShown);
    click(m_demo.page->details()->dependencyList(), numpy);
    QTRY_COMPARE(m_demo.page->selectedPackage(), QStringLiteral("numpy"));
    QVERIFY(m_demo.page->searchEdit()->text().isEmpty());
    QCOMPARE(m_demo.page->details()->record().name, std::string("numpy"));
    QVERIFY(m_demo.page->packageView()->currentIndex().isValid());
    QVERIFY(!dependents.isEmpty() || dependents.wait(s_timeout));

    // Back: the filter and the package from before the jump.
    QVERIFY(m_demo.page->backAction()->isEnabled());
    QVERIFY(m_demo.page->pageActions().contains(m_demo.page->backAction()));
    m_demo.page->backAction()->trigger();
    QCOMPARE(m_demo.page->searchEdit()->text(), QStringLiteral("pytango"));
    QTRY_COMPARE(m_demo.page->selectedPackage(), QStringLiteral("pytango"));
    QVERIFY(!m_demo.page->backAction()->isEnabled());
    m_demo.page->searchEdit()->clear();

    // A dependency that is not in the channels (a virtual package) leaves the selection alone.
    QVERIFY(m_demo.show(QStringLiteral("pytango")));
    QTreeWidgetItem *glibc = m_demo.dependency(QStringLiteral("__glibc"));
    QVERIFY(glibc);
    QSignalSpy status(m_demo.page.get(), &ui::Page::statusChanged);
    click(m_demo.page->details()->dependencyList(), glibc);
    QTRY_VERIFY(!status.isEmpty());
    QVERIFY(status.last().at(0).toString().contains(QLatin1String("__glibc")));
    QCOMPARE(m_demo.page->selectedPackage(), QStringLiteral("pytango"));
}

void TestChannelsPage::reverseDependencies()
{
    QVERIFY(m_demo.show(QStringLiteral("numpy")));
    const QStringList names = m_demo.dependentNames();
    QVERIFY2(names.contains(QLatin1String("pytango")), qPrintable(names.join(u',')));
    QVERIFY(names.contains(QLatin1String("h5py")));
    QVERIFY(names.contains(QLatin1String("sardana")));
    QVERIFY(!names.contains(QLatin1String("numpy")));
    // Each listed build really accepts the shown numpy (checked with the match spec).
    QTreeWidget *list = m_demo.page->details()->dependentList();
    QTreeWidgetItem *pytango = list->topLevelItem(int(names.indexOf(QLatin1String("pytango"))));
    QVERIFY(pytango->childCount() > 0);
    const auto spec = core::spec::MatchSpec::parse(pytango->child(0)->text(1).toStdString());
    QVERIFY(spec.ok());
    QVERIFY(spec->matches(m_demo.page->details()->record()));
}

void TestChannelsPage::dependentJumpsToBuild()
{
    QVERIFY(m_demo.show(QStringLiteral("numpy")));
    QTreeWidget *list = m_demo.page->details()->dependentList();
    const QStringList names = m_demo.dependentNames();
    QTreeWidgetItem *h5py = list->topLevelItem(int(names.indexOf(QLatin1String("h5py"))));
    QVERIFY(h5py && h5py->childCount() > 1);
    list->expandItem(h5py);
    QTreeWidgetItem *build = h5py->child(1);
    const QString fileName = build->data(0, Qt::UserRole + 1).toString();  // the click deletes the item
    QVERIFY(fileName.startsWith(QLatin1String("h5py-")));
    click(list, build);
    QTRY_COMPARE(m_demo.page->selectedPackage(), QStringLiteral("h5py"));
    const QModelIndex current = m_demo.page->buildView()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.data(ui::BuildTreeModel::FileNameRole).toString(), fileName);
    QCOMPARE(QString::fromStdString(m_demo.page->details()->record().fn), fileName);
}

void TestChannelsPage::copyJson()
{
    QVERIFY(m_demo.show(QStringLiteral("sardana")));
    QApplication::clipboard()->clear();
    QTest::mouseClick(m_demo.page->details()->copyButton(), Qt::LeftButton);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(json.isObject());
    const QJsonObject record = json.object();
    QCOMPARE(record.value(QLatin1String("name")).toString(), QStringLiteral("sardana"));
    QCOMPARE(record.value(QLatin1String("version")).toString(),
             QString::fromStdString(m_demo.page->details()->record().version));
    QCOMPARE(record.value(QLatin1String("subdir")).toString(), QStringLiteral("noarch"));
    QVERIFY(record.value(QLatin1String("depends")).toArray().contains(QStringLiteral("pytango >=9.4.2")));
    QVERIFY(!record.value(QLatin1String("sha256")).toString().isEmpty());
}

void TestChannelsPage::remoteChannel()
{
    RemoteChannel remote;
    QVERIFY(remote.start());
    TestHttpServer &server = remote.server;
    const QString &url = remote.url;
    Fixture f;
    QVERIFY(f.open(remote.workspace(), remote.options));
    const auto &rows = f.page->channelModel()->channels();
    QCOMPARE(rows.size(), std::size_t(1));
    QCOMPARE(rows[0].state, ChannelStatus::State::Loaded);
    QCOMPARE(rows[0].url, url);
    QCOMPARE(rows[0].subdirs, (QStringList{u"linux-64"_s, u"noarch"_s}));
    QVERIFY(rows[0].records > 100);
    QCOMPARE(rows[0].records, qint64(f.page->browseIndex()->records().size()));
    QCOMPARE(f.page->channelModel()->index(0, ui::ChannelStatusModel::StatusColumn).data().toString(),
             QStringLiteral("loaded"));
    QVERIFY(f.page->packageModel()->rowOf(QStringLiteral("pytango")) >= 0);
    QVERIFY(server.requestCount(QStringLiteral("/mini-conda-forge/linux-64/repodata.json")) >= 1);

    // Refresh asks the server again (no conditional request) and the copy is "loaded" again.
    QSignalSpy fetched(f.page.get(), &ChannelsPage::fetchFinished);
    QSignalSpy ready(f.page.get(), &ChannelsPage::indexReady);
    server.clearRequests();
    QTest::mouseClick(f.page->refreshButton(), Qt::LeftButton);
    QVERIFY(f.page->isFetching());
    QVERIFY(!fetched.isEmpty() || fetched.wait(s_timeout));
    QVERIFY(!ready.isEmpty() || ready.wait(s_timeout));
    QCOMPARE(f.page->channelModel()->channels()[0].state, ChannelStatus::State::Loaded);
    for (const auto &request : server.requests())
        QVERIFY(!request.headers.contains("if-none-match"));

    // The server hangs: Cancel ends the fetch, the channel says so, and what was loaded stays.
    using Rule = TestHttpServer::Rule;
    for (const char *file : {"/mini-conda-forge/linux-64/repodata.json", "/mini-conda-forge/linux-64/repodata.json.zst"})
        server.setRule(QString::fromLatin1(file), Rule::hang());
    fetched.clear();
    QVERIFY(f.page->fetchChannels(core::channel::CacheMode::Refresh));
    QVERIFY(!f.page->fetchChannels(core::channel::CacheMode::Refresh));  // one at a time
    QTRY_VERIFY(server.requestCount(QStringLiteral("/mini-conda-forge/linux-64/repodata.json")) +
                    server.requestCount(QStringLiteral("/mini-conda-forge/linux-64/repodata.json.zst")) > 0);
    f.page->cancelFetch();
    QVERIFY(!fetched.isEmpty() || fetched.wait(s_timeout));
    QVERIFY(!f.page->isFetching());
    QCOMPARE(f.page->channelModel()->channels()[0].state, ChannelStatus::State::Error);
    QVERIFY(f.page->channelModel()->channels()[0].message.contains(QLatin1String("Cancelled")));
    QVERIFY(f.page->packageModel()->rowOf(QStringLiteral("pytango")) >= 0);
}

void TestChannelsPage::remoteChannelError()
{
    RemoteChannel remote;
    QVERIFY(remote.start());
    TestHttpServer &server = remote.server;
    const QString &url = remote.url;
    Fixture f;
    QVERIFY(f.open(remote.workspace(), remote.options));
    const qint64 before = f.page->channelModel()->channels()[0].records;

    // The server fails: the channel says error and names the URL; the cached copy stays loaded.
    using Rule = TestHttpServer::Rule;
    for (const char *file : {"/mini-conda-forge/linux-64/repodata.json", "/mini-conda-forge/linux-64/repodata.json.zst"})
        server.setRule(QString::fromLatin1(file), Rule::status(500));
    QSignalSpy fetched(f.page.get(), &ChannelsPage::fetchFinished);
    QSignalSpy ready(f.page.get(), &ChannelsPage::indexReady);
    f.page->refresh();
    QVERIFY(!fetched.isEmpty() || fetched.wait(s_timeout));
    const ChannelStatus status = f.page->channelModel()->channels()[0];
    QCOMPARE(status.state, ChannelStatus::State::Error);
    QVERIFY2(status.message.contains(url + QStringLiteral("/linux-64/repodata.json")), qPrintable(status.message));
    QVERIFY2(status.message.contains(QLatin1String("500")), qPrintable(status.message));
    QCOMPARE(f.page->channelModel()->index(0, ui::ChannelStatusModel::StatusColumn).data().toString(),
             QStringLiteral("error"));
    QVERIFY(!ready.isEmpty() || ready.wait(s_timeout));
    QCOMPARE(f.page->channelModel()->channels()[0].records, before);

    // A fresh cache and a failing server: the platform subdir has nothing, noarch still loads.
    QTemporaryDir emptyCache;
    core::channel::FetchOptions options = remote.options;
    options.cacheDir = emptyCache.path();
    Fixture fresh;
    QVERIFY(fresh.open(remote.workspace(), options));
    const ChannelStatus broken = fresh.page->channelModel()->channels()[0];
    QCOMPARE(broken.state, ChannelStatus::State::Error);
    QVERIFY(broken.message.contains(url + QStringLiteral("/linux-64/repodata.json")));
    QCOMPARE(broken.subdirs, QStringList{u"noarch"_s});
    QVERIFY(fresh.page->packageModel()->rowOf(QStringLiteral("sardana")) >= 0);  // noarch
    QCOMPARE(fresh.page->packageModel()->rowOf(QStringLiteral("pytango")), -1);  // linux-64 only
}

/**
 * A sharded channel (shards by the independent Python writer, served by Python's http.server): its
 * names are listed from the shard index at once, a package's shard is fetched when it is opened,
 * and Load All Packages loads every record.
 */
void TestChannelsPage::shardedChannelListsNamesAndLoadsWhatIsOpened()
{
    QTemporaryDir served, wsDir, cache;
    QVERIFY(!testsupport::shardedDemoChannel(served.path()).isEmpty());
    testsupport::PythonHttpServer server(served.path());
    QVERIFY2(server.start(), qPrintable(server.errorText()));
    core::channel::FetchOptions options;
    options.cacheDir = cache.path();
    options.maxRetries = 0;
    options.proxy = core::channel::UseSystemProxy::No;
    Fixture f;
    QVERIFY(f.open(remoteWorkspace(wsDir.path(), server.url() + QStringLiteral("/mini-conda-forge")), options));

    // Every name of both indexes, at once; no record and no shard fetched yet.
    QCOMPARE(f.page->packageModel()->rowCount(), 169);
    QCOMPARE(f.page->browseIndex()->records().size(), std::size_t(0));
    QCOMPARE(testsupport::cachedShards(cache.path()), 0);
    QVERIFY(isUnloaded(f, QStringLiteral("pytango")));
    const int row = f.page->packageModel()->rowOf(QStringLiteral("pytango"));
    QCOMPARE(f.page->packageModel()->index(row, ui::PackageListModel::VersionColumn).data().toString(),
        QStringLiteral("not loaded"));
    const ChannelStatus status = f.page->channelModel()->channels()[0];
    QCOMPARE(status.state, ChannelStatus::State::Loaded);
    QVERIFY2(status.message.contains(QLatin1String("sharded: 169 package name")), qPrintable(status.message));
    QVERIFY(f.page->loadAllButton()->isVisibleTo(f.page.get()));

    // Opening pytango fetches its shard and those it reaches; its builds show; others stay unloaded.
    QVERIFY(f.page->selectPackage(QStringLiteral("pytango")));
    QTRY_VERIFY_WITH_TIMEOUT(f.page->buildModel()->rowCount() > 0, s_timeout);
    QCOMPARE(f.page->selectedPackage(), QStringLiteral("pytango"));
    QVERIFY(!isUnloaded(f, QStringLiteral("pytango")));
    QVERIFY(!isUnloaded(f, QStringLiteral("python"))); // reached: pytango needs it
    QVERIFY(isUnloaded(f, QStringLiteral("sardana"))); // needs pytango, not needed by it
    const int fetched = testsupport::cachedShards(cache.path());
    QVERIFY2(fetched > 2 && fetched < 169, qPrintable(QString::number(fetched)));
    QCOMPARE(f.page->packageModel()->rowCount(), 169);
    const std::size_t partial = f.page->browseIndex()->records().size();
    QVERIFY(partial > 0 && partial < 386);

    // Load All Packages: every record (the flat repodata.json here), nothing left unloaded.
    QSignalSpy fetchedAll(f.page.get(), &ChannelsPage::fetchFinished);
    QSignalSpy ready(f.page.get(), &ChannelsPage::indexReady);
    QTest::mouseClick(f.page->loadAllButton(), Qt::LeftButton);
    QVERIFY(!fetchedAll.isEmpty() || fetchedAll.wait(s_timeout));
    QVERIFY(!ready.isEmpty() || ready.wait(s_timeout));
    QCOMPARE(f.page->browseIndex()->records().size(), std::size_t(384)); // 386 less 2 .tar.bz2 with a .conda twin
    QVERIFY(!isUnloaded(f, QStringLiteral("sardana")));
    QVERIFY(!f.page->loadAllButton()->isVisibleTo(f.page.get()));
}

/**
 * Load All Packages on a server that hangs (a stand-in: http.server cannot be made to hang):
 * Cancel ends it, and what was listed and loaded stays.
 */
void TestChannelsPage::loadingEverythingCanBeCancelled()
{
    QTemporaryDir served, wsDir, cache;
    QVERIFY(!testsupport::shardedDemoChannel(served.path()).isEmpty());
    TestHttpServer server(served.path());
    QVERIFY(server.start());
    core::channel::FetchOptions options;
    options.cacheDir = cache.path();
    options.maxRetries = 0;
    Fixture f;
    QVERIFY(f.open(remoteWorkspace(wsDir.path(), server.baseUrl() + QStringLiteral("/mini-conda-forge")), options));
    QCOMPARE(f.page->packageModel()->rowCount(), 169);
    QCOMPARE(server.requestCount(QStringLiteral("/mini-conda-forge/linux-64/repodata.json")), 0);

    using Rule = TestHttpServer::Rule;
    for (const char *file :
        { "/mini-conda-forge/linux-64/repodata.json", "/mini-conda-forge/linux-64/repodata.json.zst" })
        server.setRule(QString::fromLatin1(file), Rule::hang());
    QSignalSpy fetched(f.page.get(), &ChannelsPage::fetchFinished);
    QTest::mouseClick(f.page->loadAllButton(), Qt::LeftButton);
    QVERIFY(f.page->isFetching());
    QVERIFY(!f.page->loadAllButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(server.requestCount(QStringLiteral("/mini-conda-forge/linux-64/repodata.json"))
                + server.requestCount(QStringLiteral("/mini-conda-forge/linux-64/repodata.json.zst"))
            > 0,
        s_timeout);
    f.page->cancelFetch();
    QVERIFY(!fetched.isEmpty() || fetched.wait(s_timeout));
    QVERIFY(!f.page->isFetching());
    QCOMPARE(f.page->packageModel()->rowCount(), 169);
    QVERIFY(isUnloaded(f, QStringLiteral("sardana")));
    QVERIFY(f.page->loadAllButton()->isEnabled());
    QVERIFY(f.page->channelModel()->channels()[0].message.contains(QLatin1String("ancelled")));
}

QTEST_MAIN(TestChannelsPage)
#include "tst_channelspage.moc"
