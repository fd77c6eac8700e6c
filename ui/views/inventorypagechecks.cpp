// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
//
// The Compare page's checks: pin check, impact and offline readiness (InventoryChecker does the
// work; this file shows it).
#include "ui/views/inventorypage.h"

#include "core/spec/matchspec.h"
#include "core/util/atomicfile.h"
#include "ui/models/hostenvironmentmodel.h"
#include "ui/models/pincheckmodel.h"
#include "ui/models/pinmatrixmodel.h"
#include "ui/views/inventorychecker.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace ui {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QPlainTextEdit *makeText(QWidget *parent, const QString &name)
{
    auto *text = new QPlainTextEdit(parent);
    text->setObjectName(name);
    text->setAccessibleName(name);
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return text;
}

QLabel *makeSummary(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

/** Shows the explanation of the selected row of @p view in @p text. */
void followSelection(QTableView *view, QPlainTextEdit *text)
{
    QObject::connect(
        view->selectionModel(), &QItemSelectionModel::currentRowChanged, text, [text](const QModelIndex &current) {
            text->setPlainText(current.data(HostEnvironmentModel::ExplanationRole).toString());
        });
}

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

QWidget *InventoryPage::createCheckTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    m_checkSummary = makeSummary(tab, QStringLiteral("checkSummary"));
    m_checkSummary->setText(tr("Waiting for the inventory and the channels…"));
    layout->addWidget(m_checkSummary);
    auto *splitter = new QSplitter(Qt::Vertical, tab);
    m_pinCheckModel = new PinCheckModel(this);
    splitter->addWidget(makeTable(splitter, QStringLiteral("pinCheckView"), m_pinCheckModel, true));
    m_environmentModel = new HostEnvironmentModel(this);
    auto *environments = makeTable(splitter, QStringLiteral("environmentView"), m_environmentModel, true);
    splitter->addWidget(environments);
    m_explanation = makeText(splitter, QStringLiteral("explanation"));
    splitter->addWidget(m_explanation);
    followSelection(environments, m_explanation);
    layout->addWidget(splitter, 1);
    return tab;
}

QWidget *InventoryPage::createImpactTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    m_impactSummary = makeSummary(tab, QStringLiteral("impactSummary"));
    m_impactSummary->setText(tr("Select a package in the pin matrix to see which hosts and environments use it, or "
                                "double-click a cell to propose another value and see whose result changes."));
    layout->addWidget(m_impactSummary);
    auto *splitter = new QSplitter(Qt::Vertical, tab);
    m_impactModel = new HostEnvironmentModel(this);
    auto *view = makeTable(splitter, QStringLiteral("impactView"), m_impactModel, true);
    splitter->addWidget(view);
    m_impactDetail = makeText(splitter, QStringLiteral("impactDetail"));
    splitter->addWidget(m_impactDetail);
    followSelection(view, m_impactDetail);
    layout->addWidget(splitter, 1);
    return tab;
}

QWidget *InventoryPage::createReadinessTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    m_readinessSummary = makeSummary(tab, QStringLiteral("readinessSummary"));
    layout->addWidget(m_readinessSummary);
    auto *splitter = new QSplitter(Qt::Vertical, tab);
    m_readinessModel = new HostEnvironmentModel(this);
    auto *view = makeTable(splitter, QStringLiteral("readinessView"), m_readinessModel, true);
    splitter->addWidget(view);
    m_syncPlanText = makeText(splitter, QStringLiteral("syncPlanText"));
    splitter->addWidget(m_syncPlanText);
    layout->addWidget(splitter, 1);
    m_makeSyncPlan = new QPushButton(tr("Make Sync Plan…"), tab);
    m_makeSyncPlan->setObjectName(QStringLiteral("makeSyncPlan"));
    m_makeSyncPlan->setToolTip(tr("Save the environments that are not ready as a spec list, whose sync plan "
                                  "completes the sync target (Spec lists page, deploydeck sync-plan)"));
    m_makeSyncPlan->setEnabled(false);
    layout->addWidget(m_makeSyncPlan, 0, Qt::AlignRight);
    connect(m_makeSyncPlan, &QPushButton::clicked, this, &InventoryPage::makeSyncPlan);
    return tab;
}

void InventoryPage::connectChecker()
{
    connect(m_checker, &InventoryChecker::statusChanged, this, [this](const QString &text) {
        m_checkSummary->setText(text);
        Q_EMIT statusChanged(text);
    });
    connect(m_checker, &InventoryChecker::environmentsPending, this,
        [this](const std::vector<core::checks::EnvironmentInput> &envs) {
            m_pinCheckModel->setChecks({});
            m_environmentModel->setPending(envs);
            m_readinessModel->setPending(envs);
            m_readinessSummary->setText(tr("Solving against the sync target…"));
            m_makeSyncPlan->setEnabled(false);
        });
    connect(m_checker, &InventoryChecker::pinsChecked, this, [this] {
        m_pinCheckModel->setChecks(m_checker->pinChecks());
        updateCheckSummary();
    });
    connect(m_checker, &InventoryChecker::environmentsSolved, this, [this] {
        m_environmentModel->setResults(m_checker->results());
        updateCheckSummary();
    });
    connect(m_checker, &InventoryChecker::failed, this, [this](const QString &error) {
        m_checkSummary->setText(tr("Cannot check: %1").arg(error));
        m_readinessSummary->setText(m_checkSummary->text());
    });
    connect(m_checker, &InventoryChecker::readinessChecked, this, &InventoryPage::showReadiness);
    connect(m_checker, &InventoryChecker::readinessFailed, this, [this](const QString &error) {
        m_readinessModel->setRows({});
        m_readinessSummary->setText(tr("Cannot check offline readiness: %1").arg(error));
        m_syncPlanText->clear();
        Q_EMIT readinessUpdated();
    });
    connect(m_checker, &InventoryChecker::impactStarted, this,
        [this](const QString &description) { m_impactSummary->setText(tr("Solving %1…").arg(description)); });
    connect(m_checker, &InventoryChecker::impactReady, this, &InventoryPage::showImpact);
    connect(m_checker, &InventoryChecker::impactListed, this,
        [this](const QString &description, const QString &scope, const QStringList &hosts) {
            std::vector<HostEnvironmentRow> rows;
            for (const QString &h : hosts)
                rows.push_back(
                    { h, scope, HostEnvironmentRow::State::Changed, tr("pin changes"), {}, description, {} });
            m_impactModel->setRows(std::move(rows));
            m_impactSummary->setText(description);
            Q_EMIT impactUpdated();
        });
}

void InventoryPage::updateCheckSummary()
{
    // Both halves arrive separately; the summary is final once the environments are solved.
    const bool pinsDone = !m_checker->pinChecks().empty() || (m_snapshot && m_snapshot->environments().empty());
    const bool envsDone = m_checker->results().size() == (m_snapshot ? m_snapshot->environments().size() : 0);
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
    m_checkSummary->setText(text);
    Q_EMIT checksFinished();
}

void InventoryPage::showPackageUsage(int matrixRow)
{
    if (!m_snapshot || matrixRow < 0 || matrixRow >= m_matrixModel->rowCount())
        return;
    const core::inventory::PinKey key = m_matrixModel->rowKey(matrixRow);
    std::vector<HostEnvironmentRow> rows;
    int pinned = 0;
    for (const auto &host : m_snapshot->pins)
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
    m_impactDetail->clear();
    m_impactSummary->setText(tr("%1 (%2): pinned by %n host(s)", nullptr, pinned).arg(qs(key.package), qs(key.scope))
        + (key.kind == core::inventory::PinKind::Conda ? tr(", installed in %n host environment(s)", nullptr, installs)
                                                       : QString()));
    Q_EMIT impactUpdated();
}

void InventoryPage::showImpact(const QString &description, const std::vector<core::checks::EnvironmentImpact> &impacts)
{
    m_impactModel->setImpacts(impacts);
    m_impactDetail->clear();
    const int changed = int(std::count_if(impacts.begin(), impacts.end(), [](const auto &i) { return i.changed(); }));
    const int breaks = int(std::count_if(impacts.begin(), impacts.end(), [](const auto &i) {
        return i.before.status == core::checks::EnvironmentStatus::Solved
            && i.after.status != core::checks::EnvironmentStatus::Solved;
    }));
    m_impactSummary->setText(tr("%1: %2 of %n environment(s) change, %3 would break.", nullptr, int(impacts.size()))
                                 .arg(description)
                                 .arg(changed)
                                 .arg(breaks));
    Q_EMIT impactUpdated();
}

void InventoryPage::showReadiness()
{
    const auto &report = *m_checker->readiness();
    m_readinessModel->setReadiness(report);
    const auto &plan = report.plan;
    m_readinessSummary->setText(
        tr("%1 of %n host environment(s) can be installed from %2 alone; %3 package file(s) (%4) are missing.", nullptr,
            int(report.environments.size()))
            .arg(report.readyCount())
            .arg(qs(report.target))
            .arg(plan.missing.size())
            .arg(QLocale().formattedDataSize(qint64(plan.downloadSize))));
    // Which host environments need each file: plan lines map back to environments.
    std::map<int, QStringList> users;
    for (const auto &e : report.environments)
        if (!e.ready())
            users[e.planLine] << tr("%1 %2").arg(qs(e.offline.host), qs(e.offline.environment));
    QString text = tr("Sync plan for %1 (%2):\n").arg(qs(report.target), qs(plan.platform));
    for (const auto &p : plan.missing)
        text += QStringLiteral("  %1  %2\n")
                    .arg(qs(p.record.subdir + '/' + p.record.fn), QLocale().formattedDataSize(qint64(p.record.size)));
    for (const auto &line : plan.lines) {
        text += tr("\nLine %1: %2 — %3\n  for %4\n")
                    .arg(line.lineNumber)
                    .arg(qs(line.text), qs(core::solve::lineStatusName(line.status)),
                        users[line.lineNumber].join(QStringLiteral(", ")));
        if (line.status != core::solve::LineStatus::Solved)
            text += qs(line.problemsText);
    }
    m_syncPlanText->setPlainText(text);
    m_makeSyncPlan->setEnabled(!plan.lines.empty());
    Q_EMIT readinessUpdated();
}

core::util::Result<void> InventoryPage::saveSyncPlanSpecList(const QString &path) const
{
    if (!m_checker->readiness())
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

void InventoryPage::makeSyncPlan()
{
    const QString folder = m_workspace ? qs(m_workspace->root) + QStringLiteral("/speclists") : QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the Sync Plan as a Spec List"),
        folder + QStringLiteral("/offline-readiness.txt"), tr("Spec lists (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto saved = saveSyncPlanSpecList(path);
    Q_EMIT statusChanged(saved
            ? tr("Saved %1: preview it on the Spec lists page or run deploydeck sync-plan on it").arg(path)
            : tr("Cannot save %1: %2").arg(path, qs(saved.error().message())));
}

} // namespace ui
