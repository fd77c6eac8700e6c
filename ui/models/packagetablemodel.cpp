// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/packagetablemodel.h"
#include "core/util/qtext.h"

#include <QLocale>
#include <QStringList>

namespace ui {

namespace {

QStringList toStringList(const std::vector<std::string> &values)
{
    QStringList list;
    list.reserve(qsizetype(values.size()));
    for (const auto &v : values)
        list << QString::fromStdString(v);
    return list;
}

/** The channel as people say it: the last path element of a URL ("mini-conda-forge"). */
QString shortChannel(const std::string &channel)
{
    const QString c = QString::fromStdString(channel);
    const qsizetype slash = c.lastIndexOf(QLatin1Char('/'), c.endsWith(QLatin1Char('/')) ? -2 : -1);
    return slash < 0 ? c : c.mid(slash + 1).remove(QLatin1Char('/'));
}

} // namespace

PackageTableModel::PackageTableModel(QObject *parent) : QAbstractTableModel(parent) {}

PackageTableModel::~PackageTableModel() = default;

void PackageTableModel::setSolution(const core::solve::Solution &solution, const std::vector<std::string> &pip)
{
    beginResetModel();
    m_packages = solution.packages;
    m_downloadSize = solution.downloadSize;
    m_pip = pip;
    endResetModel();
}

void PackageTableModel::setPip(const std::vector<std::string> &pip)
{
    if (pip == m_pip)
        return;
    beginResetModel();
    m_pip = pip;
    endResetModel();
}

void PackageTableModel::clearSolution()
{
    beginResetModel();
    m_packages.clear();
    m_downloadSize = 0;
    endResetModel();
}

int PackageTableModel::rowOf(const QString &name) const
{
    const std::string n = name.toStdString();
    for (std::size_t i = 0; i < m_packages.size(); ++i)
        if (m_packages[i].record.name == n)
            return int(i);
    return -1;
}

int PackageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_packages.size() + m_pip.size());
}

int PackageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PackageTableModel::why(const core::solve::SolvedPackage &package) const
{
    if (!package.requestedAs.empty())
        return tr("requested (%1)").arg(toStringList(package.requestedAs).join(QLatin1String(", ")));
    if (package.requiredBy.empty())
        return {};
    // A base library can be needed by dozens of packages: name a few, count the rest.
    constexpr std::size_t shown = 3;
    QStringList names = toStringList(package.requiredBy);
    if (names.size() <= qsizetype(shown))
        return tr("required by %1").arg(names.join(QLatin1String(", ")));
    const int more = int(names.size() - qsizetype(shown));
    names.resize(shown);
    return tr("required by %1 and %n more", nullptr, more).arg(names.join(QLatin1String(", ")));
}

QVariant PackageTableModel::packageData(const core::solve::SolvedPackage &package, int column, int role) const
{
    const auto &r = package.record;
    if (role == SortRole && column == SizeColumn)
        return qulonglong(r.size);
    if (role == SortRole && column == NameColumn)
        return QString::fromStdString(r.name).toLower();
    if (role == Qt::ToolTipRole && column == WhyColumn && !package.requiredBy.empty())
        return tr("Required by: %1").arg(toStringList(package.requiredBy).join(QLatin1String(", ")));
    if (role == Qt::ToolTipRole && column == ChannelColumn)
        return QString::fromStdString(r.channel + '/' + r.subdir);
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case NameColumn: return QString::fromStdString(r.name);
    case VersionColumn: return QString::fromStdString(r.version);
    case BuildColumn: return QString::fromStdString(r.build);
    case ChannelColumn: return shortChannel(r.channel);
    case SizeColumn:
        return core::util::sizeText(r.size, QLocale());
    case LicenseColumn: return QString::fromStdString(r.license);
    case WhyColumn: return why(package);
    }
    return {};
}

QVariant PackageTableModel::pipData(const std::string &text, int column, int role) const
{
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case NameColumn: return role == SortRole ? QString::fromStdString(text).toLower() : QString::fromStdString(text);
    case ChannelColumn: return QStringLiteral("pip");
    case SizeColumn: return role == SortRole ? QVariant(qulonglong(0)) : QVariant();
    case WhyColumn: return tr("pip, not solved");
    }
    return role == SortRole ? QVariant(QString()) : QVariant();
}

QVariant PackageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = std::size_t(index.row());
    const bool isPip = row >= m_packages.size();
    switch (role) {
    case IsPipRole: return isPip;
    case NameRole:
        return QString::fromStdString(isPip ? m_pip[row - m_packages.size()] : m_packages[row].record.name);
    case RequiredByRole: return isPip ? QStringList() : toStringList(m_packages[row].requiredBy);
    case RequestedAsRole: return isPip ? QStringList() : toStringList(m_packages[row].requestedAs);
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    }
    return isPip ? pipData(m_pip[row - m_packages.size()], index.column(), role)
                 : packageData(m_packages[row], index.column(), role);
}

QVariant PackageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case VersionColumn: return tr("Version");
    case BuildColumn: return tr("Build");
    case ChannelColumn: return tr("Channel");
    case SizeColumn: return tr("Size");
    case LicenseColumn: return tr("Licence");
    case WhyColumn: return tr("Why");
    }
    return {};
}

} // namespace ui
