// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/views/inventoryreadinesstab.h"

#include "core/spec/matchspec.h"
#include "core/util/atomicfile.h"
#include "core/util/qtext.h"
#include "ui/diagnostictext.h"
#include "ui/models/hostenvironmentmodel.h"
#include "ui/views/inventorychecker.h"
#include "ui/views/inventorywidgets.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <map>

namespace ui {

using core::util::qs;

namespace {

/** A spec as one token of a spec-list line, where blanks separate specs ("numpy >=1.2" -> "numpy>=1.2"). */
QString specToken(const std::string &spec)
{
    if (spec.find_first_of(" \t") == std::string::npos)
        return qs(spec);
    auto parsed = core::spec::MatchSpec::parse(spec);
    if (!parsed)
        return QString(qs(spec)).remove(QLatin1Char(' '));
    QString token = parsed->channel().empty() ? QString() : qs(parsed->channel()) + QStringLiteral("::");
    token += qs(parsed->name());
    QStringList keys;
    if (parsed->hasVersion())
        keys << QStringLiteral("version='%1'").arg(qs(parsed->version()));
    if (!parsed->build().empty())
        keys << QStringLiteral("build='%1'").arg(qs(parsed->build()));
    return keys.isEmpty() ? token : token + QLatin1Char('[') + keys.join(QLatin1Char(',')) + QLatin1Char(']');
}

} // namespace

InventoryReadinessTab::InventoryReadinessTab(InventoryChecker *checker, QWidget *parent)
    : QWidget(parent)
    , m_checker(checker)
    , m_summary(makeInventorySummary(this, QStringLiteral("readinessSummary")))
    , m_readinessModel(new HostEnvironmentModel(this))
{
    setObjectName(QStringLiteral("readinessTab"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(
        makeInventoryTable(splitter, QStringLiteral("readinessView"), m_readinessModel, HeaderSorting::On));
    m_syncPlanText = makeInventoryText(splitter, QStringLiteral("syncPlanText"));
    splitter->addWidget(m_syncPlanText);
    layout->addWidget(splitter, 1);
    m_makeSyncPlan = new QPushButton(tr("Make Sync Plan…"), this);
    m_makeSyncPlan->setObjectName(QStringLiteral("makeSyncPlan"));
    m_makeSyncPlan->setToolTip(tr("Save the environments that are not ready as a spec list, whose sync plan "
                                  "completes the sync target (Spec lists page, deploydeck sync-plan)"));
    m_makeSyncPlan->setEnabled(false);
    layout->addWidget(m_makeSyncPlan, 0, Qt::AlignRight);
    connect(m_makeSyncPlan, &QPushButton::clicked, this, &InventoryReadinessTab::makeSyncPlan);
    if (m_checker)
        connectChecker();
}

InventoryReadinessTab::~InventoryReadinessTab() = default;

void InventoryReadinessTab::connectChecker()
{
    connect(m_checker, &InventoryChecker::environmentsPending, this,
        [this](const std::vector<core::checks::EnvironmentInput> &envs) {
            m_readinessModel->setPending(envs);
            m_summary->setText(tr("Solving against the sync target…"));
            m_makeSyncPlan->setEnabled(false);
        });
    connect(m_checker, &InventoryChecker::failed, this,
        [this](const QString &error) { m_summary->setText(tr("Cannot check: %1").arg(error)); });
    connect(m_checker, &InventoryChecker::readinessChecked, this, &InventoryReadinessTab::showReadiness);
    connect(m_checker, &InventoryChecker::readinessFailed, this, &InventoryReadinessTab::showFailure);
}

void InventoryReadinessTab::showFailure(const QString &error)
{
    m_readinessModel->setRows({});
    m_summary->setText(tr("Cannot check offline readiness: %1").arg(error));
    m_syncPlanText->clear();
    Q_EMIT readinessUpdated();
}

void InventoryReadinessTab::showReadiness()
{
    const auto &report = *m_checker->readiness();
    m_readinessModel->setReadiness(report);
    const auto &plan = report.plan;
    m_summary->setText(
        tr("%1 of %n host environment(s) can be installed from %2 alone; %3 package file(s) (%4) are missing.", nullptr,
            int(report.environments.size()))
            .arg(report.readyCount())
            .arg(qs(report.target))
            .arg(plan.missing.size())
            .arg(core::util::sizeText(plan.downloadSize, QLocale())));
    // Which host environments need each file: plan lines map back to environments.
    std::map<int, QStringList> users;
    for (const auto &e : report.environments)
        if (!e.ready())
            users[e.planLine] << tr("%1 %2").arg(qs(e.offline.host), qs(e.offline.environment));
    QString text = tr("Sync plan for %1 (%2):\n").arg(qs(report.target), qs(plan.platform));
    for (const auto &p : plan.missing)
        text += QStringLiteral("  %1  %2\n")
                    .arg(qs(p.record.subdir + '/' + p.record.fn), core::util::sizeText(p.record.size, QLocale()));
    for (const auto &line : plan.lines) {
        text += tr("\nLine %1: %2 — %3\n  for %4\n")
                    .arg(line.lineNumber)
                    .arg(qs(line.text), qs(core::solve::lineStatusName(line.status)),
                        users[line.lineNumber].join(QStringLiteral(", ")));
        if (line.status != core::solve::LineStatus::Solved)
            text += line.status == core::solve::LineStatus::Unsolvable
                ? DiagnosticText::problemsText(line.problems)
                : qs(line.errors.empty() ? std::string() : line.errors.front());
    }
    m_syncPlanText->setPlainText(text);
    m_makeSyncPlan->setEnabled(!plan.lines.empty());
    Q_EMIT readinessUpdated();
}

core::util::Result<void> InventoryReadinessTab::saveSyncPlanSpecList(const QString &path) const
{
    if (!m_checker || !m_checker->readiness())
        return core::util::makeError(core::util::ErrorCode::InvalidArgument, "offline readiness has not been checked");
    const auto &report = *m_checker->readiness();
    QStringList out { QStringLiteral("# Environments of the inventory that the sync target cannot install alone,"),
        QStringLiteral("# from deploydeck's offline readiness check (%1).")
            .arg(QDateTime::currentDateTime().toString(Qt::ISODate)),
        QStringLiteral("# Target: %1").arg(qs(report.target)) };
    for (const auto &line : report.plan.lines) {
        QStringList users, tokens;
        for (const auto &e : report.environments)
            if (e.planLine == line.lineNumber)
                users << qs(e.offline.host + ' ' + e.offline.environment);
        for (const auto &spec : line.specs)
            tokens << specToken(spec);
        out << QString() << QStringLiteral("# %1").arg(users.join(QStringLiteral(", ")));
        // A line that does not solve even from the workspace channels stays a comment: it cannot be synced.
        const bool solvable = line.status == core::solve::LineStatus::Solved;
        out << (solvable ? QString() : QStringLiteral("# not installable: ")) + tokens.join(QLatin1Char(' '));
    }
    return core::util::writeFileAtomically(path, (out.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
}

void InventoryReadinessTab::makeSyncPlan()
{
    const QString folder
        = m_workspaceRoot.isEmpty() ? QDir::homePath() : m_workspaceRoot + QStringLiteral("/speclists");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the Sync Plan as a Spec List"),
        folder + QStringLiteral("/offline-readiness.txt"), tr("Spec lists (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto saved = saveSyncPlanSpecList(path);
    Q_EMIT statusChanged(saved
            ? tr("Saved %1: preview it on the Spec lists page or run deploydeck sync-plan on it").arg(path)
            : tr("Cannot save %1: %2").arg(path, DiagnosticText::errorText(saved.error())));
}

} // namespace ui
