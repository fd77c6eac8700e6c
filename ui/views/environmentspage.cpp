// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/views/environmentspage.h"
#include "core/util/qtext.h"
#include "ui/diagnostictext.h"

#include "core/lock/changes.h"
#include "core/lock/lockfile.h"
#include "core/solve/problemsgraph.h"
#include "core/spec/matchspec.h"
#include "ui/models/changetablemodel.h"
#include "ui/models/diagnosticsmodel.h"
#include "ui/models/packagetablemodel.h"
#include "ui/models/problemtreemodel.h"
#include "ui/views/environmentfiles.h"
#include "ui/views/environmentpreview.h"
#include "ui/widgets/codeeditor.h"
#include "ui/widgets/documentlist.h"
#include "ui/widgets/editorpane.h"
#include "ui/widgets/elidedtext.h"
#include "ui/workspacecontext.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace ui {

namespace {

std::vector<core::spec::PackageRecord> recordsOf(const core::solve::Solution &solution)
{
    std::vector<core::spec::PackageRecord> records;
    records.reserve(solution.packages.size());
    for (const auto &p : solution.packages)
        records.push_back(p.record);
    return records;
}

/** Whether dependency @p spec is what the conflict tree's root @p entry stands for. */
bool isRootSpec(const std::string &spec, const core::solve::ProblemTree::Entry &entry)
{
    if (spec == entry.spec)
        return true;
    auto parsed = core::spec::MatchSpec::parse(spec);
    return parsed && !entry.name.empty() && parsed->name() == entry.name;
}

QTreeView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setModel(model);
    elideInTheMiddle(view);
    return view;
}

} // namespace

EnvironmentsPage::EnvironmentsPage(QWidget *parent)
    : Page(parent)
    , m_preview(new EnvironmentPreview(this))
    , m_packages(new PackageTableModel(this))
    , m_problems(new ProblemTreeModel(this))
    , m_changes(new ChangeTableModel(this))
    , m_diagnostics(new DiagnosticsModel(this))
{
    setObjectName(QStringLiteral("environmentsPage"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildFileList());
    splitter->addWidget(buildEditor());
    splitter->addWidget(buildResults());
    // The editor first: at 1200×800 it has room for its toolbar (the Platform box stays in view).
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({ 170, 500, 470 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connectPreview();
    showNoDocument();
}

EnvironmentsPage::~EnvironmentsPage() = default;

QWidget *EnvironmentsPage::buildFileList()
{
    const auto createDocument = [this](const QString &text, QObject *parent) {
        return m_editorPane->createDocument(text, YamlHighlighter::Mode::Yaml, parent);
    };
    m_files = new DocumentList(environmentfiles::documentKind(createDocument), this);
    connect(m_files, &DocumentList::documentOpened, this, &EnvironmentsPage::showDocument);
    connect(m_files, &DocumentList::documentClosed, this, &EnvironmentsPage::showNoDocument);
    connect(m_files, &DocumentList::messageReported, this, &EnvironmentsPage::setMessage);
    return m_files;
}

QWidget *EnvironmentsPage::buildEditor()
{
    // The editor, its toolbar, find bar and problems list are shared with the Spec lists page.
    auto *pane = new EditorPane(m_diagnostics, this);
    m_editor = pane->editor();
    m_editor->setObjectName(QStringLiteral("environmentEditor"));
    m_editor->setAccessibleName(tr("Environment file editor"));
    m_editor->setAutoIndent(true);
    connect(pane, &EditorPane::saveRequested, this, &EnvironmentsPage::save);
    QToolBar *toolbar = pane->toolBar();
    toolbar->addSeparator();
    toolbar->addWidget(new QLabel(tr("Platform: "), toolbar));
    m_platform = new QComboBox(toolbar);
    m_platform->setObjectName(QStringLiteral("platform"));
    m_platform->setAccessibleName(tr("Platform"));
    connect(m_platform, &QComboBox::activated, this, [this] { setPlatform(m_platform->currentText()); });
    toolbar->addWidget(m_platform);
    m_editorPane = pane;
    return pane;
}

QList<QAction *> EnvironmentsPage::pageActions() const
{
    return QList<QAction *> { m_editorPane->saveAction(), m_editorPane->findAction(), m_exportLock }
    + m_files->fileActions();
}

QWidget *EnvironmentsPage::buildResults()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(tr("No workspace open"), box);
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_tabs = new QTabWidget(box);
    m_tabs->addTab(buildPackagesTab(), tr("Packages"));
    m_tabs->addTab(buildConflictsTab(), tr("Conflicts"));
    m_tabs->addTab(buildChangesTab(), tr("Changes"));
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    return box;
}

QWidget *EnvironmentsPage::buildPackagesTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *view = makeTable(m_packages, tab);
    view->setObjectName(QStringLiteral("packageTable"));
    view->setAccessibleName(tr("Solved packages"));
    // Rows come in install order; sorting would hide that dependencies come first.
    view->header()->setSectionResizeMode(QHeaderView::Interactive);
    view->header()->setStretchLastSection(true);
    connect(view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (!index.data(PackageTableModel::IsPipRole).toBool())
            Q_EMIT packageActivated(index.data(PackageTableModel::NameRole).toString());
    });
    m_totals = new QLabel(tab);
    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setWordWrap(true);
    // Export sits with the solve it writes.
    m_exportLock = new QAction(tr("Export Lock File…"), this);
    m_exportLock->setObjectName(QStringLiteral("exportLockFile"));
    m_exportLock->setToolTip(tr("Write this solve as an @EXPLICIT file or a conda-lock.yml"));
    connect(m_exportLock, &QAction::triggered, this, &EnvironmentsPage::chooseExportPath);
    auto *exportButton = new QToolButton(tab);
    exportButton->setDefaultAction(m_exportLock);
    auto *below = new QHBoxLayout;
    below->addWidget(m_totals, 1);
    below->addWidget(exportButton);
    layout->addWidget(view, 1);
    layout->addLayout(below);
    return tab;
}

QWidget *EnvironmentsPage::buildConflictsTab()
{
    auto *tab = new QSplitter(Qt::Vertical, this);
    m_problemView = new QTreeView(tab);
    m_problemView->setObjectName(QStringLiteral("problemTree"));
    m_problemView->setAccessibleName(tr("Conflicts"));
    m_problemView->setModel(m_problems);
    m_problemView->setUniformRowHeights(true);
    connect(m_problemView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString name = index.data(ProblemTreeModel::PackageNameRole).toString();
        if (!name.isEmpty())
            Q_EMIT packageActivated(name);
    });
    m_problemText = new QPlainTextEdit(tab);
    m_problemText->setObjectName(QStringLiteral("problemText"));
    m_problemText->setAccessibleName(tr("Conflict explanation"));
    m_problemText->setReadOnly(true);
    m_problemText->setLineWrapMode(QPlainTextEdit::WidgetWidth); // long conflict lines wrap, not cut
    m_problemText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    tab->addWidget(m_problemView);
    tab->addWidget(m_problemText);
    return tab;
}

QWidget *EnvironmentsPage::buildChangesTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    m_compareWith = new QComboBox(tab);
    m_compareWith->setObjectName(QStringLiteral("compareWith"));
    m_compareWith->setAccessibleName(tr("Compare with"));
    m_compareWith->addItem(tr("Compared with the previous solve"));
    m_compareWith->addItem(tr("Compare with a lock file…"));
    connect(m_compareWith, &QComboBox::activated, this, [this](int index) {
        if (index == 0)
            compareWithLockFile({});
        else if (index == 1)
            chooseLockFile();
    });
    m_changeSummary = new QLabel(tr("no changes"), tab);
    m_changeSummary->setObjectName(QStringLiteral("changeSummary"));
    auto *view = makeTable(m_changes, tab);
    view->setObjectName(QStringLiteral("changeTable"));
    view->setAccessibleName(tr("Changes since the last solve"));
    view->setSortingEnabled(false);
    layout->addWidget(m_compareWith);
    layout->addWidget(m_changeSummary);
    layout->addWidget(view, 1);
    return tab;
}

void EnvironmentsPage::connectPreview()
{
    connect(m_preview, &EnvironmentPreview::statusChanged, this, [this](const QString &text) {
        m_status->setText(text);
        Q_EMIT statusChanged(text);
    });
    connect(m_preview, &EnvironmentPreview::checked, this, &EnvironmentsPage::showDiagnostics);
    connect(m_preview, &EnvironmentPreview::solved, this, &EnvironmentsPage::showSolution);
    connect(m_preview, &EnvironmentPreview::unsolvable, this, &EnvironmentsPage::showUnsolvable);
    connect(m_preview, &EnvironmentPreview::previewUpdated, this, &EnvironmentsPage::previewUpdated);
}

void EnvironmentsPage::setContext(WorkspaceContext *context)
{
    m_context = context;
    resetChanges();
    m_preview->setContext(context);
}

void EnvironmentsPage::setWorkspace(const core::envfile::Workspace &workspace)
{
    m_workspace = workspace;
    showNoDocument(); // until a file opens
    QStringList platforms;
    for (const auto &p : workspace.platforms)
        platforms << QString::fromStdString(p);
    if (platforms.isEmpty())
        platforms << QString::fromStdString(workspace.platform);
    {
        const QSignalBlocker blocker(m_platform);
        m_platform->clear();
        m_platform->addItems(platforms);
        m_platform->setCurrentText(QString::fromStdString(workspace.platform));
    }
    m_preview->setPlatform(m_platform->currentText());
    m_files->setWorkspace(workspace);
}

void EnvironmentsPage::showDocument(QTextDocument *document, const QString &path)
{
    m_editor->switchDocument(document);
    m_editor->setReadOnly(false);
    // Another environment: its changes start from its own first solve.
    m_lockBaseline.reset();
    compareWithLockFile({});
    m_currentRecords.reset();
    m_previousRecords.reset();
    m_preview->setDocument(document, path);
}

void EnvironmentsPage::showNoDocument()
{
    m_preview->setDocument(nullptr, {});
    m_editor->switchDocument(m_files->emptyDocument());
    m_editor->setReadOnly(true);
}

void EnvironmentsPage::showDiagnostics()
{
    // A new check replaces the conflict marks too: their lines may have moved.
    const EnvironmentCheck &check = m_preview->check();
    m_editor->setDiagnostics(check.diagnostics);
    m_diagnostics->setDiagnostics(check.diagnostics);
    // pip lines are not solved, so an edit of one alone brings no new solve: show it now.
    if (check.parsed)
        m_packages->setPip(check.pip);
    // While the text has errors, what the tabs show is the last solve's, not this text's: grey it.
    setResultsStale(check.hasErrors());
}

void EnvironmentsPage::setResultsStale(bool stale)
{
    m_tabs->setEnabled(!stale);
    m_tabs->setToolTip(
        stale ? tr("The file has errors: these results are from the last text that could be solved") : QString());
}

void EnvironmentsPage::showSolution(const core::solve::Solution &solution)
{
    setResultsStale(false);
    m_packages->setSolution(solution, m_preview->check().pip);
    m_problems->clear();
    m_problemText->clear();
    m_totals->setText(tr("%n package(s), %1 to download", nullptr, m_packages->packageCount())
                          .arg(core::util::sizeText(m_packages->downloadSize(), QLocale()))
        + (m_packages->pipCount() ? tr("; %n pip requirement(s) not solved", nullptr, m_packages->pipCount())
                                  : QString()));
    if (m_tabs->currentIndex() == 1)
        m_tabs->setCurrentIndex(0);
    m_currentRecords = recordsOf(solution);
    updateChanges(*m_currentRecords);
}

void EnvironmentsPage::showUnsolvable(const core::solve::Unsolvable &unsolvable)
{
    setResultsStale(false);
    const auto tree = core::solve::compressProblems(unsolvable.graph);
    m_problems->setTree(tree);
    m_problemView->expandAll();
    m_problemView->resizeColumnToContents(ProblemTreeModel::RequirementColumn);
    m_problemText->setPlainText(DiagnosticText::problemsText(tree));
    m_packages->clearSolution();
    m_currentRecords.reset();
    m_totals->setText(tr("Unsolvable: nothing would be installed"));
    m_tabs->setCurrentIndex(1);

    // Mark the dependency lines the conflict starts from.
    std::vector<Diagnostic> marks;
    for (const auto &dep : m_preview->check().dependencies)
        for (const auto &root : tree.roots)
            if (isRootSpec(dep.spec, root)) {
                marks.push_back({ Diagnostic::Severity::Conflict, dep.line, dep.column,
                    int(QString::fromStdString(dep.spec).size()),
                    tr("“%1” is part of the conflict (see Conflicts)").arg(QString::fromStdString(dep.spec)) });
                break;
            }
    auto all = m_preview->check().diagnostics;
    all.insert(all.end(), marks.begin(), marks.end());
    m_editor->setDiagnostics(all);
    m_diagnostics->setDiagnostics(std::move(all));
}

void EnvironmentsPage::updateChanges(const std::vector<core::spec::PackageRecord> &records)
{
    if (m_lockBaseline) {
        m_changes->setChanges(core::lock::compareLockedToRecords(*m_lockBaseline, records));
    } else if (m_previousRecords && *m_previousRecords != records) {
        // Against the previous result that differed: an edit that changes nothing keeps the last diff.
        m_changes->setChanges(core::lock::compareRecords(*m_previousRecords, records));
        m_previousRecords = records;
    } else if (!m_previousRecords) {
        m_previousRecords = records;
    }
    m_changeSummary->setText(m_changes->summary());
}

void EnvironmentsPage::resetChanges()
{
    m_previousRecords.reset();
    m_changes->clear();
    m_changeSummary->setText(m_changes->summary());
}

bool EnvironmentsPage::compareWithLockFile(const QString &path)
{
    if (path.isEmpty()) {
        m_lockBaseline.reset();
        m_compareWith->setCurrentIndex(0);
        resetChanges();
        m_previousRecords = m_currentRecords;
        return true;
    }
    auto lock = core::lock::readLockFile(path.toStdString());
    if (!lock) {
        setMessage(tr("Cannot read the lock file: %1").arg(DiagnosticText::errorText(lock.error())));
        return false;
    }
    m_lockBaseline = lock->packagesFor(m_platform->currentText().toStdString());
    if (m_lockBaseline->empty() && lock->platforms.size() <= 1)
        m_lockBaseline = lock->packages; // an @EXPLICIT file without a platform line
    if (m_compareWith->count() < 3)
        m_compareWith->addItem(QString());
    m_compareWith->setItemText(2, tr("Compared with %1").arg(QFileInfo(path).fileName()));
    m_compareWith->setCurrentIndex(2);
    m_changes->clear();
    if (m_currentRecords)
        updateChanges(*m_currentRecords);
    return true;
}

void EnvironmentsPage::chooseLockFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Compare with a lock file"),
        QString::fromStdString(m_workspace.root), tr("Lock files (*.txt *.lock *.yml *.yaml);;All files (*)"));
    if (path.isEmpty() || !compareWithLockFile(path))
        m_compareWith->setCurrentIndex(m_lockBaseline ? 2 : 0);
}

void EnvironmentsPage::chooseExportPath()
{
    const QString path = m_files->currentPath();
    if (path.isEmpty())
        return;
    const QString suggested = QFileInfo(path).absoluteDir().filePath(
        QFileInfo(path).completeBaseName() + QLatin1Char('-') + m_platform->currentText() + QStringLiteral(".txt"));
    const QString target = QFileDialog::getSaveFileName(this, tr("Export Lock File"), suggested,
        tr("@EXPLICIT file, one platform (*.txt *.lock);;conda-lock.yml (*.yml *.yaml)"));
    if (!target.isEmpty())
        exportLockFile(target);
}

bool EnvironmentsPage::exportLockFile(const QString &path)
{
    const EnvironmentCheck &check = m_preview->check();
    if (m_files->currentPath().isEmpty() || !m_context) {
        setMessage(tr("Open an environment file of a workspace first."));
        return false;
    }
    if (check.hasErrors() || m_preview->state() != EnvironmentPreview::State::Solved || !m_currentRecords
        || !m_preview->isUpToDate()) {
        setMessage(tr("Not exported: the lock file is written from a solve of the text as it is, and there is none "
                      "yet (%1).")
                       .arg(m_preview->statusText()));
        return false;
    }
    // What `deploydeck lock --workspace` does: the file's channels, else the workspace's.
    std::vector<std::string> channels = check.channels;
    if (channels.empty())
        for (const auto &channel : m_workspace.channels)
            channels.push_back(channel.name);
    const std::string platform = m_platform->currentText().toStdString();
    const bool condaLock = path.endsWith(QLatin1String(".yml")) || path.endsWith(QLatin1String(".yaml"));
    const auto format = condaLock ? core::lock::LockFormat::CondaLock : core::lock::LockFormat::Explicit;
    core::lock::LockFile lock
        = core::lock::newLockFile(m_files->currentPath().toStdString(), channels, { platform }, format);
    std::vector<std::string> virtuals;
    for (const auto &v : m_context->virtualPackages(platform))
        virtuals.push_back(v.text());
    core::lock::addLockedPlatform(lock, platform, *m_currentRecords, check.specs(), virtuals);
    core::lock::maskLockSecrets(lock);
    if (auto written = core::lock::writeLockFile(path.toStdString(), lock, format); !written) {
        setMessage(tr("Cannot write the lock file: %1").arg(DiagnosticText::errorText(written.error())));
        return false;
    }
    setMessage(tr("Wrote %n package(s) for %1 to %2", nullptr, int(lock.packages.size()))
                   .arg(m_platform->currentText(), QDir::toNativeSeparators(path)));
    return true;
}

void EnvironmentsPage::setPlatform(const QString &platform)
{
    m_platform->setCurrentText(platform);
    resetChanges();
    m_preview->setPlatform(platform);
}

QString EnvironmentsPage::statusText() const
{
    return m_status->text();
}

QString EnvironmentsPage::problemsText() const
{
    return m_problemText->toPlainText();
}

QString EnvironmentsPage::totalsText() const
{
    return m_totals->text();
}

bool EnvironmentsPage::resultsAreStale() const
{
    return !m_tabs->isEnabled();
}

QString EnvironmentsPage::changeSummary() const
{
    return m_changeSummary->text();
}

void EnvironmentsPage::setMessage(const QString &text)
{
    m_status->setText(text);
    Q_EMIT statusChanged(text);
}

} // namespace ui
