// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "ui/views/environmentcheck.h"

#include "core/spec/matchspec.h"
#include "ui/diagnostictext.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace ui {

namespace {

/** Gives the messages below a translation context lupdate can see. */
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ui::EnvironmentCheck)
};

/** The 1-based line and column of item @p name in the `channels:` list of @p lines, if found. */
bool findChannelItem(const QStringList &lines, const QString &name, int &line, int &column)
{
    bool inChannels = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &l = lines[i];
        if (!l.isEmpty() && !l[0].isSpace() && l[0] != QLatin1Char('-')) {
            inChannels = l.startsWith(QLatin1String("channels:"));
            continue;
        }
        const QString item = l.trimmed();
        if (!inChannels || !item.startsWith(QLatin1Char('-')))
            continue;
        if (item.mid(1).trimmed() == name) {
            line = int(i + 1);
            column = int(l.indexOf(name) + 1);
            return true;
        }
    }
    return false;
}

/** Checks each dependency as a match spec; those that parse are kept for the solve. */
void checkSpecs(const core::envfile::EnvironmentFile &env, const QStringList &lines, EnvironmentCheck &check)
{
    for (const auto &dep : env.dependencies) {
        auto spec = core::spec::MatchSpec::parse(dep.spec);
        if (spec) {
            check.dependencies.push_back(dep);
            continue;
        }
        // The node's column points at an opening quote when the spec is quoted; the text starts after it.
        int column = dep.column;
        const QString lineText = dep.line >= 1 && dep.line <= lines.size() ? lines[dep.line - 1] : QString();
        if (column >= 1 && column <= lineText.size() &&
            (lineText[column - 1] == QLatin1Char('"') || lineText[column - 1] == QLatin1Char('\'')))
            ++column;
        const int at = std::max(1, spec.error().position.column);
        const int length = std::max(1, int(QString::fromStdString(dep.spec).size()) - (at - 1));
        core::util::Error error = spec.error();
        error.values = { dep.spec };
        check.diagnostics.push_back(
            { Diagnostic::Severity::Error, dep.line, column + at - 1, length, DiagnosticText::errorTextHere(error) });
    }
}

} // namespace

bool EnvironmentCheck::hasErrors() const
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; });
}

std::vector<std::string> EnvironmentCheck::specs() const
{
    std::vector<std::string> out;
    out.reserve(dependencies.size());
    for (const auto &d : dependencies)
        out.push_back(d.spec);
    return out;
}

EnvironmentCheck checkEnvironment(const QString &text, const QString &path,
                                  const std::function<bool(const std::string &)> &isKnownChannel)
{
    EnvironmentCheck check;
    auto env = core::envfile::parseEnvironmentFile(text.toStdString(), path.toStdString());
    if (!env) {
        const auto &p = env.error().position;
        check.diagnostics.push_back({ Diagnostic::Severity::Error, std::max(p.line, 1), std::max(p.column, 1), 0,
            DiagnosticText::errorTextHere(env.error()) });
        return check;
    }
    check.parsed = true;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const auto &w : env->warnings) {
        check.diagnostics.push_back({ Diagnostic::Severity::Warning, std::max(w.position.line, 1),
            std::max(w.position.column, 1), 0, DiagnosticText::warningText(w) });
    }
    checkSpecs(*env, lines, check);
    for (const auto &p : env->pip)
        check.pip.push_back(p.spec);
    check.channels = env->channels;
    if (!isKnownChannel)
        return check;
    for (const auto &c : env->channels) {
        int line = 0, column = 0;
        const QString name = QString::fromStdString(c);
        if (!isKnownChannel(c) && findChannelItem(lines, name, line, column))
            check.diagnostics.push_back({Diagnostic::Severity::Warning, line, column, int(name.size()),
                                         Text::tr("Channel “%1” is not a channel of the workspace; the preview "
                                            "solves against the workspace's channels")
                                             .arg(name)});
    }
    return check;
}

} // namespace ui
