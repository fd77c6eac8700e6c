// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/problemtreemodel.h"
#include "ui/diagnostictext.h"

namespace ui {

using core::solve::ProblemTree;

/** The model's own copy of the tree, with parent links for parent(). */
struct ProblemTreeModel::Node
{
    ProblemTree::Entry entry;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
};

ProblemTreeModel::ProblemTreeModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>()) {}

ProblemTreeModel::~ProblemTreeModel() = default;

void ProblemTreeModel::build(Node &into, const std::vector<ProblemTree::Entry> &entries)
{
    for (const auto &e : entries) {
        auto child = std::make_unique<Node>();
        child->entry = e;
        child->entry.children.clear();
        child->parent = &into;
        child->row = int(into.children.size());
        build(*child, e.children);
        into.children.push_back(std::move(child));
    }
}

void ProblemTreeModel::setTree(const ProblemTree &tree)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    build(*m_root, tree.roots);
    endResetModel();
}

void ProblemTreeModel::clear()
{
    setTree({});
}

const ProblemTreeModel::Node *ProblemTreeModel::node(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ProblemTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *p = node(parent);
    return createIndex(row, column, p->children[std::size_t(row)].get());
}

QModelIndex ProblemTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *p = node(child)->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, const_cast<Node *>(p));
}

int ProblemTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(node(parent)->children.size());
}

int ProblemTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString ProblemTreeModel::statusText(const ProblemTree::Entry &e) const
{
    return DiagnosticText::problemStatusText(e);
}

QVariant ProblemTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &e = node(index)->entry;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RequirementColumn: return QString::fromStdString(e.spec);
        case PackageColumn:
            return e.name.empty() ? QString()
                                  : QString::fromStdString(e.name + ' ' + core::solve::foldVersions(e.versions));
        case StatusColumn: return statusText(e);
        }
        return {};
    case StatusRole: return int(e.status);
    case PackageNameRole: return QString::fromStdString(e.name);
    case SortRole: return index.column() == StatusColumn ? QVariant(int(e.status)) : data(index, Qt::DisplayRole);
    }
    return {};
}

QVariant ProblemTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RequirementColumn: return tr("Requirement");
    case PackageColumn: return tr("Package");
    case StatusColumn: return tr("Status");
    }
    return {};
}

} // namespace ui
