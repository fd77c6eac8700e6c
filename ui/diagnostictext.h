// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#pragma once

#include "core/envfile/speclist.h"
#include "core/envfile/workspace.h"
#include "core/solve/problemsgraph.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QString>

namespace ui {

/**
 * The one place where core's problems, which are data (a code, the values it names, a position),
 * become text in the user's language. Core's English `detail` is shown only as the technical part
 * a third party wrote (a YAML parser's or a server's own words), never as the sentence itself.
 */
class DiagnosticText
{
    Q_DECLARE_TR_FUNCTIONS(ui::DiagnosticText)

public:
    /** What an error code means, as a sentence: "The file cannot be read". */
    static QString codeText(core::util::ErrorCode code, const std::vector<std::string> &values = {});
    /** "file, line 3, column 5", "line 3", "column 7", or the file; empty when nothing is known. */
    static QString positionText(const core::util::TextPosition &position);
    /** Where an error happened: its position, else its location (a URL, a record name). */
    static QString whereText(const core::util::Error &error);
    /** The whole error for a label or a status bar: "where: sentence (technical detail)". */
    static QString errorText(const core::util::Error &error);
    /**
     * A YAML syntax error of yaml-cpp (@p message, its own words) said as a person typing YAML would
     * understand it; empty for a message it does not know.
     */
    static QString yamlSyntaxText(const std::string &message);
    /** The error without where it happened, for a place that already shows the position. */
    static QString errorTextHere(const core::util::Error &error);

    /** A problem on a spec list line, without its position (the editor marks it). */
    static QString specListText(const core::envfile::SpecListDiagnostic &diagnostic);
    /** A warning from reading a workspace or an environment file, without its position. */
    static QString warningText(const core::envfile::Diagnostic &diagnostic);

    /** Why a request cannot be solved, as an indented tree of sentences (├─ └─). */
    static QString problemsText(const core::solve::ProblemTree &tree);
    /** The status of one entry of the tree, short, for a table column. */
    static QString problemStatusText(const core::solve::ProblemTree::Entry &entry);
};

} // namespace ui
