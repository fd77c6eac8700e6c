// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/packagefiltermodel.h"
#include "ui/diagnostictext.h"

#include <QRegularExpression>

#include <algorithm>

namespace ui {

PackageFilterModel::PackageFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

PackageFilterModel::~PackageFilterModel() = default;

void PackageFilterModel::setBrowseIndex(std::shared_ptr<const core::channel::BrowseIndex> index)
{
    m_index = std::move(index);
    invalidateFilter();
}

bool PackageFilterModel::looksLikeSpec(const QString &text)
{
    static const QString operators = QStringLiteral(" =<>!~[:*,|");
    const QString trimmed = text.trimmed();
    return std::any_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return operators.contains(c); });
}

void PackageFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_spec.reset();
    m_error.clear();
    const QString trimmed = text.trimmed();
    m_needle = trimmed;
    if (looksLikeSpec(trimmed)) {
        auto spec = core::spec::MatchSpec::parse(trimmed.toStdString());
        if (spec) {
            m_spec = std::move(*spec);
            // A bare name or glob ("py*") needs no look at the builds.
            m_specIsNameOnly = m_spec->str() == m_spec->name();
        } else {
            m_error = DiagnosticText::errorText(spec.error());
            // Keep filtering by what was typed before the spec part, so the list does not jump.
            static const QRegularExpression nameEnd(QStringLiteral("[ =<>!~\\[:*,|]"));
            m_needle = trimmed.left(trimmed.indexOf(nameEnd));
        }
    }
    invalidateFilter();
}

void PackageFilterModel::sort(int column, Qt::SortOrder order)
{
    QSortFilterProxyModel::sort(column == NameColumn && order == Qt::AscendingOrder ? -1 : column, order);
}

bool PackageFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_needle.isEmpty() && !m_spec)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString name = index.data(NameRole).toString();
    if (!m_spec)
        return name.contains(m_needle, Qt::CaseInsensitive);
    if (!m_spec->matchesName(name.toStdString()))
        return false;
    if (m_specIsNameOnly || !m_index)
        return true;
    return m_index->anyBuildMatches(std::size_t(index.data(IndexRole).toInt()), *m_spec);
}

} // namespace ui
