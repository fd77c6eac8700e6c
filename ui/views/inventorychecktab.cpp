// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/views/inventorychecktab.h"

#include "ui/models/hostenvironmentmodel.h"
#include "ui/models/pincheckmodel.h"
#include "ui/views/inventorychecker.h"
#include "ui/views/inventorywidgets.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

InventoryCheckTab::InventoryCheckTab(InventoryChecker *checker, QWidget *parent)
    : QWidget(parent)
    , m_checker(checker)
    , m_summary(makeInventorySummary(this, QStringLiteral("checkSummary")))
    , m_pinCheckModel(new PinCheckModel(this))
    , m_environmentModel(new HostEnvironmentModel(this))
{
    setObjectName(QStringLiteral("pinCheckTab"));
    m_summary->setText(tr("Waiting for the inventory and the channels…"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(
        makeInventoryTable(splitter, QStringLiteral("pinCheckView"), m_pinCheckModel, HeaderSorting::On));
    auto *environments
        = makeInventoryTable(splitter, QStringLiteral("environmentView"), m_environmentModel, HeaderSorting::On);
    splitter->addWidget(environments);
    m_explanation = makeInventoryText(splitter, QStringLiteral("explanation"));
    splitter->addWidget(m_explanation);
    followExplanation(environments, m_explanation);
    layout->addWidget(splitter, 1);
    if (m_checker)
        connectChecker();
}

InventoryCheckTab::~InventoryCheckTab() = default;

void InventoryCheckTab::connectChecker()
{
    connect(m_checker, &InventoryChecker::statusChanged, m_summary, &QLabel::setText);
    connect(m_checker, &InventoryChecker::environmentsPending, this,
        [this](const std::vector<core::checks::EnvironmentInput> &envs) {
            m_pinCheckModel->setChecks({});
            m_environmentModel->setPending(envs);
        });
    connect(m_checker, &InventoryChecker::pinsChecked, this, [this] {
        m_pinCheckModel->setChecks(m_checker->pinChecks());
        updateSummary();
    });
    connect(m_checker, &InventoryChecker::environmentsSolved, this, [this] {
        m_environmentModel->setResults(m_checker->results());
        updateSummary();
    });
    connect(m_checker, &InventoryChecker::failed, this,
        [this](const QString &error) { m_summary->setText(tr("Cannot check: %1").arg(error)); });
}

void InventoryCheckTab::updateSummary()
{
    // Both halves arrive separately; the summary is final once the environments are solved.
    const auto &snapshot = m_checker->snapshot();
    const bool pinsDone = !m_checker->pinChecks().empty() || (snapshot && snapshot->environments().empty());
    const bool envsDone = m_checker->results().size() == (snapshot ? snapshot->environments().size() : 0);
    if (!pinsDone || !envsDone)
        return;
    const QStringList broken = m_checker->brokenHosts();
    const auto &results = m_checker->results();
    const int unsolved = int(std::count_if(results.begin(), results.end(),
        [](const auto &r) { return r.status != core::checks::EnvironmentStatus::Solved; }));
    QString text = tr("%n distinct pin(s) checked, %1 not available; ", nullptr, m_pinCheckModel->rowCount())
                       .arg(m_pinCheckModel->failureCount())
        + tr("%n environment(s) solved per host, %1 do not solve.", nullptr, int(results.size())).arg(unsolved);
    text += broken.isEmpty() ? tr(" No host would break.")
                             : tr(" Hosts that would break: %1").arg(broken.join(QStringLiteral(", ")));
    if (!m_checker->rpmErrors().isEmpty())
        text += tr("\nRPM repositories not read: %1").arg(m_checker->rpmErrors().join(QStringLiteral("; ")));
    m_summary->setText(text);
    Q_EMIT checksFinished();
}

} // namespace ui
