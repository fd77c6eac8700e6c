// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The Channels page: layout, the browse index and the package / build / details panes. The
// channel list and its fetching are a widget of their own (ChannelFetchPanel).
#include "ui/views/channelspage.h"

#include "core/solve/solveservice.h"
#include "ui/models/buildtreemodel.h"
#include "ui/models/packagefiltermodel.h"
#include "ui/models/packagelistmodel.h"
#include "ui/views/channelfetchpanel.h"
#include "ui/views/quetzdialog.h"
#include "ui/widgets/elidedtext.h"
#include "ui/widgets/recorddetails.h"
#include "ui/workspacecontext.h"

#include <QAction>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ui {

using core::channel::BrowseIndex;
using core::spec::PackageRecord;

namespace {

QTreeView *makeView(const QString &objectName, QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    elideInTheMiddle(view);
    return view;
}

/** The records that require @p record, as the details pane lists them; runs on a pool thread. */
std::vector<Dependent> findDependents(const std::shared_ptr<const BrowseIndex> &index, const PackageRecord &record)
{
    std::vector<Dependent> out;
    for (const auto &d : index->reverseDependencies(record)) {
        const PackageRecord &r = index->records()[d.record];
        auto q = [](const std::string &s) { return QString::fromStdString(s); };
        out.push_back({ q(r.name), q(r.version), q(r.build), q(r.subdir), q(r.channel), q(r.fn), q(d.spec) });
    }
    return out;
}

} // namespace

ChannelsPage::ChannelsPage(QWidget *parent)
    : Page(parent)
    , m_packageModel(new PackageListModel(this))
    , m_filterModel(new PackageFilterModel(this))
    , m_buildModel(new BuildTreeModel(this))
{
    setObjectName(QStringLiteral("channelsPage"));
    m_filterModel->setSourceModel(m_packageModel);
    createActions(); // before the browser, whose Back button shows one
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_fetchPanel = new ChannelFetchPanel(splitter);
    splitter->addWidget(m_fetchPanel);
    splitter->addWidget(createBrowser());
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_fetchPanel, &ChannelFetchPanel::fetchFinished, this, &ChannelsPage::fetchFinished);
    connect(m_fetchPanel, &ChannelFetchPanel::addQuetzRequested, this, &ChannelsPage::addQuetzChannel);
    connect(m_search, &QLineEdit::textChanged, this, &ChannelsPage::applyFilter);
    connect(m_packageView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ChannelsPage::onPackageChanged);
    connect(
        m_buildView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ChannelsPage::onBuildChanged);
    // Following a dependency (or a dependent) may clear the filter: Back brings filter and package back.
    connect(m_details, &RecordDetails::dependencyActivated, this, [this](const QString &name) {
        rememberPlace();
        if (!selectPackage(name))
            Q_EMIT statusChanged(tr("%1 is not in the loaded channels").arg(name));
    });
    connect(m_details, &RecordDetails::dependentActivated, this,
        [this](const QString &name, const QString &fileName, const QString &channel) {
            rememberPlace();
            selectBuild(name, fileName, channel);
        });
    updateCount();
}

ChannelsPage::~ChannelsPage() = default;

void ChannelsPage::createActions()
{
    m_refreshAction = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh Channels"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &ChannelsPage::refresh);
    m_findAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find Package"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_addQuetzAction = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add &Quetz Channel…"), this);
    m_addQuetzAction->setObjectName(QStringLiteral("addQuetzAction"));
    m_addQuetzAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    connect(m_addQuetzAction, &QAction::triggered, this, &ChannelsPage::addQuetzChannel);
    m_backAction = new QAction(QIcon::fromTheme(QStringLiteral("go-previous")), tr("&Back"), this);
    m_backAction->setObjectName(QStringLiteral("backAction"));
    m_backAction->setShortcut(QKeySequence::Back);
    m_backAction->setToolTip(tr("Back to the package (and filter) before the last dependency followed"));
    m_backAction->setEnabled(false);
    connect(m_backAction, &QAction::triggered, this, &ChannelsPage::goBack);
    addActions({ m_refreshAction, m_findAction, m_addQuetzAction, m_backAction });
}

void ChannelsPage::rememberPlace()
{
    m_history.append({ m_search->text(), selectedPackage() });
    m_backAction->setEnabled(true);
}

void ChannelsPage::goBack()
{
    if (m_history.isEmpty())
        return;
    const Place place = m_history.takeLast();
    m_backAction->setEnabled(!m_history.isEmpty());
    m_search->setText(place.filter);
    if (!place.package.isEmpty())
        selectPackage(place.package);
}

QWidget *ChannelsPage::createBrowser()
{
    auto *packages = new QWidget(this);
    m_search = new QLineEdit(packages);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Filter by name, or a match spec such as “numpy >=1.20” (Ctrl+F)"));
    m_search->setAccessibleName(tr("Package filter"));
    m_count = new QLabel(packages);
    m_count->setObjectName(QStringLiteral("count"));
    m_packageView = makeView(QStringLiteral("packages"), m_filterModel, packages);
    m_packageView->setRootIsDecorated(false);
    m_packageView->setSortingEnabled(true);
    m_packageView->sortByColumn(PackageListModel::NameColumn, Qt::AscendingOrder);
    m_packageView->setAccessibleName(tr("Packages"));
    auto *left = new QVBoxLayout(packages);
    left->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    auto *back = new QToolButton(packages);
    back->setDefaultAction(m_backAction);
    searchRow->addWidget(back);
    searchRow->addWidget(m_search, 1);
    left->addLayout(searchRow);
    left->addWidget(m_count);
    left->addWidget(m_packageView, 1);

    m_buildView = makeView(QStringLiteral("builds"), m_buildModel, this);
    m_buildView->setAccessibleName(tr("Versions and builds"));
    m_details = new RecordDetails(this);
    m_details->setObjectName(QStringLiteral("details"));
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_buildView);
    right->addWidget(m_details);
    right->setStretchFactor(1, 1);

    auto *browser = new QSplitter(Qt::Horizontal, this);
    browser->addWidget(packages);
    browser->addWidget(right);
    browser->setStretchFactor(0, 3);
    browser->setStretchFactor(1, 2);
    return browser;
}

void ChannelsPage::setContext(WorkspaceContext *context)
{
    if (m_context)
        disconnect(m_context, nullptr, this, nullptr);
    m_fetchPanel->setContext(context); // drops a running fetch; follows loading and failures
    m_context = context;
    ++m_indexGeneration;
    applyIndex(nullptr);
    if (!context)
        return;
    connect(context, &WorkspaceContext::channelsLoaded, this, &ChannelsPage::rebuildIndex);
    connect(context, &WorkspaceContext::namesAdded, this, &ChannelsPage::rebuildIndex);
    if (context->isLoaded())
        rebuildIndex();
}

void ChannelsPage::setWorkspace(const core::envfile::Workspace &workspace)
{
    m_workspace = workspace;
    m_fetchPanel->setWorkspace(workspace);
}

void ChannelsPage::setFetchOptions(const core::channel::FetchOptions &options)
{
    m_fetchPanel->setFetchOptions(options);
}

bool ChannelsPage::fetchChannels(core::channel::CacheMode mode)
{
    return m_fetchPanel->fetchChannels(mode);
}

bool ChannelsPage::isFetching() const
{
    return m_fetchPanel->isFetching();
}

void ChannelsPage::refresh()
{
    m_fetchPanel->refresh();
}

void ChannelsPage::cancelFetch()
{
    m_fetchPanel->cancelFetch();
}

ChannelStatusModel *ChannelsPage::channelModel() const
{
    return m_fetchPanel->channelModel();
}

QPushButton *ChannelsPage::refreshButton() const
{
    return m_fetchPanel->refreshButton();
}

QPushButton *ChannelsPage::loadAllButton() const
{
    return m_fetchPanel->loadAllButton();
}

QLabel *ChannelsPage::tlsWarning() const
{
    return m_fetchPanel->tlsWarning();
}

void ChannelsPage::addQuetzChannel()
{
    if (m_workspace.file.empty()) {
        Q_EMIT statusChanged(tr("Open a workspace first"));
        return;
    }
    auto *dialog = new QuetzDialog(QString::fromStdString(m_workspace.file), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Q_EMIT statusChanged(tr("Added %1 to the workspace").arg(dialog->addedChannel()));
        Q_EMIT workspaceEdited(QString::fromStdString(m_workspace.file));
    });
    dialog->open();
    Q_EMIT quetzDialogOpened(dialog);
}

void ChannelsPage::rebuildIndex()
{
    if (!m_context)
        return;
    const int generation = ++m_indexGeneration;
    m_fetchPanel->setStateText(tr("Indexing packages…"));
    // A watcher rather than QFuture::then(this, ...): Qt 6.4's then() asserts when its context dies first.
    using Result = std::shared_ptr<const BrowseIndex>;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_indexGeneration && !watcher->isCanceled())
            applyIndex(watcher->result());
    });
    // Only the copy of the records needs the database (and its worker); the index is built on the
    // thread pool, so solves queued meanwhile need not wait for it.
    // The records travel in a shared_ptr rather than through QFuture::takeResult(), which in Qt 6.4
    // resets the future's state under the promise and makes it run the continuation a second time.
    using Records = std::shared_ptr<std::vector<PackageRecord>>;
    auto records = m_context->solveService().run<Records>([](core::solve::Database &database) {
        return std::make_shared<std::vector<PackageRecord>>(database.allRecords());
    });
    // Names of sharded channels not loaded yet are listed too; their records come when opened.
    watcher->setFuture(
        records.then(QtFuture::Launch::Async, [unloaded = m_context->unloadedNames()](const Records &all) {
            return std::make_shared<const BrowseIndex>(BrowseIndex::build(std::move(*all), unloaded));
        }));
}

void ChannelsPage::applyIndex(std::shared_ptr<const BrowseIndex> index)
{
    const QString selected = selectedPackage();
    m_index = std::move(index);
    m_packageModel->setIndex(m_index);
    m_filterModel->setBrowseIndex(m_index); // after the rows, so the spec filter reads the matching index
    m_buildModel->clear();
    m_details->clear();
    m_fetchPanel->setBrowseIndex(m_index);
    updateCount();
    if (!m_index)
        return;
    m_fetchPanel->setStateText(tr("%n package(s), %1 records", nullptr, int(m_index->packages().size()))
                                   .arg(QLocale().toString(qulonglong(m_index->records().size()))));
    Q_EMIT statusChanged(tr("Channels loaded: %n package(s)", nullptr, int(m_index->packages().size())));
    if (!selected.isEmpty())
        selectPackage(selected);
    Q_EMIT indexReady();
}

void ChannelsPage::applyFilter(const QString &text)
{
    m_filterModel->setFilterText(text);
    const QString error = m_filterModel->filterError();
    m_search->setToolTip(error.isEmpty() ? QString() : tr("Not a valid match spec: %1").arg(error));
    updateCount();
    const QModelIndex current = m_packageView->currentIndex();
    if (current.isValid() && currentSpecText() != m_treeSpec)
        onPackageChanged(current); // a spec filter also narrows the builds shown
    else if (!current.isValid() && m_filterModel->rowCount() > 0)
        m_packageView->setCurrentIndex(m_filterModel->index(0, 0));
}

void ChannelsPage::updateCount()
{
    const int total = m_packageModel->rowCount();
    QString text = m_filterModel->filterText().trimmed().isEmpty()
        ? tr("%n package(s)", nullptr, total)
        : tr("%1 of %n package(s)", nullptr, total).arg(m_filterModel->rowCount());
    if (!m_filterModel->filterError().isEmpty())
        text += QStringLiteral(" — ") + tr("not a valid match spec: %1").arg(m_filterModel->filterError());
    m_count->setText(text);
}

QString ChannelsPage::currentSpecText() const
{
    const auto &spec = m_filterModel->matchSpec();
    return spec ? QString::fromStdString(spec->str()) : QString();
}

QString ChannelsPage::selectedPackage() const
{
    return m_packageView->currentIndex().data(PackageFilterModel::NameRole).toString();
}

bool ChannelsPage::selectPackage(const QString &name)
{
    const int row = m_packageModel->rowOf(name);
    if (row < 0)
        return false;
    QModelIndex index = m_filterModel->mapFromSource(m_packageModel->index(row, 0));
    if (!index.isValid()) {
        m_search->clear(); // the filter hides it
        index = m_filterModel->mapFromSource(m_packageModel->index(row, 0));
    }
    m_packageView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_packageView->scrollTo(index);
    return true;
}

void ChannelsPage::selectBuild(const QString &name, const QString &fileName, const QString &channel)
{
    if (!selectPackage(name) || fileName.isEmpty())
        return;
    const QModelIndex build = m_buildModel->indexOfBuild(fileName, channel);
    if (!build.isValid())
        return;
    m_buildView->expand(build.parent());
    m_buildView->selectionModel()->setCurrentIndex(
        build, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_buildView->scrollTo(build);
}

void ChannelsPage::onPackageChanged(const QModelIndex &current)
{
    if (!m_index || !current.isValid()) {
        m_buildModel->clear();
        m_details->clear();
        return;
    }
    const auto package = std::size_t(current.data(PackageFilterModel::IndexRole).toInt());
    if (!m_index->packages()[package].loaded) {
        // A name a shard index lists: fetch its shard (and what it reaches); the index is rebuilt
        // when its records are in (WorkspaceContext::namesAdded) and the selection kept.
        m_buildModel->clear();
        m_details->clear();
        const std::string name = m_index->packages()[package].name;
        if (m_context) {
            m_fetchPanel->setStateText(tr("Fetching the records of %1…").arg(QString::fromStdString(name)));
            auto *watcher = new QFutureWatcher<bool>(this);
            connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, name] {
                watcher->deleteLater();
                if (m_context && !watcher->isCanceled() && watcher->result() == false)
                    m_fetchPanel->setStateText(tr("Cannot fetch the records of %1: %2")
                                                   .arg(QString::fromStdString(name), m_context->shardError()));
            });
            watcher->setFuture(m_context->ensureNames({ name }));
        }
        return;
    }
    const auto &spec = m_filterModel->matchSpec();
    m_treeSpec = currentSpecText();
    const auto all = m_index->builds(package);
    m_buildModel->setBuilds(
        spec ? m_index->matchingBuilds(package, *spec) : std::vector<PackageRecord>(all.begin(), all.end()));
    if (m_buildModel->rowCount() == 0) {
        m_details->clear();
        return;
    }
    const QModelIndex newest = m_buildModel->index(0, 0);
    m_buildView->expand(newest);
    m_buildView->selectionModel()->setCurrentIndex(
        m_buildModel->index(0, 0, newest), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ChannelsPage::onBuildChanged(const QModelIndex &current)
{
    if (const PackageRecord *record = m_buildModel->record(current))
        showRecord(*record);
}

void ChannelsPage::showRecord(const PackageRecord &record)
{
    if (m_details->hasRecord() && m_details->record() == record)
        return;
    m_details->setRecord(record);
    const int generation = ++m_detailsGeneration;
    // Reverse dependencies of a base library can be thousands of records: look them up off the GUI thread.
    auto *watcher = new QFutureWatcher<std::vector<Dependent>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_detailsGeneration || watcher->isCanceled())
            return;
        m_details->setDependents(watcher->result());
        Q_EMIT dependentsShown();
    });
    watcher->setFuture(QtConcurrent::run(findDependents, m_index, record));
}

} // namespace ui
