// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 deploydeck authors
#include "core/envfile/speclist.h"

#include "core/spec/matchspec.h"
#include "core/util/atomicfile.h"

#include <QString>

#include <algorithm>
#include <set>

using core::util::Result;

namespace core::envfile {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

bool isQuote(char c)
{
    return c == '"' || c == '\'';
}

/** Splits one line into specs and a comment, reporting quoting problems as diagnostics. */
class LineTokenizer
{
public:
    LineTokenizer(SpecListLine &line, const std::string &path) : m_line(line), m_path(path) {}

    void run()
    {
        const std::string &s = m_line.text;
        std::size_t i = 0;
        while (i < s.size()) {
            if (isBlank(s[i])) {
                ++i;
            } else if (s[i] == '#') {
                m_line.comment = s.substr(i + 1);
                return;
            } else if (isQuote(s[i])) {
                i = quoted(i);
            } else {
                i = bare(i);
            }
        }
    }

    void error(int column, int length, std::string message, SpecListDiagnostic::Severity severity,
        SpecListDiagnostic::Kind kind, std::vector<std::string> values)
    {
        const std::string where = std::to_string(m_line.lineNumber) + ':' + std::to_string(column);
        m_line.diagnostics.push_back({ severity, column, std::max(length, 1), std::move(message),
            m_path.empty() ? where : m_path + ':' + where, kind, std::move(values) });
    }

    bool wasQuoted(std::size_t index) const { return m_quoted.contains(index); }

private:
    // A spec in quotes: everything up to the matching quote, spaces included.
    std::size_t quoted(std::size_t begin)
    {
        const std::string &s = m_line.text;
        const std::size_t close = s.find(s[begin], begin + 1);
        const std::size_t end = close == std::string::npos ? s.size() : close + 1;
        if (close == std::string::npos)
            error(int(begin) + 1, int(end - begin),
                std::string("unterminated quote ") + s[begin] + " (the spec runs to the end of the line)",
                SpecListDiagnostic::Severity::Error, SpecListDiagnostic::Kind::UnterminatedQuote,
                { std::string(1, s[begin]) });
        const std::size_t innerEnd = close == std::string::npos ? s.size() : close;
        m_line.specs.push_back({s.substr(begin + 1, innerEnd - begin - 1), int(begin) + 1, int(end - begin)});
        m_quoted.insert(m_line.specs.size() - 1);
        return end;
    }

    // A bare spec: up to whitespace or '#' outside brackets and quotes. A bracket block written
    // after a space ("numpy [version='>=1.6']") still belongs to the spec before it.
    std::size_t bare(std::size_t begin)
    {
        const std::string &s = m_line.text;
        int depth = 0;
        char quote = 0;
        std::size_t i = begin;
        for (; i < s.size(); ++i) {
            const char c = s[i];
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (depth > 0 && isQuote(c)) {
                quote = c;
            } else if (c == '[') {
                ++depth;
            } else if (c == ']' && depth > 0) {
                --depth;
            } else if (depth == 0 && (isBlank(c) || c == '#')) {
                break;
            }
        }
        if (s[begin] == '[' && !m_line.specs.empty() && !m_quoted.contains(m_line.specs.size() - 1)) {
            SpecToken &previous = m_line.specs.back();
            previous.length = int(i) - previous.column + 1;
            previous.text = s.substr(std::size_t(previous.column - 1), std::size_t(previous.length));
            return i;
        }
        m_line.specs.push_back({s.substr(begin, i - begin), int(begin) + 1, int(i - begin)});
        return i;
    }

    SpecListLine &m_line;
    const std::string &m_path;
    std::set<std::size_t> m_quoted;
};

bool startsWithOperator(const std::string &spec)
{
    return !spec.empty() && std::string_view("<>=!~").find(spec.front()) != std::string_view::npos;
}

// Checks every spec with MatchSpec::parse; a name asked for twice on one line is a warning.
void checkSpecs(SpecListLine &line, LineTokenizer &tokenizer)
{
    std::set<std::string> names;
    for (std::size_t i = 0; i < line.specs.size(); ++i) {
        const SpecToken &token = line.specs[i];
        const int textColumn = token.column + (tokenizer.wasQuoted(i) ? 1 : 0);
        auto parsed = spec::MatchSpec::parse(token.text);
        if (!parsed) {
            std::string message = "invalid match spec '" + token.text + "': " + parsed.error().detail;
            // "numpy >=1.6" unquoted splits into two specs; say how to write it.
            if (startsWithOperator(token.text))
                message += " (join a version to its name, e.g. numpy>=1.6, or quote the whole spec)";
            const int offset = std::max(parsed.error().position.column - 1, 0);
            const auto kind = startsWithOperator(token.text) ? SpecListDiagnostic::Kind::SplitVersion
                                                             : SpecListDiagnostic::Kind::InvalidSpec;
            tokenizer.error(textColumn + offset, 1, std::move(message), SpecListDiagnostic::Severity::Error, kind,
                { token.text, parsed.error().detail });
            continue;
        }
        if (parsed->name() != "*" && !names.insert(parsed->name()).second)
            tokenizer.error(token.column, token.length,
                "'" + parsed->name() + "' is asked for more than once on this line",
                SpecListDiagnostic::Severity::Warning, SpecListDiagnostic::Kind::RepeatedName, { parsed->name() });
    }
}

bool hasWhitespace(const std::string &s)
{
    return std::any_of(s.begin(), s.end(), [](char c) { return isBlank(c) || c == '\n'; });
}

} // namespace

bool SpecListLine::hasErrors() const
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const auto &d) { return d.severity == SpecListDiagnostic::Severity::Error; });
}

std::vector<std::string> SpecListLine::specTexts() const
{
    std::vector<std::string> texts;
    texts.reserve(specs.size());
    for (const auto &s : specs)
        texts.push_back(s.text);
    return texts;
}

std::vector<SpecListLine> SpecList::specLines() const
{
    std::vector<SpecListLine> result;
    std::copy_if(lines.begin(), lines.end(), std::back_inserter(result), [](const auto &l) { return l.hasSpecs(); });
    return result;
}

std::vector<SpecListDiagnostic> SpecList::diagnostics() const
{
    std::vector<SpecListDiagnostic> result;
    for (const auto &line : lines)
        result.insert(result.end(), line.diagnostics.begin(), line.diagnostics.end());
    return result;
}

SpecListLine parseSpecListLine(const std::string &text, int lineNumber, const std::string &path)
{
    SpecListLine line;
    line.lineNumber = lineNumber;
    line.text = text;
    LineTokenizer tokenizer(line, path);
    tokenizer.run();
    checkSpecs(line, tokenizer);
    return line;
}

SpecList parseSpecList(const std::string &text, const std::string &path)
{
    SpecList list;
    list.path = path;
    std::string_view rest(text);
    if (rest.starts_with("\xEF\xBB\xBF"))  // a UTF-8 byte-order mark some editors write
        rest.remove_prefix(3);
    list.endsWithNewline = rest.empty() || rest.back() == '\n';
    int number = 0;
    while (!rest.empty()) {
        const std::size_t nl = rest.find('\n');
        std::string_view lineText = rest.substr(0, nl);
        rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
        if (lineText.ends_with('\r'))
            lineText.remove_suffix(1);
        list.lines.push_back(parseSpecListLine(std::string(lineText), ++number, path));
    }
    return list;
}

Result<SpecList> readSpecList(const std::string &path)
{
    auto data = util::readFile(QString::fromStdString(path));
    if (!data)
        return data.error();
    return parseSpecList(data->toStdString(), path);
}

std::string formatSpecList(const SpecList &list)
{
    std::string text;
    for (std::size_t i = 0; i < list.lines.size(); ++i) {
        if (i > 0)
            text += '\n';
        text += list.lines[i].text;
    }
    if (list.endsWithNewline && !list.lines.empty())
        text += '\n';
    return text;
}

std::string formatSpecLine(const std::vector<std::string> &specs, const std::string &comment)
{
    std::string text;
    for (const auto &spec : specs) {
        if (!text.empty())
            text += ' ';
        // A spec with its own spaces is quoted with whichever quote it does not contain.
        if (hasWhitespace(spec) || spec.find('#') != std::string::npos) {
            const char quote = spec.find('"') == std::string::npos ? '"' : '\'';
            text += quote + spec + quote;
        } else {
            text += spec;
        }
    }
    if (!comment.empty())
        text += (text.empty() ? "#" : "  #") + (comment.starts_with(' ') ? comment : ' ' + comment);
    return text;
}

Result<void> writeSpecList(const std::string &path, const SpecList &list)
{
    return util::writeFileAtomically(QString::fromStdString(path), QByteArray::fromStdString(formatSpecList(list)));
}

} // namespace core::envfile
