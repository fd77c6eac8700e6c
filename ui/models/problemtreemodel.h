// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/solve/problemsgraph.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace ui {

/**
 * Why a solve failed, as an expandable tree: each row a requirement and the package versions it
 * leads to, with a status (requested, can be installed, conflicts, does not exist).
 */
class ProblemTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemTreeModel)
public:
    enum Column { RequirementColumn, PackageColumn, StatusColumn, ColumnCount };
    enum Role { StatusRole = Qt::UserRole, PackageNameRole, SortRole };

    explicit ProblemTreeModel(QObject *parent = nullptr);
    ~ProblemTreeModel() override;

    void setTree(const core::solve::ProblemTree &tree);
    void clear();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;
    const Node *node(const QModelIndex &index) const;
    static void build(Node &into, const std::vector<core::solve::ProblemTree::Entry> &entries);
    QString statusText(const core::solve::ProblemTree::Entry &entry) const;

    std::unique_ptr<Node> m_root;
};

} // namespace ui
