// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/models/diagnosticsmodel.h"

#include "ui/models/statuscolors.h"

#include <QColor>
#include <QGuiApplication>

#include <algorithm>

namespace ui {

DiagnosticsModel::DiagnosticsModel(QObject *parent) : QAbstractTableModel(parent) {}

DiagnosticsModel::~DiagnosticsModel() = default;

void DiagnosticsModel::setDiagnostics(std::vector<Diagnostic> diagnostics)
{
    // Stable: two problems at the same place keep the order they were found in.
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    beginResetModel();
    m_diagnostics = std::move(diagnostics);
    endResetModel();
}

int DiagnosticsModel::count(Diagnostic::Severity severity) const
{
    return int(std::count_if(m_diagnostics.begin(), m_diagnostics.end(),
                             [severity](const Diagnostic &d) { return d.severity == severity; }));
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DiagnosticsModel::severityText(Diagnostic::Severity severity) const
{
    switch (severity) {
    case Diagnostic::Severity::Error: return tr("error");
    case Diagnostic::Severity::Warning: return tr("warning");
    case Diagnostic::Severity::Conflict: return tr("conflict");
    }
    return {};
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Diagnostic &d = m_diagnostics[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return severityText(d.severity);
        case LineColumn: return d.line;
        case ColumnColumn: return d.column;
        case MessageColumn: return d.message;
        }
        return {};
    case Qt::ToolTipRole: return d.message;
    case Qt::ForegroundRole:
        if (index.column() != SeverityColumn)
            return {};
        return statuscolors::readable(QGuiApplication::palette(),
                                      d.severity == Diagnostic::Severity::Error ? QColor(Qt::red) : QColor(0xc0, 0x70, 0x00), 3.0);
    case SortRole:
        switch (index.column()) {
        case SeverityColumn: return int(d.severity);
        case LineColumn: return d.line;
        case ColumnColumn: return d.column;
        case MessageColumn: return d.message;
        }
        return {};
    case SeverityRole: return int(d.severity);
    case LineRole: return d.line;
    case ColumnRole: return d.column;
    }
    return {};
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case LineColumn: return tr("Line");
    case ColumnColumn: return tr("Column");
    case MessageColumn: return tr("Message");
    }
    return {};
}

} // namespace ui
