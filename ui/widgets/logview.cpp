// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/widgets/logview.h"

#include "ui/models/joblogmodel.h"
#include "ui/models/statuscolors.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

namespace {

/** Lines deploydeck added to a log ("deploydeck: exited with code 1") stand out from the program's. */
class LogLineDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(JobLogModel::IsNoteRole).toBool()) {
            option->font.setItalic(true);
            // Link is the palette's accent; some dark themes leave it at a blue unreadable on their Base.
            option->palette.setColor(QPalette::Text,
                                     statuscolors::readable(option->palette, option->palette.color(QPalette::Link), 3.0));
        }
    }
};

QToolButton *toolButton(QWidget *parent, const QString &name, const QString &text, const QString &toolTip)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

LogView::LogView(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_searchStatus(new QLabel(this))
    , m_list(new QListView(this))
{
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setAccessibleName(tr("Search the log"));
    m_search->setPlaceholderText(tr("Search the log"));
    m_search->setClearButtonEnabled(true);
    m_previous = toolButton(this, QStringLiteral("findPrevious"), tr("▲"), tr("Previous match (Shift+Enter)"));
    m_next = toolButton(this, QStringLiteral("findNext"), tr("▼"), tr("Next match (Enter)"));
    m_follow = toolButton(this, QStringLiteral("followTail"), tr("Follow"), tr("Keep the newest line in view"));
    m_follow->setCheckable(true);
    m_follow->setChecked(m_followTail);
    m_copy = toolButton(this, QStringLiteral("copyLog"), tr("Copy"), tr("Copy the selected lines, or the whole log"));
    m_searchStatus->setObjectName(QStringLiteral("searchStatus"));

    m_list->setObjectName(QStringLiteral("logList"));
    m_list->setAccessibleName(tr("Job log"));
    // Uniform heights let the view place row N without measuring rows 0..N-1: what keeps a log of
    // 200,000 lines as cheap as one of 200.
    m_list->setUniformItemSizes(true);
    // Laid out in batches between events, so even a long log never holds up the event loop
    // (bench_joblog: the longest insert of a batch fell from 44 to 14 ms at 400,000 lines).
    m_list->setLayoutMode(QListView::Batched);
    m_list->setBatchSize(20000);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_list->setItemDelegate(new LogLineDelegate(m_list));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_list->setTextElideMode(Qt::ElideNone);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    bar->addWidget(m_searchStatus);
    bar->addStretch();
    bar->addWidget(m_follow);
    bar->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_list, 1);

    connect(m_search, &QLineEdit::textEdited, this, &LogView::searchEdited);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        showSearchResult(find(m_search->text(), QApplication::keyboardModifiers() & Qt::ShiftModifier));
    });
    connect(m_next, &QToolButton::clicked, this, [this] { showSearchResult(find(m_search->text())); });
    connect(m_previous, &QToolButton::clicked, this, [this] { showSearchResult(find(m_search->text(), true)); });
    connect(m_follow, &QToolButton::toggled, this, &LogView::setFollowTail);
    connect(m_copy, &QToolButton::clicked, this, [this] {
        if (m_list->selectionModel() && m_list->selectionModel()->hasSelection())
            copySelection();
        else
            copyAll();
    });
    connect(m_list->verticalScrollBar(), &QScrollBar::actionTriggered, this, &LogView::scrollActionTriggered);
    // The batched layout keeps growing the scroll range after the rows arrived: stay at the end.
    connect(m_list->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int maximum) {
        if (m_followTail)
            m_list->verticalScrollBar()->setValue(maximum);
    });
    createActions();
}

LogView::~LogView() = default;

void LogView::createActions()
{
    auto *copy = new QAction(tr("&Copy"), m_list);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &LogView::copySelection);
    auto *copyAll = new QAction(tr("Copy &All"), m_list);
    connect(copyAll, &QAction::triggered, this, &LogView::copyAll);
    auto *find = new QAction(tr("&Find"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_list->addActions({copy, copyAll});
    addAction(find);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void LogView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_list->setModel(model);
    if (!model)
        return;
    // Connected after the view's own handlers, so the view already knows the new rows.
    connect(model, &QAbstractItemModel::rowsInserted, this, &LogView::rowsInserted);
    connect(model, &QAbstractItemModel::modelReset, this, &LogView::rowsInserted);
}

void LogView::setFollowTail(bool follow)
{
    if (follow == m_followTail) {
        m_follow->setChecked(follow);
        return;
    }
    m_followTail = follow;
    m_follow->setChecked(follow);  // toggled() comes back here and stops at the check above
    if (follow)
        m_list->scrollToBottom();
    Q_EMIT followTailChanged(follow);
}

void LogView::rowsInserted()
{
    if (m_followTail)
        m_list->scrollToBottom();
}

void LogView::scrollActionTriggered()
{
    // Only the user's own scrolling (wheel, drag, clicks) gets here, never the view's. The slider
    // has moved already; its value follows right after this signal.
    const QScrollBar *bar = m_list->verticalScrollBar();
    setFollowTail(bar->sliderPosition() >= bar->maximum());
}

QString LogView::lineAt(int row) const
{
    return m_model->index(row, 0).data().toString();
}

int LogView::findFrom(const QString &text, int start, bool backwards) const
{
    const int rows = m_model ? m_model->rowCount() : 0;
    if (text.isEmpty() || rows == 0)
        return -1;
    // The log model's own list is searched directly: no QVariant per line.
    const auto *logModel = qobject_cast<const JobLogModel *>(m_model);
    const auto matches = [&](int row) {
        return logModel ? logModel->lines().at(row).contains(text, Qt::CaseInsensitive)
                        : lineAt(row).contains(text, Qt::CaseInsensitive);
    };
    for (int step = 0; step < rows; ++step) {
        const int row = ((backwards ? start - step : start + step) % rows + rows) % rows;
        if (matches(row))
            return row;
    }
    return -1;
}

bool LogView::find(const QString &text, bool backwards)
{
    const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
    const int start = backwards ? (current < 0 ? -1 : current - 1) : current + 1;
    const int row = findFrom(text, start, backwards);
    if (row < 0)
        return false;
    // Looking at a match: new lines must not scroll it away.
    setFollowTail(false);
    const QModelIndex index = m_model->index(row, 0);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void LogView::searchEdited(const QString &text)
{
    if (text.isEmpty()) {
        showSearchResult(true);
        return;
    }
    // Typing refines the search in place: start at the current line, not after it.
    const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : 0;
    const int row = findFrom(text, current, false);
    if (row >= 0) {
        setFollowTail(false);
        m_list->setCurrentIndex(m_model->index(row, 0));
        m_list->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
    }
    showSearchResult(row >= 0);
}

void LogView::showSearchResult(bool found)
{
    m_searchStatus->setText(found || m_search->text().isEmpty() ? QString() : tr("Not found"));
}

QString LogView::selectedText() const
{
    if (!m_list->selectionModel())
        return QString();
    QModelIndexList rows = m_list->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    lines.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows))
        lines << index.data().toString();
    return lines.join(QLatin1Char('\n'));
}

void LogView::copySelection() const
{
    QApplication::clipboard()->setText(selectedText());
}

void LogView::copyAll() const
{
    if (!m_model)
        return;
    QStringList lines;
    if (const auto *logModel = qobject_cast<const JobLogModel *>(m_model)) {
        lines = logModel->lines();
    } else {
        for (int row = 0; row < m_model->rowCount(); ++row)
            lines << lineAt(row);
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

} // namespace ui
