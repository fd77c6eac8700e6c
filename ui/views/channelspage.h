// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/channel/browseindex.h"
#include "core/channel/channel.h"
#include "core/channel/repodatafetcher.h"
#include "ui/views/page.h"

#include <QPointer>

#include <memory>

class QDialog;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QTreeView;

namespace ui {

class BuildTreeModel;
class ChannelFetchPanel;
class ChannelStatusModel;
class PackageFilterModel;
class PackageListModel;
class RecordDetails;
class WorkspaceContext;

/**
 * Browse what the workspace's channels hold. At the top, the channel list with its fetching
 * (ChannelFetchPanel): each channel's status (loaded, cached, offline, error), age and record
 * count, and Refresh, which fetches remote channels again (bypassing the cache) and re-reads local
 * ones, with progress, then reloads the shared database. Below, the package table (filtered by a
 * name substring or a match spec, Ctrl+F), the versions and builds of the selected package, and
 * the details of the selected build: dependencies that jump to their package, the builds that
 * require it, and "Copy as JSON".
 *
 * Nothing here touches the database on the GUI thread: after each load the records are copied on
 * the solve worker (SolveService::run) and a BrowseIndex is built from them on the thread pool;
 * reverse dependencies are looked up on the pool too. Results of older loads are dropped.
 */
class ChannelsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelsPage)
public:
    explicit ChannelsPage(QWidget *parent = nullptr);
    ~ChannelsPage() override;

    void setWorkspace(const core::envfile::Workspace &workspace) override;
    void setContext(WorkspaceContext *context) override;
    /** Refresh (F5) and Find Package (Ctrl+F). */
    QList<QAction *> pageActions() const override
    {
        return { m_refreshAction, m_findAction, m_addQuetzAction, m_backAction };
    }
    /** Back to the filter and package shown before the last dependency (or dependent) followed. */
    void goBack();
    QAction *backAction() const { return m_backAction; }

    /** Options for fetching (cache folder, timeouts, retries); the cache mode is set per fetch. */
    void setFetchOptions(const core::channel::FetchOptions &options);

    /** Fetches every channel with @p mode and reloads the database; false while a fetch runs. */
    bool fetchChannels(core::channel::CacheMode mode);
    bool isFetching() const;
    /** Selects package @p name in the table (clearing a filter that hides it); false if it is not loaded. */
    bool selectPackage(const QString &name);
    /** The package selected in the table, or empty. */
    QString selectedPackage() const;
    const std::shared_ptr<const core::channel::BrowseIndex> &browseIndex() const { return m_index; }

    // The parts, for tests.
    /** The channel list and its fetching. */
    ChannelFetchPanel *fetchPanel() const { return m_fetchPanel; }
    ChannelStatusModel *channelModel() const;
    PackageListModel *packageModel() const { return m_packageModel; }
    PackageFilterModel *filterModel() const { return m_filterModel; }
    BuildTreeModel *buildModel() const { return m_buildModel; }
    QLineEdit *searchEdit() const { return m_search; }
    QTreeView *packageView() const { return m_packageView; }
    QTreeView *buildView() const { return m_buildView; }
    RecordDetails *details() const { return m_details; }
    QPushButton *refreshButton() const;
    /** "Load All Packages" of the channel list (shown while some channel loads from shards as needed). */
    QPushButton *loadAllButton() const;
    /** The warning shown while TLS verification is off for some channel (ssl_verify: false). */
    QLabel *tlsWarning() const;

public Q_SLOTS:
    /** Fetches remote channels again, bypassing the cache, and re-reads local ones. */
    void refresh();
    void cancelFetch();
    /** Opens the Add Quetz Channel dialog for the workspace. */
    void addQuetzChannel();

Q_SIGNALS:
    /** The package table shows a new index (after each load of the channels). */
    void indexReady();
    /** A fetch ended and the channel list shows its results. */
    void fetchFinished();
    /** The details pane shows the dependents of the current record. */
    void dependentsShown();
    /** The workspace file was edited (a channel added); the main window opens it again. */
    void workspaceEdited(const QString &workspaceFile);
    /** The Add Quetz Channel dialog is open (for tests: it is a child of the page). */
    void quetzDialogOpened(QDialog *dialog);

private:
    QWidget *createBrowser();
    void createActions();
    void rebuildIndex();
    void applyIndex(std::shared_ptr<const core::channel::BrowseIndex> index);
    void applyFilter(const QString &text);
    void onPackageChanged(const QModelIndex &current);
    void onBuildChanged(const QModelIndex &current);
    void showRecord(const core::spec::PackageRecord &record);
    void selectBuild(const QString &name, const QString &fileName, const QString &channel);
    void updateCount();
    /** The match spec the filter holds, as text; empty for a name filter. */
    QString currentSpecText() const;

    QPointer<WorkspaceContext> m_context;
    core::envfile::Workspace m_workspace;
    std::shared_ptr<const core::channel::BrowseIndex> m_index;
    int m_indexGeneration = 0; ///< drops index builds overtaken by a newer load
    int m_detailsGeneration = 0; ///< drops dependents of a record no longer shown
    QString m_treeSpec; ///< the spec the builds tree was narrowed by (empty: all builds)

    PackageListModel *m_packageModel;
    PackageFilterModel *m_filterModel;
    BuildTreeModel *m_buildModel;
    ChannelFetchPanel *m_fetchPanel = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_addQuetzAction = nullptr;
    QLineEdit *m_search = nullptr;
    QAction *m_backAction = nullptr;
    struct Place
    {
        QString filter;
        QString package;
    };
    QList<Place> m_history; ///< where Back goes, the latest last
    void rememberPlace();
    QLabel *m_count = nullptr;
    QTreeView *m_packageView = nullptr;
    QTreeView *m_buildView = nullptr;
    RecordDetails *m_details = nullptr;
};

} // namespace ui
