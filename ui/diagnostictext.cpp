// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/diagnostictext.h"

#include "core/util/qtext.h"

namespace ui {

using core::util::ErrorCode;
using core::util::qs;

namespace {

QString value(const std::vector<std::string> &values, std::size_t i)
{
    return i < values.size() ? qs(values[i]) : QString();
}

// Codes whose detail is another program's or a server's own words, worth showing as they are.
bool detailIsData(ErrorCode code)
{
    switch (code) {
    case ErrorCode::ParseError:
    case ErrorCode::InvalidValue:
    case ErrorCode::InvalidVersion:
    case ErrorCode::InvalidMatchSpec:
    case ErrorCode::InvalidRecord:
    case ErrorCode::NetworkError:
    case ErrorCode::HttpError:
    case ErrorCode::ProcessFailed:
    case ErrorCode::FileUnreadable:
    case ErrorCode::FileWriteFailed:
    case ErrorCode::ChecksumMismatch:
    case ErrorCode::LimitExceeded:
    case ErrorCode::UnsupportedFormat:
    case ErrorCode::InvalidArgument:
    case ErrorCode::Internal:
        return true;
    default:
        return false;
    }
}

void renderProblems(const std::vector<core::solve::ProblemTree::Entry> &entries, const QString &indent, QString &out);

QString problemLine(const core::solve::ProblemTree::Entry &e)
{
    using Status = core::solve::ProblemTree::Status;
    const QString spec = qs(e.spec);
    const QString what = e.name.empty() ? spec : qs(e.name + ' ' + core::solve::foldVersions(e.versions));
    const QString with = qs(e.conflictsWith);
    const bool leaf = e.children.empty();
    switch (e.status) {
    case Status::Missing:
        return DiagnosticText::tr("%1 does not exist (perhaps a typo or a missing channel).").arg(spec);
    case Status::Conflicting:
        if (e.name.empty())
            return DiagnosticText::tr("%1 (a constraint), which conflicts with %2.").arg(spec, with);
        return DiagnosticText::tr("%1: %2, which conflicts with %3.").arg(spec, what, with);
    case Status::Excluded:
        return DiagnosticText::tr("%1: %2 is excluded by strict channel priority.").arg(spec, what);
    case Status::Requested:
        return leaf ? DiagnosticText::tr("%1 is requested; %2 can be installed.").arg(spec, what)
                    : DiagnosticText::tr("%1 is requested; %2 would require").arg(spec, what);
    case Status::Installable:
        if (e.name.empty())
            return DiagnosticText::tr("%1 (a constraint)").arg(spec);
        return leaf ? DiagnosticText::tr("%1: %2, which can be installed.").arg(spec, what)
                    : DiagnosticText::tr("%1: %2, which requires").arg(spec, what);
    }
    return spec;
}

void renderProblems(const std::vector<core::solve::ProblemTree::Entry> &entries, const QString &indent, QString &out)
{
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const bool last = i + 1 == entries.size();
        out += indent + (last ? QStringLiteral("└─ ") : QStringLiteral("├─ ")) + problemLine(entries[i])
            + QLatin1Char('\n');
        renderProblems(entries[i].children, indent + (last ? QStringLiteral("   ") : QStringLiteral("│  ")), out);
    }
}

} // namespace

QString DiagnosticText::codeText(ErrorCode code, const std::vector<std::string> &values)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return tr("Invalid input");
    case ErrorCode::FileNotFound:
        return tr("The file does not exist");
    case ErrorCode::FileUnreadable:
        return tr("The file cannot be read");
    case ErrorCode::FileWriteFailed:
        return tr("The file cannot be written");
    case ErrorCode::ParseError:
        return tr("Syntax error");
    case ErrorCode::InvalidValue:
        return tr("Invalid value");
    case ErrorCode::UnknownKey:
        return values.empty() ? tr("Unknown key (ignored)") : tr("Unknown key “%1” (ignored)").arg(value(values, 0));
    case ErrorCode::InvalidVersion:
        return tr("Invalid version");
    case ErrorCode::InvalidMatchSpec:
        return values.empty() ? tr("Invalid match spec") : tr("Invalid match spec “%1”").arg(value(values, 0));
    case ErrorCode::InvalidRecord:
        return tr("Invalid package record");
    case ErrorCode::UnknownPackage:
        return tr("Unknown package");
    case ErrorCode::UnknownChannel:
        return tr("Unknown channel");
    case ErrorCode::UnsupportedFormat:
        return tr("Unsupported format");
    case ErrorCode::NetworkError:
        return tr("Network error");
    case ErrorCode::HttpError:
        return tr("The server answered with an error");
    case ErrorCode::Timeout:
        return tr("No answer in time");
    case ErrorCode::ChecksumMismatch:
        return tr("Checksum mismatch");
    case ErrorCode::UnsafePath:
        return tr("Unsafe file name");
    case ErrorCode::ProcessFailed:
        return tr("The program failed");
    case ErrorCode::Cancelled:
        return tr("Cancelled");
    case ErrorCode::LimitExceeded:
        return tr("The input is too large");
    case ErrorCode::Internal:
        return tr("Internal error");
    }
    return tr("Internal error");
}

QString DiagnosticText::positionText(const core::util::TextPosition &p)
{
    const QString file = qs(p.file);
    if (p.line > 0 && p.column > 0)
        return file.isEmpty() ? tr("line %1, column %2").arg(p.line).arg(p.column)
                              : tr("%1, line %2, column %3").arg(file).arg(p.line).arg(p.column);
    if (p.line > 0)
        return file.isEmpty() ? tr("line %1").arg(p.line) : tr("%1, line %2").arg(file).arg(p.line);
    if (p.column > 0)
        return file.isEmpty() ? tr("column %1").arg(p.column) : tr("%1, column %2").arg(file).arg(p.column);
    return file;
}

QString DiagnosticText::whereText(const core::util::Error &error)
{
    const QString position = positionText(error.position);
    return position.isEmpty() ? qs(error.location) : position;
}

QString DiagnosticText::yamlSyntaxText(const std::string &message)
{
    // yaml-cpp's own messages name its parser's states; say what a person typing YAML did.
    if (message == "end of map not found" || message == "end of sequence not found")
        return tr("The line does not line up: it is indented differently from the lines around it, or a value "
                  "continues where a new key or list item was expected");
    if (message == "end of map flow not found")
        return tr("A “{” is not closed with “}”");
    if (message == "end of sequence flow not found")
        return tr("A “[” is not closed with “]”");
    if (message == "illegal map value")
        return tr("A “: ” where no key can start: put quotes around a value that holds “: ”");
    if (message == "illegal block entry")
        return tr("A “- ” list item where a value belongs: check its indentation");
    if (message == "illegal EOF in scalar")
        return tr("A quote is not closed before the end of the file");
    if (message == "unknown token")
        return tr("Text YAML cannot read here (a stray character, or a tab)");
    if (message == "illegal tab when looking for indentation")
        return tr("A tab in the indentation: YAML indents with spaces");
    return {};
}

QString DiagnosticText::errorTextHere(const core::util::Error &error)
{
    if (error.code == ErrorCode::ParseError)
        if (const QString yaml = yamlSyntaxText(error.detail); !yaml.isEmpty())
            return yaml;
    const QString sentence = codeText(error.code, error.values);
    if (!detailIsData(error.code) || error.detail.empty())
        return sentence;
    return tr("%1 (%2)", "sentence (technical detail)").arg(sentence, qs(error.detail));
}

QString DiagnosticText::errorText(const core::util::Error &error)
{
    const QString where = whereText(error);
    const QString text = errorTextHere(error);
    return where.isEmpty() ? text : tr("%1: %2", "where: what").arg(where, text);
}

QString DiagnosticText::specListText(const core::envfile::SpecListDiagnostic &d)
{
    using Kind = core::envfile::SpecListDiagnostic::Kind;
    switch (d.kind) {
    case Kind::UnterminatedQuote:
        return tr("Unterminated quote %1 (the spec runs to the end of the line)").arg(value(d.values, 0));
    case Kind::InvalidSpec:
        return tr("Invalid match spec “%1” (%2)").arg(value(d.values, 0), value(d.values, 1));
    case Kind::SplitVersion:
        return tr("“%1” has no package name: join a version to its name (numpy>=1.6), or quote the whole spec")
            .arg(value(d.values, 0));
    case Kind::RepeatedName:
        return tr("“%1” is asked for more than once on this line").arg(value(d.values, 0));
    }
    return qs(d.message);
}

QString DiagnosticText::warningText(const core::envfile::Diagnostic &d)
{
    if (d.code == ErrorCode::UnknownKey)
        return codeText(d.code, d.values);
    return tr("%1 (%2)", "sentence (technical detail)").arg(codeText(d.code, d.values), qs(d.message));
}

QString DiagnosticText::problemsText(const core::solve::ProblemTree &tree)
{
    QString out = tr("The following packages are incompatible") + QLatin1Char('\n');
    renderProblems(tree.roots, QString(), out);
    if (!tree.suggestions.empty()) {
        QStringList names;
        for (const auto &s : tree.suggestions)
            names << qs(s);
        out += tr("Did you mean: %1?").arg(names.join(QStringLiteral(", "))) + QLatin1Char('\n');
    }
    return out;
}

QString DiagnosticText::problemStatusText(const core::solve::ProblemTree::Entry &e)
{
    using Status = core::solve::ProblemTree::Status;
    switch (e.status) {
    case Status::Requested:
        return tr("requested");
    case Status::Installable:
        return e.name.empty() ? tr("constraint") : tr("can be installed");
    case Status::Conflicting:
        return tr("conflicts with %1").arg(qs(e.conflictsWith));
    case Status::Missing:
        return tr("does not exist (perhaps a typo or a missing channel)");
    case Status::Excluded:
        return tr("excluded by strict channel priority");
    }
    return {};
}

} // namespace ui
