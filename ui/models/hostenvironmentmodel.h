// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/checks/environmentcheck.h"

#include <QAbstractTableModel>

#include <vector>

namespace ui {

/** One row of HostEnvironmentModel: a host's environment and what a check says about it. */
struct HostEnvironmentRow
{
    enum class State { Pending, Good, Changed, Bad, Error };
    QString host;
    QString environment;
    State state = State::Pending;
    QString status; ///< short, translated ("solved", "unsolvable", "3 files missing")
    QString packages; ///< "72", "72 → 70", "" when not solved
    QString detail; ///< one line
    QString explanation; ///< the full text: conflict explanation, error, missing files
    bool operator==(const HostEnvironmentRow &) const = default;
};

/**
 * Hosts' conda environments and a verdict on each: solved or not (the pin check), how a proposed
 * pin changes them (impact), or whether the sync target alone can install them (offline
 * readiness). Each setter replaces every row; states are tinted from the palette.
 */
class HostEnvironmentModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostEnvironmentModel)
public:
    enum Column { HostColumn, EnvironmentColumn, StatusColumn, PackagesColumn, DetailColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,
        StateRole, ///< int: HostEnvironmentRow::State
        ExplanationRole, ///< QString: the full explanation
        HostRole, ///< QString: the host
    };

    explicit HostEnvironmentModel(QObject *parent = nullptr);
    ~HostEnvironmentModel() override;

    /** Environments waiting for their solve. */
    void setPending(const std::vector<core::checks::EnvironmentInput> &environments);
    /** Solved / unsolvable / error, with the conflict explanation. */
    void setResults(const std::vector<core::checks::EnvironmentResult> &results);
    /** Before and after a proposed pin: breaks, fixed, changes, unchanged. */
    void setImpacts(const std::vector<core::checks::EnvironmentImpact> &impacts);
    /** Ready for offline installation, or what the target lacks. */
    void setReadiness(const core::checks::ReadinessReport &report);
    void setRows(std::vector<HostEnvironmentRow> rows);

    const std::vector<HostEnvironmentRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<HostEnvironmentRow> m_rows;
};

} // namespace ui
