// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/screenshottour.h"

#include "core/jobs/ansiblerunjob.h"
#include "core/jobs/job.h"
#include "ui/mainwindow.h"
#include "ui/models/packagelistmodel.h"
#include "ui/models/packagetablemodel.h"
#include "ui/views/channelspage.h"
#include "ui/views/environmentpreview.h"
#include "ui/models/hostdriftmodel.h"
#include "ui/views/environmentspage.h"
#include "ui/views/inventoryinstalledtab.h"
#include "ui/views/inventorypage.h"
#include "ui/views/jobspage.h"
#include "ui/views/speclistpreview.h"
#include "ui/views/speclistspage.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QPixmap>
#include <QTreeView>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

namespace ui {

namespace {
constexpr int s_timeoutMs = 180000;  // a first start builds the .solv caches; ansible takes a while
constexpr int s_settleMs = 400;      // lets the views lay out and paint what they just got
constexpr int s_pollMs = 200;

template<typename T>
T *page(MainWindow &window, std::size_t index)
{
    return index < window.pages().size() ? qobject_cast<T *>(window.pages()[index]) : nullptr;
}

void warn(const QString &text)
{
    std::fprintf(stderr, "deploydeck: %s\n", qPrintable(text));
}
} // namespace

ScreenshotTour::ScreenshotTour(MainWindow &window, const QString &outDir, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_out(outDir)
{
    m_poll.setInterval(s_pollMs);
    connect(&m_poll, &QTimer::timeout, this, &ScreenshotTour::poll);
    if (auto *inventory = page<InventoryPage>(m_window, 3)) {
        connect(inventory, &InventoryPage::checksFinished, this, [this] { m_inventoryChecked = true; });
        connect(inventory->installedTab(), &InventoryInstalledTab::driftUpdated, this,
            [this] { m_gathered = m_gathered || m_gathering; });
    }
    addSteps();
}

ScreenshotTour::~ScreenshotTour() = default;

void ScreenshotTour::addSteps()
{
    auto *channels = page<ChannelsPage>(m_window, 0);
    auto *environments = page<EnvironmentsPage>(m_window, 1);
    auto *specLists = page<SpecListsPage>(m_window, 2);
    auto *jobs = page<JobsPage>(m_window, 4);
    m_steps.push_back({QStringLiteral("channels"), {}, [channels] {
                           if (!channels || channels->isFetching() || channels->packageModel()->rowCount() == 0)
                               return false;
                           // A package picked, so the builds and the details pane have something to show.
                           if (channels->selectedPackage().isEmpty() && !channels->selectPackage(QStringLiteral("sardana")))
                               channels->packageView()->setCurrentIndex(channels->packageView()->model()->index(0, 0));
                           return true;
                       }});
    m_steps.push_back({QStringLiteral("environments"), {}, [environments] {
                           using State = EnvironmentPreview::State;
                           const State s = environments ? environments->preview()->state() : State::Idle;
                           return s == State::Solved || s == State::Unsolvable || s == State::Error;
                       }});
    m_steps.push_back({QStringLiteral("speclists"), {}, [specLists] {
                           return specLists && specLists->preview()->isUpToDate();
                       }});
    m_steps.push_back({QStringLiteral("inventory"), {}, [this] { return m_inventoryChecked; }});
    m_steps.push_back({QStringLiteral("jobs"), [this] { launchPlaybookCheck(); },
                       [this, jobs] { return m_playbookDone && jobs && jobs->isHistoryLoaded(); }});
    // What the demo hosts have installed (resources/demo/hosts), gathered through Ansible.
    m_steps.push_back({QStringLiteral("installed"), [this] { gatherInstalled(); }, [this] {
                           if (!m_gathered)
                               return false;
                           if (!m_picked) {
                               m_picked = true;
                               pickDrift();
                           }
                           return m_searched;
                       },
        3});
}

void ScreenshotTour::gatherInstalled()
{
    auto *inventory = page<InventoryPage>(m_window, 3);
    InventoryInstalledTab *tab = inventory ? inventory->installedTab() : nullptr;
    auto *gather = tab ? tab->findChild<QPushButton *>(QStringLiteral("gatherInstalled")) : nullptr;
    if (!gather || QStandardPaths::findExecutable(QStringLiteral("ansible-playbook")).isEmpty()) {
        warn(QStringLiteral("no gathering for the Installed tab (no inventory page or ansible-playbook)"));
        m_gathering = m_gathered = true;
        return;
    }
    for (QWidget *w = tab->parentWidget(); w; w = w->parentWidget())
        if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            tabs->setCurrentWidget(tab);
            break;
        }
    m_gathering = true;
    gather->click();
}

void ScreenshotTour::pickDrift()
{
    auto *inventory = page<InventoryPage>(m_window, 3);
    InventoryInstalledTab *tab = inventory ? inventory->installedTab() : nullptr;
    if (!tab)
        return;
    if (auto *only = tab->findChild<QCheckBox *>(QStringLiteral("onlyDrift")))
        only->setChecked(true);
    connect(tab, &InventoryInstalledTab::searchDone, this, [this] { m_searched = true; });
    if (auto *search = tab->findChild<QLineEdit *>(QStringLiteral("whichHostsHave")))
        search->setText(QStringLiteral("taurus<5.1.8"));
    else
        m_searched = true;
    auto *table = tab->findChild<QTableView *>(QStringLiteral("driftTable"));
    HostDriftModel *model = tab->driftModel();
    if (!table || !model)
        return;
    // A conda spec that drifts: its environment's deploy change shows below.
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex i = model->index(r, 0);
        if (!i.data(HostDriftModel::EnvironmentRole).toString().isEmpty()
            && i.data(HostDriftModel::StatusRole).toInt() == int(core::checks::DriftStatus::Mismatch)) {
            table->setCurrentIndex(i);
            break;
        }
    }
}

void ScreenshotTour::start()
{
    if (!m_out.mkpath(QStringLiteral("."))) {
        warn(QStringLiteral("cannot create %1").arg(m_out.path()));
        QCoreApplication::exit(2);
        return;
    }
    m_current = 0;
    showStep();
}

void ScreenshotTour::showStep()
{
    if (m_current >= m_steps.size()) {
        finish();
        return;
    }
    m_window.showPage(m_steps[m_current].page >= 0 ? m_steps[m_current].page : int(m_current));
    if (m_steps[m_current].prepare)
        m_steps[m_current].prepare();
    m_waited.start();
    m_poll.start();
}

void ScreenshotTour::poll()
{
    const Step &step = m_steps[m_current];
    const bool ready = step.ready();
    if (!ready && m_waited.elapsed() < s_timeoutMs)
        return;
    m_poll.stop();
    if (!ready) {
        warn(QStringLiteral("the %1 page was not ready after %2 s; pictured as it is")
                 .arg(step.name)
                 .arg(s_timeoutMs / 1000));
        m_timedOut = true;
    }
    QTimer::singleShot(s_settleMs, this, &ScreenshotTour::grabStep);
}

bool ScreenshotTour::save(const QString &name)
{
    // 256 colours are plenty for widgets and keep each picture well under 200 KB; quality 0 is
    // the strongest PNG compression.
    const QImage image = m_window.grab().toImage().convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither);
    const QString file = m_out.filePath(name + QStringLiteral(".png"));
    if (image.save(file, "PNG", 0))
        return true;
    warn(QStringLiteral("cannot write %1").arg(file));
    return false;
}

void ScreenshotTour::grabStep()
{
    save(m_steps[m_current].name);
    ++m_current;
    showStep();
}

void ScreenshotTour::finish()
{
    // The README's first picture: the Environments page, the one most people start from.
    m_window.showPage(1);
    QTimer::singleShot(s_settleMs, this, [this] {
        save(QStringLiteral("mainwindow"));
        QCoreApplication::exit(m_timedOut ? 1 : 0);
    });
}

void ScreenshotTour::launchPlaybookCheck()
{
    auto *jobs = page<JobsPage>(m_window, 4);
    const auto &workspace = m_window.workspace();
    if (!jobs || workspace.playbooks.empty() || workspace.inventory.empty()
        || QStandardPaths::findExecutable(QStringLiteral("ansible-playbook")).isEmpty()) {
        warn(QStringLiteral("no playbook run for the Jobs page (no playbook, inventory or ansible-playbook)"));
        m_playbookDone = true;
        return;
    }
    // A check-and-diff run on two hosts, as an operator would do before deploying: the page then
    // shows the job, its review and its log. Check mode changes nothing; deploy_root points to a
    // temporary folder all the same.
    core::jobs::AnsibleRunOptions options;
    options.playbook = QString::fromStdString(workspace.playbooks.front());
    options.inventory = QString::fromStdString(workspace.inventory);
    options.limit = QStringLiteral("cr-ws01,b110a-ws01");  // two of the demo's hosts; elsewhere Ansible says none matched
    options.check = true;
    options.diff = true;
    options.extraVars.insert(QStringLiteral("deploy_root"), m_deployRoot.filePath(QStringLiteral("deploy")));
    core::jobs::AnsibleRunJob *job = jobs->launchAnsibleRun(options);
    if (!job) {
        m_playbookDone = true;
        return;
    }
    connect(job, &core::jobs::Job::finished, this, [this] { m_playbookDone = true; });
}

} // namespace ui
