// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/checks/environmentcheck.h"
#include "core/checks/pincheck.h"
#include "core/rpm/rpmrepo.h"
#include "ui/views/inventorysnapshot.h"

#include <QFuture>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace ui {

class WorkspaceContext;

/**
 * The background checks of the Inventory page, against the workspace's SolveService: conda pins
 * against the loaded channels (the records are fetched once per loaded database and cached), RPM
 * pins against the workspace's rpm_repositories (read on the thread pool), each
 * host's conda environments solved, their offline readiness against the sync target, and the
 * impact of a proposed pin value.
 *
 * Every refresh bumps a generation; results of an older one (another inventory, another
 * workspace, channels reloaded) are dropped. GUI thread only; signals are emitted on it.
 */
class InventoryChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryChecker)
public:
    explicit InventoryChecker(QObject *parent = nullptr);
    ~InventoryChecker() override;

    void setContext(WorkspaceContext *context);
    void setSnapshot(std::shared_ptr<const InventorySnapshot> snapshot);
    /** The inventory being checked, or nullptr. */
    const std::shared_ptr<const InventorySnapshot> &snapshot() const { return m_snapshot; }
    /** Checks again (waits for the channels when they are still loading). */
    void refresh();

    /**
     * Solves, before and after, every environment the proposal changes: @p value for @p host's pin
     * @p key, and for every host that gets the same pin from the same line of the same file.
     */
    void proposePin(const core::inventory::PinKey &key, const QString &host, const QString &value);

    /** Conda pins, then RPM pins (when the workspace has RPM repositories). */
    const std::vector<core::checks::PinCheck> &pinChecks() const { return m_pinChecks; }
    /** RPM repositories that could not be read, with the reason. */
    const QStringList &rpmErrors() const { return m_rpmErrors; }
    const std::vector<core::checks::EnvironmentResult> &results() const { return m_results; }
    const std::optional<core::checks::ReadinessReport> &readiness() const { return m_readiness; }
    /** Hosts with a failing pin or an environment that does not solve, in inventory order. */
    QStringList brokenHosts() const;
    /**
     * The same hosts, each with why ("pin python=3.99", "sardana_env does not solve"), for a
     * confirmation before deploying to them.
     */
    QMap<QString, QStringList> brokenHostReasons() const;
    /** The inventory source being checked (a file or folder), or empty. */
    QString inventorySource() const;
    /** The hosts that get @p host's pin @p key from the same place (itself included). */
    QStringList hostsSharingPin(const core::inventory::PinKey &key, const QString &host) const;

Q_SIGNALS:
    void statusChanged(const QString &text);
    void pinsChecked();
    void environmentsPending(const std::vector<core::checks::EnvironmentInput> &environments);
    void environmentsSolved();
    void readinessChecked();
    void readinessFailed(const QString &error);
    /** A proposal is being solved; @p description says what changes where. */
    void impactStarted(const QString &description);
    void impactReady(const QString &description, const std::vector<core::checks::EnvironmentImpact> &impacts);
    /** A proposal for a pin nothing solves (RPM, pip): the hosts it reaches. */
    void impactListed(const QString &description, const QString &scope, const QStringList &hosts);
    /** brokenHostReasons() may have changed. */
    void brokenHostsChanged();
    /** A check could not run (the channels failed to load). */
    void failed(const QString &error);

private:
    bool channelsReady();
    /** @p source as the user knows it: relative to the workspace folder when it is inside. */
    QString where(const core::inventory::Source &source) const;
    void checkPins(int generation);
    void checkRpm(int generation);
    void publishPinChecks();
    void solveEnvironments(int generation);
    void checkReadiness(int generation);
    template <typename T, typename F> void watch(QFuture<T> future, int generation, F onResult);

    QPointer<WorkspaceContext> m_context;
    std::shared_ptr<const InventorySnapshot> m_snapshot;
    int m_generation = 0;
    int m_impactGeneration = 0;
    std::shared_ptr<const core::checks::PackageIndex> m_index;
    int m_indexGeneration = -1; ///< the service generation m_index was read from
    std::vector<core::checks::PinCheck> m_condaChecks;
    std::vector<core::checks::PinCheck> m_rpmChecks;
    std::vector<core::checks::PinCheck> m_pinChecks; ///< both, conda first
    QStringList m_rpmErrors;
    std::vector<core::checks::EnvironmentResult> m_results;
    std::optional<core::checks::ReadinessReport> m_readiness;
};

} // namespace ui
