// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/channel/browseindex.h"
#include "core/spec/matchspec.h"

#include <QSortFilterProxyModel>

#include <memory>
#include <optional>

namespace ui {

/**
 * Filters and sorts the package list. The filter text is either a name substring ("sard",
 * case-insensitive) or, when it holds a blank or an operator (`numpy >=1.20`, `py*`, `numpy=1.2`),
 * a match spec: a row passes when its name matches and at least one of its builds satisfies the
 * whole spec. A spec that does not parse filters by its name part and reports filterError().
 *
 * Reads the source's NameRole, IndexRole and SortRole (PackageListModel's roles) and, for specs, the
 * shared BrowseIndex. GUI thread only.
 */
class PackageFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackageFilterModel)
public:
    /** Same values as PackageListModel::Role. */
    enum SourceRole { SortRole = Qt::UserRole, NameRole, IndexRole };
    /** The source's name column; its rows come in name order (PackageListModel's contract). */
    static constexpr int NameColumn = 0;

    explicit PackageFilterModel(QObject *parent = nullptr);
    ~PackageFilterModel() override;

    /** The index the source rows come from; needed to check match specs against builds. */
    void setBrowseIndex(std::shared_ptr<const core::channel::BrowseIndex> index);

    /** Whether @p text is read as a match spec rather than a name substring. */
    static bool looksLikeSpec(const QString &text);

    QString filterText() const { return m_text; }
    /** The parsed spec while the filter is a valid match spec. */
    const std::optional<core::spec::MatchSpec> &matchSpec() const { return m_spec; }
    /** Why the filter text is not a valid match spec ("column 7: ..."); empty when it is, or is a name. */
    QString filterError() const { return m_error; }

public Q_SLOTS:
    /** Sets the filter; an empty text shows every package. */
    void setFilterText(const QString &text);

    /**
     * Sorting by name ascending is the source order, so it costs nothing: the proxy keeps the
     * source order instead of sorting 30,000 rows again on every keystroke. Other columns sort.
     */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::shared_ptr<const core::channel::BrowseIndex> m_index;
    QString m_text;
    QString m_needle;  ///< the name substring to look for (also the fallback for a broken spec)
    std::optional<core::spec::MatchSpec> m_spec;
    bool m_specIsNameOnly = false;  ///< the spec says no more than a name: builds need not be checked
    QString m_error;
};

} // namespace ui
