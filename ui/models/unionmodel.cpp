// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/unionmodel.h"
#include "core/util/qtext.h"

#include <QLocale>

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace ui {

namespace {

using FileKey = std::pair<std::string, std::string>;  // subdir, fn

using core::util::qs;

void mergeLines(std::vector<int> &into, const std::vector<int> &lines)
{
    into.insert(into.end(), lines.begin(), lines.end());
    std::sort(into.begin(), into.end());
    into.erase(std::unique(into.begin(), into.end()), into.end());
}

} // namespace

QString lineNumbersText(const std::vector<int> &lines)
{
    QStringList parts;
    parts.reserve(qsizetype(lines.size()));
    for (int line : lines)
        parts << QString::number(line);
    return parts.join(QStringLiteral(", "));
}

UnionModel::UnionModel(QObject *parent) : QAbstractTableModel(parent) {}

UnionModel::~UnionModel() = default;

void UnionModel::setPlan(const core::sync::SyncPlan &plan)
{
    // A noarch file is in the union of every platform: list it once with all its lines.
    std::map<FileKey, core::solve::PlanPackage> byFile;
    for (const auto &platform : plan.platforms)
        for (const auto &p : platform.packages) {
            auto [it, inserted] = byFile.try_emplace({p.record.subdir, p.record.fn}, p);
            if (!inserted) {
                mergeLines(it->second.lines, p.lines);
                it->second.platforms.push_back(platform.platform);
            }
        }
    std::set<FileKey> missing;
    for (const auto &p : plan.missing)
        missing.insert({p.record.subdir, p.record.fn});

    std::vector<core::solve::PlanPackage> packages;
    packages.reserve(byFile.size());
    for (auto &[key, p] : byFile)
        packages.push_back(std::move(p));
    std::stable_sort(packages.begin(), packages.end(), [](const auto &a, const auto &b) {
        return std::tie(a.record.name, a.record.subdir, a.record.fn) < std::tie(b.record.name, b.record.subdir, b.record.fn);
    });
    beginResetModel();
    m_packages = std::move(packages);
    m_missing.clear();
    for (const auto &p : m_packages)
        m_missing.push_back(missing.contains({p.record.subdir, p.record.fn}));
    endResetModel();
}

void UnionModel::clear()
{
    setPlan({});
}

QList<int> UnionModel::linesNeeding(const QString &name) const
{
    std::vector<int> lines;
    const std::string wanted = name.toStdString();
    for (const auto &p : m_packages)
        if (p.record.name == wanted)
            mergeLines(lines, p.lines);
    return QList<int>(lines.begin(), lines.end());
}

int UnionModel::missingCount() const
{
    return int(std::count(m_missing.begin(), m_missing.end(), true));
}

int UnionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_packages.size());
}

int UnionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnionModel::displayData(std::size_t row, int column) const
{
    const auto &p = m_packages[row];
    switch (column) {
    case NameColumn: return qs(p.record.name);
    case VersionColumn: return qs(p.record.version);
    case BuildColumn: return qs(p.record.build);
    case SubdirColumn: return qs(p.record.subdir);
    case SizeColumn:
        return core::util::sizeText(p.record.size, QLocale());
    case LinesColumn: return lineNumbersText(p.lines);
    case TargetColumn: return m_missing[row] ? tr("missing") : tr("in target");
    }
    return {};
}

QVariant UnionModel::sortData(std::size_t row, int column) const
{
    const auto &p = m_packages[row];
    switch (column) {
    case NameColumn: return qs(p.record.name).toLower();
    case SizeColumn: return qulonglong(p.record.size);
    case LinesColumn: return p.lines.empty() ? 0 : p.lines.front();
    case TargetColumn: return bool(m_missing[row]);
    default: return displayData(row, column);
    }
}

QVariant UnionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = std::size_t(index.row());
    const auto &p = m_packages[row];
    switch (role) {
    case Qt::DisplayRole: return displayData(row, index.column());
    case Qt::ToolTipRole:
        return tr("%1\nneeded by line(s) %2").arg(qs(p.record.subdir + '/' + p.record.fn), lineNumbersText(p.lines));
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case SortRole: return sortData(row, index.column());
    case NameRole: return qs(p.record.name);
    case LinesRole: return QVariant::fromValue(QList<int>(p.lines.begin(), p.lines.end()));
    case MissingRole: return bool(m_missing[row]);
    }
    return {};
}

QVariant UnionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Package");
    case VersionColumn: return tr("Version");
    case BuildColumn: return tr("Build");
    case SubdirColumn: return tr("Subdir");
    case SizeColumn: return tr("Size");
    case LinesColumn: return tr("Lines");
    case TargetColumn: return tr("Target");
    }
    return {};
}

} // namespace ui
