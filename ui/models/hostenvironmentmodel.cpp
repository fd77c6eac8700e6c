// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/hostenvironmentmodel.h"
#include "core/util/qtext.h"
#include "ui/diagnostictext.h"

#include "ui/models/statuscolors.h"

#include <QGuiApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace ui {

using core::checks::EnvironmentStatus;
using State = HostEnvironmentRow::State;

namespace {

using core::util::qs;

const QColor s_green(46, 160, 67);
const QColor s_amber(210, 153, 34);
const QColor s_red(218, 54, 51);
const QColor s_violet(137, 87, 229);

HostEnvironmentRow resultRow(const core::checks::EnvironmentResult &r)
{
    HostEnvironmentRow row { qs(r.host), qs(r.environment), State::Good, {}, {}, {}, {} };
    switch (r.status) {
    case EnvironmentStatus::Solved:
        row.status = HostEnvironmentModel::tr("solved");
        row.packages = QString::number(r.packages.size());
        row.detail = core::util::sizeText(r.downloadSize, QLocale());
        break;
    case EnvironmentStatus::Unsolvable:
        row.state = State::Bad;
        row.status = HostEnvironmentModel::tr("unsolvable");
        row.explanation = DiagnosticText::problemsText(r.problems);
        // The first line says "The following packages are incompatible"; the second names the culprit.
        row.detail
            = row.explanation.section(QLatin1Char('\n'), 1, 1).remove(QRegularExpression(QStringLiteral("^[│├└─ ]+")));
        break;
    case EnvironmentStatus::Error:
        row.state = State::Error;
        row.status = HostEnvironmentModel::tr("error");
        row.explanation = row.detail = qs(r.error);
        break;
    }
    return row;
}

QString changesText(const std::vector<core::lock::PackageChange> &changes)
{
    QStringList lines;
    for (const auto &c : changes) {
        const QString before = qs(c.oldVersion + ' ' + c.oldBuild);
        const QString after = qs(c.newVersion + ' ' + c.newBuild);
        if (c.kind == core::lock::ChangeKind::Installed)
            lines << HostEnvironmentModel::tr("+ %1 %2").arg(qs(c.name), after);
        else if (c.kind == core::lock::ChangeKind::Removed)
            lines << HostEnvironmentModel::tr("− %1 %2").arg(qs(c.name), before);
        else
            lines << HostEnvironmentModel::tr("%1: %2 → %3").arg(qs(c.name), before, after);
    }
    return lines.join(QLatin1Char('\n'));
}

HostEnvironmentRow impactRow(const core::checks::EnvironmentImpact &impact)
{
    HostEnvironmentRow row = resultRow(impact.after);
    const bool wasSolved = impact.before.status == EnvironmentStatus::Solved;
    const bool isSolved = impact.after.status == EnvironmentStatus::Solved;
    if (wasSolved && !isSolved) {
        row.status = HostEnvironmentModel::tr("breaks");
    } else if (!wasSolved && isSolved) {
        row.state = State::Changed;
        row.status = HostEnvironmentModel::tr("fixed");
    } else if (!impact.changes.empty()) {
        row.state = State::Changed;
        row.status = HostEnvironmentModel::tr("%n package(s) change", nullptr, int(impact.changes.size()));
        row.explanation = changesText(impact.changes);
        row.detail = row.explanation.section(QLatin1Char('\n'), 0, 0);
    } else if (isSolved) {
        row.status = HostEnvironmentModel::tr("unchanged");
        row.detail.clear();
    }
    if (wasSolved && isSolved)
        row.packages
            = HostEnvironmentModel::tr("%1 → %2").arg(impact.before.packages.size()).arg(impact.after.packages.size());
    return row;
}

HostEnvironmentRow readinessRow(const core::checks::EnvironmentReadiness &r, const core::checks::ReadinessReport &report)
{
    HostEnvironmentRow row { qs(r.offline.host), qs(r.offline.environment), State::Good, {}, {}, {}, {} };
    if (r.ready()) {
        row.status = HostEnvironmentModel::tr("ready");
        row.packages = QString::number(r.offline.packages.size());
        return row;
    }
    row.state = State::Bad;
    const auto line = std::find_if(
        report.plan.lines.begin(), report.plan.lines.end(), [&](const auto &l) { return l.lineNumber == r.planLine; });
    if (line != report.plan.lines.end() && line->status != core::solve::LineStatus::Solved) {
        // Not even the workspace channels can install it: syncing will not help.
        row.state = State::Error;
        row.status = HostEnvironmentModel::tr("not installable");
        row.explanation = line->status == core::solve::LineStatus::Unsolvable
            ? DiagnosticText::problemsText(line->problems)
            : qs(line->errors.empty() ? std::string() : line->errors.front());
        row.detail = HostEnvironmentModel::tr("does not solve with the workspace channels either");
        return row;
    }
    std::uint64_t bytes = 0;
    QStringList files;
    for (const auto &p : r.missing) {
        bytes += p.size;
        files << qs(p.subdir + '/' + p.fn);
    }
    row.status = HostEnvironmentModel::tr("%n file(s) missing", nullptr, int(r.missing.size()));
    row.packages = line != report.plan.lines.end() ? QString::number(line->solution.packages.size()) : QString();
    row.detail = core::util::sizeText(bytes, QLocale());
    row.explanation = files.join(QLatin1Char('\n'));
    return row;
}

} // namespace

HostEnvironmentModel::HostEnvironmentModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

HostEnvironmentModel::~HostEnvironmentModel() = default;

void HostEnvironmentModel::setRows(std::vector<HostEnvironmentRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void HostEnvironmentModel::setPending(const std::vector<core::checks::EnvironmentInput> &environments)
{
    std::vector<HostEnvironmentRow> rows;
    for (const auto &e : environments)
        rows.push_back({ qs(e.host), qs(e.environment), State::Pending, tr("solving…"), {}, {}, {} });
    setRows(std::move(rows));
}

void HostEnvironmentModel::setResults(const std::vector<core::checks::EnvironmentResult> &results)
{
    std::vector<HostEnvironmentRow> rows;
    for (const auto &r : results)
        rows.push_back(resultRow(r));
    setRows(std::move(rows));
}

void HostEnvironmentModel::setImpacts(const std::vector<core::checks::EnvironmentImpact> &impacts)
{
    std::vector<HostEnvironmentRow> rows;
    for (const auto &i : impacts)
        rows.push_back(impactRow(i));
    setRows(std::move(rows));
}

void HostEnvironmentModel::setReadiness(const core::checks::ReadinessReport &report)
{
    std::vector<HostEnvironmentRow> rows;
    for (const auto &r : report.environments)
        rows.push_back(readinessRow(r, report));
    setRows(std::move(rows));
}

int HostEnvironmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HostEnvironmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HostEnvironmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const HostEnvironmentRow &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case SortRole: {
        const QString *texts[ColumnCount] = { &row.host, &row.environment, &row.status, &row.packages, &row.detail };
        return *texts[index.column()];
    }
    case StateRole:
        return int(row.state);
    case ExplanationRole:
        return row.explanation;
    case HostRole:
        return row.host;
    case Qt::ToolTipRole:
        return row.explanation.isEmpty() ? QVariant() : QVariant(row.explanation);
    case Qt::BackgroundRole: {
        const QPalette palette = QGuiApplication::palette();
        switch (row.state) {
        case State::Bad:
            return statuscolors::tinted(palette, s_red, 0.3);
        case State::Error:
            return statuscolors::tinted(palette, s_violet, 0.3);
        case State::Changed:
            return statuscolors::tinted(palette, s_amber, 0.3);
        case State::Good:
            return index.column() == StatusColumn ? QVariant(statuscolors::tinted(palette, s_green, 0.18)) : QVariant();
        case State::Pending:
            return statuscolors::filler(palette);
        }
        return {};
    }
    }
    return {};
}

QVariant HostEnvironmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HostColumn:
        return tr("Host");
    case EnvironmentColumn:
        return tr("Environment");
    case StatusColumn:
        return tr("Status");
    case PackagesColumn:
        return tr("Packages");
    case DetailColumn:
        return tr("Details");
    }
    return {};
}

} // namespace ui
