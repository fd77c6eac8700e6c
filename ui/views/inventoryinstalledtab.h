// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/checks/drift.h"
#include "core/jobs/ansiblerunoptions.h"
#include "ui/models/hostdriftmodel.h"
#include "ui/views/inventorysnapshot.h"

#include <QMap>
#include <QPointer>
#include <QStringList>
#include <QThreadPool>
#include <QWidget>

#include <map>
#include <memory>

namespace core::jobs {
class AnsibleRunJob;
}

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace ui {

class ChangeTableModel;
class InventoryChecker;

/**
 * The Inventory page's "Installed" tab: what the hosts really have (the facts `deploydeck drift`
 * and Gather Installed cache in the workspace's .deploydeck/facts) against their pins, drift marked
 * and filterable; "Which hosts have…", a match spec searched over every host's installed
 * packages; and, for the selected host environment, what a deployment would change (today's
 * solve by @p checker against what the host has). Gather Installed asks for a gathering run
 * (gatherRequested()); the main window runs it as a job and hands every finished gathering of
 * this inventory (the tab's or a re-run from the Jobs page) to applyGathering().
 * Facts load and compare on the thread pool. GUI thread only.
 */
class InventoryInstalledTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryInstalledTab)
public:
    explicit InventoryInstalledTab(InventoryChecker *checker, QWidget *parent = nullptr);
    ~InventoryInstalledTab() override;

    /** The inventory to compare, and the workspace folder whose facts cache to read. */
    void setSnapshot(std::shared_ptr<const InventorySnapshot> snapshot, const QString &workspaceRoot,
        const QString &inventorySource);
    /** Reads the facts cache again and compares. */
    void reloadFacts();
    /**
     * Writes what the finished gathering run @p job found into the facts cache, then compares
     * again: core::checks::recordGathering() for the hosts its limit selects (a host not reached
     * or not reported keeps its last facts, marked with the attempt; a later run's facts stay).
     * Writes go one run after the other on a thread of their own.
     */
    void applyGathering(const core::jobs::AnsibleRunJob &job);
    /**
     * The gathering run over the hosts of the Limit field (every host of the inventory when it is
     * empty), given the environments of those hosts only; empty playbook when the play is not
     * installed.
     */
    core::jobs::AnsibleRunOptions gatherOptions() const;

    HostDriftModel *driftModel() const { return m_driftModel; }
    QStandardItemModel *searchModel() const { return m_searchModel; }
    ChangeTableModel *deployModel() const { return m_deployModel; }
    /** The drift of every host that drifts, a few lines each, for the Run for Real confirmation. */
    QMap<QString, QStringList> driftReasons() const;
    QString inventorySource() const { return m_inventorySource; }
    /** (host, pin) -> what the host has: for the pin matrix and the two-host view. */
    std::shared_ptr<const InstalledIndex> installedIndex() const { return m_installedIndex; }

    /**
     * Lists the hosts whose installed packages match @p spec (the "Which hosts have" field), found
     * on the thread pool; the list fills when the search is done (a newer search replaces it).
     */
    void search(const QString &spec);

Q_SIGNALS:
    /** Gather Installed was pressed: run @p options as a job. */
    void gatherRequested(const core::jobs::AnsibleRunOptions &options);
    /** The comparison was made again (the facts or the inventory changed). */
    void driftUpdated();
    /** Facts could not be written into the cache: the file and why. */
    void gatheringFailed(const QString &message);
    /** A search() has filled the "Which hosts have" list (or said why it could not). */
    void searchDone();

private:
    void compare();
    struct Compared;
    void showDrift(Compared compared);
    void showDeployChange();

    QPointer<InventoryChecker> m_checker;
    std::shared_ptr<const InventorySnapshot> m_snapshot;
    QString m_workspaceRoot;
    QString m_inventorySource;
    int m_generation = 0;
    using FactsByHost = std::map<std::string, core::checks::HostFacts>;
    std::shared_ptr<const FactsByHost> m_facts; ///< the facts the drift was compared with
    int m_searchGeneration = 0;
    std::shared_ptr<const InstalledIndex> m_installedIndex;
    QThreadPool m_factsWriter; ///< one thread: gatherings are recorded in the order they end

    QLabel *m_summary = nullptr;
    QPushButton *m_gather = nullptr;
    QLineEdit *m_limit = nullptr; ///< Ansible's --limit for Gather Installed; empty: every host
    QCheckBox *m_onlyDrift = nullptr;
    HostDriftModel *m_driftModel = nullptr;
    QTableView *m_driftTable = nullptr;
    QLineEdit *m_searchField = nullptr;
    QLabel *m_searchSummary = nullptr;
    QStandardItemModel *m_searchModel = nullptr;
    QTableView *m_searchTable = nullptr;
    QLabel *m_deploySummary = nullptr;
    ChangeTableModel *m_deployModel = nullptr;
};

} // namespace ui
