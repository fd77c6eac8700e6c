// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/changetablemodel.h"

#include "ui/models/statuscolors.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QStringList>

namespace ui {

using core::lock::ChangeKind;

namespace {

int hueOf(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Installed: return 120;   // green
    case ChangeKind::Removed: return 0;       // red
    case ChangeKind::Upgraded: return 210;    // blue
    case ChangeKind::Downgraded: return 30;   // orange
    case ChangeKind::Rebuilt: return 280;     // purple
    }
    return 0;
}

bool darkPalette()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

QString versionText(const std::string &version, const std::string &build)
{
    if (version.empty())
        return {};
    return QString::fromStdString(build.empty() ? version : version + ' ' + build);
}

} // namespace

ChangeTableModel::ChangeTableModel(QObject *parent) : QAbstractTableModel(parent) {}

ChangeTableModel::~ChangeTableModel() = default;

void ChangeTableModel::setChanges(core::lock::ChangeSet changes)
{
    beginResetModel();
    m_changes = std::move(changes);
    endResetModel();
}

void ChangeTableModel::clear()
{
    setChanges({});
}

QString ChangeTableModel::kindText(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Installed: return tr("installed");
    case ChangeKind::Removed: return tr("removed");
    case ChangeKind::Upgraded: return tr("upgraded");
    case ChangeKind::Downgraded: return tr("downgraded");
    case ChangeKind::Rebuilt: return tr("rebuilt");
    }
    return {};
}

QColor ChangeTableModel::kindColor(ChangeKind kind)
{
    // A light or dark variant by the theme, nudged further when the palette needs it (3:1 at least).
    return statuscolors::readable(QGuiApplication::palette(), QColor::fromHsl(hueOf(kind), 200, darkPalette() ? 170 : 90), 3.0);
}

QString ChangeTableModel::summary() const
{
    const auto &c = m_changes.counts;
    const std::pair<std::size_t, ChangeKind> parts[] = {{c.installed, ChangeKind::Installed},
                                                        {c.removed, ChangeKind::Removed},
                                                        {c.upgraded, ChangeKind::Upgraded},
                                                        {c.downgraded, ChangeKind::Downgraded},
                                                        {c.rebuilt, ChangeKind::Rebuilt}};
    QStringList texts;
    for (const auto &[count, kind] : parts)
        if (count > 0)
            texts << QStringLiteral("%1 %2").arg(count).arg(kindText(kind));
    return texts.isEmpty() ? tr("no changes") : texts.join(QLatin1String(", "));
}

int ChangeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.changes.size());
}

int ChangeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &c = m_changes.changes[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case KindColumn: return role == SortRole ? QVariant(int(c.kind)) : QVariant(kindText(c.kind));
        case NameColumn: return QString::fromStdString(c.name);
        case BeforeColumn: return versionText(c.oldVersion, c.oldBuild);
        case AfterColumn: return versionText(c.newVersion, c.newBuild);
        }
        return {};
    case Qt::ForegroundRole: return index.column() == KindColumn ? QVariant(kindColor(c.kind)) : QVariant();
    case Qt::BackgroundRole:
        return statuscolors::tinted(QGuiApplication::palette(), QColor::fromHsl(hueOf(c.kind), 200, 128), 0.15);
    case KindRole: return int(c.kind);
    case NameRole: return QString::fromStdString(c.name);
    }
    return {};
}

QVariant ChangeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn: return tr("Change");
    case NameColumn: return tr("Package");
    case BeforeColumn: return tr("Before");
    case AfterColumn: return tr("After");
    }
    return {};
}

} // namespace ui
