// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/buildtreemodel.h"
#include "core/util/qtext.h"

#include "ui/models/packagelistmodel.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <span>
#include <tuple>

namespace ui {

using core::spec::PackageRecord;

namespace {

/** Each distinct value of @p field over @p records, in first-seen order, joined. */
template<typename Field>
QString distinctJoined(std::span<const PackageRecord> records, Field field)
{
    QStringList values;
    for (const PackageRecord &r : records) {
        const QString value = QString::fromStdString(r.*field);
        if (!values.contains(value))
            values << value;
    }
    return values.join(QLatin1String(", "));
}

} // namespace

BuildTreeModel::BuildTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

BuildTreeModel::~BuildTreeModel() = default;

void BuildTreeModel::setBuilds(std::vector<PackageRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    m_versions.clear();
    for (std::size_t i = 0; i < m_records.size(); ++i) {
        if (m_versions.empty() || m_records[i].version != m_records[m_versions.back().first].version)
            m_versions.push_back({i, 0});
        ++m_versions.back().count;
    }
    // The builds of a version in order: newest build number first, then by build string and subdir,
    // so that look-alike builds ("py311h…_0", "py311h…_1") stand side by side.
    for (const VersionGroup &group : m_versions) {
        const auto first = m_records.begin() + std::ptrdiff_t(group.first);
        std::stable_sort(
            first, first + std::ptrdiff_t(group.count), [](const PackageRecord &a, const PackageRecord &b) {
                if (a.buildNumber != b.buildNumber)
                    return a.buildNumber > b.buildNumber;
                return std::tie(a.build, a.subdir) < std::tie(b.build, b.subdir);
            });
    }
    endResetModel();
}

const PackageRecord *BuildTreeModel::record(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (index.internalId() == 0)
        return &m_records[m_versions[std::size_t(index.row())].first];
    const VersionGroup &group = m_versions[index.internalId() - 1];
    return &m_records[group.first + std::size_t(index.row())];
}

QModelIndex BuildTreeModel::indexOfBuild(const QString &fileName, const QString &channel) const
{
    for (std::size_t v = 0; v < m_versions.size(); ++v) {
        for (std::size_t k = 0; k < m_versions[v].count; ++k) {
            const PackageRecord &r = m_records[m_versions[v].first + k];
            if (QString::fromStdString(r.fn) == fileName &&
                (channel.isEmpty() || QString::fromStdString(r.channel) == channel))
                return createIndex(int(k), 0, quintptr(v + 1));
        }
    }
    return {};
}

QModelIndex BuildTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    // internalId 0 marks a version row; a build row carries its version row + 1.
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex BuildTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int BuildTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_versions.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_versions[std::size_t(parent.row())].count);
}

int BuildTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant BuildTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return versionData(m_versions[std::size_t(index.row())], index.column(), role);
    return buildData(*record(index), index.column(), role);
}

QVariant BuildTreeModel::versionData(const VersionGroup &group, int column, int role) const
{
    const std::span<const PackageRecord> builds(m_records.data() + group.first, group.count);
    if (role == IsVersionRole)
        return true;
    if (role == FileNameRole)
        return QString();
    if (role == Qt::ToolTipRole)
        return tr("%n build(s)", nullptr, int(group.count));
    if (role == SortRole && column == VersionColumn)
        return int(&group - m_versions.data());  // versions are already newest first
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case VersionColumn: return QString::fromStdString(builds.front().version);
    case BuildNumberColumn: return role == SortRole ? QVariant(qulonglong(0)) : QVariant(tr("%n build(s)", nullptr, int(group.count)));
    case SubdirColumn: return distinctJoined(builds, &PackageRecord::subdir);
    case ChannelColumn: return distinctJoined(builds, &PackageRecord::channel);
    case DateColumn: {
        const auto newest = std::max_element(builds.begin(), builds.end(), [](const auto &a, const auto &b) {
            return a.timestamp < b.timestamp;
        })->timestamp;
        return role == SortRole ? QVariant(qulonglong(newest)) : QVariant(recordDate(newest));
    }
    default: return {};
    }
}

QVariant BuildTreeModel::buildData(const PackageRecord &record, int column, int role) const
{
    if (role == IsVersionRole)
        return false;
    if (role == FileNameRole)
        return QString::fromStdString(record.fn);
    if (role == Qt::ToolTipRole)
        return QString::fromStdString(record.fn);
    if (role == Qt::TextAlignmentRole)
        return column == SizeColumn || column == BuildNumberColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    const bool sort = role == SortRole;
    if (role != Qt::DisplayRole && !sort)
        return {};
    switch (column) {
    case VersionColumn: return QString::fromStdString(record.build);
    case BuildNumberColumn: return qulonglong(record.buildNumber);
    case SubdirColumn: return QString::fromStdString(record.subdir);
    case ChannelColumn: return QString::fromStdString(record.channel);
    case SizeColumn:
        return sort ? QVariant(qulonglong(record.size)) : QVariant(core::util::sizeText(record.size, QLocale()));
    case DateColumn: return sort ? QVariant(qulonglong(record.timestamp)) : QVariant(recordDate(record.timestamp));
    default: return {};
    }
}

QVariant BuildTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VersionColumn: return tr("Version / build");
    case BuildNumberColumn: return tr("Build number");
    case SubdirColumn: return tr("Subdir");
    case ChannelColumn: return tr("Channel");
    case SizeColumn: return tr("Size");
    case DateColumn: return tr("Date");
    default: return {};
    }
}

} // namespace ui
