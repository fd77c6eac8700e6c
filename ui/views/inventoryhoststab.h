// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <QString>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;

namespace ui {

class HostDiffModel;
struct InventorySnapshot;

/**
 * The Inventory page's two hosts side by side: every pin of either host, the ones that differ
 * highlighted, each value with where it is written and the variable's history as a tooltip. The
 * hosts are chosen in two combo boxes (and swapped with a button). GUI thread only.
 */
class InventoryHostsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryHostsTab)
public:
    explicit InventoryHostsTab(QWidget *parent = nullptr);
    ~InventoryHostsTab() override;

    /**
     * Lists @p snapshot's hosts (the first two chosen) and compares them; nullptr empties the tab.
     * Sources are shown relative to @p workspaceRoot when they are inside it.
     */
    void setSnapshot(std::shared_ptr<const InventorySnapshot> snapshot, const QString &workspaceRoot);

    HostDiffModel *diffModel() const { return m_diffModel; }

private:
    void updateDiff();

    std::shared_ptr<const InventorySnapshot> m_snapshot;
    QString m_workspaceRoot;
    QComboBox *m_leftHost = nullptr;
    QComboBox *m_rightHost = nullptr;
    QLabel *m_diffSummary = nullptr;
    HostDiffModel *m_diffModel = nullptr;
};

} // namespace ui
