// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/views/speclistspage.h"
#include "core/util/qtext.h"
#include "ui/diagnostictext.h"

#include "core/solve/problemsgraph.h"
#include "core/sync/syncoptions.h"
#include "ui/models/diagnosticsmodel.h"
#include "ui/models/problemtreemodel.h"
#include "ui/models/speclinemodel.h"
#include "ui/models/syncplanmodel.h"
#include "ui/models/unionmodel.h"
#include "ui/views/speclistpreview.h"
#include "ui/widgets/codeeditor.h"
#include "ui/widgets/documentlist.h"
#include "ui/widgets/editorpane.h"
#include "ui/widgets/elidedtext.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace ui {

namespace {

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

using core::util::qs;

QStringList specListPaths(const core::envfile::Workspace &workspace)
{
    QStringList paths;
    for (const auto &p : workspace.specLists)
        paths << qs(p);
    return paths;
}

/** New spec lists go beside the current one, else beside the first listed one, else to ROOT/speclists. */
QString specListFolder(const core::envfile::Workspace &workspace, const QString &current)
{
    if (!current.isEmpty())
        return QFileInfo(current).absolutePath();
    if (!workspace.specLists.empty())
        return QFileInfo(qs(workspace.specLists.front())).absolutePath();
    return QDir(qs(workspace.root)).filePath(QStringLiteral("speclists"));
}

} // namespace

SpecListsPage::SpecListsPage(QWidget *parent)
    : Page(parent)
    , m_preview(new SpecListPreview(this))
    , m_lines(new SpecLineModel(this))
    , m_union(new UnionModel(this))
    , m_unionSorted(new QSortFilterProxyModel(this))
    , m_plan(new SyncPlanModel(this))
    , m_problems(new ProblemTreeModel(this))
    , m_diagnostics(new DiagnosticsModel(this))
{
    setObjectName(QStringLiteral("speclistsPage"));
    // Nothing is solved until the page is shown: the Environments page shares the solver.
    m_preview->setActive(false);
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

SpecListsPage::~SpecListsPage() = default;

QWidget *SpecListsPage::buildFileList()
{
    DocumentList::Kind kind;
    kind.objectName = QStringLiteral("specListFiles");
    kind.accessibleName = tr("Spec lists");
    kind.newActionText = tr("&New Spec List…");
    kind.duplicateActionText = tr("D&uplicate Spec List…");
    kind.renameActionText = tr("Rena&me Spec List…");
    kind.deleteActionText = tr("&Delete Spec List…");
    kind.newTitle = tr("New spec list");
    kind.duplicateTitle = tr("Duplicate spec list");
    kind.renameTitle = tr("Rename spec list");
    kind.deleteTitle = tr("Delete spec list");
    kind.suffixes = { QStringLiteral(".txt") };
    kind.listFiles = [](const core::envfile::Workspace &ws) {
        return DocumentList::filesBeside(specListPaths(ws), { QStringLiteral(".txt") });
    };
    kind.folderFor = &specListFolder;
    // QString, not the QStringBuilder of `+`, which would refer to the temporaries of the lambda.
    kind.templateText = [](const core::envfile::Workspace &, const QString &) -> QString {
        return tr("# One solve per line: the specs of a line are solved together.") + QStringLiteral("\npython\n");
    };
    // A copy keeps its text as it is: a spec list has no name inside.
    kind.createDocument = [this](const QString &text, QObject *parent) {
        return m_pane->createDocument(text, YamlHighlighter::Mode::SpecList, parent);
    };
    m_files = new DocumentList(std::move(kind), this);
    connect(m_files, &DocumentList::documentOpened, this, &SpecListsPage::showDocument);
    connect(m_files, &DocumentList::documentClosed, this, &SpecListsPage::showNoDocument);
    connect(m_files, &DocumentList::messageReported, this, &SpecListsPage::setMessage);
    return m_files;
}

QWidget *SpecListsPage::buildEditor()
{
    auto *pane = new EditorPane(m_diagnostics, this);
    m_pane = pane;
    m_editor = pane->editor();
    m_editor->setObjectName(QStringLiteral("specListEditor"));
    m_editor->setAccessibleName(tr("Spec list editor"));
    connect(pane, &EditorPane::saveRequested, this, &SpecListsPage::save);
    // The line under the cursor is the one whose results and conflicts are shown.
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        const int line = m_editor->textCursor().blockNumber() + 1;
        if (line != m_selectedLine && m_lines->rowOf(line) >= 0)
            selectLine(line);
    });
    QToolBar *toolbar = pane->toolBar();
    toolbar->addSeparator();
    m_sync = toolbar->addAction(tr("S&ync…"), this, &SpecListsPage::confirmSync);
    m_sync->setObjectName(QStringLiteral("syncAction"));
    m_sync->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    m_sync->setToolTip(tr("Copy the packages the sync target lacks into it (a job on the Jobs page)"));
    m_sync->setEnabled(false);
    m_dryRun = toolbar->addAction(tr("&Dry Run"), this, [this] { prepareSync(core::sync::SyncMode::DryRun); });
    m_dryRun->setObjectName(QStringLiteral("dryRunAction"));
    m_dryRun->setToolTip(
        tr("Check the sync target and list what a sync would copy, without writing anything (a job on the Jobs page)"));
    m_dryRun->setEnabled(false);
    m_reloadTarget = toolbar->addAction(tr("&Reload Target"), this, &SpecListsPage::reloadTarget);
    m_reloadTarget->setObjectName(QStringLiteral("reloadTargetAction"));
    m_reloadTarget->setShortcut(QKeySequence::Refresh);
    m_reloadTarget->setToolTip(tr("Read the sync target's index again (after a sync)"));
    return pane;
}

QList<QAction *> SpecListsPage::pageActions() const
{
    return QList<QAction *> { m_pane->saveAction(), m_pane->findAction(), m_sync, m_dryRun, m_reloadTarget }
    + m_files->fileActions();
}

QWidget *SpecListsPage::buildResults()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(tr("No workspace open"), box);
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_tabs = new QTabWidget(box);
    m_tabs->addTab(buildLinesTab(), tr("Lines"));
    m_tabs->addTab(buildUnionTab(), tr("Union"));
    m_tabs->addTab(buildPlanTab(), tr("Sync plan"));
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    return box;
}

QWidget *SpecListsPage::buildLinesTab()
{
    auto *tab = new QSplitter(Qt::Vertical, this);
    m_lineView = makeTable(m_lines, tab);
    m_lineView->setObjectName(QStringLiteral("lineTable"));
    m_lineView->setAccessibleName(tr("Spec list lines"));
    m_lineView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lineView->header()->setStretchLastSection(false);
    m_lineView->header()->setSectionResizeMode(SpecLineModel::SpecsColumn, QHeaderView::Stretch);
    connect(m_lineView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            m_selectedLine = current.isValid() ? current.data(SpecLineModel::LineNumberRole).toInt() : 0;
            showDetails();
        });
    // Enter or a double click takes the editor to the line.
    connect(m_lineView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        m_editor->goTo(index.data(SpecLineModel::LineNumberRole).toInt(), 1);
        m_editor->setFocus();
    });
    m_problemView = new QTreeView(tab);
    m_problemView->setObjectName(QStringLiteral("problemTree"));
    m_problemView->setAccessibleName(tr("Conflicts"));
    m_problemView->setModel(m_problems);
    m_problemView->setUniformRowHeights(true);
    m_details = new QPlainTextEdit(tab);
    m_details->setObjectName(QStringLiteral("lineDetails"));
    m_details->setAccessibleName(tr("Line details"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth); // long conflict lines wrap, not cut
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select a line to see its conflicts or errors."));
    tab->addWidget(m_lineView);
    tab->addWidget(m_problemView);
    tab->addWidget(m_details);
    tab->setStretchFactor(0, 3);
    tab->setStretchFactor(1, 2);
    tab->setStretchFactor(2, 1);
    return tab;
}

QWidget *SpecListsPage::buildUnionTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    m_unionFilter = new QLineEdit(tab);
    m_unionFilter->setObjectName(QStringLiteral("unionFilter"));
    m_unionFilter->setAccessibleName(tr("Filter the union"));
    m_unionFilter->setPlaceholderText(tr("Filter by package name"));
    m_unionFilter->setClearButtonEnabled(true);
    m_unionSorted->setSourceModel(m_union);
    m_unionSorted->setSortRole(UnionModel::SortRole);
    m_unionSorted->setFilterKeyColumn(UnionModel::NameColumn);
    m_unionSorted->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_unionFilter, &QLineEdit::textChanged, m_unionSorted, &QSortFilterProxyModel::setFilterFixedString);
    auto *view = makeTable(m_unionSorted, tab);
    view->setObjectName(QStringLiteral("unionTable"));
    view->setAccessibleName(tr("Union of all lines"));
    view->setSortingEnabled(true);
    view->sortByColumn(UnionModel::NameColumn, Qt::AscendingOrder);
    layout->addWidget(m_unionFilter);
    layout->addWidget(view, 1);
    return tab;
}

QWidget *SpecListsPage::buildPlanTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    m_target = new QLabel(tab);
    m_target->setObjectName(QStringLiteral("syncTarget"));
    m_target->setWordWrap(true);
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_planView = new QTreeView(tab);
    m_planView->setObjectName(QStringLiteral("syncPlanTree"));
    m_planView->setAccessibleName(tr("Sync plan"));
    m_planView->setModel(m_plan);
    m_planView->setUniformRowHeights(true);
    m_planView->setAlternatingRowColors(true);
    m_totals = new QLabel(tab);
    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_target);
    layout->addWidget(m_planView, 1);
    layout->addWidget(m_totals);
    return tab;
}

void SpecListsPage::connectPreview()
{
    connect(m_preview, &SpecListPreview::statusChanged, this, [this](const QString &text) {
        m_status->setText(text);
        Q_EMIT statusChanged(text);
    });
    connect(m_preview, &SpecListPreview::parsed, this, &SpecListsPage::showParsed);
    connect(m_preview, &SpecListPreview::lineUpdated, this, &SpecListsPage::showLine);
    connect(m_preview, &SpecListPreview::planUpdated, this, &SpecListsPage::showPlan);
    connect(m_preview, &SpecListPreview::previewUpdated, this, &SpecListsPage::previewUpdated);
}

void SpecListsPage::setContext(WorkspaceContext *context)
{
    m_preview->setContext(context);
}

void SpecListsPage::setWorkspace(const core::envfile::Workspace &workspace)
{
    m_workspace = workspace;
    showNoDocument(); // until a file opens
    m_preview->setWorkspace(workspace);
    m_files->setWorkspace(workspace);
    if (m_files->files().isEmpty())
        setMessage(tr("The workspace lists no spec list (spec_lists in deploydeck.yml)"));
}

void SpecListsPage::showDocument(QTextDocument *document, const QString &path)
{
    m_editor->switchDocument(document);
    m_editor->setReadOnly(false);
    selectLine(0);
    m_preview->setDocument(document, path);
}

void SpecListsPage::showNoDocument()
{
    m_editor->switchDocument(m_files->emptyDocument());
    m_editor->setReadOnly(true);
    m_preview->setDocument(nullptr, {});
}

void SpecListsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    m_preview->setActive(true);
}

void SpecListsPage::hideEvent(QHideEvent *event)
{
    Page::hideEvent(event);
    m_preview->setActive(false);
}

void SpecListsPage::showParsed()
{
    // A reset (lines added or removed) drops the view's selection: select the same line again.
    const int selected = m_selectedLine;
    m_lines->setLines(m_preview->lineEntries());
    selectLine(selected);
    markFailedLines();
    updateSyncAction();
}

void SpecListsPage::showLine(int lineNumber)
{
    m_lines->updateLine(m_preview->lineEntry(lineNumber));
    if (lineNumber == m_selectedLine)
        showDetails();
}

void SpecListsPage::showPlan()
{
    const auto &plan = m_preview->plan();
    m_union->setPlan(plan);
    m_plan->setPlan(plan);
    m_planView->expandAll();
    m_planView->resizeColumnToContents(SyncPlanModel::FileColumn);
    m_totals->setText(m_plan->totals().join(QLatin1Char('\n')));
    const QString target = m_preview->targetChannel().isEmpty() ? tr("(none)") : m_preview->targetChannel();
    m_target->setText(tr("Sync target: %1").arg(target)
        + (m_preview->targetNote().isEmpty() ? QString() : QLatin1Char('\n') + m_preview->targetNote()));
    markFailedLines();
    // A line that does not solve must not go unnoticed: show the first one when nothing is selected.
    if (m_selectedLine == 0)
        for (const auto &entry : m_lines->lines())
            if (entry.status == SpecLineStatus::Unsolvable || entry.status == SpecLineStatus::Error) {
                selectLine(entry.lineNumber);
                break;
            }
    updateSyncAction();
}

bool SpecListsPage::selectLine(int lineNumber)
{
    const int row = m_lines->rowOf(lineNumber);
    if (row < 0) {
        m_lineView->selectionModel()->clearCurrentIndex();
        m_lineView->clearSelection();
        m_selectedLine = 0;
        showDetails();
        return false;
    }
    m_lineView->setCurrentIndex(m_lines->index(row, 0));
    m_selectedLine = lineNumber;
    showDetails();
    return true;
}

void SpecListsPage::showDetails()
{
    m_problems->clear();
    if (m_selectedLine == 0) {
        m_details->clear();
        return;
    }
    const SpecLineEntry entry = m_preview->lineEntry(m_selectedLine);
    if (entry.status == SpecLineStatus::Invalid) {
        m_details->setPlainText(tr("Line %1 is not solved: %2").arg(m_selectedLine).arg(entry.detail));
        return;
    }
    QStringList text;
    for (const QString &platform : m_preview->platforms()) {
        const auto *r = m_preview->lineResult(m_selectedLine, platform);
        if (!r) {
            text << tr("%1: solving…").arg(platform);
        } else if (r->status == core::solve::LineStatus::Unsolvable) {
            // The tree shows the first platform's conflict; the text has every platform's.
            if (m_problems->rowCount() == 0) {
                m_problems->setTree(core::solve::compressProblems(r->unsolvable.graph));
                m_problemView->expandAll();
                m_problemView->resizeColumnToContents(ProblemTreeModel::RequirementColumn);
            }
            text << tr("%1: does not solve, so it is excluded from the sync plan:\n%2")
                        .arg(platform, DiagnosticText::problemsText(r->problems));
        } else if (r->status == core::solve::LineStatus::Solved) {
            text << tr("%1: %n package(s), %2 to download", nullptr, int(r->solution.packages.size()))
                        .arg(platform, core::util::sizeText(r->solution.downloadSize, QLocale()));
        } else {
            QStringList errors;
            for (const auto &e : r->errors)
                errors << qs(e);
            text << tr("%1: error, excluded from the sync plan: %2").arg(platform, errors.join(QLatin1Char('\n')));
        }
    }
    m_details->setPlainText(
        tr("Line %1: %2").arg(m_selectedLine).arg(entry.specs) + QLatin1Char('\n') + text.join(QLatin1Char('\n')));
}

void SpecListsPage::markFailedLines()
{
    // The parse's diagnostics, plus a mark over the specs of each line that does not solve.
    auto all = m_preview->diagnostics();
    const auto &lines = m_preview->specList().lines;
    for (const auto &entry : m_lines->lines()) {
        if (entry.status != SpecLineStatus::Unsolvable && entry.status != SpecLineStatus::Error)
            continue;
        const auto index = std::size_t(entry.lineNumber - 1);
        if (index >= lines.size() || lines[index].specs.empty())
            continue;
        const auto &line = lines[index];
        const auto &last = line.specs.back();
        const int start = characterColumn(line.text, line.specs.front().column);
        const int end = characterColumn(line.text, last.column + last.length);
        all.push_back({ Diagnostic::Severity::Conflict, entry.lineNumber, start, end - start,
            tr("This line does not solve (%1) and is excluded from the sync plan; see Lines")
                .arg(SpecLineModel::statusText(entry.status)) });
    }
    m_editor->setDiagnostics(all);
    m_diagnostics->setDiagnostics(std::move(all));
}

void SpecListsPage::reloadTarget()
{
    m_preview->reloadTarget();
}

core::sync::SyncOptions SpecListsPage::syncOptions() const
{
    core::sync::SyncOptions options;
    QStringList sources;
    for (const auto &c : core::envfile::syncSourceChannels(m_workspace))
        sources << qs(c);
    options.source = sources.join(QStringLiteral(", "));
    options.target = m_preview->targetChannel();
    options.items = core::sync::syncItemsFromPlan(m_preview->plan());
    return options;
}

void SpecListsPage::updateSyncAction()
{
    // Also with nothing missing: the target may hold records the source has patched since.
    const auto &plan = m_preview->plan();
    const bool ready = m_preview->isUpToDate() && !m_reading
        && (!plan.missing.empty() || (!m_preview->targetChannel().isEmpty() && m_preview->targetNote().isEmpty()))
        && syncOptions().validate().ok();
    m_sync->setEnabled(ready);
    m_dryRun->setEnabled(ready);
}

void SpecListsPage::confirmSync()
{
    prepareSync(core::sync::SyncMode::Copy);
}

void SpecListsPage::prepareSync(core::sync::SyncMode mode)
{
    // The source's own records (patches included) are what the target must hold: read them on the
    // solve threads first, then ask.
    m_reading = true;
    updateSyncAction();
    m_preview->readSourceRecords([this, mode](const core::util::Result<core::sync::SyncPlan> &read) {
        m_reading = false;
        updateSyncAction();
        if (!read) {
            QMessageBox::warning(this, tr("Sync"),
                tr("Cannot read the source channel's records: %1").arg(QString::fromStdString(read.error().message())));
            return;
        }
        if (mode == core::sync::SyncMode::Copy)
            return askToSync(*read);
        auto options = syncOptions();
        options.items = core::sync::syncItemsFromPlan(*read);
        options.mode = core::sync::SyncMode::DryRun;
        m_lastRecordUpdates = int(read->recordUpdates.size());
        Q_EMIT syncRequested(options);
    });
}

void SpecListsPage::askToSync(const core::sync::SyncPlan &plan)
{
    auto options = syncOptions();
    options.items = core::sync::syncItemsFromPlan(plan);
    m_lastRecordUpdates = int(plan.recordUpdates.size());
    if (options.items.empty()) {
        QMessageBox::information(this, tr("Sync"),
            tr("%1 holds every file of the plan, each under the source's record: nothing to sync.")
                .arg(options.target));
        return;
    }
    QString question = tr("Copy %n package file(s) (%1) into %2?", nullptr, int(plan.missing.size()))
                           .arg(core::util::sizeText(plan.downloadSize, QLocale()), options.target);
    if (!plan.recordUpdates.empty()) {
        QStringList changed;
        for (const auto &p : plan.recordUpdates) {
            QStringList fields;
            for (const auto &f : p.changedFields)
                fields << QString::fromStdString(f);
            changed << QStringLiteral("%1/%2: %3")
                           .arg(QString::fromStdString(p.record.subdir), QString::fromStdString(p.record.fn),
                               fields.join(QStringLiteral(", ")));
        }
        question += QLatin1String("\n\n")
            + tr("The source has changed the record of %n file(s) the target holds; the record is replaced, the "
                 "file not downloaded again:\n%1",
                nullptr, int(plan.recordUpdates.size()))
                  .arg(changed.join(QLatin1Char('\n')));
    }
    if (plan.hasFailedLines())
        question += QLatin1String("\n\n")
            + tr("Lines that do not solve are left out:\n%1").arg(m_plan->totals().join(QLatin1Char('\n')));
    if (QMessageBox::question(this, tr("Sync"), question) == QMessageBox::Yes)
        Q_EMIT syncRequested(options);
}

QString SpecListsPage::statusText() const
{
    return m_status->text();
}

QString SpecListsPage::lineDetailsText() const
{
    return m_details->toPlainText();
}

QString SpecListsPage::totalsText() const
{
    return m_totals->text();
}

void SpecListsPage::setMessage(const QString &text)
{
    m_status->setText(text);
    Q_EMIT statusChanged(text);
}

} // namespace ui
