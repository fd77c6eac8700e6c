// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/packagelistmodel.h"

#include "core/spec/version.h"

#include <QDateTime>
#include <QPalette>
#include <QTimeZone>

#include <algorithm>
#include <numeric>
#include <optional>

namespace ui {

using core::channel::PackageSummary;

QString recordDate(std::uint64_t timestampMs)
{
    if (timestampMs == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(timestampMs), QTimeZone::utc()).date().toString(Qt::ISODate);
}

PackageListModel::PackageListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

PackageListModel::~PackageListModel() = default;

void PackageListModel::setIndex(std::shared_ptr<const core::channel::BrowseIndex> index)
{
    beginResetModel();
    m_index = std::move(index);
    m_names.clear();
    m_versionRank.clear();
    if (m_index) {
        m_names.reserve(qsizetype(m_index->packages().size()));
        for (const PackageSummary &p : m_index->packages())
            m_names.append(QString::fromStdString(p.name));
    }
    endResetModel();
}

int PackageListModel::rowOf(const QString &name) const
{
    // Rows are in the byte order of the UTF-8 names; QString compares ASCII names the same way, and a
    // non-ASCII name the search may miss is found by the scan.
    const auto it = std::lower_bound(m_names.cbegin(), m_names.cend(), name);
    return it != m_names.cend() && *it == name ? int(it - m_names.cbegin()) : int(m_names.indexOf(name));
}

int PackageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

int PackageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PackageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PackageSummary &package = m_index->packages()[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(package, index.column());
    case Qt::ToolTipRole:
        if (!package.loaded)
            return tr("%1 — listed by the channel's shard index; select it to fetch its records")
                .arg(channelList(package));
        return index.column() == NameColumn ? channelList(package) : QVariant();
    case Qt::ForegroundRole:
        return package.loaded || index.column() == NameColumn ? QVariant()
                                                              : QVariant(QPalette().color(QPalette::PlaceholderText));
    case Qt::TextAlignmentRole:
        return index.column() == BuildsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        return sortData(package, index.row(), index.column());
    case NameRole:
        return m_names[index.row()];
    case IndexRole:
        return index.row();
    default:
        return {};
    }
}

QString PackageListModel::channelList(const PackageSummary &package)
{
    QStringList channels;
    for (const auto &c : package.channels)
        channels << QString::fromStdString(c);
    return tr("Channels: %1").arg(channels.join(QLatin1String(", ")));
}

QVariant PackageListModel::displayData(const PackageSummary &package, int column) const
{
    switch (column) {
    case NameColumn:
        return QString::fromStdString(package.name);
    case VersionColumn:
        return package.loaded ? QString::fromStdString(package.latestVersion) : tr("not loaded");
    case BuildsColumn:
        return package.loaded ? QVariant(qulonglong(package.builds)) : QVariant();
    case LicenseColumn:
        return QString::fromStdString(package.license);
    case UpdatedColumn:
        return recordDate(package.lastUpdate);
    case SubdirsColumn: {
        QStringList subdirs;
        for (const auto &s : package.subdirs)
            subdirs << QString::fromStdString(s);
        return subdirs.join(QLatin1String(", "));
    }
    default:
        return {};
    }
}

QVariant PackageListModel::sortData(const PackageSummary &package, int row, int column) const
{
    switch (column) {
    case NameColumn:
        return row;  // rows are in name order: an int compares faster than a string on every re-sort
    case VersionColumn: {
        if (m_versionRank.empty()) {
            // conda's order over every latest version, computed once: a string sort would put 1.10 before 1.9.
            const auto &packages = m_index->packages();
            std::vector<std::optional<core::spec::Version>> parsed;
            parsed.reserve(packages.size());
            for (const auto &p : packages) {
                auto v = core::spec::Version::parse(p.latestVersion);
                parsed.push_back(v ? std::optional(std::move(*v)) : std::nullopt);
            }
            std::vector<int> order(packages.size());
            std::iota(order.begin(), order.end(), 0);
            std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
                if (parsed[a].has_value() != parsed[b].has_value())
                    return !parsed[a].has_value();  // unparsable versions first, i.e. lowest
                return parsed[a] && *parsed[a] < *parsed[b];
            });
            m_versionRank.resize(order.size());
            for (std::size_t rank = 0; rank < order.size(); ++rank)
                m_versionRank[std::size_t(order[rank])] = int(rank);
        }
        return m_versionRank[std::size_t(row)];
    }
    case BuildsColumn:
        return qulonglong(package.builds);
    case UpdatedColumn:
        return qulonglong(package.lastUpdate);
    case LicenseColumn:
        return QString::fromStdString(package.license).toLower();
    default:
        return displayData(package, column);
    }
}

QVariant PackageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case VersionColumn: return tr("Latest version");
    case BuildsColumn: return tr("Builds");
    case LicenseColumn: return tr("Licence");
    case UpdatedColumn: return tr("Last update");
    case SubdirsColumn: return tr("Subdirs");
    default: return {};
    }
}

} // namespace ui
