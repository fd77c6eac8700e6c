// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/syncplanmodel.h"
#include "core/util/qtext.h"

#include "ui/models/unionmodel.h"

#include <QFont>

namespace ui {

namespace {

// internalId of a platform row; a package row holds its platform's row + 1.
constexpr quintptr s_platformId = 0;

using core::util::qs;

} // namespace

SyncPlanModel::SyncPlanModel(QObject *parent) : QAbstractItemModel(parent) {}

SyncPlanModel::~SyncPlanModel() = default;

void SyncPlanModel::setPlan(const core::sync::SyncPlan &plan)
{
    core::sync::SyncPlan shown;
    shown.missing = plan.missing;
    shown.downloadSize = plan.downloadSize;
    for (const auto &p : plan.platforms) {
        core::solve::PlatformPlan platform;
        platform.platform = p.platform;
        platform.missing = p.missing;
        platform.downloadSize = p.downloadSize;
        for (const auto &l : p.lines) {
            core::solve::LineResult line;
            line.lineNumber = l.lineNumber;
            line.status = l.status;
            platform.lines.push_back(std::move(line));
        }
        shown.platforms.push_back(std::move(platform));
    }
    beginResetModel();
    m_plan = std::move(shown);
    endResetModel();
}

void SyncPlanModel::clear()
{
    setPlan({});
}

QString SyncPlanModel::excludedText(const core::solve::PlatformPlan &plan) const
{
    QStringList excluded;
    for (const auto &line : plan.lines)
        if (line.status != core::solve::LineStatus::Solved)
            excluded << tr("line %1 (%2)").arg(line.lineNumber).arg(QLatin1String(core::solve::lineStatusName(line.status)));
    if (excluded.isEmpty())
        return {};
    return tr("excluded from the plan: %1").arg(excluded.join(QStringLiteral(", ")));
}

QString SyncPlanModel::totalText(int platformRow) const
{
    if (platformRow < 0 || std::size_t(platformRow) >= m_plan.platforms.size())
        return {};
    const auto &plan = m_plan.platforms[std::size_t(platformRow)];
    QString text = tr("%n new package(s) to upload for %1, %2", nullptr, int(plan.missing.size()))
                       .arg(qs(plan.platform), core::util::sizeText(plan.downloadSize, QLocale()));
    const QString excluded = excludedText(plan);
    return excluded.isEmpty() ? text : tr("%1; %2").arg(text, excluded);
}

QStringList SyncPlanModel::totals() const
{
    QStringList lines;
    for (int row = 0; row < int(m_plan.platforms.size()); ++row)
        lines << totalText(row);
    // A noarch file serves every platform and is uploaded once: the grand total counts it once.
    if (m_plan.platforms.size() > 1)
        lines << tr("In all: %n package file(s), %1", nullptr, int(m_plan.missing.size()))
                     .arg(core::util::sizeText(m_plan.downloadSize, QLocale()));
    return lines;
}

QModelIndex SyncPlanModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, s_platformId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex SyncPlanModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == s_platformId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, s_platformId);
}

int SyncPlanModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_plan.platforms.size());
    if (parent.internalId() != s_platformId || parent.column() != 0)
        return 0;
    return int(m_plan.platforms[std::size_t(parent.row())].missing.size());
}

int SyncPlanModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent);
    return ColumnCount;
}

QVariant SyncPlanModel::platformData(const core::solve::PlatformPlan &plan, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case FileColumn: return qs(plan.platform);
        case SizeColumn:
            return core::util::sizeText(plan.downloadSize, QLocale());
        case LinesColumn: return tr("%n package(s)", nullptr, int(plan.missing.size()));
        }
        return {};
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case SortRole: return column == SizeColumn ? QVariant(qulonglong(plan.downloadSize)) : QVariant(qs(plan.platform));
    case SizeRole: return qulonglong(plan.downloadSize);
    case IsPlatformRole: return true;
    }
    return {};
}

QVariant SyncPlanModel::packageData(const core::solve::PlatformPlan &plan, const core::solve::PlanPackage &package,
                                    int column, int role) const
{
    const auto &r = package.record;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case FileColumn: return qs(r.fn);
        case SubdirColumn: return qs(r.subdir);
        case SizeColumn:
            return core::util::sizeText(r.size, QLocale());
        case LinesColumn: return lineNumbersText(package.lines);
        }
        return {};
    case Qt::ToolTipRole: return qs(r.url);
    case SortRole:
        switch (column) {
        case SizeColumn: return qulonglong(r.size);
        case LinesColumn: return package.lines.empty() ? 0 : package.lines.front();
        }
        return packageData(plan, package, column, Qt::DisplayRole);
    case SizeRole: return qulonglong(r.size);
    case IsPlatformRole: return false;
    }
    return {};
}

QVariant SyncPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == s_platformId) {
        const auto &plan = m_plan.platforms[std::size_t(index.row())];
        if (role == PlatformRole)
            return qs(plan.platform);
        if (role == Qt::ToolTipRole)
            return totalText(index.row());
        return platformData(plan, index.column(), role);
    }
    const auto &plan = m_plan.platforms[std::size_t(index.internalId() - 1)];
    if (role == PlatformRole)
        return qs(plan.platform);
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return packageData(plan, plan.missing[std::size_t(index.row())], index.column(), role);
}

QVariant SyncPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn: return tr("File");
    case SubdirColumn: return tr("Subdir");
    case SizeColumn: return tr("Size");
    case LinesColumn: return tr("Lines");
    }
    return {};
}

} // namespace ui
