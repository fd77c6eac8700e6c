// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/views/inventoryinstalledtab.h"

#include "core/checks/hostfacts.h"
#include "core/inventory/limit.h"
#include "core/jobs/ansiblerunjob.h"
#include "core/util/qtext.h"
#include "ui/models/changetablemodel.h"
#include "ui/models/hostdriftmodel.h"
#include "ui/views/inventorychecker.h"
#include "ui/views/inventorywidgets.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <set>

namespace ui {

using core::checks::DriftStatus;
using core::util::qs;

namespace {

/** What one search of "Which hosts have" on the thread pool gives. */
struct Found
{
    std::vector<core::checks::InstalledMatch> matches;
    QString error; ///< not a match spec
};

/** "5 min ago" in the user's language. */
QString ageText(const std::string &time)
{
    const QDateTime then = QDateTime::fromString(qs(time), Qt::ISODate);
    if (!then.isValid())
        return InventoryInstalledTab::tr("at an unknown time");
    const qint64 s = std::max<qint64>(0, then.secsTo(QDateTime::currentDateTimeUtc()));
    if (s < 120)
        return InventoryInstalledTab::tr("%n second(s) ago", nullptr, int(s));
    if (s < 7200)
        return InventoryInstalledTab::tr("%n minute(s) ago", nullptr, int(s / 60));
    if (s < 2 * 86400)
        return InventoryInstalledTab::tr("%n hour(s) ago", nullptr, int(s / 3600));
    return InventoryInstalledTab::tr("%n day(s) ago", nullptr, int(s / 86400));
}

} // namespace

/** What one comparison on the thread pool gives (the index too: building it takes a while). */
struct InventoryInstalledTab::Compared
{
    std::vector<core::checks::HostDrift> drift;
    std::shared_ptr<const FactsByHost> facts;
    std::shared_ptr<const InstalledIndex> index;
    QStringList problems;
};

InventoryInstalledTab::InventoryInstalledTab(InventoryChecker *checker, QWidget *parent)
    : QWidget(parent)
    , m_checker(checker)
    , m_summary(makeInventorySummary(this, QStringLiteral("installedSummary")))
    , m_gather(new QPushButton(tr("Gather Installed"), this))
    , m_limit(new QLineEdit(this))
    , m_onlyDrift(new QCheckBox(tr("Only drift"), this))
    , m_driftModel(new HostDriftModel(this))
    , m_searchField(new QLineEdit(this))
    , m_searchSummary(makeInventorySummary(this, QStringLiteral("whichHostsHaveSummary")))
    , m_searchModel(new QStandardItemModel(0, 4, this))
    , m_deploySummary(makeInventorySummary(this, QStringLiteral("deployChangeSummary")))
    , m_deployModel(new ChangeTableModel(this))
{
    m_factsWriter.setMaxThreadCount(1);
    setObjectName(QStringLiteral("installedTab"));
    m_gather->setObjectName(QStringLiteral("gatherInstalled"));
    m_gather->setToolTip(tr("Runs deploydeck's gathering play over the hosts of the limit (all when it is empty), "
                            "as a job: each host's RPMs and the conda environments the inventory gives it."));
    m_limit->setObjectName(QStringLiteral("gatherLimit"));
    m_limit->setPlaceholderText(tr("Limit: hosts or groups, as ansible-playbook --limit (empty: every host)"));
    m_limit->setAccessibleName(tr("Limit of Gather Installed"));
    m_limit->setClearButtonEnabled(true);
    m_onlyDrift->setObjectName(QStringLiteral("onlyDrift"));
    m_searchField->setObjectName(QStringLiteral("whichHostsHave"));
    m_searchField->setPlaceholderText(tr("Which hosts have… (a match spec, such as pytango=9.3)"));
    m_searchField->setAccessibleName(tr("Which hosts have"));
    m_searchField->setClearButtonEnabled(true);
    m_searchModel->setHorizontalHeaderLabels({ tr("Host"), tr("Environment or RPM"), tr("Package"), tr("Installed") });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_gather);
    bar->addWidget(m_limit, 1);
    bar->addWidget(m_onlyDrift);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_driftTable = makeInventoryTable(splitter, QStringLiteral("driftTable"), m_driftModel, HeaderSorting::Off);
    auto *lower = new QSplitter(Qt::Horizontal, splitter);
    auto *searchPane = new QWidget(lower);
    auto *searchLayout = new QVBoxLayout(searchPane);
    searchLayout->setContentsMargins(0, 0, 0, 0);
    searchLayout->addWidget(m_searchField);
    searchLayout->addWidget(m_searchSummary);
    m_searchTable = makeInventoryTable(searchPane, QStringLiteral("whichHostsHaveTable"), m_searchModel, HeaderSorting::Off);
    m_searchTable->resizeColumnsToContents();
    searchLayout->addWidget(m_searchTable);
    auto *deployPane = new QWidget(lower);
    auto *deployLayout = new QVBoxLayout(deployPane);
    deployLayout->setContentsMargins(0, 0, 0, 0);
    deployLayout->addWidget(m_deploySummary);
    deployLayout->addWidget(
        makeInventoryTable(deployPane, QStringLiteral("deployChangeTable"), m_deployModel, HeaderSorting::Off));
    layout->addWidget(splitter, 1);
    m_deploySummary->setText(tr("Select a host's environment to see what a deployment would change there."));

    connect(m_gather, &QPushButton::clicked, this, [this] {
        const core::jobs::AnsibleRunOptions options = gatherOptions();
        if (options.playbook.isEmpty()) {
            m_summary->setText(tr("deploydeck's gathering play (ansible/gather_installed.yml) is not installed."));
            return;
        }
        // A limit that selects nothing would run Ansible for nothing ("no hosts matched"): say so here.
        if (!options.limit.isEmpty() && m_snapshot) {
            const auto hosts = core::inventory::selectHosts(m_snapshot->inventory, options.limit.toStdString());
            if (!hosts) {
                m_summary->setText(tr("Limit “%1”: %2").arg(options.limit, qs(hosts.error().message())));
                return;
            }
            if (hosts->empty()) {
                m_summary->setText(tr("Limit “%1” matches no host of the inventory.").arg(options.limit));
                return;
            }
        }
        m_summary->setText(tr("Gathering what the hosts have installed… (the Jobs page shows the run)"));
        Q_EMIT gatherRequested(options);
    });
    connect(m_onlyDrift, &QCheckBox::toggled, m_driftModel, &HostDriftModel::setOnlyDrift);
    connect(m_searchField, &QLineEdit::textChanged, this, &InventoryInstalledTab::search);
    connect(m_driftTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &InventoryInstalledTab::showDeployChange);
    connect(m_driftModel, &QAbstractItemModel::modelReset, this, &InventoryInstalledTab::showDeployChange);
    if (m_checker)
        connect(m_checker, &InventoryChecker::environmentsSolved, this, &InventoryInstalledTab::compare);
    setEnabled(false);
}

InventoryInstalledTab::~InventoryInstalledTab() = default;

void InventoryInstalledTab::setSnapshot(
    std::shared_ptr<const InventorySnapshot> snapshot, const QString &workspaceRoot, const QString &inventorySource)
{
    m_snapshot = std::move(snapshot);
    m_workspaceRoot = workspaceRoot;
    m_inventorySource = inventorySource;
    setEnabled(m_snapshot != nullptr);
    compare();
}

void InventoryInstalledTab::reloadFacts()
{
    compare();
}

void InventoryInstalledTab::applyGathering(const core::jobs::AnsibleRunJob &job)
{
    if (m_workspaceRoot.isEmpty() || !m_snapshot)
        return;
    std::vector<core::checks::GatherOutcome> outcomes;
    for (const core::jobs::GatheredHost &g : core::jobs::gatheredHosts(job.review()))
        outcomes.push_back({ g.host.toStdString(), g.reachable, g.error.toStdString(), g.data });
    // The hosts the run was to read: those of its limit that the inventory gives pins.
    std::vector<std::string> selected;
    if (auto hosts = core::inventory::selectHosts(m_snapshot->inventory, job.options().limit.toStdString())) {
        std::set<std::string> known;
        for (const auto &h : m_snapshot->pins)
            known.insert(h.host);
        for (std::string &h : *hosts)
            if (known.contains(h))
                selected.push_back(std::move(h));
    }
    const std::string started = job.startedAt().isValid()
        ? job.startedAt().toUTC().toString(Qt::ISODate).toStdString()
        : core::checks::nowText();
    const std::string unreported = core::checks::unreportedReason(job.state() == core::jobs::JobState::Cancelled);
    auto *watcher = new QFutureWatcher<core::checks::GatheringRecord>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const core::checks::GatheringRecord record = watcher->result();
        if (!record.failures.empty()) {
            QStringList failed;
            for (const core::util::Error &e : record.failures)
                failed << qs(e.message());
            const QString text = failed.join(QStringLiteral("; "));
            m_summary->setText(tr("The gathered facts of %n host(s) could not be saved: %1", nullptr,
                int(record.failures.size()))
                                   .arg(text));
            Q_EMIT gatheringFailed(text);
        }
        compare();
    });
    watcher->setFuture(QtConcurrent::run(&m_factsWriter,
        [folder = core::checks::factsFolder(m_workspaceRoot.toStdString()), selected = std::move(selected),
            outcomes = std::move(outcomes), started, unreported] {
            return core::checks::recordGathering(folder, selected, outcomes, started, unreported);
        }));
}

core::jobs::AnsibleRunOptions InventoryInstalledTab::gatherOptions() const
{
    QMap<QString, QStringList> environments;
    const QString limit = m_limit->text().trimmed();
    std::set<std::string> selected;
    if (m_snapshot)
        if (auto hosts = core::inventory::selectHosts(m_snapshot->inventory, limit.toStdString()))
            selected.insert(hosts->begin(), hosts->end());
    if (m_snapshot)
        for (const auto &[host, names] : core::checks::environmentNames(m_snapshot->pins)) {
            if (!selected.contains(host))
                continue;
            QStringList list;
            for (const std::string &n : names)
                list << qs(n);
            environments.insert(qs(host), list);
        }
    return core::jobs::gatherRunOptions(core::jobs::AnsibleRunJob::gatherPlaybook(), { m_inventorySource },
        limit, environments, 20);
}

void InventoryInstalledTab::compare()
{
    const int generation = ++m_generation;
    if (!m_snapshot || m_workspaceRoot.isEmpty()) {
        showDrift({});
        return;
    }
    // What `latest` installs today, as the pin check found it; the solves of today's environments.
    std::map<std::string, std::string> latest;
    std::vector<core::checks::EnvironmentResult> solved;
    if (m_checker) {
        for (const core::checks::PinCheck &c : m_checker->pinChecks())
            if (c.key.kind == core::inventory::PinKind::Rpm && c.spec == "latest" && !c.newestMatching.empty())
                latest[c.key.package] = c.newestMatching;
        solved = m_checker->results();
    }
    auto *watcher = new QFutureWatcher<Compared>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer comparison is on its way
        Compared result = watcher->result();
        showDrift(std::move(result));
    });
    watcher->setFuture(QtConcurrent::run([snapshot = m_snapshot, root = m_workspaceRoot.toStdString(),
                                             latest = std::move(latest), solved = std::move(solved)] {
        Compared c;
        std::vector<std::string> hosts;
        for (const auto &h : snapshot->pins)
            hosts.push_back(h.host);
        core::checks::FactsCache cache = core::checks::readFacts(core::checks::factsFolder(root), hosts);
        for (const auto &e : cache.problems)
            c.problems << qs(e.message());
        const core::checks::LatestRpm newest = [&latest](const std::string &name) {
            const auto it = latest.find(name);
            return it == latest.end() ? std::string() : it->second;
        };
        c.drift = core::checks::compareHosts(snapshot->pins, cache.hosts, snapshot->variables, newest);
        for (std::size_t i = 0; i < c.drift.size(); ++i) {
            const auto found = cache.hosts.find(snapshot->pins[i].host);
            if (found != cache.hosts.end() && !solved.empty())
                core::checks::addDeployChanges(
                    c.drift[i], snapshot->pins[i], &found->second, solved, snapshot->variables);
        }
        c.index = std::make_shared<const InstalledIndex>(ui::installedIndex(c.drift));
        c.facts = std::make_shared<const FactsByHost>(std::move(cache.hosts));
        return c;
    }));
}

void InventoryInstalledTab::showDrift(Compared compared)
{
    m_facts = std::move(compared.facts);
    std::vector<core::checks::HostDrift> drift = std::move(compared.drift);
    const QStringList problems = std::move(compared.problems);
    int gathered = 0;
    int drifting = 0;
    int unreachable = 0;
    std::string oldest;
    for (const auto &d : drift) {
        if (!d.gathered.empty()) {
            ++gathered;
            if (oldest.empty() || d.gathered < oldest)
                oldest = d.gathered;
        }
        // Hosts never read are "not gathered", not drift; a host not reached at its last attempt is
        // counted whether or not an earlier one read it.
        drifting += !d.gathered.empty() && d.drifts() ? 1 : 0;
        unreachable += !d.attempted.empty() && !d.reachable ? 1 : 0;
    }
    const int hosts = int(drift.size());
    m_installedIndex = compared.index ? std::move(compared.index) : std::make_shared<const InstalledIndex>();
    m_driftModel->setDrift(std::move(drift));
    QString text;
    if (hosts == 0)
        text = tr("No inventory loaded.");
    else if (gathered == 0)
        text = tr("Nothing gathered yet: Gather Installed asks the %n host(s) what they have.", nullptr, hosts);
    else
        text = tr("Facts of %1 of %n host(s), the oldest gathered %2; %3 drift from their pins, %4 not reached at the "
                  "last try.",
            nullptr, hosts)
                   .arg(gathered)
                   .arg(ageText(oldest))
                   .arg(drifting)
                   .arg(unreachable);
    if (!problems.isEmpty())
        text += QLatin1Char('\n')
            + tr("Unreadable facts (gather again to replace them): %1").arg(problems.join(QStringLiteral("; ")));
    m_summary->setText(text);
    search(m_searchField->text());
    Q_EMIT driftUpdated();
}

void InventoryInstalledTab::search(const QString &spec)
{
    const int generation = ++m_searchGeneration;
    m_searchModel->removeRows(0, m_searchModel->rowCount());
    const QString wanted = spec.trimmed();
    if (wanted.isEmpty()) {
        m_searchSummary->clear();
        return;
    }
    std::vector<std::string> hosts;
    if (m_snapshot)
        for (const auto &h : m_snapshot->pins)
            hosts.push_back(h.host);
    auto *watcher = new QFutureWatcher<Found>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, wanted] {
        watcher->deleteLater();
        if (generation != m_searchGeneration)
            return; // the field changed since
        const Found found = watcher->result();
        if (!found.error.isEmpty()) {
            m_searchSummary->setText(tr("Not a match spec: %1").arg(found.error));
            Q_EMIT searchDone();
            return;
        }
        QStringList hostsFound;
        for (const core::checks::InstalledMatch &m : found.matches) {
            m_searchModel->appendRow(
                { new QStandardItem(qs(m.host)), new QStandardItem(m.where == "rpm" ? tr("RPM") : qs(m.where)),
                    new QStandardItem(qs(m.name)), new QStandardItem(qs(m.installed)) });
            if (hostsFound.isEmpty() || hostsFound.constLast() != qs(m.host))
                hostsFound << qs(m.host);
        }
        m_searchTable->resizeColumnsToContents(); // rows appended: no model reset to fit them
        m_searchSummary->setText(hostsFound.isEmpty()
                ? tr("No host has a package matching %1.").arg(wanted)
                : tr("%n host(s) have it: %1", nullptr, int(hostsFound.size())).arg(hostsFound.join(QStringLiteral(", "))));
        Q_EMIT searchDone();
    });
    watcher->setFuture(QtConcurrent::run([facts = m_facts, hosts = std::move(hosts), wanted = wanted.toStdString()] {
        std::vector<const core::checks::HostFacts *> inOrder;
        if (facts)
            for (const std::string &h : hosts)
                if (const auto it = facts->find(h); it != facts->end())
                    inOrder.push_back(&it->second);
        auto found = core::checks::findInstalled(wanted, inOrder);
        return found ? Found { std::move(*found), {} } : Found { {}, qs(found.error().message()) };
    }));
}

void InventoryInstalledTab::showDeployChange()
{
    const QModelIndex current = m_driftTable->currentIndex();
    const QString host = current.data(HostDriftModel::HostRole).toString();
    const QString env = current.data(HostDriftModel::EnvironmentRole).toString();
    m_deployModel->setChanges({});
    if (!current.isValid() || env.isEmpty()) {
        m_deploySummary->setText(tr("Select a host's environment to see what a deployment would change there."));
        return;
    }
    for (const auto &d : m_driftModel->drift()) {
        if (qs(d.host) != host)
            continue;
        for (const core::checks::DeployChange &c : d.deploy) {
            if (qs(c.env) != env)
                continue;
            if (!c.error.empty())
                m_deploySummary->setText(tr("Deploying %1 on %2: %3").arg(env, host, qs(c.error)));
            else if (c.changes.isEmpty())
                m_deploySummary->setText(tr("Deploying %1 on %2 now changes nothing.").arg(env, host));
            else
                m_deploySummary->setText((c.exists
                        ? tr("Deploying %1 on %2 now changes %n package(s):", nullptr, int(c.changes.counts.total()))
                        : tr("Deploying %1 on %2 now creates it with %n package(s):", nullptr,
                            int(c.changes.counts.total())))
                                             .arg(env, host));
            m_deployModel->setChanges(c.changes);
            return;
        }
    }
    m_deploySummary->setText(tr("Deploying %1 on %2: the environments are not solved yet.").arg(env, host));
}

QMap<QString, QStringList> InventoryInstalledTab::driftReasons() const
{
    QMap<QString, QStringList> reasons;
    for (const auto &d : m_driftModel->drift()) {
        if (!d.drifts())
            continue;
        QStringList lines;
        if (d.gathered.empty())
            lines << tr("never gathered");
        else if (d.notRead())
            lines << tr("not reached at the last gathering (facts from %1)").arg(ageText(d.gathered));
        for (const auto &e : d.rpm)
            if (e.status == DriftStatus::Missing || e.status == DriftStatus::Mismatch)
                lines << tr("%1 %2: %3")
                             .arg(qs(e.name), qs(e.pin), e.installed.empty() ? tr("not installed") : qs(e.installed));
        for (const auto &e : d.conda)
            if (e.status == DriftStatus::Missing || e.status == DriftStatus::Mismatch)
                lines << tr("%1 in %2: %3")
                             .arg(qs(e.spec), qs(e.env), e.installed.empty() ? tr("not installed") : qs(e.installed));
        constexpr int shown = 4;
        if (lines.size() > shown) {
            const int more = int(lines.size()) - shown;
            lines = lines.mid(0, shown);
            lines << tr("and %n more", nullptr, more);
        }
        reasons.insert(qs(d.host), lines);
    }
    return reasons;
}

} // namespace ui
