// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/checks/environmentcheck.h"
#include "core/inventory/pins.h"

#include <QPointer>
#include <QWidget>

#include <vector>

class QLabel;
class QPlainTextEdit;

namespace ui {

class HostEnvironmentModel;
class InventoryChecker;

/**
 * The Inventory page's impact tab: which hosts and environments use a package (showPackageUsage(),
 * when the pin matrix selects it), or whose solve a proposed pin value changes, as @p checker
 * solves it before and after (InventoryChecker::proposePin()). The checker is shared with the
 * page's other tabs and not owned. GUI thread only.
 */
class InventoryImpactTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryImpactTab)
public:
    explicit InventoryImpactTab(InventoryChecker *checker, QWidget *parent = nullptr);
    ~InventoryImpactTab() override;

    /** Lists the hosts pinning @p key and, for a conda pin, every solved environment that installs the package. */
    void showPackageUsage(const core::inventory::PinKey &key);

    HostEnvironmentModel *impactModel() const { return m_impactModel; }

Q_SIGNALS:
    /** The tab shows a new result. */
    void impactUpdated();

private:
    void connectChecker();
    void showImpact(const QString &description, const std::vector<core::checks::EnvironmentImpact> &impacts);
    void showListed(const QString &description, const QString &scope, const QStringList &hosts);

    QPointer<InventoryChecker> m_checker;
    QLabel *m_summary = nullptr;
    HostEnvironmentModel *m_impactModel = nullptr;
    QPlainTextEdit *m_detail = nullptr;
};

} // namespace ui
