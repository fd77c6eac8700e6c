// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/views/inventoryimpacttab.h"

#include "core/util/qtext.h"
#include "ui/models/hostenvironmentmodel.h"
#include "ui/views/inventorychecker.h"
#include "ui/views/inventorywidgets.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

using core::util::qs;

InventoryImpactTab::InventoryImpactTab(InventoryChecker *checker, QWidget *parent)
    : QWidget(parent)
    , m_checker(checker)
    , m_summary(makeInventorySummary(this, QStringLiteral("impactSummary")))
    , m_impactModel(new HostEnvironmentModel(this))
{
    setObjectName(QStringLiteral("impactTab"));
    m_summary->setText(tr("Select a package in the pin matrix to see which hosts and environments use it, or "
                          "double-click a cell to propose another value and see whose result changes."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *view = makeInventoryTable(splitter, QStringLiteral("impactView"), m_impactModel, HeaderSorting::On);
    splitter->addWidget(view);
    m_detail = makeInventoryText(splitter, QStringLiteral("impactDetail"));
    splitter->addWidget(m_detail);
    followExplanation(view, m_detail);
    layout->addWidget(splitter, 1);
    if (m_checker)
        connectChecker();
}

InventoryImpactTab::~InventoryImpactTab() = default;

void InventoryImpactTab::connectChecker()
{
    connect(m_checker, &InventoryChecker::impactStarted, this,
        [this](const QString &description) { m_summary->setText(tr("Solving %1…").arg(description)); });
    connect(m_checker, &InventoryChecker::impactReady, this, &InventoryImpactTab::showImpact);
    connect(m_checker, &InventoryChecker::impactListed, this, &InventoryImpactTab::showListed);
}

void InventoryImpactTab::showPackageUsage(const core::inventory::PinKey &key)
{
    const auto snapshot = m_checker ? m_checker->snapshot() : nullptr;
    if (!snapshot)
        return;
    std::vector<HostEnvironmentRow> rows;
    int pinned = 0;
    for (const auto &host : snapshot->pins)
        if (const auto *pin = host.find(key)) {
            ++pinned;
            rows.push_back({ qs(host.host), qs(key.scope), HostEnvironmentRow::State::Good, tr("pinned"), {},
                pin->value.empty() ? tr("(any)") : qs(pin->value), qs(pin->source.toString()) });
        }
    int installs = 0;
    if (key.kind == core::inventory::PinKind::Conda) {
        // Every environment whose solution holds the package is affected when it changes, pinned or not.
        for (const auto &r : m_checker->results())
            for (const auto &p : r.packages)
                if (p.name == key.package) {
                    ++installs;
                    rows.push_back({ qs(r.host), qs(r.environment), HostEnvironmentRow::State::Changed, tr("installs"),
                        qs(p.version + ' ' + p.build), qs(p.channel), {} });
                }
    }
    m_impactModel->setRows(std::move(rows));
    m_detail->clear();
    m_summary->setText(tr("%1 (%2): pinned by %n host(s)", nullptr, pinned).arg(qs(key.package), qs(key.scope))
        + (key.kind == core::inventory::PinKind::Conda ? tr(", installed in %n host environment(s)", nullptr, installs)
                                                       : QString()));
    Q_EMIT impactUpdated();
}

void InventoryImpactTab::showImpact(
    const QString &description, const std::vector<core::checks::EnvironmentImpact> &impacts)
{
    m_impactModel->setImpacts(impacts);
    m_detail->clear();
    const int changed = int(std::count_if(impacts.begin(), impacts.end(), [](const auto &i) { return i.changed(); }));
    const int breaks = int(std::count_if(impacts.begin(), impacts.end(), [](const auto &i) {
        return i.before.status == core::checks::EnvironmentStatus::Solved
            && i.after.status != core::checks::EnvironmentStatus::Solved;
    }));
    m_summary->setText(tr("%1: %2 of %n environment(s) change, %3 would break.", nullptr, int(impacts.size()))
                           .arg(description)
                           .arg(changed)
                           .arg(breaks));
    Q_EMIT impactUpdated();
}

void InventoryImpactTab::showListed(const QString &description, const QString &scope, const QStringList &hosts)
{
    // A pin nothing here solves (RPM, pip): the hosts the proposal reaches are its whole impact.
    std::vector<HostEnvironmentRow> rows;
    for (const QString &h : hosts)
        rows.push_back({ h, scope, HostEnvironmentRow::State::Changed, tr("pin changes"), {}, description, {} });
    m_impactModel->setRows(std::move(rows));
    m_summary->setText(description);
    Q_EMIT impactUpdated();
}

} // namespace ui
