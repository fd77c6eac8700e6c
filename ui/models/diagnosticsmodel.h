// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace ui {

/** A problem found in an editor's text, at a 1-based line and column. */
struct Diagnostic
{
    enum class Severity { Error, Warning, Conflict };
    Severity severity = Severity::Error;
    int line = 1;     ///< 1-based
    int column = 1;   ///< 1-based, in characters
    int length = 0;   ///< characters to underline; 0: to the end of the word (at least one character)
    QString message;
    bool operator==(const Diagnostic &) const = default;
};

/** The problems list under an editor: severity, line, column and message. */
class DiagnosticsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsModel)
public:
    enum Column { SeverityColumn, LineColumn, ColumnColumn, MessageColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, SeverityRole, LineRole, ColumnRole };

    explicit DiagnosticsModel(QObject *parent = nullptr);
    ~DiagnosticsModel() override;

    /** Replaces the list; it is kept sorted by line and column. */
    void setDiagnostics(std::vector<Diagnostic> diagnostics);
    const std::vector<Diagnostic> &diagnostics() const { return m_diagnostics; }
    /** How many entries have @p severity. */
    int count(Diagnostic::Severity severity) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString severityText(Diagnostic::Severity severity) const;

    std::vector<Diagnostic> m_diagnostics;
};

} // namespace ui
